package dev.reverso.matching.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.strategy.optimal.OptimalStrategy;
import net.jqwik.api.Example;
import dev.reverso.matching.MatchingProblems;

class OptimalStrategyTest extends MatchingStrategyContract {

  @Override
  MatchingStrategy strategy() {
    return new OptimalStrategy();
  }

  @Example
  void takesTheDensePathBelowTheLimitAndSaysSo() {
    MatchingProblem problem = MatchingProblems.of(SampleOrganization.generate(300, 1));
    assertThat(new OptimalStrategy().usesSparse(problem)).isFalse();
    assertThat(strategy().match(problem).solverPath()).isEqualTo("dense");
    assertThat(OptimalStrategy.sparse(7).match(problem).solverPath()).startsWith("sparse(k=7); candidates ");
  }

  @Example
  void sparseWithEveryMentorAsCandidateEqualsDense() {
    MatchingProblem problem = MatchingProblems.of(SampleOrganization.generate(900, 4));
    MatchResult dense = strategy().match(problem);
    MatchResult sparse = OptimalStrategy.sparse(problem.mentorCount()).match(problem);
    assertThat(sparse.totalScore()).isCloseTo(dense.totalScore(), org.assertj.core.data.Offset.offset(1e-5));
  }

  @Example
  void rejectsNonPositiveCandidateCounts() {
    assertThatThrownBy(() -> new OptimalStrategy(OptimalStrategy.Path.SPARSE, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
