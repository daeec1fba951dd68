package dev.reverso.matching.solver;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problems;
import java.util.Arrays;

/**
 * Bottleneck (max–min) assignment: among the matchings of maximum cardinality, one whose smallest
 * pair score is as large as possible, and then, if wanted, the largest total at that level.
 *
 * <p><b>Problem.</b> Scores {@code s[r][c]}, rows of capacity 1, columns of capacity {@code k[c] >= 0};
 * NaN or −∞ forbids a pair, every other pair is allowed, negative ones included (cardinality comes
 * first here, unlike {@link LinearAssignment}). Let {@code K} be the maximum number of pairs of any
 * matching. {@link #maximizeMinimum} finds the largest threshold {@code t*} such that the pairs with
 * score {@code >= t*} still admit a matching of {@code K} pairs, and such a matching;
 * {@link #maximizeTotal} finds, among the maximum-cardinality matchings of the pairs above a given
 * threshold, one of largest total; {@link #maximizeMinimumThenTotal} chains the two (the lexicographic
 * "fair" objective: first the worst pair, then the sum).
 *
 * <p><b>Method.</b> Threshold search (R. S. Garfinkel, "An improved algorithm for the bottleneck
 * assignment problem", Operations Research 19(7), 1971) with maximum-cardinality tests by
 * {@link HopcroftKarp} on the implicit graph of the pairs above the threshold, each test warm-started
 * from the last feasible matching (its pairs below the new threshold removed). The threshold is only
 * ever an actual score. While many scores lie between the known feasible and infeasible thresholds, the
 * next one tested is the median of an evenly spaced sample of them; once at most 2^20 remain they are
 * sorted and searched by bisection. Once the pairs above the known feasible threshold are at most a
 * quarter of the matrix, they are gathered into compressed rows that later tests scan instead of the
 * matrix. The maximum total at a threshold uses {@link LinearAssignment} (or {@link SparseAssignment}
 * when at most an eighth of the pairs are eligible) with
 * every eligible score raised by a constant {@code M} large enough that one more pair always outweighs
 * any difference in scores: with {@code span = max - min} of the eligible scores and {@code n} the most
 * pairs a matching can have, a matching of {@code a} pairs is worth at least {@code a (min + M)} and one
 * of {@code a - 1} pairs at most {@code (a - 1)(max + M)}, so {@code M > (n - 1) span - min} suffices and
 * {@code M = (n + 1) span + |min| + |max|} (or 1 if all those scores are 0) exceeds that bound by at
 * least {@code 2 span} (by at least {@code |min|} when all eligible scores are equal), far above the
 * rounding of sums near {@code n M}; {@code M > -min} also makes every eligible pair worth taking.
 *
 * <p><b>Complexity.</b> {@code maximizeMinimum}: O(log(R·C)) threshold tests, each an O(R·C) scan plus
 * the Hopcroft–Karp phases (over the gathered pairs once they are few); about 3 s for 5 000 × 5 000
 * uniform random scores on a 2-core machine. {@code maximizeTotal}: as {@link LinearAssignment} plus
 * one {@code double} copy of the matrix, or as {@link SparseAssignment} on the eligible pairs.
 *
 * <p><b>Guarantee.</b> The threshold is exact and the matchings have maximum cardinality. The total of
 * {@code maximizeTotal} is optimal up to rounding of about {@code n² · span · 1e-15} (because of the
 * added constant). Deterministic; inputs never modified; stateless and thread-safe.
 */
public final class BottleneckAssignment {
  private static final int EXACT_SEARCH_LIMIT = 1 << 20;
  private static final int SAMPLE_SIZE = 4095;
  private static final Runnable NO_CHECKPOINT = () -> { };
  /** Rows of a pass over the scores between two checkpoint calls (well under a millisecond at 5 000 columns). */
  private static final int ROWS_PER_CHECKPOINT = 64;

  private BottleneckAssignment() {}

  /** A threshold and a maximum-cardinality matching whose pairs all score at least that threshold. */
  public static final class Result {
    private final double threshold;
    private final int[] assignment;
    private final int cardinality;

    Result(double threshold, int[] assignment) {
      this.threshold = threshold;
      this.assignment = assignment.clone();
      this.cardinality = (int) Arrays.stream(assignment).filter(c -> c >= 0).count();
    }

