package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The distribution of match scores of a set of pairs: count, mean, min, median, max and a histogram of
 * {@value #BINS} equal bins over [0, 1] (bin {@code i} holds scores in {@code [i/10, (i+1)/10)}, the last bin
 * also holds 1.0).
 *
 * @param count pairs
 * @param mean mean score; empty when there are no pairs
 * @param min lowest score
 * @param median median score (mean of the two middle scores for an even count)
 * @param max highest score
 * @param histogram pairs per bin, {@value #BINS} bins
 */
public record ScoreDistribution(int count, OptionalDouble mean, OptionalDouble min, OptionalDouble median,
    OptionalDouble max, ImmutableList<Integer> histogram) {
  /** Histogram bins. */
  public static final int BINS = 10;

  /** Validates the components. */
  public ScoreDistribution {
    requireNonNull(mean, "mean");
    requireNonNull(min, "min");
    requireNonNull(median, "median");
    requireNonNull(max, "max");
    histogram = ImmutableList.copyOf(histogram);
    if (histogram.size() != BINS || histogram.stream().mapToInt(Integer::intValue).sum() != count) {
      throw new IllegalArgumentException("the histogram must have " + BINS + " bins summing to the count");
    }
  }

  /**
   * The distribution of these scores. O(n log n).
   *
   * @throws IllegalArgumentException if a score is outside [0, 1]
   */
  public static ScoreDistribution of(double... scores) {
    double[] s = scores.clone();
    Arrays.sort(s);
    Integer[] bins = new Integer[BINS];
    Arrays.fill(bins, 0);
    double sum = 0;
    for (double x : s) {
      if (!(x >= 0 && x <= 1)) {
        throw new IllegalArgumentException("scores must be in [0, 1], found " + x);
      }
      bins[Math.min(BINS - 1, (int) (x * BINS))]++;
      sum += x;
    }
    int n = s.length;
    if (n == 0) {
      return new ScoreDistribution(0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalDouble.empty(), ImmutableList.copyOf(bins));
    }
    double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    return new ScoreDistribution(n, OptionalDouble.of(sum / n), OptionalDouble.of(s[0]), OptionalDouble.of(median),
        OptionalDouble.of(s[n - 1]), ImmutableList.copyOf(bins));
  }

  /**
   * A copy without min, median and max (each may be a single pair's score), keeping count, mean and histogram: what a
   * report publishes for a small group.
   */
  public ScoreDistribution withoutExtremes() {
    return new ScoreDistribution(count, mean, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
        histogram);
  }
}
