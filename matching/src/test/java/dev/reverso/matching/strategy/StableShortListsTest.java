package dev.reverso.matching.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.strategy.stable.StableStrategy;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import dev.reverso.matching.MatchingProblems;

/**
 * The contract for stable matching whose proposers start from one-entry lists, so that list extensions
 * run on every input; and the result must not depend on the first list length.
 */
class StableShortListsTest extends MatchingStrategyContract {

  @Override
  MatchingStrategy strategy() {
    return new StableStrategy(StableStrategy.Proposing.MENTEES, 1);
  }

  @Override
  int menteeCapacity(MatchingProblem problem, int mentee, int kept) {
    return 1;
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
  void theFirstListLengthDoesNotChangeTheMatching(@ForAll long seed, @ForAll @IntRange(min = 0, max = 9) int mentors,
      @ForAll @IntRange(min = 0, max = 9) int mentees, @ForAll @IntRange(min = 1, max = 3) int maxCapacity,
      @ForAll @IntRange(min = 1, max = 4) int length, @ForAll boolean mentorsPropose) {
    MatchingProblem problem = MatchingProblems.of(StrategyPrograms.random(seed, mentors, mentees, maxCapacity, 0));
    StableStrategy.Proposing side = mentorsPropose ? StableStrategy.Proposing.MENTORS : StableStrategy.Proposing.MENTEES;
    MatchingOptions options = MatchingOptions.defaults().withMinimumScore(seed % 3 == 0 ? 0.4 : 0);
    MatchResult full = new StableStrategy(side).match(problem, options);
    MatchResult cut = new StableStrategy(side, length).match(problem, options);
    assertThat(cut.pairs()).containsExactlyElementsOf(full.pairs());
    assertThat(cut.unmatched()).containsExactlyElementsOf(full.unmatched());
  }

  @Example
  void extendsListsOnASampleOrganisationAndSaysSo() {
    MatchingProblem problem = MatchingProblems.of(SampleOrganization.generate(1500, 11));
    for (StableStrategy.Proposing side : StableStrategy.Proposing.values()) {
      MatchResult full = new StableStrategy(side, problem.mentorCount() + problem.menteeCount()).match(problem);
      MatchResult cut = new StableStrategy(side, 2).match(problem);
      assertThat(cut.solverPath()).contains("list extension");
      assertThat(cut.pairs()).containsExactlyElementsOf(full.pairs());
      assertThat(cut.unmatched()).containsExactlyElementsOf(full.unmatched());
    }
  }
}
