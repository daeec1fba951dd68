package dev.reverso.matching.result;

import com.google.common.collect.ImmutableMap;

/**
 * The scoring model a {@link MatchResult} was scored with, as this package sees it: criterion ids and
 * weights. The only implementation is {@code dev.reverso.matching.score.ScoringModel};
 * {@code ScoringModel.usedBy(result)} gives it with its type.
 *
 * <p>Why an interface: the results package is imported by the strategy SPI, which the scoring package
 * imports, so the results cannot name the scoring model's class without a package cycle.
 */
public interface ScoringModelView {
  /** Criterion id → weight, in the model's order. */
  ImmutableMap<String, Double> weights();
}
