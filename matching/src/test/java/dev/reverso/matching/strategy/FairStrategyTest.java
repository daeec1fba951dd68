package dev.reverso.matching.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.strategy.fair.FairStrategy;
import net.jqwik.api.Example;
import dev.reverso.matching.MatchingProblems;

class FairStrategyTest extends MatchingStrategyContract {

  @Override
  MatchingStrategy strategy() {
    return new FairStrategy();
  }

  @Example
  void saysWhichSolverRan() {
    MatchingProblem problem = MatchingProblems.of(SampleOrganization.generate(300, 1));
    assertThat(strategy().match(problem).solverPath()).startsWith("bottleneck");
  }
}
