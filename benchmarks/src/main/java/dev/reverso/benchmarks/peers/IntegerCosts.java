package dev.reverso.benchmarks.peers;

/**
 * How scores in [0, 1] become the integer costs OR-tools needs. A score {@code s} becomes the cost
 * {@code SCALE - round(s · SCALE)} (non-negative, lower is better; a forbidden or negative score counts
 * as 0, i.e. the cost {@code SCALE}).
 *
 * <p><b>Tolerance.</b> Each rounded score is within {@code 0.5 / SCALE} of the true one, so an optimum
 * of the rounded problem is worth, in true scores, at least the true optimum minus
 * {@code pairs / SCALE}: that is the tolerance allowed when comparing OR-tools' optimum with ours
 * ({@link #tolerance(int)}). {@code SCALE = 10^6} keeps OR-tools' internal cost scaling (it multiplies
 * costs by about the number of nodes) far from overflow, and makes the problems no harder for it than
 * necessary (the number of cost-scaling phases grows with the logarithm of the largest cost).
 */
public final class IntegerCosts {
  /** Score units per cost unit. */
  public static final long SCALE = 1_000_000L;

  private IntegerCosts() {}

  /** The cost of a pair of score {@code s}: {@code SCALE - round(max(s, 0) · SCALE)}; NaN counts as 0. */
  public static long cost(double s) {
    return SCALE - gain(s);
  }

  /** The integer worth of a score: {@code round(max(s, 0) · SCALE)}; NaN and −∞ give 0. */
  public static long gain(double s) {
    return s > 0 ? Math.round(s * SCALE) : 0;
  }

  /** How far, in true score, an optimum of the rounded problem with this many pairs may fall short. */
  public static double tolerance(int pairs) {
    return (double) pairs / SCALE;
  }
}
