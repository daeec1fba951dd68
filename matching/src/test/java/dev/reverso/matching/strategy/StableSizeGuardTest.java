package dev.reverso.matching.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.MatchingProblems;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.strategy.stable.StableStrategy;
import org.junit.jupiter.api.Test;

/**
 * Issue 12.2: stable matching on identical people makes every proposer run down its list; it must refuse
 * with a clear message once the lists would pass the entry limit, never run out of memory. The limit is
 * lowered here so that a small programme reaches it (the default is {@value StableStrategy#MAX_LIST_ENTRIES}).
 */
class StableSizeGuardTest {

  @Test
  void identicalPeopleBeyondTheListLimitAreRefusedNamingTheLimitAndTheAlternatives() {
    MatchingProblem problem = MatchingProblems.of(SparseTiesProperties.tied(3, 200, 200, 1, 0));
    StableStrategy limited = new StableStrategy(StableStrategy.Proposing.MENTEES, 4, 6_000);
    assertThatThrownBy(() -> limited.match(problem))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("6000 entries")
        .hasMessageContaining("use optimal or greedy");
    assertThatThrownBy(() -> new StableStrategy(StableStrategy.Proposing.MENTORS, 4, 6_000).match(problem))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mentors still had a free place");
  }

  @Test
  void firstListsBeyondTheLimitAreRefusedBeforeAnyScoring() {
    MatchingProblem problem = MatchingProblems.of(SparseTiesProperties.tied(3, 50, 50, 1, 0));
    assertThatThrownBy(() -> new StableStrategy(StableStrategy.Proposing.MENTEES, 48, 100).match(problem))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the first lists of 50 mentees alone would need 2400 entries");
  }

  @Test
  void theSameProgrammeWithinTheLimitIsMatchedCompletely() {
    MatchingProblem problem = MatchingProblems.of(SparseTiesProperties.tied(3, 200, 200, 1, 0));
    MatchResult r = new StableStrategy(StableStrategy.Proposing.MENTEES, 4, 200L * 200).match(problem);
    assertThat(r.pairs()).hasSize(200);
  }

  @Test
  void theLimitMustBePositive() {
    assertThatThrownBy(() -> new StableStrategy(StableStrategy.Proposing.MENTEES, 4, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
