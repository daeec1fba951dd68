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
 * <p>Two ways give the same lists, bit for bit: the threshold search ({@code ThresholdTopK}), which scores
 * only the mentors an upper bound cannot rule out, and full rows ({@code TopK}), which score every mentor.
 * The search is used when the model can be bounded (built-in criteria only, forward coverage weighted) and
 * the problem is this library's; it is tried on a probe of the first mentees, and when it gives up on more
 * than half of them (the bound is too weak for this programme: for example when nearly every mentor covers
 * every goal) the rest are scored in full rows, which is then cheaper. {@link #stage} says which ran.
 */
public final class CandidateTable {
  /** Mentees tried with the threshold search before deciding whether it pays: at least this many. */
  static final int PROBE = 64;
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
   * pairs of mentees with room that were scored, or {@code all-pairs(...)} with the reason the threshold
   * search did not run or was stopped.
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
    ThresholdTopK search = ThresholdTopK.of((EncodedProblem) problem);
    int budget = Math.max(4 * width, m / BUDGET_DIVISOR);
    int probe = Math.min(n, Math.max(PROBE, n / 50));
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
        r[0] = m;
        c = TopK.select(problem, filter, min, j, width, mentor, score, j * width);
      }
      read.add(r[0]);
      count[j] = c;
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
    boolean pays = 2 * failed <= probed;
    ScoreTable.forEachRowBlock(n - probe, m, options, ProgressListener.SCORING, split, 1, x -> {
      int j = probe + x;
      if (pays) {
        bounded.run(j);
      } else if (menteeCapacity[j] > 0) {
        count[j] = TopK.select(problem, filter, min, j, width, mentor, score, j * width);
      }
    });
    String stage;
    if (pays) {
      long rows = 0;
      for (int c : menteeCapacity) {
        if (c > 0) {
          rows++;
        }
      }
      double share = rows == 0 || m == 0 ? 0 : 100.0 * read.sum() / ((double) rows * m);
      stage = String.format(Locale.ROOT, "threshold(%.1f%% scored)", share);
    } else {
      stage = "all-pairs(threshold search gave up on " + failed + " of " + probed + " probe mentees)";
    }
    return new CandidateTable(width, count, mentor, score, stage);
  }

  /** Why the threshold search cannot run on this problem, or null when it can. */
  static String unboundedReason(MatchingProblem problem) {
    if (!(problem instanceof EncodedProblem)) {
      return "no bound for a problem of " + problem.getClass().getSimpleName();
    }
    ScoringKernel kernel = ((EncodedProblem) problem).kernel();
    String criterion = kernel.unboundedCriterion();
    if (criterion != null) {
      return "criterion '" + criterion + "' has no bound";
    }
    if (kernel.forwardWeight() <= 0) {
      return "no forward coverage to search by";
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
