package dev.reverso.matching.strategy.fair;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.ProgressListener;
import dev.reverso.matching.solver.BottleneckAssignment;
import dev.reverso.matching.spi.template.AbstractMatchingStrategy;
import dev.reverso.matching.spi.template.Decision;
import dev.reverso.matching.spi.template.MatchingRound;
import dev.reverso.matching.internal.MinCostFlowMatching;
import dev.reverso.matching.internal.PairFilter;
import dev.reverso.matching.internal.Results;
import dev.reverso.matching.internal.ScoreTable;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code fair}: among the matchings with the most pairs (over the admissible pairs: allowed and at least the
 * minimum score), one whose worst pair scores as high as possible, and among those one of largest total.
 * Nobody is left out to raise the average: the objective is lexicographic (pairs, then minimum, then total).
 *
 * <p><b>Method.</b> {@link BottleneckAssignment#maximizeMinimumThenTotal(double[][], int[])}: threshold
 * search with Hopcroft–Karp maximum-cardinality tests (Garfinkel, Operations Research 19(7), 1971), then a
 * maximum-weight assignment of the pairs at or above the threshold, every score raised by a constant so
 * that one more pair always outweighs any difference in scores. Rows are mentee slots (capacity c gives c
 * rows), columns mentors with their capacities; if the slot reduction gives a mentee the same mentor twice,
 * the three steps are redone exactly on the pairs themselves with minimum-cost flows (solver path
 * {@code bottleneck+flow}), which never use a pair twice.
 *
 * <p><b>Size.</b> Works on the dense matrix of {@code double} scores (about 16 bytes per mentee × mentor
 * pair while solving) and refuses more than {@value #MAX_CELLS} pairs with an
 * {@link InvalidInputException}; use {@code optimal}, whose sparse path handles larger programmes. Stops
 * at the deadline or on interruption between blocks of rows while scoring, inside the solver (before each
 * pass over the scores, each Hopcroft–Karp phase of the threshold search and each augmentation of the
 * final assignment) and between blocks of people while assembling the result.
 *
 * <p>Immutable, stateless and thread-safe.
 */
public final class FairStrategy extends AbstractMatchingStrategy {
  /** The registered name. */
  public static final String NAME = "fair";
  /** The largest mentees × mentors this strategy accepts. */
  public static final long MAX_CELLS = 25_000_000L;

  /** The registered configuration. */
  public FairStrategy() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "most pairs, then the highest worst-pair score, then the highest total (bottleneck assignment)";
  }

  @Override
  protected Decision decide(MatchingRound round) {
    MatchingProblem problem = round.problem();
    MatchingOptions options = round.options();
    int n = problem.menteeCount();
    int m = problem.mentorCount();
    long cells = (long) n * m;
    if (cells > MAX_CELLS) {
      throw InvalidInputException.of("strategy", String.format(Locale.ROOT,
          "expected at most %d mentee × mentor pairs for the fair strategy, found %d (%d mentees × %d mentors);"
              + " use optimal, whose sparse path handles this size", MAX_CELLS, cells, n, m));
    }
    int[] mentorCapacity = round.mentorCapacities();
    int[] menteeCapacity = round.menteeCapacities();
    boolean restricts = round.restricts();
    double min = options.minimumScore();
    double[][] rows = new double[n][];
    ScoreTable.forEachRowBlock(n, m, options, ProgressListener.SCORING, j -> {
      double[] row = new double[m];
      boolean[] allowed = new boolean[m];
      problem.allowedRow(j, allowed);
      problem.scoreRow(j, allowed, row);
      for (int i = 0; i < m; i++) {
        if (!(row[i] >= min) || (restricts && !round.isOpen(i, j))) {
          row[i] = Double.NaN;
        }
      }
      rows[j] = row;
    });
    int slots = 0;
    for (int c : menteeCapacity) {
      slots += c;
    }
    int[] slotMentee = new int[slots];
    double[][] slotRows = new double[slots][];
    for (int j = 0, s = 0; j < n; j++) {
      for (int c = 0; c < menteeCapacity[j]; c++, s++) {
        slotMentee[s] = j;
        slotRows[s] = rows[j];
      }
    }
    options.progress(ProgressListener.SOLVING, 0);
    int[] column = BottleneckAssignment.maximizeMinimumThenTotal(slotRows, mentorCapacity, options::checkpoint)
        .assignment();
    options.progress(ProgressListener.SOLVING, 0.5);
    int[] pairMentor = new int[slots];
    int[] pairMentee = new int[slots];
    int pairs = 0;
    boolean duplicate = false;
    for (int s = 0; s < slots; s++) {
      if (column[s] < 0) {
        continue;
      }
      for (int t = s + 1; t < slots && slotMentee[t] == slotMentee[s]; t++) {
        duplicate |= column[t] == column[s];
      }
      pairMentor[pairs] = column[s];
      pairMentee[pairs++] = slotMentee[s];
    }
    String path = "bottleneck";
    if (duplicate) {
      path = "bottleneck+flow";
      pairs = exact(rows, n, m, menteeCapacity, mentorCapacity, options, pairMentor, pairMentee);
    }
    options.progress(ProgressListener.SOLVING, 1);
    return Decision.of(path, pairMentor, pairMentee, pairs);
  }

  /**
   * The lexicographic optimum (pairs, minimum, total) by flows on the admissible pairs: maximum cardinality
   * K; the largest threshold keeping K pairs (bisection over the distinct scores); then the maximum total
   * with every score at or above the threshold raised by a constant M so that cardinality comes first.
   * Writes the pairs and returns their number.
   */
  private static int exact(double[][] rows, int n, int m, int[] menteeCapacity, int[] mentorCapacity,
      MatchingOptions options, int[] pairMentor, int[] pairMentee) {
    int[] start = new int[n + 1];
    int edges = 0;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        if (!Double.isNaN(rows[j][i])) {
          edges++;
        }
      }
      start[j + 1] = edges;
    }
    int[] col = new int[edges];
    double[] score = new double[edges];
    for (int j = 0, e = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        if (!Double.isNaN(rows[j][i])) {
          col[e] = i;
          score[e++] = rows[j][i];
        }
      }
    }
    double[] distinct = Arrays.stream(score).distinct().sorted().toArray();
    if (distinct.length == 0) {
      return 0;
    }
    int k = cardinality(n, m, start, col, score, distinct[0], menteeCapacity, mentorCapacity, options);
    int lo = 0;
    int hi = distinct.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (cardinality(n, m, start, col, score, distinct[mid], menteeCapacity, mentorCapacity, options) == k) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    double threshold = distinct[lo];
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (double s : score) {
      if (s >= threshold) {
        low = Math.min(low, s);
        high = Math.max(high, s);
      }
    }
    double shift = (k + 1) * (high - low) + Math.abs(low) + Math.abs(high);
    if (shift == 0) {
      shift = 1;
    }
    double[] weight = new double[edges];
    for (int e = 0; e < edges; e++) {
      weight[e] = score[e] >= threshold ? score[e] + shift : 0;
    }
    boolean[] used = MinCostFlowMatching.solve(n, m, start, col, weight, menteeCapacity, mentorCapacity, options);
    int pairs = 0;
    for (int j = 0; j < n; j++) {
      for (int e = start[j]; e < start[j + 1]; e++) {
        if (used[e]) {
          pairMentor[pairs] = col[e];
          pairMentee[pairs++] = j;
        }
      }
    }
    return pairs;
  }

  private static int cardinality(int n, int m, int[] start, int[] col, double[] score, double threshold,
      int[] menteeCapacity, int[] mentorCapacity, MatchingOptions options) {
    double[] unit = new double[score.length];
    for (int e = 0; e < score.length; e++) {
      unit[e] = score[e] >= threshold ? 1 : 0;
    }
    boolean[] used = MinCostFlowMatching.solve(n, m, start, col, unit, menteeCapacity, mentorCapacity, options);
    int count = 0;
    for (boolean u : used) {
      if (u) {
        count++;
      }
    }
    return count;
  }

  @Override
  public String toString() {
    return "FairStrategy";
  }
}
