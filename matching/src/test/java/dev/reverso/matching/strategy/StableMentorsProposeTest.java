package dev.reverso.matching.strategy;

import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.strategy.stable.StableStrategy;

/** The contract for mentor-proposing stable matching. */
class StableMentorsProposeTest extends MatchingStrategyContract {

  @Override
  MatchingStrategy strategy() {
    return new StableStrategy(StableStrategy.Proposing.MENTORS);
  }

  @Override
  int menteeCapacity(MatchingProblem problem, int mentee, int kept) {
    return 1;
  }
}
