package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * <b>Reciprocity — both sides learn.</b> Three parts, each over the pairs where it is defined:
 * <ul>
 *   <li>{@link #meanIndex()}: over the pairs where both sides have given feedback, the mean
 *       {@linkplain PairMetrics#reciprocityIndex() reciprocity index}, how evenly learning is rated by the two
 *       sides (1 = equally);</li>
 *   <li>{@link #shareBothLearning()}: the share of those pairs in which both sides' latest learning rating is
 *       at least {@link MetricsOptions#highLearningRating()} (4 by default), that is, both really learn;</li>
 *   <li>{@link #meanClosureBalance()}: over the pairs where both sides have reported progress in their own
 *       learning goals, the mean {@linkplain PairMetrics#closureBalance() closure balance}, how evenly the
 *       junior's and the senior's skill gaps close (1 = equally).</li>
 * </ul>
 * The headline {@link #score()} in [0, 1] is the mean of the parts that are defined; all are empty when no pair
 * has been rated by both sides nor has progress reported by both.
 *
 * @param pairsRatedByBoth pairs where both sides have given feedback
 * @param meanIndex mean reciprocity index of those pairs
 * @param shareBothLearning share of those pairs where both sides rate learning high
 * @param pairsWithBothProgress pairs where both sides reported progress in their own goals
 * @param meanClosureBalance mean closure balance of those pairs
 * @param score the headline score in [0, 1]
 */
public record Reciprocity(int pairsRatedByBoth, OptionalDouble meanIndex, OptionalDouble shareBothLearning,
    int pairsWithBothProgress, OptionalDouble meanClosureBalance, OptionalDouble score) {
  /** Validates the components. */
  public Reciprocity {
    requireNonNull(meanIndex, "meanIndex");
    requireNonNull(shareBothLearning, "shareBothLearning");
    requireNonNull(meanClosureBalance, "meanClosureBalance");
    requireNonNull(score, "score");
  }
}
