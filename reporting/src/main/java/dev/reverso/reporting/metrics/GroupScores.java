package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import dev.reverso.reporting.journal.Side;

/**
 * The match-score distribution of the pairs whose {@code side} participant belongs to {@code group}, such
 * as "pairs whose mentor works in Sales".
 *
 * @param dimension the grouping attribute
 * @param side whose group decides: the mentor's or the mentee's
 * @param group the group's label
 * @param scores the distribution of those pairs' scores
 */
public record GroupScores(GroupDimension dimension, Side side, String group, ScoreDistribution scores) {
  /** Validates the components. */
  public GroupScores {
    requireNonNull(dimension, "dimension");
    requireNonNull(side, "side");
    requireNonNull(group, "group");
    requireNonNull(scores, "scores");
  }
}
