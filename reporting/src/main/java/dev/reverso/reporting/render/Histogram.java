package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Ints;

/**
 * Counts of values in {@code bins} equal-width bins over [{@code lower}, {@code upper}].
 *
 * <p>Bin {@code k} holds the values {@code v} with {@code binLower(k) ≤ v < binUpper(k)}; the last bin
 * also holds {@code upper}. Bin edges are {@code lower + (upper − lower)·k / bins}, computed the same way
 * every time, so equal inputs give equal histograms.
 *
 * @param lower the lower edge of the first bin
 * @param upper the upper edge of the last bin, greater than {@code lower}
 * @param counts the count of each bin, at least one bin
 */
public record Histogram(double lower, double upper, ImmutableList<Integer> counts) {

  /** Validates the components and copies the counts. */
  public Histogram {
    requireNonNull(counts, "counts");
    counts = ImmutableList.copyOf(counts);
    if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
      throw new IllegalArgumentException("expected finite lower < upper, found " + lower + ", " + upper);
    }
    if (counts.isEmpty() || counts.stream().anyMatch(c -> c < 0)) {
      throw new IllegalArgumentException("expected at least one bin and no negative count");
    }
  }

  /**
   * The histogram of {@code values}; O(values + bins).
   *
   * @throws IllegalArgumentException if a value is outside [lower, upper] or NaN, or {@code bins < 1}
   */
  public static Histogram of(double lower, double upper, int bins, double... values) {
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be at least 1, was " + bins);
    }
    if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
      throw new IllegalArgumentException("expected finite lower < upper, found " + lower + ", " + upper);
    }
    int[] counts = new int[bins];
    for (double v : values) {
      if (!(v >= lower && v <= upper)) {
        throw new IllegalArgumentException("value " + v + " is outside [" + lower + ", " + upper + "]");
      }
      int k = (int) Math.floor((v - lower) / (upper - lower) * bins);
      k = Math.min(bins - 1, Math.max(0, k));
      // Guard against rounding at an edge: the value must lie within its bin's computed edges.
      while (k > 0 && v < edge(lower, upper, bins, k)) {
        k--;
      }
      while (k < bins - 1 && v >= edge(lower, upper, bins, k + 1)) {
        k++;
      }
      counts[k]++;
    }
    return new Histogram(lower, upper, ImmutableList.copyOf(Ints.asList(counts)));
  }

  private static double edge(double lower, double upper, int bins, int k) {
    return k == bins ? upper : lower + (upper - lower) * k / bins;
  }

  /** The number of bins. */
  public int bins() {
    return counts.size();
  }

  /** The count of bin {@code k}. */
  public int count(int k) {
    return counts.get(k);
  }

  /** The lower edge of bin {@code k}. */
  public double binLower(int k) {
    return edge(lower, upper, counts.size(), k);
  }

  /** The upper edge of bin {@code k}. */
  public double binUpper(int k) {
    return edge(lower, upper, counts.size(), k + 1);
  }

  /** The number of values counted. */
  public int total() {
    return counts.stream().mapToInt(Integer::intValue).sum();
  }

  /** The largest count, 0 if empty. */
  public int maxCount() {
    return counts.stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}
