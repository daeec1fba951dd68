package dev.reverso.matching.group;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The value of a circle, and of a set of circles (the sum), that {@link CircleMatcher} maximises.
 *
 * <p>A circle has one mentee {@code s} (the senior) and mentors {@code M} (the juniors), at most
 * {@code max} of them. With the weights {@code a} (coverage), {@code b} (reciprocity) and {@code c}
 * (diversity), all ≥ 0 and not all 0:
 *
 * <pre>
 *   coverage(s, M)    = Σ_g w(s, g) · max_{i ∈ M} credit(i, s, g)
 *   reciprocity(s, M) = (1 / max) · Σ_{i ∈ M} mentorView(i, s)
 *   diversity(M)      = (|departments(M)| + |locations(M)| + |bands(M)|) / (3 · max)
 *   score(s, M)       = (a · coverage + b · reciprocity + c · diversity) / (a + b + c)
 * </pre>
 *
 * <ul>
 *   <li>{@code g} runs over the senior's learning goals, {@code w(s, g)} is the goal's priority weight over
 *       the senior's total ({@link MatchingProblem#menteeGoalWeight}) and {@code credit(i, s, g)} is the
 *       forward-coverage credit of mentor {@code i} for that goal ({@link MatchingProblem#goalCredit}, the
 *       same taxonomy-aware table the pair criterion uses). Each goal is credited by the <em>best</em> junior
 *       of the circle for it: a second junior with the same skills adds nothing to coverage.</li>
 *   <li>{@code mentorView(i, s)} is what the junior gains from the senior under the scoring model
 *       ({@link MatchingProblem#mentorView}: by default reverse coverage — the senior's skills for the
 *       junior's goals — plus the shared criteria). Every junior of the circle learns from the senior, so
 *       this term adds up over the members.</li>
 *   <li>Diversity counts the distinct known departments, locations and seniority bands (grades in bands of
 *       {@value #SENIORITY_BAND_WIDTH}: 1–3, 4–6, …; grade 0 a band of its own) among the juniors.</li>
 * </ul>
 *
 * <p>Each term lies in [0, 1], so a circle scores in [0, 1]. As a function of {@code M} the score is
 * <b>monotone</b> (adding a junior never lowers it) and <b>submodular</b> (a junior adds less to a larger
 * circle): coverage is a weighted facility-location (max) function, reciprocity is additive and diversity
 * counts distinct values (a coverage function); a non-negative sum of such functions is monotone submodular.
 * The total over circles is then monotone submodular over the set of (senior, junior) pairs, which is what
 * {@link CircleMatcher}'s greedy guarantee rests on.
 *
 * <p>Immutable and thread-safe.
 */
public final class CircleObjective {
  /** Grades per seniority band in the diversity term, as in the programme report. */
  public static final int SENIORITY_BAND_WIDTH = 3;
  /** Default weight of coverage. */
  public static final double DEFAULT_COVERAGE = 0.5;
  /** Default weight of reciprocity. */
  public static final double DEFAULT_RECIPROCITY = 0.3;
  /** Default weight of diversity. */
  public static final double DEFAULT_DIVERSITY = 0.2;

  private static final CircleObjective DEFAULTS =
      new CircleObjective(DEFAULT_COVERAGE, DEFAULT_RECIPROCITY, DEFAULT_DIVERSITY);

  private final double coverage;
  private final double reciprocity;
  private final double diversity;

  private CircleObjective(double coverage, double reciprocity, double diversity) {
    this.coverage = coverage;
    this.reciprocity = reciprocity;
    this.diversity = diversity;
  }

  /** Coverage 0.5, reciprocity 0.3, diversity 0.2. */
  public static CircleObjective defaults() {
    return DEFAULTS;
  }

  /**
   * An objective with these weights (only their ratios matter).
   *
   * @throws InvalidInputException if a weight is negative or not finite, or all are 0
   */
  public static CircleObjective of(double coverage, double reciprocity, double diversity) {
    StringBuilder bad = new StringBuilder();
    check(bad, "coverage", coverage);
    check(bad, "reciprocity", reciprocity);
    check(bad, "diversity", diversity);
    if (bad.length() == 0 && coverage + reciprocity + diversity <= 0) {
      bad.append("expected at least one weight above 0, found all 0");
    }
    if (bad.length() > 0) {
      throw InvalidInputException.of("circleObjective", bad.toString());
    }
    return new CircleObjective(coverage, reciprocity, diversity);
  }

  private static void check(StringBuilder bad, String name, double w) {
    if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
      if (bad.length() > 0) {
        bad.append("; ");
      }
      bad.append(name).append(": expected a finite weight of at least 0, found ").append(w);
    }
  }

  /** The weight of coverage. */
  public double coverageWeight() {
    return coverage;
  }

  /** The weight of reciprocity. */
  public double reciprocityWeight() {
    return reciprocity;
  }

  /** The weight of diversity. */
  public double diversityWeight() {
    return diversity;
  }

  /** The sum of the three weights. */
  double weightSum() {
    return coverage + reciprocity + diversity;
  }

  /** The seniority band of a grade: 0 for grade 0, then 1 for 1–3, 2 for 4–6, … */
  public static int seniorityBand(int grade) {
    return grade <= 0 ? 0 : (grade - 1) / SENIORITY_BAND_WIDTH + 1;
  }

  /**
   * The three terms and the score of one circle, computed from the problem (no cached state): the reference
   * evaluation that results, tests and oracles share.
   *
   * @param problem the encoded programme
   * @param mentee the senior's mentee index
   * @param mentors the juniors' mentor indices (distinct; order does not matter)
   * @param maxMentors the largest circle size, which normalises reciprocity and diversity
   * @throws IllegalArgumentException if there are more than {@code maxMentors} mentors or an index repeats
   */
  public Terms terms(MatchingProblem problem, int mentee, int[] mentors, int maxMentors) {
    requireNonNull(problem, "problem");
    requireNonNull(mentors, "mentors");
    if (maxMentors < 1 || mentors.length > maxMentors) {
      throw new IllegalArgumentException("expected at most " + maxMentors + " mentors, found " + mentors.length);
    }
    int[] sorted = mentors.clone();
    java.util.Arrays.sort(sorted);
    for (int k = 1; k < sorted.length; k++) {
      if (sorted[k] == sorted[k - 1]) {
        throw new IllegalArgumentException("mentor index " + sorted[k] + " appears twice in one circle");
      }
    }
    double cov = 0;
    int goals = problem.menteeGoalCount(mentee);
    for (int g = 0; g < goals; g++) {
      double best = 0;
      for (int i : sorted) {
        best = Math.max(best, problem.goalCredit(i, mentee, g));
      }
      cov += problem.menteeGoalWeight(mentee, g) * best;
    }
    double rec = 0;
    for (int i : sorted) {
      rec += problem.mentorView(i, mentee);
    }
    rec /= maxMentors;
    Set<String> departments = new HashSet<>();
    Set<String> locations = new HashSet<>();
    Set<Integer> bands = new HashSet<>();
    for (int i : sorted) {
      Participant p = problem.mentor(i);
      p.department().ifPresent(departments::add);
      p.location().ifPresent(locations::add);
      bands.add(seniorityBand(p.seniority()));
    }
    double div = (departments.size() + locations.size() + bands.size()) / (3.0 * maxMentors);
    return new Terms(Math.min(1, cov), Math.min(1, rec), Math.min(1, div), departments.size(), locations.size(),
        bands.size());
  }

  /** The score of one circle: {@link #score(Terms)} of {@link #terms}. */
  public double score(MatchingProblem problem, int mentee, int[] mentors, int maxMentors) {
    return score(terms(problem, mentee, mentors, maxMentors));
  }

  /**
   * The three terms of one circle, each in [0, 1], and the counts behind diversity.
   *
   * @param coverage the senior's goals credited by the best junior of the circle for each
   * @param reciprocity what the juniors gain from the senior, summed and divided by the largest size
   * @param diversity distinct departments, locations and bands among the juniors, normalised
   * @param departments distinct known departments among the juniors
   * @param locations distinct known locations among the juniors
   * @param seniorityBands distinct seniority bands among the juniors
   */
  public record Terms(double coverage, double reciprocity, double diversity, int departments, int locations,
      int seniorityBands) {
  }

  /** The circle's score from its terms, with this objective's weights. */
  public double score(Terms terms) {
    return combine(terms.coverage(), terms.reciprocity(), terms.diversity());
  }

  double combine(double cov, double rec, double div) {
    double s = (coverage * cov + reciprocity * rec + diversity * div) / weightSum();
    return s >= 1 ? 1 : s;
  }

  /** The three weights. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CircleObjective[coverage=%s, reciprocity=%s, diversity=%s]", coverage,
        reciprocity, diversity);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CircleObjective other && coverage == other.coverage && reciprocity == other.reciprocity
        && diversity == other.diversity;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(coverage) * 961 + Double.hashCode(reciprocity) * 31 + Double.hashCode(diversity);
  }
}
