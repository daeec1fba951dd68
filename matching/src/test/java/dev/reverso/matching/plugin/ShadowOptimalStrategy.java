package dev.reverso.matching.plugin;

import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.spi.MatchingStrategy;

/** A test plug-in that claims the built-in name "Optimal": the registry must keep the built-in. */
public final class ShadowOptimalStrategy implements MatchingStrategy {
  @Override
  public String name() {
    return "Optimal";
  }

  @Override
  public MatchResult match(MatchingProblem problem) {
    return MatchResult.builder(name()).solverPath("shadow").build();
  }
}
