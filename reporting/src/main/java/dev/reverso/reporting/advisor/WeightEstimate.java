package dev.reverso.reporting.advisor;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The advice for one criterion.
 *
 * @param criterionId the criterion's id
 * @param currentWeight its weight in the model in use, normalised so the model's weights sum to 1
 * @param suggestedWeight the suggested weight, normalised the same way
 * @param coefficient the fitted effect: the change in outcome (0..1 scale) for a change of the criterion score
 *     from 0 to 1, other scores fixed; ≥ 0
 * @param varies whether the criterion's score varied across the pairs; a criterion that did not keeps its
 *     current weight, since the data say nothing about it
 * @param interval the bootstrap percentile interval of the suggested weight; empty when no resamples were drawn
 *     or none gave a usable fit
 */
public record WeightEstimate(String criterionId, double currentWeight, double suggestedWeight, double coefficient,
    boolean varies, Optional<Interval> interval) {

  /** Validates the components. */
  public WeightEstimate {
    requireNonNull(criterionId, "criterionId");
    requireNonNull(interval, "interval");
    if (!(currentWeight >= 0 && currentWeight <= 1) || !(suggestedWeight >= 0 && suggestedWeight <= 1)
        || !(coefficient >= 0) || Double.isInfinite(coefficient)) {
      throw new IllegalArgumentException("weights must be in [0, 1] and the coefficient finite and >= 0: "
          + criterionId + " current=" + currentWeight + " suggested=" + suggestedWeight + " coefficient="
          + coefficient);
    }
  }

  /** The suggested weight minus the current one (both normalised). */
  public double change() {
    return suggestedWeight - currentWeight;
  }

  /**
   * A percentile interval.
   *
   * @param lower the lower end
   * @param upper the upper end, ≥ lower
   */
  public record Interval(double lower, double upper) {
    /** Validates the ends. */
    public Interval {
      if (!(lower <= upper) || Double.isNaN(lower)) {
        throw new IllegalArgumentException("expected lower <= upper, found " + lower + ", " + upper);
      }
    }

    /** Whether {@code value} lies inside, ends included. */
    public boolean contains(double value) {
      return value >= lower && value <= upper;
    }
  }
}
