package dev.reverso.matching.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stable {@link Reason} codes the built-in criteria and constraints emit, each with its argument names
 * in order. A code and its arguments never change meaning; a new kind of evidence gets a new code. Every code
 * here has a sentence in each language of the reporting module (a test checks it), and {@code docs/reasons.md}
 * explains each one.
 *
 * <p>Argument conventions: {@code skill}, {@code goal}, {@code value} are skill or value ids; {@code level},
 * {@code from}, {@code to} are Dreyfus levels 0..5; {@code priority} is {@code low}, {@code medium} or
 * {@code high}; {@code credit}, {@code relatedness}, {@code neutral} are numbers in [0, 1]; {@code mentor},
 * {@code mentee}, {@code person}, {@code manager} are HR ids; grades are job grades (higher is more senior);
 * hours are decimal hours; {@code unit} is {@code department}, {@code division} or {@code location};
 * {@code relation} is {@code parent}, {@code child}, {@code sibling}, {@code grandparent},
 * {@code grandchild} or {@code related}; {@code side} is {@code mentor} or {@code mentee} (the role of the partners
 * counted); {@code rule} is a constraint id. No argument is ever a display name or a comment.
 */
public final class ReasonCodes {
  private ReasonCodes() {}

  // ---- forward-coverage (the mentor teaches) and reverse-coverage (the mentee teaches)
  /** The mentor holds the goal's skill: {@code skill, level, goal, from, to, priority, credit}. */
  public static final String MENTOR_HAS_SKILL = "mentor-has-skill";
  /** The mentor holds a skill related to the goal: as {@link #MENTOR_HAS_SKILL} plus {@code relation, relatedness}. */
  public static final String MENTOR_HAS_RELATED_SKILL = "mentor-has-related-skill";
  /** The mentee has no learning goals, so forward coverage is 0: no arguments. */
  public static final String MENTEE_HAS_NO_GOALS = "mentee-has-no-goals";
  /** The mentee holds the mentor's goal skill (reciprocity): {@code skill, level, goal, from, to, priority, credit}. */
  public static final String MENTEE_HAS_SKILL = "mentee-has-skill";
  /** The mentee holds a skill related to the mentor's goal: as {@link #MENTEE_HAS_SKILL} plus {@code relation, relatedness}. */
  public static final String MENTEE_HAS_RELATED_SKILL = "mentee-has-related-skill";
  /** The mentor has no learning goals, so reverse coverage is 0: no arguments. */
  public static final String MENTOR_HAS_NO_GOALS = "mentor-has-no-goals";

  // ---- value-alignment
  /** Both list the value: {@code value, mentor-importance, mentee-importance} (1..5). */
  public static final String SHARED_VALUE = "shared-value";
  /** The mentor lists no values, the score is neutral: {@code neutral}. */
  public static final String MENTOR_LISTS_NO_VALUES = "mentor-lists-no-values";
  /** The mentee lists no values, the score is neutral: {@code neutral}. */
  public static final String MENTEE_LISTS_NO_VALUES = "mentee-lists-no-values";

  // ---- seniority-distance
  /** The mentor is not more junior than the mentee: {@code mentor-grade, mentee-grade}. */
  public static final String MENTOR_NOT_MORE_JUNIOR = "mentor-not-more-junior";
  /** Grade gap below the ideal band: {@code gap, mentor-grade, mentee-grade, low, high}. */
  public static final String GRADE_GAP_BELOW_IDEAL = "grade-gap-below-ideal";
  /** Grade gap inside the ideal band: {@code gap, mentor-grade, mentee-grade, low, high}. */
  public static final String GRADE_GAP_IDEAL = "grade-gap-ideal";
  /** Grade gap above the ideal band: {@code gap, mentor-grade, mentee-grade, low, high}. */
  public static final String GRADE_GAP_ABOVE_IDEAL = "grade-gap-above-ideal";

  // ---- cross-boundary
  /** The two are in different units: {@code unit}. */
  public static final String DIFFERENT_UNIT = "different-unit";
  /** The two are in the same unit: {@code unit}. */
  public static final String SAME_UNIT = "same-unit";
  /** One side's unit is unknown, half credit: {@code unit}. */
  public static final String UNIT_UNKNOWN = "unit-unknown";

  // ---- time-zone-overlap
  /** Working hours overlap: {@code mentor-zone, mentee-zone, overlap-hours, day-hours} (zone ids such as Europe/Rome). */
  public static final String WORKING_HOURS_OVERLAP = "working-hours-overlap";
  /** The mentor's time zone is unknown, neutral score: {@code neutral}. */
  public static final String MENTOR_TIME_ZONE_UNKNOWN = "mentor-time-zone-unknown";
  /** The mentee's time zone is unknown, neutral score: {@code neutral}. */
  public static final String MENTEE_TIME_ZONE_UNKNOWN = "mentee-time-zone-unknown";

