package dev.reverso.matching.internal;

import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.ProgressListener;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Each mentee's best {@code k} admissible mentors (allowed, at least the minimum score, through the
 * filter), best first by {@code float} score then lower mentor index, in flat arrays: entry
 * {@code j * width + r} is rank r of mentee j. Built in row blocks with progress and stop checks between
 * them. Mentees without capacity get empty lists. Internal.
 *
 * <p>Three ways give the same lists, bit for bit: the threshold search ({@code ThresholdTopK}), which scores
 * only the mentors an upper bound cannot rule out; the bounded scan ({@code BoundedScan}), which visits every
 * pair but finishes a pair's score only while its bound can still reach the mentee's k-th score; and full
 * rows ({@code TopK}), which score every pair, for models with a user criterion (it has no bound). When the
 * model can be bounded, the search is tried on a probe of the first mentees; when it gives up on more than
 * half of them (the bound is too weak for this programme: for example when nearly every mentor covers every
 * goal) the rest take the bounded scan. {@link #stage} says which ran.
 */
public final class CandidateTable {
  /** Mentees tried with the threshold search before deciding whether it pays: at least this many. */
  static final int PROBE = 64;
  /** ... and at most this many: enough to tell whether the search pays, and it costs little when it does not. */
  static final int MAX_PROBE = 256;
  /** The search gives up on a mentee after reading this fraction of the mentors (1 / value). */
  static final int BUDGET_DIVISOR = 6;

  /** The list stride: {@code min(k, mentors)}, at least 1. */
  public final int width;
  /** List length of each mentee. */
  public final int[] count;
  /** Mentor index of each entry. */
  public final int[] mentor;
  /** Score of each entry. */
  public final float[] score;
  /**
   * How the lists were found, for the solver path: {@code threshold(S% scored)} with the share of the
   * pairs of mentees with room that were scored, {@code bounded-scan(S% scored in full; why)} with the share
   * whose score was computed to the end and why the threshold search was not used, or {@code all-pairs(why)}
   * when every pair was scored in full rows.
   */
  public final String stage;

  private CandidateTable(int width, int[] count, int[] mentor, float[] score, String stage) {
    this.width = width;
    this.count = count;
    this.mentor = mentor;
    this.score = score;
    this.stage = stage;
  }

  /** Builds the lists. */
  public static CandidateTable of(MatchingProblem problem, MatchingOptions options, PairFilter filter,
      int[] menteeCapacity, int k) {
    int n = problem.menteeCount();
    int m = problem.mentorCount();
    int width = Math.max(1, Math.min(k, m));
    int[] count = new int[n];
    int[] mentor = new int[Math.multiplyExact(n, width)];
    float[] score = new float[mentor.length];
    double min = options.minimumScore();
    String unbounded = unboundedReason(problem);
    if (unbounded != null) {
      ScoreTable.forEachRowBlock(n, m, options, ProgressListener.SCORING, j -> {
        if (menteeCapacity[j] > 0) {
          count[j] = TopK.select(problem, filter, min, j, width, mentor, score, j * width);
        }
      });
      return new CandidateTable(width, count, mentor, score, "all-pairs(" + unbounded + ")");
    }
    EncodedProblem encoded = (EncodedProblem) problem;
    BoundedScan scan = BoundedScan.of(encoded);
    LongAdder scored = new LongAdder();
    ThresholdTopK search = ThresholdTopK.of(encoded);
    if (search == null) {
      scanAll(scan, filter, min, 0, n, m, options, 0, 1, menteeCapacity, width, mentor, score, count, scored);
      return new CandidateTable(width, count, mentor, score, scanned(scored, menteeCapacity, m,
          "no forward coverage to search by"));
    }
    int budget = Math.max(4 * width, m / BUDGET_DIVISOR);
    int probe = Math.min(n, Math.max(PROBE, Math.min(MAX_PROBE, n / 50)));
    LongAdder read = new LongAdder();
    AtomicInteger gaveUp = new AtomicInteger();
    ScoreTable.RowTask bounded = j -> {
      if (menteeCapacity[j] <= 0) {
        return;
      }
      long[] r = new long[1];
      int c = search.select(filter, min, j, width, mentor, score, j * width, budget, r);
      if (c < 0) {
        gaveUp.incrementAndGet();
        read.add(m);
        scored.add(scan.select(filter, min, j, j + 1, menteeCapacity, width, mentor, score, count));
      } else {
        read.add(r[0]);
        scored.add(r[0]);
        count[j] = c;
      }
    };
    double split = n == 0 ? 1 : (double) probe / n;
    ScoreTable.forEachRowBlock(probe, m, options, ProgressListener.SCORING, 0, split, bounded);
    int probed = 0;
    for (int j = 0; j < probe; j++) {
      if (menteeCapacity[j] > 0) {
        probed++;
      }
    }
    int failed = gaveUp.get();
    if (2 * failed <= probed) {
      ScoreTable.forEachRowBlock(n - probe, m, options, ProgressListener.SCORING, split, 1, x -> bounded.run(probe + x));
      return new CandidateTable(width, count, mentor, score, String.format(Locale.ROOT, "threshold(%.1f%% scored)",
          share(read, menteeCapacity, m)));
    }
    scanAll(scan, filter, min, probe, n, m, options, split, 1, menteeCapacity, width, mentor, score, count, scored);
    String stage = scanned(scored, menteeCapacity, m,
        "threshold search gave up on " + failed + " of " + probed + " probe mentees");
    return new CandidateTable(width, count, mentor, score, stage);
  }

  /**
   * Runs the bounded scan over mentees {@code [from, to)} in batches of {@link BoundedScan#BATCH}, in parallel
   * within row blocks (progress from {@code low} to {@code high}).
   */
  private static void scanAll(BoundedScan scan, PairFilter filter, double min, int from, int to, int m,
      MatchingOptions options, double low, double high, int[] capacity, int width, int[] mentor, float[] score,
      int[] count, LongAdder scored) {
    int batches = (to - from + BoundedScan.BATCH - 1) / BoundedScan.BATCH;
    ScoreTable.forEachRowBlock(batches, m, options, ProgressListener.SCORING, low, high, b -> {
      int first = from + b * BoundedScan.BATCH;
      scored.add(scan.select(filter, min, first, Math.min(to, first + BoundedScan.BATCH), capacity, width, mentor,
          score, count));
    });
  }

  /** The stage of a table found (mostly) by the bounded scan: the share of pairs scored in full, and why. */
  private static String scanned(LongAdder scored, int[] capacity, int m, String why) {
    return String.format(Locale.ROOT, "bounded-scan(%.1f%% scored in full; %s)", share(scored, capacity, m), why);
  }

  /** {@code pairs} as a percentage of the pairs of the mentees with room. */
  private static double share(LongAdder pairs, int[] capacity, int m) {
    long rows = 0;
    for (int c : capacity) {
      if (c > 0) {
        rows++;
      }
    }
    return rows == 0 || m == 0 ? 0 : 100.0 * pairs.sum() / ((double) rows * m);
  }

  /** Why neither the threshold search nor the bounded scan can run on this problem, or null when they can. */
  static String unboundedReason(MatchingProblem problem) {
    if (!(problem instanceof EncodedProblem)) {
      return "no bound for a problem of " + problem.getClass().getSimpleName();
    }
    ScoringKernel kernel = ((EncodedProblem) problem).kernel();
    String criterion = kernel.unboundedCriterion();
    if (criterion != null) {
      return "criterion '" + criterion + "' has no bound";
    }
    return null;
  }

  /** The number of entries over all lists. */
  public int total() {
    long t = 0;
    for (int c : count) {
      t += c;
    }
    return Math.toIntExact(t);
  }
}
