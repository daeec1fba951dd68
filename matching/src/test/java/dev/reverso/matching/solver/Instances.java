package dev.reverso.matching.solver;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Random small instances and brute-force oracles shared by the solver tests. */
final class Instances {
  private Instances() {}

  /** A score matrix with column capacities. */
  record Weighted(double[][] scores, int[] capacity) {
    int rows() {
      return scores.length;
    }

    int columns() {
      return capacity.length;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("capacity=").append(java.util.Arrays.toString(capacity));
      for (double[] row : scores) {
        sb.append("\n").append(java.util.Arrays.toString(row));
      }
      return sb.toString();
    }
  }

  /** Scores mixing forbidden (NaN, −∞), negative, zero, tied small integers and arbitrary values. */
  static Arbitrary<Double> score() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Double.NaN)),
        Tuple.of(1, Arbitraries.just(Double.NEGATIVE_INFINITY)),
        Tuple.of(2, Arbitraries.doubles().between(-10, 0)),
        Tuple.of(1, Arbitraries.just(0.0)),
        Tuple.of(3, Arbitraries.integers().between(1, 4).map(Integer::doubleValue)),
        Tuple.of(5, Arbitraries.doubles().between(0, 10)));
  }

  /** Instances up to {@code maxRows × maxColumns} with capacities 0..maxCapacity. */
  static Arbitrary<Weighted> weighted(int maxRows, int maxColumns, int maxCapacity, Arbitrary<Double> score) {
    return Arbitraries.integers().between(0, maxRows).flatMap(rows ->
        Arbitraries.integers().between(0, maxColumns).flatMap(columns ->
            score.list().ofSize(rows * columns).flatMap(values ->
                Arbitraries.integers().between(0, maxCapacity).list().ofSize(columns)
                    .map(caps -> build(rows, columns, values, caps)))));
  }

  private static Weighted build(int rows, int columns, List<Double> values, List<Integer> caps) {
    double[][] scores = new double[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        scores[r][c] = values.get(r * columns + c);
      }
    }
    return new Weighted(scores, caps.stream().mapToInt(Integer::intValue).toArray());
  }

  static boolean allowed(double score) {
    return !Double.isNaN(score) && score != Double.NEGATIVE_INFINITY;
  }

  /** Maximum total score over all matchings (rows capacity 1, unmatched allowed), by enumeration. */
  static double bruteForceMaxWeight(double[][] scores, int[] capacity) {
    return maxWeight(scores, capacity.clone(), 0);
  }

  private static double maxWeight(double[][] scores, int[] left, int row) {
    if (row == scores.length) {
      return 0;
    }
    double best = maxWeight(scores, left, row + 1);
    for (int c = 0; c < left.length; c++) {
      if (left[c] > 0 && allowed(scores[row][c])) {
        left[c]--;
        best = Math.max(best, scores[row][c] + maxWeight(scores, left, row + 1));
        left[c]++;
      }
    }
    return best;
  }

  /** Sum of the scores of the assigned pairs. */
  static double total(double[][] scores, int[] assignment) {
    double sum = 0;
    for (int r = 0; r < assignment.length; r++) {
      if (assignment[r] >= 0) {
        sum += scores[r][assignment[r]];
      }
    }
    return sum;
  }

  /** Number of matched rows. */
  static int cardinality(int[] assignment) {
    int n = 0;
    for (int c : assignment) {
      if (c >= 0) {
        n++;
      }
    }
    return n;
  }

  /** Whether the assignment respects the shape, the capacities and the forbidden pairs. */
  static void assertFeasible(double[][] scores, int[] capacity, int[] assignment) {
    org.assertj.core.api.Assertions.assertThat(assignment).hasSize(scores.length);
    int[] used = new int[capacity.length];
    for (int r = 0; r < assignment.length; r++) {
      int c = assignment[r];
      org.assertj.core.api.Assertions.assertThat(c).as("column of row %d", r).isBetween(-1, capacity.length - 1);
      if (c >= 0) {
        org.assertj.core.api.Assertions.assertThat(allowed(scores[r][c])).as("pair (%d,%d) allowed", r, c).isTrue();
        used[c]++;
      }
    }
    for (int c = 0; c < capacity.length; c++) {
      org.assertj.core.api.Assertions.assertThat(used[c]).as("use of column %d", c).isLessThanOrEqualTo(capacity[c]);
    }
  }

  static double[][] deepCopy(double[][] m) {
    double[][] copy = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      copy[i] = m[i].clone();
    }
    return copy;
  }

  static double[] flatten(double[][] m, int columns) {
    double[] flat = new double[m.length * columns];
    for (int r = 0; r < m.length; r++) {
      System.arraycopy(m[r], 0, flat, r * columns, columns);
    }
    return flat;
  }
}