  // ---- availability-fit
  /** Hours per month both sides give: {@code mentor-hours, mentee-hours}. */
  public static final String HOURS_PER_MONTH = "hours-per-month";
  /** The mentor's hours are unknown, neutral score: {@code neutral}. */
  public static final String MENTOR_HOURS_UNKNOWN = "mentor-hours-unknown";
  /** The mentee's hours are unknown, neutral score: {@code neutral}. */
  public static final String MENTEE_HOURS_UNKNOWN = "mentee-hours-unknown";

  // ---- preference
  /** The mentee ranked the mentor: {@code rank, of}. */
  public static final String RANKED_BY_MENTEE = "ranked-by-mentee";
  /** The mentee ranked others but not this mentor: {@code ranked}. */
  public static final String NOT_RANKED_BY_MENTEE = "not-ranked-by-mentee";
  /** The mentor ranked the mentee: {@code rank, of}. */
  public static final String RANKED_BY_MENTOR = "ranked-by-mentor";
  /** The mentor ranked others but not this mentee: {@code ranked}. */
  public static final String NOT_RANKED_BY_MENTOR = "not-ranked-by-mentor";

  // ---- constraints
  /** reporting-chain: {@code person} reports directly to {@code manager}. */
  public static final String REPORTS_DIRECTLY_TO = "reports-directly-to";
  /** reporting-chain: {@code person} reports to {@code manager} {@code levels} levels up, {@code via} the ids between, comma-separated. */
  public static final String REPORTS_INDIRECTLY_TO = "reports-indirectly-to";
  /** reporting-chain (same-manager peers): {@code mentor, mentee, manager}. */
  public static final String SAME_MANAGER = "same-manager";
  /** seniority-gap: {@code mentor, mentor-grade, mentee, mentee-grade, min-gap}. */
  public static final String MENTOR_NOT_JUNIOR_ENOUGH = "mentor-not-junior-enough";
  /** shared-language: {@code mentor, mentor-languages, mentee, mentee-languages} (BCP 47 tags, comma-separated). */
  public static final String NO_SHARED_LANGUAGE = "no-shared-language";
  /** max-time-zone-difference: {@code mentor, mentor-zone, mentee, mentee-zone, hours, max-hours}. */
  public static final String TIME_ZONES_TOO_FAR = "time-zones-too-far";
  /** no-repeat: {@code mentor, mentee} were paired before. */
  public static final String PAIRED_BEFORE = "paired-before";
  /** exclusions: the mentor excludes the mentee: {@code mentor, mentee}. */
  public static final String MENTOR_EXCLUDES_MENTEE = "mentor-excludes-mentee";
  /** exclusions: the mentee excludes the mentor: {@code mentor, mentee}. */
  public static final String MENTEE_EXCLUDES_MENTOR = "mentee-excludes-mentor";
  /** exclusions: each excludes the other: {@code mentor, mentee}. */
  public static final String EXCLUDE_EACH_OTHER = "exclude-each-other";
  /** different-department: both in {@code department}: {@code mentor, mentee, department}. */
  public static final String SAME_DEPARTMENT = "same-department";

  // ---- unmatched participants (Unmatched#evidence)
  /** How many partners every rule allows: {@code feasible, partners, side} ({@code side}: the partners' role). */
  public static final String PARTNERS_FEASIBLE = "partners-feasible";
  /** How many partners one rule rules out: {@code rule, count} ({@code rule}: a constraint id). */
  public static final String PARTNERS_FORBIDDEN_BY = "partners-forbidden-by";
  /** Every allowed partner was full: {@code full, side}. */
  public static final String PARTNERS_FULL = "partners-full";
  /** Allowed partners had room, the strategy left the person out: {@code first, side} ({@code first}: an HR id). */
  public static final String PARTNER_WITH_ROOM = "partner-with-room";
  /** Every allowed partner scored below the minimum: {@code feasible, partners, side, minimum}. */
  public static final String ALL_BELOW_MINIMUM = "all-below-minimum";
  /** The person has withdrawn consent and was left out of matching: no arguments. */
  public static final String WITHDREW_CONSENT = "withdrew-consent";

  // ---- people in no circle (CircleResult#unassigned evidence)
  /** A junior: every mentee the rules allow leads a full circle: {@code feasible, max}. */
  public static final String CIRCLES_FULL = "circles-full";
  /** A junior: joining a circle would not raise the objective or would break a rule: {@code feasible, full, min}. */
  public static final String CIRCLE_NOT_JOINED = "circle-not-joined";
  /** A senior: fewer juniors allowed than a circle needs: {@code min}. */
  public static final String CIRCLE_NEEDS_MORE = "circle-needs-more";
  /** A senior: too few allowed juniors have room for another circle: {@code feasible, room, min}. */
  public static final String CIRCLE_TOO_FEW_WITH_ROOM = "circle-too-few-with-room";
  /** A senior: no circle of allowed juniors shares a language or would raise the objective: {@code feasible, room, min}. */
  public static final String CIRCLE_NOT_FORMED = "circle-not-formed";

  private static final Map<String, List<String>> ALL = build();

