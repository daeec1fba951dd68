package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * <b>Reciprocity — both sides learn.</b> Of the pairs where both sides have given feedback:
 * <ul>
 *   <li>{@link #meanIndex()}: the mean {@linkplain PairMetrics#reciprocityIndex() reciprocity index}, how
 *       evenly learning is reported by the two sides (1 = equally);</li>
 *   <li>{@link #shareBothLearning()}: the share of those pairs in which both sides' latest learning rating is
 *       at least {@link MetricsOptions#highLearningRating()} (4 by default), that is, both really learn.</li>
 * </ul>
 * The headline {@link #score()} in [0, 1] is the mean of the two. All three are empty when no pair has been
 * rated by both sides.
 *
 * @param pairsRatedByBoth pairs where both sides have given feedback
 * @param meanIndex mean reciprocity index of those pairs
 * @param shareBothLearning share of those pairs where both sides rate learning high
 * @param score the headline score in [0, 1]
 */
public record Reciprocity(int pairsRatedByBoth, OptionalDouble meanIndex, OptionalDouble shareBothLearning,
    OptionalDouble score) {
  /** Validates the components. */
  public Reciprocity {
    requireNonNull(meanIndex, "meanIndex");
    requireNonNull(shareBothLearning, "shareBothLearning");
    requireNonNull(score, "score");
  }
}
