package dev.reverso.matching.shortlist;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.matching.MatchingProblems;
import dev.reverso.matching.internal.MinCostFlowMatching;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.spi.template.MatchingRound;
import java.util.ArrayList;
import java.util.List;

/**
 * Fair-exposure shortlists: every person gets up to {@code k} admissible suggestions of the other role to
 * choose from, and nobody is suggested more than {@code ceil(exposure × capacity)} times in total, so the
 * best-rated mentor is not shown to everyone while others are shown to no one. The picks come back as
 * stated {@linkplain dev.reverso.core.Participant#preferences() preferences}, and {@code stable} finishes
 * the job.
 *
 * <p><b>Model.</b> Two independent problems, one per direction: mentees receive mentor suggestions, and
 * mentors receive mentee suggestions. In each, the suggestions form a b-matching of the admissible pairs
 * (allowed by every constraint, at least the minimum score, both people consenting, not an active or
 * pinned pair that is kept): each receiver has degree at most k, each suggested person at most
 * {@code ceil(exposure × c)} where c is their capacity left after their kept pairs, and a pair is
 * suggested at most once. Among these, the one of <em>maximum total score</em> is chosen, exactly, by
 * successive shortest paths on the flow network (the assignment engine's min-cost flow). People whose
 * capacity is filled by kept pairs, and people without consent, get no list and are suggested to no one.
 * {@link #shortOfK()} lists who got fewer than k (too few admissible partners, or exposure bounds).
 *
 * <p><b>Cost.</b> Every admissible pair is scored once (E pairs, O(E) memory). The flow runs on a pruned
 * set — each person's best {@code 3·b + 8} pairs — and a dual certificate over all E pairs proves the result
 * optimal, adding pairs and running again when it does not (the engine's
 * {@code MinCostFlowMatching.solvePruned}): about O(F · (P + V) log P) for F suggestions and P ≪ E pruned
 * pairs per run, plus O(E) per check. Measured on the 2-core development machine (load 4–5): 1 300 × 1 300
 * people, k = 3, 1.7 million admissible pairs, 21 s for {@code reverso shortlist} (151 s before pruning).
 * Deterministic: ties by index. Immutable results; thread-safe.
 */
public final class Shortlists {
  private final int size;
  private final double exposure;
  private final ImmutableList<Shortlist> forMentees;
  private final ImmutableList<Shortlist> forMentors;

  private Shortlists(int size, double exposure, ImmutableList<Shortlist> forMentees,
      ImmutableList<Shortlist> forMentors) {
    this.size = size;
    this.exposure = exposure;
    this.forMentees = forMentees;
    this.forMentors = forMentors;
  }

  /**
   * Shortlists with the default scoring model and constraints.
   *
   * @param k suggestions per person, at least 1
   * @throws InvalidInputException if {@code k < 1}
   */
  public static Shortlists build(Program program, int k, ShortlistOptions options) {
    requireNonNull(program, "program");
    return build(MatchingProblems.of(program), k, options);
  }

  /**
   * Shortlists on an encoded problem (its scoring model and constraints).
   *
   * @param k suggestions per person, at least 1
   * @throws InvalidInputException if {@code k < 1}
   * @throws dev.reverso.matching.result.DeadlineExceededException if the deadline of the options passes
   */
  public static Shortlists build(MatchingProblem problem, int k, ShortlistOptions options) {
    requireNonNull(problem, "problem");
    requireNonNull(options, "options");
    if (k < 1) {
      throw InvalidInputException.of("k", "expected at least 1 suggestion per person, found " + k);
    }
    MatchingOptions matching = options.matching();
    matching.checkpoint();
    MatchingRound round = MatchingRound.open(problem, matching, false);
    int m = problem.mentorCount();
    int n = problem.menteeCount();
    int[] mentorFree = round.mentorCapacities();
    int[] menteeFree = round.menteeCapacities();
    // admissible pairs once, mentee-major, in mentor order: the arcs of both directions
    List<int[]> rows = new ArrayList<>(n);
    List<double[]> weights = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      if (j % 64 == 0) {
        matching.checkpoint();
      }
      int[] cols = new int[m];
      double[] w = new double[m];
      int c = 0;
      if (menteeFree[j] > 0) {
        for (int i = 0; i < m; i++) {
          if (mentorFree[i] > 0 && round.isAdmissible(i, j)) {
            double s = problem.score(i, j);
            if (s > 0) {
              cols[c] = i;
              w[c++] = s;
            }
          }
        }
      }
      rows.add(java.util.Arrays.copyOf(cols, c));
      weights.add(java.util.Arrays.copyOf(w, c));
    }
    int[] menteeDegree = new int[n];
    int[] mentorDegree = new int[m];
    int[] mentorExposure = new int[m];
    int[] menteeExposure = new int[n];
    for (int j = 0; j < n; j++) {
      menteeDegree[j] = menteeFree[j] > 0 ? k : 0;
      menteeExposure[j] = bound(options.exposure(), menteeFree[j]);
    }
    for (int i = 0; i < m; i++) {
      mentorDegree[i] = mentorFree[i] > 0 ? k : 0;
      mentorExposure[i] = bound(options.exposure(), mentorFree[i]);
    }
    // mentees receive mentors: rows = mentees (degree k), columns = mentors (exposure)
    int[] start = new int[n + 1];
    for (int j = 0; j < n; j++) {
      start[j + 1] = start[j] + rows.get(j).length;
    }
    int[] col = new int[start[n]];
    double[] w = new double[start[n]];
    for (int j = 0; j < n; j++) {
      System.arraycopy(rows.get(j), 0, col, start[j], rows.get(j).length);
      System.arraycopy(weights.get(j), 0, w, start[j], rows.get(j).length);
    }
    boolean[] toMentees = MinCostFlowMatching.solvePruned(n, m, start, col, w, menteeDegree, mentorExposure, matching);
    // mentors receive mentees: the same arcs seen from the mentors, degrees and bounds swapped
    boolean[] toMentors = MinCostFlowMatching.solvePruned(n, m, start, col, w, menteeExposure, mentorDegree, matching);

