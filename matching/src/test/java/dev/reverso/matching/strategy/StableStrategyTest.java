package dev.reverso.matching.strategy;

import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.strategy.stable.StableStrategy;

/** The contract for mentee-proposing stable matching (mentees get at most one mentor). */
class StableStrategyTest extends MatchingStrategyContract {

  @Override
  MatchingStrategy strategy() {
    return new StableStrategy();
  }

  @Override
  int menteeCapacity(MatchingProblem problem, int mentee, int kept) {
    return 1;
  }
}
