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
 * {@value OptimalStrategy#DEFAULT_CANDIDATES} admissible mentors only (solver path {@code sparse(k=50)}),
 * followed by one pass that lets every mentee still with room take the best admissible mentors still with
 * room from the whole programme (solver path {@code sparse(k=50)+maximal(P)} when it adds P pairs), so the
 * result is maximal in the admissible graph — at least half the maximum number of pairs — even when all
 * lists name the same few mentors (ties, identical people).
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

  private final long denseLimitCells;
  private final int candidates;

  /**
   * The registered configuration: all pairs up to {@value OptimalStrategy#DENSE_LIMIT_CELLS} mentees ×
   * mentors, {@value OptimalStrategy#DEFAULT_CANDIDATES} candidates per mentee above.
   */
  public GreedyStrategy() {
    this(OptimalStrategy.DENSE_LIMIT_CELLS, OptimalStrategy.DEFAULT_CANDIDATES);
  }

  /**
   * A configured strategy.
   *
   * @param denseLimitCells the largest mentees × mentors for which every admissible pair is sorted; above
   *     it, candidate lists (0 means always)
   * @param candidates candidate mentors per mentee above the limit, at least 1
   * @throws IllegalArgumentException if {@code denseLimitCells < 0} or {@code candidates < 1}
   */
  public GreedyStrategy(long denseLimitCells, int candidates) {
    if (denseLimitCells < 0) {
      throw new IllegalArgumentException("expected a dense limit of at least 0 cells, found " + denseLimitCells);
    }
    if (candidates < 1) {
      throw new IllegalArgumentException("expected at least 1 candidate per mentee, found " + candidates);
    }
    this.denseLimitCells = denseLimitCells;
    this.candidates = candidates;
  }

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
    boolean sparse = (long) n * m > denseLimitCells;
    // Keys: (ONE - score bits) in the high bits, so higher scores sort first, then the position of the pair
    // in a row-major layout (mentee, then mentor or rank), so ties go to the lower mentee, then mentor.
    long[] keys;
    int[] listMentor = null;
    int width;
    String stage = "";
    if (sparse) {
      CandidateTable t = CandidateTable.of(problem, options, open, menteeCapacity, candidates);
      stage = "; candidates " + t.stage;
      width = t.width;
      listMentor = t.mentor;
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
    long most = Math.min(sum(menteeCapacity), sum(mentorCapacity));
    int[] pairMentor = new int[(int) Math.min(sparse ? most : Math.min(keys.length, most), Integer.MAX_VALUE)];
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
      int i = listMentor == null ? at % width : listMentor[at];
      if (menteeLoad[j] < menteeCapacity[j] && mentorLoad[i] < mentorCapacity[i]) {
        menteeLoad[j]++;
        mentorLoad[i]++;
        menteeRoom--;
        mentorRoom--;
        pairMentor[pairs] = i;
        pairMentee[pairs++] = j;
      }
    }
    int listed = pairs;
    if (sparse && menteeRoom > 0 && mentorRoom > 0) {
      pairs = extend(problem, options, open, menteeCapacity, mentorCapacity, menteeLoad, mentorLoad, pairMentor,
          pairMentee, pairs);
    }
    options.progress(ProgressListener.SOLVING, 1);
    String path = !sparse ? "all-pairs"
        : "sparse(k=" + candidates + ")" + (pairs > listed ? "+maximal(" + (pairs - listed) + ")" : "") + stage;
    return Decision.of(path, pairMentor, pairMentee, pairs);
  }

  /**
   * Makes the matching maximal in the whole admissible graph, not just within the candidate lists (where
   * lists that all name the same few mentors would leave most people out): each mentee with room, in
   * index order, takes the best-scoring admissible mentors with room (ties by lower index) until it or
   * they are full. One row (constraint checks and scores) per mentee with room. Returns the new number of
   * pairs.
   */
  private static int extend(MatchingProblem problem, MatchingOptions options, PairFilter open, int[] menteeCapacity,
      int[] mentorCapacity, int[] menteeLoad, int[] mentorLoad, int[] pairMentor, int[] pairMentee, int pairs) {
    int n = problem.menteeCount();
    int m = problem.mentorCount();
    double min = options.minimumScore();
    boolean[] allowed = new boolean[m];
    double[] score = new double[m];
    // Each mentee's pairs so far, to never pair the same two people twice.
    int[] firstPair = new int[n];
    int[] nextPair = new int[pairMentor.length];
    java.util.Arrays.fill(firstPair, -1);
    for (int p = 0; p < pairs; p++) {
      nextPair[p] = firstPair[pairMentee[p]];
      firstPair[pairMentee[p]] = p;
    }
    long mentorRoom = 0;
    for (int i = 0; i < m; i++) {
      mentorRoom += mentorCapacity[i] - mentorLoad[i];
    }
    for (int j = 0; j < n && mentorRoom > 0; j++) {
      if (menteeLoad[j] >= menteeCapacity[j]) {
        continue;
      }
      if ((j & 255) == 0) {
        options.checkpoint();
      }
      problem.allowedRow(j, allowed);
      if (open != PairFilter.ALL) {
        for (int i = 0; i < m; i++) {
          allowed[i] = allowed[i] && open.test(i, j);
        }
      }
      for (int p = firstPair[j]; p >= 0; p = nextPair[p]) {
        allowed[pairMentor[p]] = false;
      }
      problem.scoreRow(j, allowed, score);
      while (menteeLoad[j] < menteeCapacity[j] && mentorRoom > 0) {
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
          if (allowed[i] && mentorLoad[i] < mentorCapacity[i] && score[i] >= min && (float) score[i] > bestScore) {
            best = i;
            bestScore = (float) score[i];
          }
        }
        if (best < 0) {
          break;
        }
        allowed[best] = false;
        menteeLoad[j]++;
        mentorLoad[best]++;
        mentorRoom--;
        pairMentor[pairs] = best;
        pairMentee[pairs++] = j;
      }
    }
    return pairs;
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
