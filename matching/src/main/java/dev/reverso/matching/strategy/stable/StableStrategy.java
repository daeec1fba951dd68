package dev.reverso.matching.strategy.stable;

import static java.util.Objects.requireNonNull;

import dev.reverso.matching.MatchResult;
import dev.reverso.matching.MatchingOptions;
import dev.reverso.matching.MatchingProblem;
import dev.reverso.matching.ProgressListener;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.solver.DeferredAcceptance;
import dev.reverso.matching.strategy.internal.PairFilter;
import dev.reverso.matching.strategy.internal.PrimitiveSort;
import dev.reverso.matching.strategy.internal.Results;
import dev.reverso.matching.strategy.internal.ScoreTable;
import java.util.Arrays;

/**
 * {@code stable}: a stable matching by deferred acceptance (D. Gale and L. S. Shapley, "College admissions
 * and the stability of marriage", American Mathematical Monthly 69(1), 1962), mentee-proposing by default.
 *
 * <p><b>Preferences.</b> A mentee ranks mentors by {@link MatchingProblem#menteeView(int, int)} (what the
 * mentee gains), a mentor ranks mentees by {@link MatchingProblem#mentorView(int, int)}; higher first,
 * equal views by lower index. Only admissible pairs are acceptable to either side: allowed by every
 * constraint and scoring ({@link MatchingProblem#score(int, int)}) at least the minimum.
 *
 * <p><b>Guarantee.</b> No blocking pair: there is no acceptable mentor and mentee, not paired together,
 * who each either have a free place or prefer the other to one of their partners. The result is the
 * proposing side's optimal stable matching: with {@link Proposing#MENTEES}, every mentee gets the best
 * mentor it has in any stable matching (and every mentor the worst); with {@link Proposing#MENTORS} the
 * reverse. It is the only such matching, so it does not depend on the order of proposals.
 *
 * <p><b>Capacities.</b> Mentors keep their capacity. <em>Mentees get at most one mentor in this
 * strategy</em>: a mentee capacity above 1 is treated as 1. Stable matching is then the well-understood
 * many-to-one (college admissions) model, where a proposer-optimal stable matching exists and the
 * "rural hospitals" theorem holds (the same people are matched, and every mentor not filled gets the same
 * mentees, in every stable matching). With capacities on both sides only pairwise stability survives and
 * those guarantees weaken, so mentees wanting several mentors should use {@code optimal} or {@code greedy}.
 * Mentor-proposing runs deferred acceptance with one proposer per unit of mentor capacity (each with the
 * mentor's list; a mentee ranks those copies together, in copy order), the standard reduction of college
 * admissions to marriage (A. E. Roth and M. Sotomayor, "Two-sided matching", Cambridge University Press,
 * 1990, chapter 5), whose proposer-optimal matching is the mentor-optimal one.
 *
 * <p><b>Cost.</b> Both sides' preference lists are built with primitive sorts in parallel row blocks:
 * O(mentees × mentors × log) time, O(admissible pairs) memory (12 bytes per pair and side while sorting);
 * deferred acceptance itself is linear in the lists. Stops at the deadline or on interruption between
 * blocks of rows.
 *
 * <p>Immutable, stateless and thread-safe. Registered as {@code stable}, mentee-proposing.
 */
public final class StableStrategy implements MatchingStrategy {
  /** The registered name. */
  public static final String NAME = "stable";

  /** Which side proposes. */
  public enum Proposing {
    /** Mentees propose: the mentee-optimal stable matching. The default. */
    MENTEES,
    /** Mentors propose: the mentor-optimal stable matching. */
    MENTORS
  }

  private final Proposing proposing;

  /** Mentee-proposing: the registered configuration. */
  public StableStrategy() {
    this(Proposing.MENTEES);
  }

  /** A strategy where {@code proposing} proposes. */
  public StableStrategy(Proposing proposing) {
    this.proposing = requireNonNull(proposing, "proposing");
  }

  /** The proposing side. */
  public Proposing proposing() {
    return proposing;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "stable matching by deferred acceptance, " + (proposing == Proposing.MENTEES ? "mentee" : "mentor")
        + "-proposing: no mentor and mentee would both rather be paired together (one mentor per mentee)";
  }

  @Override
  public MatchResult match(MatchingProblem problem) {
    return match(problem, MatchingOptions.defaults());
  }

