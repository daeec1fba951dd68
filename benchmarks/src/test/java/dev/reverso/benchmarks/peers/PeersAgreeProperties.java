package dev.reverso.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.benchmarks.data.BenchmarkData;
import dev.reverso.matching.solver.LinearAssignment;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The peer adapters solve the problem our solver solves: on random small matrices (with forbidden and
 * worthless pairs) OR-tools' assignment, OR-tools' min-cost flow and JGraphT's Kuhn–Munkres reach
 * {@link LinearAssignment}'s optimum within the documented tolerances, and the check before timing
 * rejects an assignment that is not optimal.
 */
class PeersAgreeProperties {

  /** A square matrix of scores in [-0.2, 1), with about one pair in eight forbidden (NaN). */
  private static double[][] matrix(int rows, int columns, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] m = new double[rows][columns];
    for (double[] row : m) {
      for (int c = 0; c < columns; c++) {
        row[c] = random.nextInt(8) == 0 ? Double.NaN : random.nextDouble() * 1.2 - 0.2;
      }
    }
    return m;
  }

  @Property(tries = 100)
  void orToolsAssignmentReachesOurOptimum(@ForAll @IntRange(min = 1, max = 25) int n, @ForAll long seed) {
    double[][] scores = matrix(n, n, seed);
    int[] capacity = Optimum.ones(n);
    int[] ours = LinearAssignment.maximize(scores, capacity);
    OrTools.load();
    int[] theirs = OrTools.assign(scores);
    assertThat(theirs).doesNotContain(-1);
    Optimum.check("OR-tools", scores, capacity, ours, theirs, IntegerCosts.tolerance(n));
  }

  @Property(tries = 100)
  void orToolsFlowReachesOurOptimumWithCapacities(@ForAll @IntRange(min = 1, max = 30) int rows,
      @ForAll @IntRange(min = 1, max = 8) int columns, @ForAll @IntRange(min = 0, max = 4) int capacity,
      @ForAll long seed) {
    double[][] scores = matrix(rows, columns, seed);
    int[] k = new int[columns];
    Arrays.fill(k, capacity);
    int[] ours = LinearAssignment.maximize(scores, k);
    OrTools.load();
    Optimum.check("OR-tools flow", scores, k, ours, OrTools.match(scores, k), IntegerCosts.tolerance(rows));
  }

  @Property(tries = 60)
  void jgraphtReachesOurOptimum(@ForAll @IntRange(min = 1, max = 15) int n, @ForAll long seed) {
    double[][] scores = matrix(n, n, seed);
    int[] capacity = Optimum.ones(n);
    int[] ours = LinearAssignment.maximize(scores, capacity);
    Optimum.check("JGraphT", scores, capacity, ours, JGraphT.solve(JGraphT.problem(scores)),
        n * Optimum.DOUBLE_TOLERANCE_PER_PAIR);
  }

  @Test
  void aWorseAssignmentFailsTheCheckWithBothTotals() {
    double[][] scores = {{0.9, 0.1}, {0.1, 0.9}};
    int[] capacity = Optimum.ones(2);
    assertThatThrownBy(() -> Optimum.check("peer", scores, capacity, new int[] {0, 1}, new int[] {1, 0}, 1e-6))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("peer found an assignment worth 0.200000000")
        .hasMessageContaining("reverso one worth 1.800000000");
  }

  @Test
  void anOverfullColumnFailsTheCheck() {
    double[][] scores = {{0.9, 0.1}, {0.8, 0.2}};
    assertThatThrownBy(() -> Optimum.check("peer", scores, Optimum.ones(2), new int[] {0, 1}, new int[] {0, 0}, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("more than 1 rows in column 0");
  }

  @Test
  void integerCostsRoundAndFloorAtZero() {
    assertThat(IntegerCosts.gain(0.25)).isEqualTo(250_000L);
    assertThat(IntegerCosts.gain(-0.5)).isZero();
    assertThat(IntegerCosts.gain(Double.NaN)).isZero();
    assertThat(IntegerCosts.cost(1.0)).isZero();
    assertThat(IntegerCosts.cost(Double.NEGATIVE_INFINITY)).isEqualTo(IntegerCosts.SCALE);
  }

  @Test
  void totalCountsOnlyPositivePairs() {
    double[][] scores = {{0.5, Double.NaN}, {-0.3, 0.25}};
    assertThat(BenchmarkData.total(scores, new int[] {0, 1})).isEqualTo(0.75);
    assertThat(BenchmarkData.total(scores, new int[] {1, 0})).isZero();
    assertThat(BenchmarkData.total(scores, new int[] {-1, -1})).isZero();
  }
}
