package dev.reverso.matching.internal;

import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import java.util.List;

/**
 * Availability fit: whether both sides can give a similar amount of time, so that neither waits for the
 * other. {@code score = min(h_mentor, h_mentee) / max(h_mentor, h_mentee)} with h the hours per month;
 * 0 when the larger is 0 (nobody has time); neutral 0.5 when either side's hours are unknown. Symmetric.
 *
 * <p>Evidence ({@link ReasonCodes}): {@code hours-per-month {mentor-hours, mentee-hours}}, or
 * {@code mentor-hours-unknown {neutral}} / {@code mentee-hours-unknown {neutral}}.
 */
public final class AvailabilityFitCriterion extends BuiltinCriterion {
  public static final AvailabilityFitCriterion INSTANCE = new AvailabilityFitCriterion();
  static final float NEUTRAL = 0.5f;

  private AvailabilityFitCriterion() {}

  @Override
  public String id() {
    return BuiltinCriterion.AVAILABILITY_FIT_ID;
  }

  @Override
  Kind kind() {
    return Kind.AVAILABILITY_FIT;
  }

  @Override
  Bound bind(Encoding encoding) {
    return new Bound(encoding);
  }

  @Override
  public String toString() {
    return "Criterion[" + id() + "]";
  }

  /** The bound availability scorer. */
  static final class Bound extends ClassScorer {
    private final float[] mentorHours;
    private final float[] menteeHours;


    Bound(Encoding encoding) {
      super(new MentorClasses(encoding.mentors.size, i -> Float.floatToRawIntBits(encoding.mentors.hours[i])));
      this.mentorHours = encoding.mentors.hours;
      this.menteeHours = encoding.mentees.hours;
    }

    @Override
    float value(int mentor, int mentee) {
      float a = mentorHours[mentor];
      float b = menteeHours[mentee];
      if (a != a || b != b) {
        return NEUTRAL;
      }
      float max = Math.max(a, b);
      return max == 0f ? 0f : Math.min(a, b) / max;
    }

    @Override
    public List<Reason> evidence(int mentor, int mentee) {
      float a = mentorHours[mentor];
      float b = menteeHours[mentee];
      if (a != a || b != b) {
        return List.of(Reason.of(a != a ? ReasonCodes.MENTOR_HOURS_UNKNOWN : ReasonCodes.MENTEE_HOURS_UNKNOWN,
            "neutral", num(NEUTRAL)));
      }
      return List.of(Reason.of(ReasonCodes.HOURS_PER_MONTH, "mentor-hours", num(a), "mentee-hours", num(b)));
    }
  }
}
