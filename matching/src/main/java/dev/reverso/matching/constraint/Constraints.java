package dev.reverso.matching.constraint;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.OrgChart;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.internal.BuiltinCriterion;
import dev.reverso.matching.internal.RowCheck;
import dev.reverso.matching.internal.TimeZoneOverlapCriterion;
import dev.reverso.matching.spi.Constraint;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The built-in hard constraints. Each is an immutable value (equal when its settings are equal); bound to
 * a programme it answers {@code allows(mentor, mentee)} in O(1) (or O(log h) for history and exclusions)
 * without allocating, and gives a reason naming HR ids only when it forbids a pair.
 *
 * <table>
 * <caption>Built-in constraints</caption>
 * <tr><th>factory</th><th>id</th><th>forbids</th><th>reason codes ({@link dev.reverso.matching.result.ReasonCodes})</th></tr>
 * <tr><td>{@link #reportingChain()}</td><td>{@code reporting-chain}</td><td>one is above the other in the
 *   reporting line, at any depth (or up to a maximum depth), through people outside the programme too;
 *   optionally also peers with the same manager</td><td>{@code reports-directly-to}, {@code reports-indirectly-to}, {@code same-manager}</td></tr>
 * <tr><td>{@link #mentorMoreJunior(int)}</td><td>{@code seniority-gap}</td><td>mentee grade − mentor grade &lt; k</td><td>{@code mentor-not-junior-enough}</td></tr>
 * <tr><td>{@link #sharedLanguage()}</td><td>{@code shared-language}</td><td>both list languages and share none</td><td>{@code no-shared-language}</td></tr>
 * <tr><td>{@link #maxTimeZoneDifference(double)}</td><td>{@code max-time-zone-difference}</td><td>UTC offsets
 *   further apart than the limit (when both zones are known)</td><td>{@code time-zones-too-far}</td></tr>
 * <tr><td>{@link #noRepeat()}</td><td>{@code no-repeat}</td><td>the two were paired before (history), either way round</td><td>{@code paired-before}</td></tr>
 * <tr><td>{@link #exclusions()}</td><td>{@code exclusions}</td><td>either side excludes the other</td><td>{@code mentor-excludes-mentee}, {@code mentee-excludes-mentor}, {@code exclude-each-other}</td></tr>
 * <tr><td>{@link #differentDepartment()}</td><td>{@code different-department}</td><td>both in the same known department</td><td>{@code same-department}</td></tr>
 * </table>
 */
public final class Constraints {
  /** Max depth meaning "at any depth" for {@link #reportingChain(int, boolean)}. */
  public static final int ANY_DEPTH = Integer.MAX_VALUE;

  private Constraints() {}

  /**
   * The default constraints: {@link #reportingChain()}, {@link #mentorMoreJunior(int) mentorMoreJunior(1)},
   * {@link #sharedLanguage()}, {@link #noRepeat()}, {@link #exclusions()}, in this order.
   */
  public static ImmutableList<Constraint> defaults() {
    return ImmutableList.of(reportingChain(), mentorMoreJunior(1), sharedLanguage(), noRepeat(), exclusions());
  }

  /** Forbids a pair where one is above the other in the reporting line, at any depth. */
  public static Constraint reportingChain() {
    return new ReportingChain(ANY_DEPTH, false);
  }

  /**
   * Forbids a pair where one is above the other by at most {@code maxDepth} levels ({@link #ANY_DEPTH} for
   * any), and, if {@code sameManagerPeers}, also two people with the same direct manager.
   *
   * @throws InvalidInputException if {@code maxDepth < 1}
   */
  public static Constraint reportingChain(int maxDepth, boolean sameManagerPeers) {
    return new ReportingChain(maxDepth, sameManagerPeers);
  }

  /**
   * Forbids a pair unless the mentor's grade is at least {@code grades} below the mentee's.
   *
   * @throws InvalidInputException if {@code grades < 0}
   */
  public static Constraint mentorMoreJunior(int grades) {
    return new SeniorityGap(grades);
  }

  /**
   * Forbids a pair who list languages but share none. Languages are compared by their primary language
   * subtag ({@code en-GB} and {@code en-US} share English). Someone who lists no language blocks nobody.
   */
  public static Constraint sharedLanguage() {
    return SharedLanguage.INSTANCE;
  }

  /**
   * Forbids a pair whose UTC offsets differ by more than {@code hours} (on the 24-hour circle), taken at
   * noon UTC of the fixed reference date 2026-01-15. A pair with an unknown zone is allowed.
   *
   * @throws InvalidInputException unless {@code 0 <= hours <= 12}
   */
  public static Constraint maxTimeZoneDifference(double hours) {
    return new MaxTimeZoneDifference(hours, LocalDate.parse(TimeZoneOverlapCriterion.DEFAULT_REFERENCE_DATE));
  }

  /** As {@link #maxTimeZoneDifference(double)}, with offsets taken at noon UTC of {@code referenceDate}. */
  public static Constraint maxTimeZoneDifference(double hours, LocalDate referenceDate) {
    return new MaxTimeZoneDifference(hours, referenceDate);
  }

  /** Forbids a pair of people paired before ({@link Program#history()}), in either role. */
  public static Constraint noRepeat() {
    return NoRepeat.INSTANCE;
  }

  /** Forbids a pair where either side lists the other in {@link Participant#exclusions()}. */
  public static Constraint exclusions() {
    return Exclusions.INSTANCE;
  }

  /** Forbids a pair from the same department (when both departments are known). */
  public static Constraint differentDepartment() {
    return DifferentDepartment.INSTANCE;
  }
}