  private static Map<String, List<String>> build() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    List<String> has = List.of("skill", "level", "goal", "from", "to", "priority", "credit");
    List<String> related = List.of("skill", "level", "goal", "from", "to", "priority", "relation", "relatedness",
        "credit");
    List<String> gap = List.of("gap", "mentor-grade", "mentee-grade", "low", "high");
    List<String> neutral = List.of("neutral");
    m.put(MENTOR_HAS_SKILL, has);
    m.put(MENTOR_HAS_RELATED_SKILL, related);
    m.put(MENTEE_HAS_NO_GOALS, List.of());
    m.put(MENTEE_HAS_SKILL, has);
    m.put(MENTEE_HAS_RELATED_SKILL, related);
    m.put(MENTOR_HAS_NO_GOALS, List.of());
    m.put(SHARED_VALUE, List.of("value", "mentor-importance", "mentee-importance"));
    m.put(MENTOR_LISTS_NO_VALUES, neutral);
    m.put(MENTEE_LISTS_NO_VALUES, neutral);
    m.put(MENTOR_NOT_MORE_JUNIOR, List.of("mentor-grade", "mentee-grade"));
    m.put(GRADE_GAP_BELOW_IDEAL, gap);
    m.put(GRADE_GAP_IDEAL, gap);
    m.put(GRADE_GAP_ABOVE_IDEAL, gap);
    m.put(DIFFERENT_UNIT, List.of("unit"));
    m.put(SAME_UNIT, List.of("unit"));
    m.put(UNIT_UNKNOWN, List.of("unit"));
    m.put(WORKING_HOURS_OVERLAP, List.of("mentor-zone", "mentee-zone", "overlap-hours", "day-hours"));
    m.put(MENTOR_TIME_ZONE_UNKNOWN, neutral);
    m.put(MENTEE_TIME_ZONE_UNKNOWN, neutral);
    m.put(HOURS_PER_MONTH, List.of("mentor-hours", "mentee-hours"));
    m.put(MENTOR_HOURS_UNKNOWN, neutral);
    m.put(MENTEE_HOURS_UNKNOWN, neutral);
    m.put(RANKED_BY_MENTEE, List.of("rank", "of"));
    m.put(NOT_RANKED_BY_MENTEE, List.of("ranked"));
    m.put(RANKED_BY_MENTOR, List.of("rank", "of"));
    m.put(NOT_RANKED_BY_MENTOR, List.of("ranked"));
    m.put(REPORTS_DIRECTLY_TO, List.of("person", "manager"));
    m.put(REPORTS_INDIRECTLY_TO, List.of("person", "manager", "levels", "via"));
    m.put(SAME_MANAGER, List.of("mentor", "mentee", "manager"));
    m.put(MENTOR_NOT_JUNIOR_ENOUGH, List.of("mentor", "mentor-grade", "mentee", "mentee-grade", "min-gap"));
    m.put(NO_SHARED_LANGUAGE, List.of("mentor", "mentor-languages", "mentee", "mentee-languages"));
    m.put(TIME_ZONES_TOO_FAR, List.of("mentor", "mentor-zone", "mentee", "mentee-zone", "hours", "max-hours"));
    m.put(PAIRED_BEFORE, List.of("mentor", "mentee"));
    m.put(MENTOR_EXCLUDES_MENTEE, List.of("mentor", "mentee"));
    m.put(MENTEE_EXCLUDES_MENTOR, List.of("mentor", "mentee"));
    m.put(EXCLUDE_EACH_OTHER, List.of("mentor", "mentee"));
    m.put(SAME_DEPARTMENT, List.of("mentor", "mentee", "department"));
    m.put(PARTNERS_FEASIBLE, List.of("feasible", "partners", "side"));
    m.put(PARTNERS_FORBIDDEN_BY, List.of("rule", "count"));
    m.put(PARTNERS_FULL, List.of("full", "side"));
    m.put(PARTNER_WITH_ROOM, List.of("first", "side"));
    m.put(ALL_BELOW_MINIMUM, List.of("feasible", "partners", "side", "minimum"));
    m.put(WITHDREW_CONSENT, List.of());
    m.put(CIRCLES_FULL, List.of("feasible", "max"));
    m.put(CIRCLE_NOT_JOINED, List.of("feasible", "full", "min"));
    m.put(CIRCLE_NEEDS_MORE, List.of("min"));
    m.put(CIRCLE_TOO_FEW_WITH_ROOM, List.of("feasible", "room", "min"));
    m.put(CIRCLE_NOT_FORMED, List.of("feasible", "room", "min"));
    return Collections.unmodifiableMap(m);
  }

  /**
   * Every built-in code with its argument names in order; unmodifiable, in documentation order. ({@link
   * Reason#TEXT_CODE}, the code of plain text from user code, is not a built-in code.)
   */
  public static Map<String, List<String>> all() {
    return ALL;
  }

  /** Whether a reason has a built-in code and exactly that code's arguments, in order. */
  public static boolean isBuiltIn(Reason reason) {
    List<String> names = ALL.get(reason.code());
    return names != null && names.equals(List.copyOf(reason.args().keySet()));
  }
}