    ImmutableList.Builder<Shortlist> mentees = ImmutableList.builder();
    List<List<int[]>> byMentor = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      byMentor.add(new ArrayList<>());
    }
    for (int j = 0; j < n; j++) {
      List<int[]> picked = new ArrayList<>();
      for (int e = start[j]; e < start[j + 1]; e++) {
        if (toMentees[e]) {
          picked.add(new int[] {col[e], j});
        }
        if (toMentors[e]) {
          byMentor.get(col[e]).add(new int[] {col[e], j});
        }
      }
      if (menteeFree[j] > 0) {
        mentees.add(list(problem, problem.menteeId(j), Role.MENTEE, picked, true));
      }
    }
    ImmutableList.Builder<Shortlist> mentors = ImmutableList.builder();
    for (int i = 0; i < m; i++) {
      if (mentorFree[i] > 0) {
        mentors.add(list(problem, problem.mentorId(i), Role.MENTOR, byMentor.get(i), false));
      }
    }
    return new Shortlists(k, options.exposure(), mentees.build(), mentors.build());
  }

  /** {@code ceil(exposure × capacity)}, computed so that 3 × 1 is 3 despite rounding. */
  static int bound(double exposure, int capacity) {
    if (capacity <= 0) {
      return 0;
    }
    double x = exposure * capacity;
    long r = Math.round(x);
    return (int) Math.min(Integer.MAX_VALUE, Math.abs(x - r) < 1e-9 ? r : (long) Math.ceil(x));
  }

  /** One person's list: the picked pairs ({mentor, mentee}) best first by score, then partner index. */
  private static Shortlist list(MatchingProblem problem, ParticipantId person, Role role, List<int[]> picked,
      boolean partnersAreMentors) {
    picked.sort((a, b) -> {
      int c = Double.compare(problem.score(b[0], b[1]), problem.score(a[0], a[1]));
      return c != 0 ? c : Integer.compare(partnersAreMentors ? a[0] : a[1], partnersAreMentors ? b[0] : b[1]);
    });
    ImmutableList.Builder<Suggestion> out = ImmutableList.builder();
    int rank = 1;
    for (int[] p : picked) {
      ParticipantId partner = partnersAreMentors ? problem.mentorId(p[0]) : problem.menteeId(p[1]);
      out.add(new Suggestion(partner, rank++, problem.score(p[0], p[1]), problem.explain(p[0], p[1])));
    }
    return new Shortlist(person, role, out.build());
  }

  /** Suggestions per person asked for. */
  public int size() {
    return size;
  }

  /** The exposure factor used. */
  public double exposure() {
    return exposure;
  }

  /** One list per mentee with capacity left and consent, in programme order: mentors to choose from. */
  public ImmutableList<Shortlist> forMentees() {
    return forMentees;
  }

  /** One list per mentor with capacity left and consent, in programme order: mentees to choose from. */
  public ImmutableList<Shortlist> forMentors() {
    return forMentors;
  }

  /** Every list, mentees' first. */
  public ImmutableList<Shortlist> all() {
    return ImmutableList.<Shortlist>builder().addAll(forMentees).addAll(forMentors).build();
  }

  /** The lists with fewer than {@link #size()} suggestions, mentees' first. */
  public ImmutableList<Shortlist> shortOfK() {
    return all().stream().filter(l -> l.suggestions().size() < size).collect(ImmutableList.toImmutableList());
  }

  /** How often each person is suggested, as a count per id (for checking the exposure bound). */
  public java.util.Map<ParticipantId, Integer> exposureCounts() {
    java.util.Map<ParticipantId, Integer> out = new java.util.TreeMap<>();
    for (Shortlist l : all()) {
      for (Suggestion s : l.suggestions()) {
        out.merge(s.partnerId(), 1, Integer::sum);
      }
    }
    return out;
  }

  /** Sizes only. */
  @Override
  public String toString() {
    return "Shortlists[k=" + size + ", exposure=" + exposure + ", mentees=" + forMentees.size() + ", mentors="
        + forMentors.size() + ", shortOfK=" + shortOfK().size() + "]";
  }
}