    /** The smallest score of the matching's pairs (the best possible); NaN when no pair is allowed. */
    public double threshold() {
      return threshold;
    }

    /** For each row its column, or −1; a fresh copy. */
    public int[] assignment() {
      return assignment.clone();
    }

    /** The number of pairs, the maximum possible. */
    public int cardinality() {
      return cardinality;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Result other
          && Double.compare(threshold, other.threshold) == 0
          && Arrays.equals(assignment, other.assignment);
    }

    @Override
    public int hashCode() {
      return 31 * Double.hashCode(threshold) + Arrays.hashCode(assignment);
    }

    @Override
    public String toString() {
      return "Result[threshold=" + threshold + ", cardinality=" + cardinality + "]";
    }
  }

  /**
   * The best threshold and a maximum-cardinality matching of pairs scoring at least that much.
   *
   * @param scores {@code scores[r][c]}; NaN or −∞ forbids the pair; every row has
   *     {@code columnCapacity.length} entries
   * @param columnCapacity how many rows each column may take, each {@code >= 0}
   * @throws InvalidInputException as {@link LinearAssignment#maximize(double[][], int[])}
   */
  public static Result maximizeMinimum(double[][] scores, int[] columnCapacity) {
    return maximizeMinimum(scores, columnCapacity, EXACT_SEARCH_LIMIT, NO_CHECKPOINT);
  }

  /**
   * As {@link #maximizeMinimum(double[][], int[])}, calling {@code checkpoint} every 64 rows of each pass
   * over the scores and of each phase of every matching test, so that a long search can be stopped: whatever the
   * checkpoint throws ends the search and reaches the caller. The checkpoint should be cheap, such as a
   * deadline or interrupt check. Same result as without it.
   */
  public static Result maximizeMinimum(double[][] scores, int[] columnCapacity, Runnable checkpoint) {
    return maximizeMinimum(scores, columnCapacity, EXACT_SEARCH_LIMIT, requireNonNull(checkpoint, "checkpoint"));
  }

  /** As {@link #maximizeMinimum(double[][], int[])}, sampling until at most {@code exactSearchLimit} remain. */
  static Result maximizeMinimum(double[][] scores, int[] columnCapacity, int exactSearchLimit) {
    return maximizeMinimum(scores, columnCapacity, exactSearchLimit, NO_CHECKPOINT);
  }

  private static Result maximizeMinimum(double[][] scores, int[] columnCapacity, int exactSearchLimit,
      Runnable checkpoint) {
    validate(scores, columnCapacity);
    checkpoint.run();
    int rows = scores.length;
    int columns = columnCapacity.length;
    Threshold graph = new Threshold(scores, columnCapacity, Double.NEGATIVE_INFINITY);
    int[] best = HopcroftKarp.solve(rows, columns, graph, columnCapacity, null, checkpoint);
    int k = count(best);
    if (k == 0) {
      return new Result(Double.NaN, best);
    }
    // Invariant: every score <= lo is feasible (lo feasible, or -inf), every score >= hi is not.
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    // Every threshold tested from now on is > lo, so only pairs scoring > lo matter: once they are few
    // enough, they are gathered into compressed rows and the tests scan those instead of the matrix.
    Pairs pairs = null;
    long dense = (long) rows * columns;
    while (true) {
      checkpoint.run();
      long[] counts = countAbove(scores, lo, hi, checkpoint);
      long between = counts[0];
      long above = counts[1];
      if (between == 0) {
        break;
      }
      if (above <= dense / 4 && (pairs == null || above <= pairs.size() / 2)) {
        pairs = Pairs.above(scores, lo, (int) above, checkpoint);
      }
      if (between <= exactSearchLimit) {
        double[] values = distinct(collectBetween(scores, lo, hi, (int) between, checkpoint));
        int a = 0;
        int b = values.length - 1;
        // The largest feasible value: values[< a] are feasible, values[> b] are not.
        while (a <= b) {
          int mid = (a + b) >>> 1;
          int[] trial = test(scores, columnCapacity, pairs, values[mid], best, k, checkpoint);
          if (trial != null) {
            best = trial;
            a = mid + 1;
          } else {
            b = mid - 1;
          }
        }
        break;
      }
      double pivot = sampleMedian(scores, lo, hi, between, checkpoint);
      checkpoint.run();
      int[] trial = test(scores, columnCapacity, pairs, pivot, best, k, checkpoint);
      if (trial != null) {
        best = trial;
        lo = pivot;
      } else {
        hi = pivot;
      }
    }
    return new Result(minimumScore(scores, best), best);
  }

