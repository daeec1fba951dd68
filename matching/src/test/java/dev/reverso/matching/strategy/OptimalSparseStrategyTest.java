package dev.reverso.matching.strategy;

import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.strategy.optimal.OptimalStrategy;

/** The contract on the sparse path with short candidate lists, so that lists often run out. */
class OptimalSparseStrategyTest extends MatchingStrategyContract {

  @Override
  MatchingStrategy strategy() {
    return OptimalStrategy.sparse(3);
  }
}
