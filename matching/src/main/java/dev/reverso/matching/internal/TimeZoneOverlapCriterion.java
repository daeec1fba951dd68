package dev.reverso.matching.internal;

import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Time-zone overlap of working hours: the hours both sides are at work on the same day, divided by the
 * length of the working day.
 *
 * <p>Each side works {@code start..end} local time (09:00–17:00 by default). Offsets are taken at noon
 * UTC of a reference date, so daylight saving time is respected; the default reference date is fixed
 * ({@value #DEFAULT_REFERENCE_DATE}) rather than "today" so the same input always gives the same score.
 * On the 24-hour circle two equal windows of length L whose offsets differ by d minutes overlap
 * {@code max(0, L − d) + max(0, L − (1440 − d))} minutes; score = overlap / L (1 in the same zone, 0 for
 * Rome–Sydney). Neutral 0.5 when either side's zone is unknown. Symmetric.
 *
 * <p>Evidence ({@link ReasonCodes}): {@code working-hours-overlap {mentor-zone, mentee-zone, overlap-hours,
 * day-hours}}, or {@code mentor-time-zone-unknown {neutral}} / {@code mentee-time-zone-unknown {neutral}}.
 */
public final class TimeZoneOverlapCriterion extends BuiltinCriterion {
  /** The default reference date for UTC offsets (ISO-8601). */
  public static final String DEFAULT_REFERENCE_DATE = "2026-01-15";
  public static final TimeZoneOverlapCriterion DEFAULT = new TimeZoneOverlapCriterion(
      LocalDate.parse(DEFAULT_REFERENCE_DATE), LocalTime.of(9, 0), LocalTime.of(17, 0));
  static final float NEUTRAL = 0.5f;
  private static final int UNKNOWN = Integer.MIN_VALUE;

  private final LocalDate referenceDate;
  private final LocalTime start;
  private final LocalTime end;

  public TimeZoneOverlapCriterion(LocalDate referenceDate, LocalTime start, LocalTime end) {
    this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
    this.start = Objects.requireNonNull(start, "start");
    this.end = Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw InvalidInputException.of("timeZoneOverlap",
          "expected working hours that end after they start, found " + start
          + ".." + end);
    }
  }

  /** The {@code referenceDate} setting. */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /** The {@code start} setting. */
  public LocalTime start() {
    return start;
  }

  /** The {@code end} setting. */
  public LocalTime end() {
    return end;
  }

  @Override
  public String id() {
    return BuiltinCriterion.TIME_ZONE_OVERLAP_ID;
  }

  @Override
  Kind kind() {
    return Kind.TIME_ZONE_OVERLAP;
  }

  @Override
  Bound bind(Encoding encoding) {
    return new Bound(encoding, referenceDate, start, end);
  }

  /** UTC offset in minutes of each zone at noon UTC of the reference date; {@link #UNKNOWN} for none. */
  public static int[] offsets(ZoneId[] zones, LocalDate date) {
    Instant at = date.atTime(12, 0).toInstant(ZoneOffset.UTC);
    int[] out = new int[zones.length];
    for (int p = 0; p < zones.length; p++) {
      out[p] = zones[p] == null ? UNKNOWN : zones[p].getRules().getOffset(at).getTotalSeconds() / 60;
    }
    return out;
  }

  /** The circular difference of two offsets in minutes, 0..720. */
  public static int circularDifference(int a, int b) {
    int d = Math.floorMod(a - b, 1440);
    return Math.min(d, 1440 - d);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TimeZoneOverlapCriterion)) {
      return false;
    }
    TimeZoneOverlapCriterion c = (TimeZoneOverlapCriterion) o;
    return c.referenceDate.equals(referenceDate) && c.start.equals(start) && c.end.equals(end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(referenceDate, start, end);
  }

  @Override
  public String toString() {
    return "Criterion[" + id() + ", " + start + ".." + end + " on " + referenceDate + "]";
  }

  /** The bound time-zone scorer: a table of scores by circular offset difference. */
  static final class Bound extends ClassScorer {
    private final int[] mentorOffset;
    private final int[] menteeOffset;
    private final ZoneId[] mentorZone;
    private final ZoneId[] menteeZone;
    /** Score by circular difference in minutes, 0..720. */
    private final float[] byDifference = new float[721];
    private final int length;
    private final LocalDate referenceDate;

    Bound(Encoding encoding, LocalDate referenceDate, LocalTime start, LocalTime end) {
      this(encoding, offsets(encoding.mentors.zones, referenceDate), referenceDate, start, end);
    }

    /** Mentors by offset on the reference date (unknown zones form one class). */
    private Bound(Encoding encoding, int[] mentorOffset, LocalDate referenceDate, LocalTime start, LocalTime end) {
      super(new MentorClasses(mentorOffset.length, i -> mentorOffset[i]));
      this.mentorOffset = mentorOffset;
      this.referenceDate = referenceDate;
      this.mentorZone = encoding.mentors.zones;
      this.menteeZone = encoding.mentees.zones;
      this.menteeOffset = offsets(menteeZone, referenceDate);
      this.length = (end.toSecondOfDay() - start.toSecondOfDay()) / 60;
      for (int d = 0; d <= 720; d++) {
        byDifference[d] = (float) overlapMinutes(d) / length;
      }
    }

    private int overlapMinutes(int d) {
      return Math.max(0, length - d) + Math.max(0, length - (1440 - d));
    }

    @Override
    float value(int mentor, int mentee) {
      int a = mentorOffset[mentor];
      int b = menteeOffset[mentee];
      if (a == UNKNOWN || b == UNKNOWN) {
        return NEUTRAL;
      }
      return byDifference[circularDifference(a, b)];
    }

    @Override
    public List<Reason> evidence(int mentor, int mentee) {
      int a = mentorOffset[mentor];
      int b = menteeOffset[mentee];
      if (a == UNKNOWN || b == UNKNOWN) {
        return List.of(Reason.of(a == UNKNOWN ? ReasonCodes.MENTOR_TIME_ZONE_UNKNOWN
            : ReasonCodes.MENTEE_TIME_ZONE_UNKNOWN, "neutral", num(NEUTRAL)));
      }
      int overlap = overlapMinutes(circularDifference(a, b));
      return List.of(Reason.of(ReasonCodes.WORKING_HOURS_OVERLAP, "mentor-zone", mentorZone[mentor].getId(),
          "mentee-zone", menteeZone[mentee].getId(), "overlap-hours", num(overlap / 60.0),
          "day-hours", num(length / 60.0)));
    }
  }
}
