package dev.reverso.benchmarks.peers;

import dev.reverso.benchmarks.data.BenchmarkData;
import java.util.Locale;

/**
 * The check made before a peer is timed: it must reach the same optimum as our solver. A mismatch throws,
 * which fails the JMH trial (and so the run) instead of timing a solver that solved something else.
 */
public final class Optimum {
  /**
   * Slack allowed per pair for rounding in double arithmetic when no integer scaling is involved: the
   * optimum is a sum of at most n scores in [0, 1], each step exact to about 1e-16, but peers such as
   * JGraphT compare reduced costs with a small epsilon of their own.
   */
  public static final double DOUBLE_TOLERANCE_PER_PAIR = 1e-9;

  private Optimum() {}

  /**
   * Checks that {@code theirs} is worth as much as {@code ours} on {@code scores} (both judged by
   * {@link BenchmarkData#total}), within {@code tolerance}, and that every column holds at most
   * {@code capacity[c]} rows.
   *
   * @return our total, for the record
   * @throws IllegalStateException with both totals if they differ by more than the tolerance, or if the
   *     peer's assignment breaks a capacity
   */
  public static double check(String peer, double[][] scores, int[] columnCapacity, int[] ours, int[] theirs,
      double tolerance) {
    checkCapacities(peer, scores, columnCapacity, theirs);
    checkCapacities("reverso", scores, columnCapacity, ours);
    double our = BenchmarkData.total(scores, ours);
    double their = BenchmarkData.total(scores, theirs);
    if (Math.abs(our - their) > tolerance) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "%s found an assignment worth %.9f, reverso one worth %.9f: they differ by %.3g, more than the"
              + " tolerance %.3g; refusing to time a peer that did not solve the same problem",
          peer, their, our, their - our, tolerance));
    }
    return our;
  }

  private static void checkCapacities(String who, double[][] scores, int[] columnCapacity, int[] assignment) {
    if (assignment.length != scores.length) {
      throw new IllegalStateException(who + " returned " + assignment.length + " rows, expected " + scores.length);
    }
    int[] used = new int[columnCapacity.length];
    for (int c : assignment) {
      if (c >= columnCapacity.length) {
        throw new IllegalStateException(who + " returned column " + c + " of " + columnCapacity.length);
      }
      if (c >= 0 && ++used[c] > columnCapacity[c]) {
        throw new IllegalStateException(who + " put more than " + columnCapacity[c] + " rows in column " + c);
      }
    }
  }

  /** Unit capacities for {@code columns} columns. */
  public static int[] ones(int columns) {
    int[] k = new int[columns];
    java.util.Arrays.fill(k, 1);
    return k;
  }
}
