package dev.reverso.matching.strategy.greedy;

import static java.util.Objects.requireNonNull;

import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.ProgressListener;
import dev.reverso.matching.spi.template.AbstractMatchingStrategy;
import dev.reverso.matching.spi.template.Decision;
import dev.reverso.matching.spi.template.MatchingRound;
import dev.reverso.matching.internal.CandidateTable;
import dev.reverso.matching.internal.PairFilter;
import dev.reverso.matching.internal.Results;
import dev.reverso.matching.internal.ScoreTable;
import dev.reverso.matching.strategy.optimal.OptimalStrategy;
import java.util.Arrays;

/**
 * {@code greedy}: takes the admissible pairs from the highest score down, each one as long as both its
 * mentor and its mentee still have capacity.
 *
 * <p><b>Order.</b> By score rounded to {@code float}, highest first; equal scores by lower mentee index,
 * then lower mentor index. Pairs of any score at least the minimum are taken, score 0 included, so greedy
 * may make more pairs than {@code optimal} (which skips pairs that add nothing).
 *
 * <p><b>Guarantee.</b> For non-negative scores the total is at least half the optimum: every pair of an
 * optimal matching that greedy did not take was blocked by a greedy pair at least as good at one of its
 * two ends, and each greedy pair blocks at most two optimal pairs per unit of capacity — the classic
 * argument for greedy weighted (b-)matching (see, e.g., D. Avis, "A survey of heuristics for the weighted
 * matching problem", Networks 13(4), 1983).
 *
 * <p><b>Size.</b> Up to {@value OptimalStrategy#DENSE_LIMIT_CELLS} mentees × mentors every admissible pair
 * is sorted (solver path {@code all-pairs}); above, each mentee's best
 * {@value OptimalStrategy#DEFAULT_CANDIDATES} admissible mentors only (solver path {@code sparse(k=50)}).
 * O(P log P) time for P admissible pairs, 8 bytes per pair. Stops at the deadline or on interruption
 * between blocks of rows while scoring.
 *
 * <p>Immutable, stateless and thread-safe.
 */
public final class GreedyStrategy extends AbstractMatchingStrategy {
  /** The registered name. */
  public static final String NAME = "greedy";
  /** Float bits of 1.0: scores in [0, 1] have bits in [0, ONE]. */
  private static final int ONE = Float.floatToIntBits(1f);

