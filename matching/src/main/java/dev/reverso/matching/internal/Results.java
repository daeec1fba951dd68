package dev.reverso.matching.internal;

import dev.reverso.core.ParticipantId;
import dev.reverso.core.Role;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.PartnerFeasibility;
import dev.reverso.matching.result.ProgressListener;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.result.UnmatchedReason;
import java.util.List;
import java.util.Locale;

/**
 * Turns the pairs a built-in strategy chose (as index arrays) into a {@link MatchResult}: explanations for
 * the pairs, and a reason for everyone left without a pair. Internal.
 *
 * <p>Reasons, for a person with no pair, looking at the other side:
 * <ol>
 *   <li>{@link UnmatchedReason#NOT_SELECTED} if some admissible partner still has room (its load is below its
 *       capacity): the objective, not a shortage, left the person out;
 *   <li>{@link UnmatchedReason#CAPACITY_EXHAUSTED} if admissible partners exist but all are full;
 *   <li>{@link UnmatchedReason#BELOW_MINIMUM_SCORE} if the constraints allow partners but none is
 *       admissible (they all score below the minimum);
 *   <li>{@link UnmatchedReason#NO_FEASIBLE_PARTNER} if the constraints allow nobody, with
 *       {@link PartnerFeasibility#describe()} as detail.
 * </ol>
 * "Admissible" is the strategy's own rule, normally: allowed by every constraint and scoring at least the
 * minimum. Explanations and reasons are computed in parallel; the result does not depend on it.
 */
public final class Results {
  /** The detail of every {@link UnmatchedReason#NO_CONSENT}: the same words for everyone, nothing personal. */
  public static final String NO_CONSENT_DETAIL = "has withdrawn consent: left out of matching";

  /** A person left out of matching for having withdrawn consent, with the {@code withdrew-consent} evidence. */
  public static Unmatched noConsent(ParticipantId id, Role role) {
    return new Unmatched(id, role, UnmatchedReason.NO_CONSENT, NO_CONSENT_DETAIL,
        List.of(Reason.of(ReasonCodes.WITHDREW_CONSENT)));
  }

  private Results() {}

  /** The admissible rule of most strategies: allowed, at least the minimum score, and through the filter. */
  public static PairFilter admissible(MatchingProblem problem, MatchingOptions options, PairFilter filter) {
    return new Admissible(problem, filter, options.minimumScore());
  }

  /**
   * The admissible rule as a filter that can also answer for one person and the whole other side at once,
   * with the row and column methods of {@link MatchingProblem}: the same answers, far fewer calls.
   */
  private static final class Admissible implements PairFilter {
    private final MatchingProblem problem;
    private final PairFilter filter;
    private final double min;

    Admissible(MatchingProblem problem, PairFilter filter, double min) {
      this.problem = problem;
      this.filter = filter;
      this.min = min;
    }

    @Override
    public boolean test(int mentor, int mentee) {
      return problem.allowed(mentor, mentee) && filter.test(mentor, mentee)
          && (min <= 0 || problem.score(mentor, mentee) >= min);
    }

    /** {@code test(mentor, j)} for every mentee j. */
    boolean[] mentees(int mentor) {
      boolean[] ok = new boolean[problem.menteeCount()];
      problem.allowedColumn(mentor, ok);
      for (int j = 0; j < ok.length; j++) {
        ok[j] = ok[j] && filter.test(mentor, j) && (min <= 0 || problem.score(mentor, j) >= min);
      }
      return ok;
    }

    /** {@code test(i, mentee)} for every mentor i. */
    boolean[] mentors(int mentee) {
      boolean[] ok = new boolean[problem.mentorCount()];
      problem.allowedRow(mentee, ok);
      for (int i = 0; i < ok.length; i++) {
        ok[i] = ok[i] && filter.test(i, mentee);
      }
      if (min > 0) {
        double[] score = new double[ok.length];
        problem.scoreRow(mentee, ok, score);
        for (int i = 0; i < ok.length; i++) {
          ok[i] = ok[i] && score[i] >= min;
        }
      }
      return ok;
    }
  }

  /**
   * Builds the result.
   *
   * @param strategy the strategy name
   * @param solverPath which solver ran
   * @param problem the problem
   * @param options the options (progress, stop requests, minimum score for the details)
   * @param pairMentor mentor index of each pair
   * @param pairMentee mentee index of each pair
   * @param count how many pairs (a prefix of the two arrays)
   * @param mentorCapacity the capacities "room" is measured against, by mentor
   * @param menteeCapacity the capacities "room" is measured against, by mentee
   * @param admissible which pairs the strategy could have made
   */
  public static MatchResult assemble(String strategy, String solverPath, MatchingProblem problem,
      MatchingOptions options, int[] pairMentor, int[] pairMentee, int count, int[] mentorCapacity,
      int[] menteeCapacity, PairFilter admissible) {
    return assemble(strategy, solverPath, problem, options, pairMentor, pairMentee, count, mentorCapacity,
        menteeCapacity, admissible, null, null);
  }

