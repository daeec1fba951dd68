package dev.reverso.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reverso.matching.result.MatchingOptions;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link GroupBoundedFlow} against brute force over every subset of the pairs of small instances: when some
 * matching meets every group's minimum of distinct matched columns, the flow meets them too and has the
 * maximum total weight among such matchings; when none does, the flow says so ({@code met} below a bound).
 * Without bounds it equals {@link MinCostFlowMatching}.
 */
class GroupBoundedFlowProperties {

  @Property(tries = 500)
  void equalsBruteForceUnderTheBound(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int rows,
      @ForAll @IntRange(min = 1, max = 5) int columns, @ForAll @IntRange(min = 1, max = 3) int groups) {
    Random random = new Random(seed);
    int[] start = new int[rows + 1];
    int[] col = new int[rows * columns];
    double[] weight = new double[rows * columns];
    int e = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns && e < 14; c++) {
        if (random.nextInt(4) > 0) {
          col[e] = c;
          weight[e++] = random.nextInt(3) == 0 ? random.nextInt(4) / 4.0 : random.nextDouble();
        }
      }
      start[r + 1] = e;
    }
    int[] rowCap = new int[rows];
    int[] colCap = new int[columns];
    int[] group = new int[columns];
    boolean[] already = new boolean[columns];
    for (int r = 0; r < rows; r++) {
      rowCap[r] = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(2);
    }
    for (int c = 0; c < columns; c++) {
      colCap[c] = random.nextInt(3);
      group[c] = random.nextInt(groups);
      already[c] = random.nextInt(6) == 0;
    }
    int[] lower = new int[groups];
    for (int k = 0; k < groups; k++) {
      int members = 0;
      for (int c = 0; c < columns; c++) {
        members += group[c] == k ? 1 : 0;
      }
      // mostly bounds a group could meet; sometimes more than it has members (infeasible on purpose)
      lower[k] = random.nextInt(8) == 0 ? members + 1 : random.nextInt(Math.min(members, 2) + 1);
    }
    GroupBoundedFlow.Solution s = GroupBoundedFlow.solve(rows, columns, start, col, weight, rowCap, colCap, group,
        already, lower, MatchingOptions.defaults());

    // brute force: best total over all subsets meeting capacities and bounds
    double best = Double.NEGATIVE_INFINITY;
    for (int mask = 0; mask < (1 << e); mask++) {
      double total = evaluate(mask, rows, columns, start, col, weight, rowCap, colCap, group, already, lower);
      best = Math.max(best, total);
    }
    int[] counts = distinct(s.used, rows, columns, start, col, group, already, lower.length);
    boolean meets = true;
    for (int k = 0; k < groups; k++) {
      meets &= counts[k] >= lower[k];
      assertThat(s.met[k]).isLessThanOrEqualTo(lower[k]);
    }
    int mask = 0;
    for (int x = 0; x < e; x++) {
      if (s.used[x]) {
        mask |= 1 << x;
      }
    }
    double got = evaluate(mask, rows, columns, start, col, weight, rowCap, colCap, group, already, new int[groups]);
    assertThat(got).as("capacities respected").isGreaterThan(Double.NEGATIVE_INFINITY);
    boolean bounded = java.util.Arrays.stream(lower).anyMatch(l -> l > 0);
    net.jqwik.api.statistics.Statistics.label("case").collect(!bounded ? "no bound"
        : best == Double.NEGATIVE_INFINITY ? "infeasible" : "feasible bound");
    if (best == Double.NEGATIVE_INFINITY) {
      assertThat(meets).as("no matching meets the bounds, so neither does the flow").isFalse();
    } else {
      assertThat(meets).as("bounds met when feasible").isTrue();
      assertThat(got).isCloseTo(best, within(1e-9));
    }
    if (java.util.Arrays.stream(lower).allMatch(l -> l == 0)) {
      boolean[] plain = MinCostFlowMatching.solve(rows, columns, start, col, weight, rowCap, colCap,
          MatchingOptions.defaults());
      double plainTotal = 0;
      for (int x = 0; x < e; x++) {
        plainTotal += plain[x] ? weight[x] : 0;
      }
      assertThat(got).isCloseTo(plainTotal, within(1e-9));
    }
  }

  @net.jqwik.api.Example
  void knownAnswerTheBoundSwapsInTheCheaperMentor() {
    // columns 0 and 1 in group 0, column 2 in group 1; without the bound: 0-0 and 1-1 (1.7)
    int[] start = {0, 2, 4};
    int[] col = {0, 2, 1, 2};
    double[] weight = {0.9, 0.5, 0.8, 0.3};
    int[] one = {1, 1, 1};
    GroupBoundedFlow.Solution free = GroupBoundedFlow.solve(2, 3, start, col, weight, new int[] {1, 1}, one,
        new int[] {0, 0, 1}, new boolean[3], new int[] {0, 0}, MatchingOptions.defaults());
    assertThat(free.used).containsExactly(true, false, true, false);
    GroupBoundedFlow.Solution bounded = GroupBoundedFlow.solve(2, 3, start, col, weight, new int[] {1, 1}, one,
        new int[] {0, 0, 1}, new boolean[3], new int[] {0, 1}, MatchingOptions.defaults());
    // 0-2 and 1-1 (1.3) beat 0-0 and 1-2 (1.2)
    assertThat(bounded.used).containsExactly(false, true, true, false);
    assertThat(bounded.met).containsExactly(0, 1);
  }

  /** Total weight of the subset, or -infinity if it breaks a capacity or a bound. */
  private static double evaluate(int mask, int rows, int columns, int[] start, int[] col, double[] weight,
      int[] rowCap, int[] colCap, int[] group, boolean[] already, int[] lower) {
    int[] rowLoad = new int[rows];
    int[] colLoad = new int[columns];
    double total = 0;
    boolean[] used = new boolean[start[rows]];
    for (int r = 0; r < rows; r++) {
      for (int x = start[r]; x < start[r + 1]; x++) {
        if ((mask & (1 << x)) != 0) {
          if (weight[x] <= 0) {
            return Double.NEGATIVE_INFINITY; // zero-weight pairs are never made
          }
          used[x] = true;
          rowLoad[r]++;
          colLoad[col[x]]++;
          total += weight[x];
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      if (rowLoad[r] > rowCap[r]) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    for (int c = 0; c < columns; c++) {
      if (colLoad[c] > colCap[c]) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    int[] counts = distinct(used, rows, columns, start, col, group, already, lower.length);
    for (int k = 0; k < lower.length; k++) {
      if (counts[k] < lower[k]) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    return total;
  }

  /** Distinct newly matched columns per group (columns matched already do not count: the caller subtracted them). */
  private static int[] distinct(boolean[] used, int rows, int columns, int[] start, int[] col, int[] group,
      boolean[] already, int groups) {
    boolean[] matched = new boolean[columns];
    for (int x = 0; x < start[rows]; x++) {
      if (used[x]) {
        matched[col[x]] = true;
      }
    }
    int[] counts = new int[groups];
    for (int c = 0; c < columns; c++) {
      if (matched[c] && !already[c]) {
        counts[group[c]]++;
      }
    }
    return counts;
  }
}