  /** The registered configuration. */
  public GreedyStrategy() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "best pairs first within capacities (fast; at least half the optimal total)";
  }

  @Override
  protected Decision decide(MatchingRound round) {
    MatchingProblem problem = round.problem();
    MatchingOptions options = round.options();
    int n = problem.menteeCount();
    int m = problem.mentorCount();
    int[] mentorCapacity = round.mentorCapacities();
    int[] menteeCapacity = round.menteeCapacities();
    PairFilter open = round.restricts() ? round::isOpen : PairFilter.ALL;
    boolean sparse = (long) n * m > OptimalStrategy.DENSE_LIMIT_CELLS;
    // Keys: (ONE - score bits) in the high bits, so higher scores sort first, then the position of the pair
    // in a row-major layout (mentee, then mentor or rank), so ties go to the lower mentee, then mentor.
    long[] keys;
    int[] candidates = null;
    int width;
    if (sparse) {
      CandidateTable t = CandidateTable.of(problem, options, open, menteeCapacity,
          OptimalStrategy.DEFAULT_CANDIDATES);
      width = t.width;
      candidates = t.mentor;
      keys = new long[t.total()];
      int x = 0;
      for (int j = 0; j < n; j++) {
        for (int r = 0; r < t.count[j]; r++) {
          int at = j * width + r;
          keys[x++] = key(t.score[at], at);
        }
      }
    } else {
      width = m;
      float[] table = ScoreTable.admissible(problem, options, open, menteeCapacity);
      int count = 0;
      for (float v : table) {
        if (v == v) {
          count++;
        }
      }
      keys = new long[count];
      int x = 0;
      for (int at = 0; at < table.length; at++) {
        if (table[at] == table[at]) {
          keys[x++] = key(table[at], at);
        }
      }
    }
    options.progress(ProgressListener.SOLVING, 0);
    sort(keys, options, SORT_RUN);
    options.progress(ProgressListener.SOLVING, 0.5);
    int[] mentorLoad = new int[m];
    int[] menteeLoad = new int[n];
    int[] pairMentor = new int[Math.min(keys.length, (int) Math.min(Integer.MAX_VALUE, sum(menteeCapacity)))];
    int[] pairMentee = new int[pairMentor.length];
    int pairs = 0;
    long mask = (1L << 33) - 1;
    // Once one side has no room left no further pair can be made, so the scan may stop there.
    long menteeRoom = sum(menteeCapacity);
    long mentorRoom = sum(mentorCapacity);
    for (int x = 0; x < keys.length && menteeRoom > 0 && mentorRoom > 0; x++) {
      if ((x & KEYS_PER_CHECKPOINT_MASK) == KEYS_PER_CHECKPOINT_MASK) {
        options.checkpoint();
      }
      // Positions index an int-indexed table or candidate array, so they fit an int.
      int at = (int) (keys[x] & mask);
      int j = at / width;
      int i = candidates == null ? at % width : candidates[at];
      if (menteeLoad[j] < menteeCapacity[j] && mentorLoad[i] < mentorCapacity[i]) {
        menteeLoad[j]++;
        mentorLoad[i]++;
        menteeRoom--;
        mentorRoom--;
        pairMentor[pairs] = i;
        pairMentee[pairs++] = j;
      }
    }
    options.progress(ProgressListener.SOLVING, 1);
    return Decision.of(sparse ? "sparse(k=" + OptimalStrategy.DEFAULT_CANDIDATES + ")" : "all-pairs",
        pairMentor, pairMentee, pairs);
  }

  /** Ranges at most this long are sorted in one go (tens of milliseconds); longer ones are partitioned. */
  private static final int SORT_RUN = 1 << 20;

  /**
   * Sorts distinct {@code keys} ascending with stop checks: ranges longer than {@code run} are split by a
   * quicksort partition around a median-of-medians pivot (checking for a stop every {@code run} swaps),
   * shorter ones go to {@link Arrays#sort(long[], int, int)} with a stop check
   * before each. Past 64 levels (never with sane pivots) the range is sorted in one go. Keys are distinct,
   * so the result equals {@code Arrays.sort}.
   */
  static void sort(long[] keys, MatchingOptions options, int run) {
    sort(keys, 0, keys.length, options, run, 0);
  }

  private static void sort(long[] keys, int from, int to, MatchingOptions options, int run, int depth) {
    while (to - from > Math.max(run, 9) && depth < 64) {
      long pivot = pivot(keys, from, to);
      // Hoare partition: [from, p] <= pivot <= [p + 1, to).
      int i = from - 1;
      int j = to;
      int scanned = 0;
      while (true) {
        do {
          i++;
        } while (keys[i] < pivot);
        do {
          j--;
        } while (keys[j] > pivot);
        if (i >= j) {
          break;
        }
        long t = keys[i];
        keys[i] = keys[j];
        keys[j] = t;
        if (++scanned % run == 0) {
          options.checkpoint();
        }
      }
      options.checkpoint();
      // Recurse into the smaller part, loop on the larger: O(log n) stack.
      if (j - from < to - j - 1) {
        sort(keys, from, j + 1, options, run, depth + 1);
        from = j + 1;
      } else {
        sort(keys, j + 1, to, options, run, depth + 1);
        to = j + 1;
      }
      depth++;
    }
    options.checkpoint();
    Arrays.sort(keys, from, to);
  }

  /** The median of three medians of three, from nine keys spread over the range. */
  private static long pivot(long[] keys, int from, int to) {
    int step = (to - from) / 9;
    long[] m = new long[3];
    for (int g = 0; g < 3; g++) {
      int at = from + step * (3 * g) + step / 2;
      m[g] = median(keys[at], keys[at + step], keys[at + 2 * step]);
    }
    return median(m[0], m[1], m[2]);
  }

  private static long median(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  /** Keys scanned between two stop checks, minus one (a power of two minus one). */
  private static final int KEYS_PER_CHECKPOINT_MASK = (1 << 16) - 1;

  private static long key(float score, long at) {
    return ((long) (ONE - Float.floatToIntBits(score)) << 33) | at;
  }

  private static long sum(int[] a) {
    long s = 0;
    for (int x : a) {
      s += x;
    }
    return s;
  }

  @Override
  public String toString() {
    return "GreedyStrategy";
  }
}