  @Override
  public MatchResult match(MatchingProblem problem, MatchingOptions options) {
    requireNonNull(problem, "problem");
    requireNonNull(options, "options");
    options.checkpoint();
    int n = problem.menteeCount();
    int m = problem.mentorCount();
    int[] mentorCapacity = problem.mentorCapacities();
    int[] menteeCapacity = new int[n];
    Arrays.fill(menteeCapacity, 1);
    PairFilter admissible = Results.admissible(problem, options, PairFilter.ALL);

    // Admissibility once, as one bit per pair, each mentee's row starting on a word boundary so that rows
    // can be written in parallel.
    int words = (m + 63) >>> 6;
    long[] ok = new long[Math.multiplyExact(n, words)];
    int[][] menteePrefs = new int[n][];
    ScoreTable.forEachRowBlock(n, m, options, ProgressListener.SCORING, j -> {
      int[] idx = new int[m];
      double[] key = new double[m];
      int size = 0;
      for (int i = 0; i < m; i++) {
        if (admissible.test(i, j)) {
          ok[j * words + (i >>> 6)] |= 1L << i;
          idx[size] = i;
          key[size++] = problem.menteeView(i, j);
        }
      }
      PrimitiveSort.descending(key, idx, size);
      menteePrefs[j] = Arrays.copyOf(idx, size);
    });
    int[][] mentorPrefs = new int[m][];
    ScoreTable.forEachRowBlock(m, n, options, ProgressListener.SCORING, i -> {
      int[] idx = new int[n];
      double[] key = new double[n];
      int size = 0;
      long bit = 1L << i;
      int word = i >>> 6;
      for (int j = 0; j < n; j++) {
        if ((ok[j * words + word] & bit) != 0) {
          idx[size] = j;
          key[size++] = problem.mentorView(i, j);
        }
      }
      PrimitiveSort.descending(key, idx, size);
      mentorPrefs[i] = Arrays.copyOf(idx, size);
    });

    options.progress(ProgressListener.SOLVING, 0);
    int[] pairMentor;
    int[] pairMentee;
    int pairs = 0;
    if (proposing == Proposing.MENTEES) {
      int[] mentorOf = DeferredAcceptance.solve(menteePrefs, mentorPrefs, mentorCapacity);
      pairMentor = new int[n];
      pairMentee = new int[n];
      for (int j = 0; j < n; j++) {
        if (mentorOf[j] >= 0) {
          pairMentor[pairs] = mentorOf[j];
          pairMentee[pairs++] = j;
        }
      }
    } else {
      // One proposer per unit of mentor capacity; copies of a mentor are consecutive.
      int[] firstCopy = new int[m + 1];
      for (int i = 0; i < m; i++) {
        firstCopy[i + 1] = firstCopy[i] + mentorCapacity[i];
      }
      int copies = firstCopy[m];
      int[][] proposers = new int[copies][];
      int[] mentorOfCopy = new int[copies];
      for (int i = 0; i < m; i++) {
        for (int c = firstCopy[i]; c < firstCopy[i + 1]; c++) {
          proposers[c] = mentorPrefs[i];
          mentorOfCopy[c] = i;
        }
      }
      int[][] receivers = new int[n][];
      for (int j = 0; j < n; j++) {
        int[] list = menteePrefs[j];
        int length = 0;
        for (int i : list) {
          length += mentorCapacity[i];
        }
        int[] expanded = new int[length];
        int x = 0;
        for (int i : list) {
          for (int c = firstCopy[i]; c < firstCopy[i + 1]; c++) {
            expanded[x++] = c;
          }
        }
        receivers[j] = expanded;
      }
      int[] menteeOfCopy = DeferredAcceptance.solve(proposers, receivers, menteeCapacity);
      pairMentor = new int[copies];
      pairMentee = new int[copies];
      for (int c = 0; c < copies; c++) {
        if (menteeOfCopy[c] >= 0) {
          pairMentor[pairs] = mentorOfCopy[c];
          pairMentee[pairs++] = menteeOfCopy[c];
        }
      }
    }
    options.progress(ProgressListener.SOLVING, 1);
    String path = proposing == Proposing.MENTEES ? "deferred-acceptance(mentees propose)"
        : "deferred-acceptance(mentors propose)";
    return Results.assemble(NAME, path, problem, options, pairMentor, pairMentee, pairs, mentorCapacity,
        menteeCapacity, admissible);
  }

  @Override
  public String toString() {
    return "StableStrategy[" + proposing.name().toLowerCase(java.util.Locale.ROOT) + " propose]";
  }
}