  /**
   * Builds the result; a person whose consent flag is false is reported as {@link UnmatchedReason#NO_CONSENT}
   * (null flags: everyone consents).
   */
  public static MatchResult assemble(String strategy, String solverPath, MatchingProblem problem,
      MatchingOptions options, int[] pairMentor, int[] pairMentee, int count, int[] mentorCapacity,
      int[] menteeCapacity, PairFilter admissible, boolean[] mentorConsent, boolean[] menteeConsent) {
    int m = problem.mentorCount();
    int n = problem.menteeCount();
    int[] mentorLoad = new int[m];
    int[] menteeLoad = new int[n];
    for (int k = 0; k < count; k++) {
      mentorLoad[pairMentor[k]]++;
      menteeLoad[pairMentee[k]]++;
    }
    Pairing[] pairings = new Pairing[count];
    // An explanation costs about as much as scoring a few thousand pairs: blocks of 256 pairs.
    ScoreTable.forEachRowBlock(count, ScoreTable.BLOCK_CELLS / 256, options, ProgressListener.RESULT, 0, 0.5,
        k -> pairings[k] = problem.pairing(pairMentor[k], pairMentee[k]));

    int[] lonely = new int[m + n];
    int lonelyCount = 0;
    for (int i = 0; i < m; i++) {
      if (mentorLoad[i] == 0) {
        lonely[lonelyCount++] = i;
      }
    }
    for (int j = 0; j < n; j++) {
      if (menteeLoad[j] == 0) {
        lonely[lonelyCount++] = m + j;
      }
    }
    Unmatched[] unmatched = new Unmatched[lonelyCount];
    int[] people = lonely;
    ScoreTable.forEachRowBlock(lonelyCount, Math.max(m, n), options, ProgressListener.RESULT, 0.5, 1, x -> {
      int who = people[x];
      if (who < m ? mentorConsent != null && !mentorConsent[who] : menteeConsent != null && !menteeConsent[who - m]) {
        unmatched[x] = who < m
            ? noConsent(problem.mentorId(who), Role.MENTOR) : noConsent(problem.menteeId(who - m), Role.MENTEE);
        return;
      }
      unmatched[x] = who < m
          ? classify(problem, options, Role.MENTOR, who, n, menteeLoad, menteeCapacity, admissible)
          : classify(problem, options, Role.MENTEE, who - m, m, mentorLoad, mentorCapacity, admissible);
    });

    MatchResult.Builder b = MatchResult.builder(strategy).solverPath(solverPath);
    for (Pairing p : pairings) {
      b.pair(p);
    }
    for (Unmatched u : unmatched) {
      b.unmatched(u);
    }
    return b.build();
  }

  private static Unmatched classify(MatchingProblem problem, MatchingOptions options, Role role, int self,
      int partners, int[] partnerLoad, int[] partnerCapacity, PairFilter admissible) {
    boolean mentor = role == Role.MENTOR;
    String other = mentor ? "mentees" : "mentors";
    // With the standard rule, all the person's admissible partners at once (row or column methods).
    boolean[] ok = admissible instanceof Admissible
        ? (mentor ? ((Admissible) admissible).mentees(self) : ((Admissible) admissible).mentors(self))
        : null;
    // Partners with room first: one admissible partner with room settles it, usually quickly.
    for (int o = 0; o < partners; o++) {
      if (partnerLoad[o] < partnerCapacity[o]
          && (ok != null ? ok[o] : mentor ? admissible.test(self, o) : admissible.test(o, self))) {
        String id = (mentor ? problem.menteeId(o) : problem.mentorId(o)).value();
        return new Unmatched(mentor ? problem.mentorId(self) : problem.menteeId(self), role,
            UnmatchedReason.NOT_SELECTED, "admissible " + other + " had room (first: " + id
                + "), but the strategy's objective left this " + (mentor ? "mentor" : "mentee") + " out",
            List.of(Reason.of(ReasonCodes.PARTNER_WITH_ROOM, "first", id, "side", side(mentor))));
      }
    }
    int full = 0;
    for (int o = 0; o < partners; o++) {
      if (partnerLoad[o] >= partnerCapacity[o]
          && (ok != null ? ok[o] : mentor ? admissible.test(self, o) : admissible.test(o, self))) {
        full++;
      }
    }
    if (full > 0) {
      return new Unmatched(mentor ? problem.mentorId(self) : problem.menteeId(self), role,
          UnmatchedReason.CAPACITY_EXHAUSTED, "all " + full + " admissible " + other + " were full",
          List.of(Reason.of(ReasonCodes.PARTNERS_FULL, "full", full, "side", side(mentor))));
    }
    PartnerFeasibility f = mentor ? problem.mentorFeasibility(self) : problem.menteeFeasibility(self);
    if (f.isBlocked()) {
      return new Unmatched(f.participantId(), role, UnmatchedReason.NO_FEASIBLE_PARTNER, f.describe(), f.evidence());
    }
    return new Unmatched(f.participantId(), role, UnmatchedReason.BELOW_MINIMUM_SCORE, f.feasiblePartners() + " of "
        + f.partners() + " " + other + " allowed, all scoring below the minimum "
        + String.format(Locale.ROOT, "%.4f", options.minimumScore()),
        List.of(Reason.of(ReasonCodes.ALL_BELOW_MINIMUM, "feasible", f.feasiblePartners(), "partners", f.partners(),
            "side", side(mentor), "minimum", options.minimumScore())));
  }

  /** The role of the partners of a mentor (mentees) or a mentee (mentors). */
  private static String side(boolean mentor) {
    return mentor ? Role.MENTEE.id() : Role.MENTOR.id();
  }
}
