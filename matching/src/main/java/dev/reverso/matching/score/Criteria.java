package dev.reverso.matching.score;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.internal.AvailabilityFitCriterion;
import dev.reverso.matching.internal.BuiltinCriterion;
import dev.reverso.matching.internal.CoverageCriterion;
import dev.reverso.matching.internal.CrossBoundaryCriterion;
import dev.reverso.matching.internal.SeniorityDistanceCriterion;
import dev.reverso.matching.internal.TimeZoneOverlapCriterion;
import dev.reverso.matching.internal.ValueAlignmentCriterion;
import dev.reverso.matching.spi.Criterion;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The built-in scoring criteria: constants with their default settings and factories for configured
 * variants. Every built-in scores in [0, 1] on the matching problem's primitive encoding without
 * allocating; its formula is below and on its id constant.
 *
 * <table>
 * <caption>Built-in criteria</caption>
 * <tr><th>constant</th><th>id</th><th>benefits</th><th>formula</th></tr>
 * <tr><td>{@link #FORWARD_COVERAGE}</td><td>{@code forward-coverage}</td><td>mentee</td>
 *   <td>per mentee goal (skill s, current c, target t, weight w = priority 1/2/3):
 *   {@code credit = max over mentor skills k at level L of relatedness(k, s)·clamp((L − c)/(t − c), 0, 1)}
 *   (relatedness 1 for s itself or an alias, the taxonomy's value for a related skill);
 *   {@code Σ w·credit / Σ w}, 0 without goals</td></tr>
 * <tr><td>{@link #REVERSE_COVERAGE}</td><td>{@code reverse-coverage}</td><td>mentor</td>
 *   <td>the same with the roles swapped: the mentee's skills against the mentor's goals (reciprocity)</td></tr>
 * <tr><td>{@link #VALUES}</td><td>{@code value-alignment}</td><td>both</td>
 *   <td>{@code Σ min(a_v, b_v) / Σ max(a_v, b_v)} over the union of values, importances 1..5 (0 if not
 *   listed); 0.5 if either side lists none</td></tr>
 * <tr><td>{@link #SENIORITY}</td><td>{@code seniority-distance}</td><td>both</td>
 *   <td>gap = mentee grade − mentor grade: 0 if gap ≤ 0, gap/low below the ideal band, 1 inside,
 *   high/gap above (default band 3..8)</td></tr>
 * <tr><td>{@link #BOUNDARY}</td><td>{@code cross-boundary}</td><td>both</td>
 *   <td>weighted share of department (0.4), division (0.3), location (0.3) that differ; unknown counts half</td></tr>
 * <tr><td>{@link #TIME_ZONE}</td><td>{@code time-zone-overlap}</td><td>both</td>
 *   <td>overlap of 09:00–17:00 local working hours at the reference date / 8 h; 0.5 if a zone is unknown</td></tr>
 * <tr><td>{@link #AVAILABILITY}</td><td>{@code availability-fit}</td><td>both</td>
 *   <td>{@code min(h_a, h_b) / max(h_a, h_b)} of hours per month; 0 if both are 0; 0.5 if either is unknown</td></tr>
 * </table>
 *
 * <p>Each criterion's evidence is a list of {@link dev.reverso.matching.result.Reason}s with the codes listed in
 * {@link dev.reverso.matching.result.ReasonCodes} (forward coverage: {@code mentor-has-skill},
 * {@code mentor-has-related-skill}, {@code mentee-has-no-goals}; reverse coverage: the same with mentor and mentee
 * swapped; value alignment: {@code shared-value}, {@code mentor-lists-no-values}, {@code mentee-lists-no-values};
 * seniority distance: {@code mentor-not-more-junior}, {@code grade-gap-below-ideal}, {@code grade-gap-ideal},
 * {@code grade-gap-above-ideal}; cross-boundary: {@code different-unit}, {@code same-unit}, {@code unit-unknown};
 * time-zone overlap: {@code working-hours-overlap}, {@code mentor-time-zone-unknown},
 * {@code mentee-time-zone-unknown}; availability fit: {@code hours-per-month}, {@code mentor-hours-unknown},
 * {@code mentee-hours-unknown}; stated preferences: {@code ranked-by-mentee}, {@code not-ranked-by-mentee},
 * {@code ranked-by-mentor}, {@code not-ranked-by-mentor}), documented in {@code docs/reasons.md}.
 */
public final class Criteria {
  /** Id of {@link #FORWARD_COVERAGE}. */
  public static final String FORWARD_COVERAGE_ID = BuiltinCriterion.FORWARD_COVERAGE_ID;
  /** Id of {@link #REVERSE_COVERAGE}. */
  public static final String REVERSE_COVERAGE_ID = BuiltinCriterion.REVERSE_COVERAGE_ID;
  /** Id of {@link #VALUES}. */
  public static final String VALUE_ALIGNMENT_ID = BuiltinCriterion.VALUE_ALIGNMENT_ID;
  /** Id of {@link #SENIORITY}. */
  public static final String SENIORITY_DISTANCE_ID = BuiltinCriterion.SENIORITY_DISTANCE_ID;
  /** Id of {@link #BOUNDARY}. */
  public static final String CROSS_BOUNDARY_ID = BuiltinCriterion.CROSS_BOUNDARY_ID;
  /** Id of {@link #TIME_ZONE}. */
  public static final String TIME_ZONE_OVERLAP_ID = BuiltinCriterion.TIME_ZONE_OVERLAP_ID;
  /** Id of {@link #AVAILABILITY}. */
  public static final String AVAILABILITY_FIT_ID = BuiltinCriterion.AVAILABILITY_FIT_ID;

  /** Id of {@link #PREFERENCE}. */
  public static final String PREFERENCE_ID = "preference";

  /**
   * Stated preferences ({@link dev.reverso.core.Participant#preferences()}) as a score: for a side that
   * ranked L partners, rank r earns {@code (L − r + 1) / L} (rank 1 → 1.0), an unranked partner 0; the
   * pair scores the mean over the sides that ranked anyone, 0 if neither did. Not in the defaults: add it
   * with {@code model.with(Criteria.PREFERENCE, 0.3)} so that {@code optimal} weighs what people said.
   * Scored through the general criterion path, not the built-in kernel, and not saved by scoring files.
   */
  public static final Criterion PREFERENCE = PreferenceCriterion.INSTANCE;

  /** Forward coverage: how far the mentor's skills close the mentee's goals (benefits the mentee). */
  public static final Criterion FORWARD_COVERAGE = CoverageCriterion.FORWARD;
  /** Reverse coverage: how far the mentee's skills close the mentor's goals (reciprocity; benefits the mentor). */
  public static final Criterion REVERSE_COVERAGE = CoverageCriterion.REVERSE;
  /** Importance-weighted value alignment (weighted Jaccard). Symmetric. */
  public static final Criterion VALUES = ValueAlignmentCriterion.INSTANCE;
  /** Seniority distance with the ideal grade gap 3..8. */
  public static final Criterion SENIORITY = SeniorityDistanceCriterion.DEFAULT;
  /** Cross-boundary with weights department 0.4, division 0.3, location 0.3. Symmetric. */
  public static final Criterion BOUNDARY = CrossBoundaryCriterion.DEFAULT;
  /** Time-zone overlap of 09:00–17:00 working hours on the fixed reference date 2026-01-15. Symmetric. */
  public static final Criterion TIME_ZONE = TimeZoneOverlapCriterion.DEFAULT;
  /** Availability fit of hours per month. Symmetric. */
  public static final Criterion AVAILABILITY = AvailabilityFitCriterion.INSTANCE;

  private static final ImmutableList<Criterion> BUILT_INS = ImmutableList.of(FORWARD_COVERAGE, REVERSE_COVERAGE,
      VALUES, SENIORITY, BOUNDARY, TIME_ZONE, AVAILABILITY);

  private Criteria() {}

  /**
   * Seniority distance with the ideal grade gap {@code low..high}: 0 when the mentor is not more junior,
   * {@code gap/low} below the band, 1 inside, {@code high/gap} above.
   *
   * @throws InvalidInputException unless {@code 1 <= low <= high}
   */
  public static Criterion seniorityDistance(int low, int high) {
    return new SeniorityDistanceCriterion(low, high);
  }

  /**
   * Cross-boundary with these weights for a different department, division and location.
   *
   * @throws InvalidInputException if a weight is negative or not finite, or all are 0
   */
  public static Criterion crossBoundary(double department, double division, double location) {
    return new CrossBoundaryCriterion(department, division, location);
  }

  /**
   * Time-zone overlap of the working hours {@code start..end} (local time, same for everyone), with UTC
   * offsets taken at noon UTC of {@code referenceDate} (so daylight saving time is respected).
   *
   * @throws InvalidInputException if {@code end} is not after {@code start}
   */
  public static Criterion timeZoneOverlap(LocalDate referenceDate, LocalTime start, LocalTime end) {
    return new TimeZoneOverlapCriterion(referenceDate, start, end);
  }

  /** Every built-in criterion with its default settings, in the order of the table above. */
  public static ImmutableList<Criterion> builtIns() {
    return BUILT_INS;
  }

  /** The built-in criterion with this id and its default settings, if there is one. */
  public static Optional<Criterion> builtIn(String id) {
    return BUILT_INS.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * The settings of a built-in criterion, so that a configured built-in can be saved and rebuilt with the
   * factories above. Names and value types, in this order:
   * <ul>
   *   <li>{@code seniority-distance}: {@code low}, {@code high} ({@link Integer}), as in
   *   {@link #seniorityDistance(int, int)};</li>
   *   <li>{@code cross-boundary}: {@code department}, {@code division}, {@code location} ({@link Double}), as in
   *   {@link #crossBoundary(double, double, double)};</li>
   *   <li>{@code time-zone-overlap}: {@code referenceDate} ({@link LocalDate}), {@code start}, {@code end}
   *   ({@link LocalTime}), as in {@link #timeZoneOverlap(LocalDate, LocalTime, LocalTime)};</li>
   *   <li>the other built-ins have no settings: an empty map.</li>
   * </ul>
   *
   * @return the settings, or empty if {@code criterion} is not a built-in (a user criterion, even one that
   *     reuses a built-in id)
   */
  public static Optional<ImmutableMap<String, Object>> settings(Criterion criterion) {
    java.util.Objects.requireNonNull(criterion, "criterion");
    if (criterion instanceof SeniorityDistanceCriterion) {
      SeniorityDistanceCriterion c = (SeniorityDistanceCriterion) criterion;
      return Optional.of(ImmutableMap.of("low", c.low(), "high", c.high()));
    }
    if (criterion instanceof CrossBoundaryCriterion) {
      CrossBoundaryCriterion c = (CrossBoundaryCriterion) criterion;
      return Optional.of(ImmutableMap.of("department", c.department(), "division", c.division(),
          "location", c.location()));
    }
    if (criterion instanceof TimeZoneOverlapCriterion) {
      TimeZoneOverlapCriterion c = (TimeZoneOverlapCriterion) criterion;
      return Optional.of(ImmutableMap.of("referenceDate", c.referenceDate(), "start", c.start(), "end", c.end()));
    }
    return criterion instanceof BuiltinCriterion ? Optional.of(ImmutableMap.of()) : Optional.empty();
  }
}
