/**
 * Matching mentors to mentees. API: the front door ({@code dev.reverso.matching}), the results and options
 * it returns and accepts ({@code .result}), scoring ({@code .score}), constraints ({@code .constraint}),
 * group formats ({@code .group}), fair-exposure shortlists ({@code .shortlist}) and the solvers on primitive
 * arrays ({@code .solver}). SPI: {@code .spi} (strategies, criteria, constraints) and {@code .spi.template}
 * (the shared strategy template).
 * The encoding and the machinery of the built-in strategies ({@code .internal}) and the built-in strategies
 * themselves ({@code .strategy.*}, found through {@link dev.reverso.matching.spi.MatchingStrategy}'s
 * service loader) are not exported.
 *
 * @uses dev.reverso.matching.spi.MatchingStrategy
 * @provides dev.reverso.matching.spi.MatchingStrategy
 */
module dev.reverso.matching {
  requires transitive dev.reverso.core;
  requires transitive com.google.common;
  requires org.slf4j;

  exports dev.reverso.matching;
  exports dev.reverso.matching.constraint;
  exports dev.reverso.matching.group;
  exports dev.reverso.matching.result;
  exports dev.reverso.matching.score;
  exports dev.reverso.matching.shortlist;
  exports dev.reverso.matching.solver;
  exports dev.reverso.matching.spi;
  exports dev.reverso.matching.spi.template;

  uses dev.reverso.matching.spi.MatchingStrategy;

  provides dev.reverso.matching.spi.MatchingStrategy with
      dev.reverso.matching.strategy.greedy.GreedyStrategy,
      dev.reverso.matching.strategy.optimal.OptimalStrategy,
      dev.reverso.matching.strategy.stable.StableStrategy,
      dev.reverso.matching.strategy.fair.FairStrategy,
      dev.reverso.matching.strategy.incremental.IncrementalStrategy;
}
