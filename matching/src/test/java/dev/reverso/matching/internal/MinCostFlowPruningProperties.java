package dev.reverso.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reverso.matching.result.MatchingOptions;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link MinCostFlowMatching#solvePruned} against {@link MinCostFlowMatching#solve} on the whole graph: the
 * same total weight, capacities and "each pair once" respected, the same answer twice. The graphs are dense
 * and larger than the pruning limit (rows with up to 60 arcs, capacities 0 to 3), with popular columns (every
 * row prefers the same few), so the first pruned set often misses arcs the optimum needs and the certificate
 * has to add them.
 */
class MinCostFlowPruningProperties {

  @Property(tries = 300)
  void prunedIsAsGoodAsTheWholeGraph(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int rows,
      @ForAll @IntRange(min = 1, max = 60) int columns, @ForAll @IntRange(min = 0, max = 2) int shape) {
    Random random = new Random(seed);
    int[] start = new int[rows + 1];
    int[] col = new int[rows * columns];
    double[] weight = new double[rows * columns];
    double[] popularity = new double[columns];
    for (int c = 0; c < columns; c++) {
      popularity[c] = shape == 2 ? (c < 5 ? 1.0 : 0.1) : random.nextDouble();
    }
    int e = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (random.nextInt(10) < 8) {
          col[e] = c;
          weight[e++] = switch (shape) {
            case 0 -> random.nextInt(4) / 4.0; // many ties, some zero weights (unusable)
            case 1 -> random.nextDouble();
            default -> popularity[c] + random.nextInt(3) / 100.0;
          };
        }
      }
      start[r + 1] = e;
    }
    int[] rowCapacity = new int[rows];
    int[] columnCapacity = new int[columns];
    for (int r = 0; r < rows; r++) {
      rowCapacity[r] = random.nextInt(4);
    }
    for (int c = 0; c < columns; c++) {
      columnCapacity[c] = random.nextInt(4);
    }
    MatchingOptions options = MatchingOptions.defaults();

    boolean[] whole = MinCostFlowMatching.solve(rows, columns, start, col, weight, rowCapacity, columnCapacity,
        options);
    boolean[] pruned = MinCostFlowMatching.solvePruned(rows, columns, start, col, weight, rowCapacity,
        columnCapacity, options);

    assertThat(total(pruned, weight)).isCloseTo(total(whole, weight), within(1e-7));
    int[] rowLoad = new int[rows];
    int[] columnLoad = new int[columns];
    for (int r = 0; r < rows; r++) {
      for (int x = start[r]; x < start[r + 1]; x++) {
        if (pruned[x]) {
          assertThat(weight[x]).isPositive();
          rowLoad[r]++;
          columnLoad[col[x]]++;
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      assertThat(rowLoad[r]).isLessThanOrEqualTo(rowCapacity[r]);
    }
    for (int c = 0; c < columns; c++) {
      assertThat(columnLoad[c]).isLessThanOrEqualTo(columnCapacity[c]);
    }
    assertThat(MinCostFlowMatching.solvePruned(rows, columns, start, col, weight, rowCapacity, columnCapacity,
        options)).isEqualTo(pruned);
  }

  /**
   * Thirty rows that all rank the same eleven columns first: the pruned set keeps, for most rows, only those
   * eleven, so the first flow leaves eight rows unmatched; the certificate must bring in their other arcs.
   */
  @Example
  void theCertificateAddsTheArcsThePrunedSetMissed() {
    int rows = 30;
    int columns = 30;
    int[] start = new int[rows + 1];
    int[] col = new int[rows * columns];
    double[] weight = new double[rows * columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        col[r * columns + c] = c;
        weight[r * columns + c] = c < 11 ? 1.0 : 0.5;
      }
      start[r + 1] = (r + 1) * columns;
    }
    int[] ones = new int[30];
    java.util.Arrays.fill(ones, 1);
    int[] rounds = new int[1];
    boolean[] pruned = MinCostFlowMatching.solvePruned(rows, columns, start, col, weight, ones, ones,
        MatchingOptions.defaults(), rounds);
    assertThat(total(pruned, weight)).isCloseTo(11 * 1.0 + 19 * 0.5, within(1e-9));
    assertThat(rounds[0]).isGreaterThan(1);
  }

  private static double total(boolean[] used, double[] weight) {
    double sum = 0;
    for (int x = 0; x < used.length; x++) {
      if (used[x]) {
        sum += weight[x];
      }
    }
    return sum;
  }
}
