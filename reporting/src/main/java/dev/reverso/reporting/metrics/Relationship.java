package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * <b>Relationship — the pairs keep meeting and trust each other.</b>
 * <ul>
 *   <li>{@link #shareActive()}: open pairs whose health is {@link PairHealth#ACTIVE}, among all open pairs;</li>
 *   <li>{@link #retention()}: pairs not closed early, among all pairs; a pair is closed early when it was
 *       closed for any reason other than {@link dev.reverso.reporting.journal.CloseReason#COMPLETED};</li>
 *   <li>{@link #meanRelationship()}: the mean of the latest relationship rating (Likert 1..5) of each side of
 *       each pair that has rated.</li>
 * </ul>
 * The headline {@link #score()} in [0, 1] is the mean of {@code shareActive}, {@code retention} and
 * {@code (meanRelationship - 1) / 4}, over the parts that are defined; empty when there are no pairs.
 *
 * @param pairs all pairs
 * @param openPairs pairs not closed
 * @param activePairs open pairs that are {@link PairHealth#ACTIVE}
 * @param closedEarly pairs closed for a reason other than completion
 * @param ratings latest relationship ratings counted (one per side per pair)
 * @param shareActive {@code activePairs / openPairs}
 * @param retention {@code 1 - closedEarly / pairs}
 * @param meanRelationship mean latest relationship rating (1..5)
 * @param score the headline score in [0, 1]
 */
public record Relationship(int pairs, int openPairs, int activePairs, int closedEarly, int ratings,
    OptionalDouble shareActive, OptionalDouble retention, OptionalDouble meanRelationship, OptionalDouble score) {
  /** Validates the components. */
  public Relationship {
    requireNonNull(shareActive, "shareActive");
    requireNonNull(retention, "retention");
    requireNonNull(meanRelationship, "meanRelationship");
    requireNonNull(score, "score");
  }
}