  /**
   * Among the maximum-cardinality matchings of the pairs scoring at least {@code minimumScore}, one of
   * largest total score.
   *
   * @param scores {@code scores[r][c]}; NaN or −∞ forbids the pair
   * @param columnCapacity how many rows each column may take, each {@code >= 0}
   * @param minimumScore pairs below it are not used (−∞ to use every allowed pair)
   * @return for each row its column, or −1
   * @throws InvalidInputException as {@link LinearAssignment#maximize(double[][], int[])}, or if
   *     {@code minimumScore} is NaN
   */
  public static int[] maximizeTotal(double[][] scores, int[] columnCapacity, double minimumScore) {
    return maximizeTotal(scores, columnCapacity, minimumScore, NO_CHECKPOINT);
  }

  /**
   * As {@link #maximizeTotal(double[][], int[], double)}, calling {@code checkpoint} every 64 rows of each
   * pass over the scores and before each augmentation of the assignment solver; whatever it throws ends the solve and
   * reaches the caller. Same result as without it.
   */
  public static int[] maximizeTotal(double[][] scores, int[] columnCapacity, double minimumScore,
      Runnable checkpoint) {
    requireNonNull(checkpoint, "checkpoint");
    validate(scores, columnCapacity);
    checkpoint.run();
    if (Double.isNaN(minimumScore)) {
      throw InvalidInputException.of("minimumScore", "expected a number or -Infinity, found NaN");
    }
    int rows = scores.length;
    int columns = columnCapacity.length;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < rows; r++) {
      every(r, checkpoint);
      double[] row = scores[r];
      for (double s : row) {
        if (eligible(s, minimumScore)) {
          min = Math.min(min, s);
          max = Math.max(max, s);
        }
      }
    }
    int[] result = new int[rows];
    Arrays.fill(result, -1);
    if (min == Double.POSITIVE_INFINITY) {
      return result;
    }
    long totalCapacity = 0;
    for (int k : columnCapacity) {
      totalCapacity += k;
    }
    double n = Math.min(rows, totalCapacity);
    double span = max - min;
    double shift = (n + 1) * span + Math.abs(min) + Math.abs(max);
    if (shift == 0) {
      shift = 1;
    }
    checkpoint.run();
    long eligible = 0;
    for (int r = 0; r < rows; r++) {
      every(r, checkpoint);
      double[] row = scores[r];
      for (double s : row) {
        if (eligible(s, minimumScore)) {
          eligible++;
        }
      }
    }
    if (eligible <= (long) rows * columns / 8) {
      // Few eligible pairs: candidate lists and the sparse solver, far cheaper than a mostly
      // forbidden dense matrix.
      int[] start = new int[rows + 1];
      int[] cols = new int[(int) eligible];
      double[] values = new double[(int) eligible];
      int e = 0;
      for (int r = 0; r < rows; r++) {
        every(r, checkpoint);
        double[] row = scores[r];
        for (int c = 0; c < columns; c++) {
          if (eligible(row[c], minimumScore)) {
            cols[e] = c;
            values[e++] = row[c] + shift;
          }
        }
        start[r + 1] = e;
      }
      checkpoint.run();
      return SparseAssignment.maximize(start, cols, values, columnCapacity, checkpoint);
    }
    checkpoint.run();
    double[] shifted = new double[Math.multiplyExact(rows, columns)];
    for (int r = 0; r < rows; r++) {
      every(r, checkpoint);
      double[] row = scores[r];
      int base = r * columns;
      for (int c = 0; c < columns; c++) {
        shifted[base + c] = eligible(row[c], minimumScore) ? row[c] + shift : Double.NaN;
      }
    }
    checkpoint.run();
    return LinearAssignment.maximize(shifted, rows, columns, columnCapacity, checkpoint);
  }

  /**
   * The best threshold, then the largest total among maximum-cardinality matchings at that threshold.
   *
   * @throws InvalidInputException as {@link LinearAssignment#maximize(double[][], int[])}
   */
  public static Result maximizeMinimumThenTotal(double[][] scores, int[] columnCapacity) {
    return maximizeMinimumThenTotal(scores, columnCapacity, NO_CHECKPOINT);
  }

  /**
   * As {@link #maximizeMinimumThenTotal(double[][], int[])}, calling {@code checkpoint} as
   * {@link #maximizeMinimum(double[][], int[], Runnable)} and
   * {@link #maximizeTotal(double[][], int[], double, Runnable)} do; whatever it throws ends the solve.
   */
  public static Result maximizeMinimumThenTotal(double[][] scores, int[] columnCapacity, Runnable checkpoint) {
    requireNonNull(checkpoint, "checkpoint");
    Result bottleneck = maximizeMinimum(scores, columnCapacity, EXACT_SEARCH_LIMIT, checkpoint);
    if (bottleneck.cardinality() == 0) {
      return bottleneck;
    }
    int[] best = maximizeTotal(scores, columnCapacity, bottleneck.threshold(), checkpoint);
    return new Result(minimumScore(scores, best), best);
  }

  /** Calls the checkpoint at the start of every {@link #ROWS_PER_CHECKPOINT}-th row of a pass, after the first. */
  private static void every(int row, Runnable checkpoint) {
    if (row % ROWS_PER_CHECKPOINT == ROWS_PER_CHECKPOINT - 1) {
      checkpoint.run();
    }
  }

  private static boolean eligible(double s, double minimumScore) {
    return !Double.isNaN(s) && s != Double.NEGATIVE_INFINITY && s >= minimumScore;
  }

  private static void validate(double[][] scores, int[] columnCapacity) {
    requireNonNull(scores, "scores");
    requireNonNull(columnCapacity, "columnCapacity");
    int columns = columnCapacity.length;
    Problems problems = new Problems();
    HopcroftKarp.checkCapacities(columnCapacity, problems);
    int listed = 0;
    for (int r = 0; r < scores.length; r++) {
      double[] row = scores[r];
      if (row == null) {
        problems.error("scores[" + r + "]", "expected a row of " + columns + " scores, found null");
      } else if (row.length != columns) {
        problems.error("scores[" + r + "]", "expected " + columns
            + " scores (one per entry of columnCapacity), found " + row.length);
      } else {
        for (int c = 0; c < columns; c++) {
          if (row[c] == Double.POSITIVE_INFINITY && listed++ < 100) {
            problems.error("scores[" + r + "][" + c + "]",
                "expected a finite score, NaN or -Infinity, found +Infinity");
          }
        }
      }
    }
    if (listed > 100) {
      problems.error("scores", (listed - 100) + " more +Infinity entries beyond the 100 listed");
    }
    problems.throwIfErrors();
  }

  /**
   * A maximum matching of the pairs {@code >= t} if it still has {@code k} pairs, else null; over
   * {@code pairs} when given (they must include every pair {@code >= t}), else over the whole matrix.
   */
  private static int[] test(double[][] scores, int[] capacity, Pairs pairs, double t, int[] warm, int k,
      Runnable checkpoint) {
    int[] initial = warm.clone();
    for (int r = 0; r < initial.length; r++) {
      if (initial[r] >= 0 && !(scores[r][initial[r]] >= t)) {
        initial[r] = -1;
      }
    }
    HopcroftKarp.Graph graph = pairs == null ? new Threshold(scores, capacity, t) : pairs.atLeast(t);
    int[] m = HopcroftKarp.solve(scores.length, capacity.length, graph, capacity, initial, checkpoint);
    return count(m) == k ? m : null;
  }

  private static int count(int[] assignment) {
    int n = 0;
    for (int c : assignment) {
      if (c >= 0) {
        n++;
      }
    }
    return n;
  }

  private static double minimumScore(double[][] scores, int[] assignment) {
    double min = Double.POSITIVE_INFINITY;
    for (int r = 0; r < assignment.length; r++) {
      if (assignment[r] >= 0) {
        min = Math.min(min, scores[r][assignment[r]]);
      }
    }
    return min == Double.POSITIVE_INFINITY ? Double.NaN : min;
  }

  private static boolean strictlyBetween(double s, double lo, double hi) {
    return s > lo && s < hi; // false for NaN; -inf is never > lo
  }

  /** {scores strictly between lo and hi, scores above lo}. */
  private static long[] countAbove(double[][] scores, double lo, double hi, Runnable checkpoint) {
    long between = 0;
    long above = 0;
    for (int r = 0; r < scores.length; r++) {
      every(r, checkpoint);
      for (double s : scores[r]) {
        if (s > lo) {
          above++;
          if (s < hi) {
            between++;
          }
        }
      }
    }
    return new long[] {between, above};
  }

  private static double[] collectBetween(double[][] scores, double lo, double hi, int n, Runnable checkpoint) {
    double[] values = new double[n];
    int k = 0;
    for (int r = 0; r < scores.length; r++) {
      every(r, checkpoint);
      for (double s : scores[r]) {
        if (strictlyBetween(s, lo, hi)) {
          values[k++] = s;
        }
      }
    }
    return values;
  }

  private static double[] distinct(double[] values) {
    Arrays.sort(values);
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (i == 0 || values[i] != values[i - 1]) {
        values[n++] = values[i];
      }
    }
    return Arrays.copyOf(values, n);
  }

  /** The median of every {@code between / SAMPLE_SIZE}-th score strictly between lo and hi. */
  private static double sampleMedian(double[][] scores, double lo, double hi, long between, Runnable checkpoint) {
    long stride = Math.max(1, between / SAMPLE_SIZE);
    double[] sample = new double[(int) Math.min(between, SAMPLE_SIZE + 1)];
    int taken = 0;
    long seen = 0;
    for (int r = 0; r < scores.length; r++) {
      every(r, checkpoint);
      for (double s : scores[r]) {
        if (strictlyBetween(s, lo, hi)) {
          if (seen++ % stride == 0 && taken < sample.length) {
            sample[taken++] = s;
          }
        }
      }
    }
    Arrays.sort(sample, 0, taken);
    return sample[taken / 2];
  }

  /** The pairs scoring above some level, in compressed rows of column indices. */
  private static final class Pairs {
    private final double[][] scores;
    private final int[] start;
    private final int[] columns;

    private Pairs(double[][] scores, int[] start, int[] columns) {
      this.scores = scores;
      this.start = start;
      this.columns = columns;
    }

    static Pairs above(double[][] scores, double lo, int count, Runnable checkpoint) {
      int[] start = new int[scores.length + 1];
      int[] columns = new int[count];
      int e = 0;
      for (int r = 0; r < scores.length; r++) {
        every(r, checkpoint);
        double[] row = scores[r];
        for (int c = 0; c < row.length; c++) {
          if (row[c] > lo) {
            columns[e++] = c;
          }
        }
        start[r + 1] = e;
      }
      return new Pairs(scores, start, columns);
    }

    long size() {
      return columns.length;
    }

    /** The pairs scoring at least {@code t}. */
    HopcroftKarp.Graph atLeast(double t) {
      return new HopcroftKarp.Graph() {
        @Override
        int begin(int row) {
          return start[row];
        }

        @Override
        int end(int row) {
          return start[row + 1];
        }

        @Override
        int column(int row, int position) {
          int c = columns[position];
          return scores[row][c] >= t ? c : -1;
        }
      };
    }
  }

  /** The pairs of a dense matrix with an allowed score {@code >= t}, columns as positions. */
  private static final class Threshold extends HopcroftKarp.Graph {
    private final double[][] scores;
    private final int[] capacity;
    private final double t;

    Threshold(double[][] scores, int[] capacity, double t) {
      this.scores = scores;
      this.capacity = capacity;
      this.t = t;
    }

    @Override
    int begin(int row) {
      return 0;
    }

    @Override
    int end(int row) {
      return capacity.length;
    }

    @Override
    int column(int row, int position) {
      double s = scores[row][position];
      return s >= t && s != Double.NEGATIVE_INFINITY ? position : -1;
    }
  }
}
