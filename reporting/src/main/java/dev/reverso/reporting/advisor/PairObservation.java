package dev.reverso.reporting.advisor;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.reverso.core.MentoringPair;
import java.util.Map;

/**
 * What the advisor learns from for one pair: the pair's criterion scores at match time (the features) and how
 * the pair went (the outcome). {@link WeightAdvisor#advise WeightAdvisor.advise} builds these from a match result and the
 * pairs' metrics; build them yourself to bring your own outcome measure.
 *
 * @param pair the mentor and mentee
 * @param scores criterion id → the pair's score for it in [0, 1], as in its
 *     {@link dev.reverso.matching.result.Explanation}; ids the scoring model does not have are ignored
 * @param outcome how well the pair went, in [0, 1] (1 best)
 */
public record PairObservation(MentoringPair pair, ImmutableMap<String, Double> scores, double outcome) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a score or the outcome is outside [0, 1] or NaN
   */
  public PairObservation {
    requireNonNull(pair, "pair");
    scores = ImmutableMap.copyOf(requireNonNull(scores, "scores"));
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      if (!(e.getValue() >= 0 && e.getValue() <= 1)) {
        throw new IllegalArgumentException("score of " + e.getKey() + " must be in [0, 1], was " + e.getValue());
      }
    }
    if (!(outcome >= 0 && outcome <= 1)) {
      throw new IllegalArgumentException("outcome must be in [0, 1], was " + outcome);
    }
  }

  /** An observation from a plain map. */
  public static PairObservation of(MentoringPair pair, Map<String, Double> scores, double outcome) {
    return new PairObservation(pair, ImmutableMap.copyOf(scores), outcome);
  }
}
