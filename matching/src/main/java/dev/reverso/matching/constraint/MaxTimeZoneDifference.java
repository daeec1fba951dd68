package dev.reverso.matching.constraint;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Program;
import dev.reverso.matching.internal.BuiltinCriterion;
import dev.reverso.matching.internal.RowCheck;
import dev.reverso.matching.internal.TimeZoneOverlapCriterion;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import dev.reverso.matching.spi.Constraint;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The {@code max-time-zone-difference} rule of {@link Constraints#maxTimeZoneDifference(double, java.time.LocalDate)}.
 * Reason: {@code time-zones-too-far {mentor, mentor-zone, mentee, mentee-zone, hours, max-hours}} (hours apart on
 * the reference date).
 */
final class MaxTimeZoneDifference implements Constraint {
  private final double hours;
  private final LocalDate referenceDate;

  MaxTimeZoneDifference(double hours, LocalDate referenceDate) {
    if (!(hours >= 0 && hours <= 12)) {
      throw InvalidInputException.of("maxTimeZoneDifference.hours",
          "expected a maximum time-zone difference of 0 to 12 hours, found " + hours);
    }
    this.hours = hours;
    this.referenceDate = requireNonNull(referenceDate, "referenceDate");
  }

  @Override
  public String id() {
    return "max-time-zone-difference";
  }

  @Override
  public Check bind(Program program) {
    ZoneId[] mentorZone = program.mentors().stream().map(p -> p.timeZone().orElse(null)).toArray(ZoneId[]::new);
    ZoneId[] menteeZone = program.mentees().stream().map(p -> p.timeZone().orElse(null)).toArray(ZoneId[]::new);
    int[] a = TimeZoneOverlapCriterion.offsets(mentorZone, referenceDate);
    int[] b = TimeZoneOverlapCriterion.offsets(menteeZone, referenceDate);
    double limit = hours * 60;
    int mentorCount = program.mentors().size();
    int menteeCount = program.mentees().size();
    return new RowCheck() {
      @Override
      public void restrictColumn(int mentor, boolean[] allowed) {
        for (int j = 0; j < menteeCount; j++) {
          if (allowed[j] && !allows(mentor, j)) {
            allowed[j] = false;
          }
        }
      }

      @Override
      public void restrictRow(int mentee, boolean[] allowed) {
        for (int i = 0; i < mentorCount; i++) {
          if (allowed[i] && !allows(i, mentee)) {
            allowed[i] = false;
          }
        }
      }

      @Override
      public boolean allows(int mentor, int mentee) {
        return mentorZone[mentor] == null || menteeZone[mentee] == null
            || TimeZoneOverlapCriterion.circularDifference(a[mentor], b[mentee]) <= limit;
      }

      @Override
      public Reason reason(int mentor, int mentee) {
        double apart = TimeZoneOverlapCriterion.circularDifference(a[mentor], b[mentee]) / 60.0;
        return Reason.of(ReasonCodes.TIME_ZONES_TOO_FAR, "mentor", program.mentors().get(mentor).id().value(),
            "mentor-zone", mentorZone[mentor].getId(), "mentee", program.mentees().get(mentee).id().value(),
            "mentee-zone", menteeZone[mentee].getId(), "hours", BuiltinCriterion.num(apart),
            "max-hours", BuiltinCriterion.num(hours));
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MaxTimeZoneDifference && ((MaxTimeZoneDifference) o).hours == hours
        && ((MaxTimeZoneDifference) o).referenceDate.equals(referenceDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hours, referenceDate);
  }

  @Override
  public String toString() {
    return "Constraint[" + id() + ", hours=" + hours + ", referenceDate=" + referenceDate + "]";
  }
}
