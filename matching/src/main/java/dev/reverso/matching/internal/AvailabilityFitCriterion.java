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
  static final class Bound extends EncodedScorer {
    private final float[] mentorHours;
    private final float[] menteeHours;

    /** Mentors by hours (by bit pattern, so NaN and signed zeros stay apart). */
    private final MentorClasses classes;

    Bound(Encoding encoding) {
      this.mentorHours = encoding.mentors.hours;
      this.menteeHours = encoding.mentees.hours;
      this.classes = new MentorClasses(mentorHours.length, i -> Float.floatToRawIntBits(mentorHours[i]));
    }

    @Override
    float rowMax(int mentee) {
      return classMax(classes, mentee, this);
    }

    @Override
    void valueRow(int mentee, float[] out) {
      // Score each class of equal mentors once, then copy: equal to value(i, mentee) for every mentor.
      float[] byClass = new float[classes.count()];
      for (int c = 0; c < byClass.length; c++) {
        byClass[c] = value(classes.representative[c], mentee);
      }
      int[] classOf = classes.classOf;
      for (int i = 0; i < classOf.length; i++) {
        out[i] = byClass[classOf[i]];
      }
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
