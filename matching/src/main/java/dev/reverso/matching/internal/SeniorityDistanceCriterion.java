package dev.reverso.matching.internal;

import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import java.util.List;
import java.util.Objects;

/**
 * Seniority distance: rewards a grade gap inside an ideal band, so the pair is truly intergenerational
 * in career terms without being so far apart that the senior cannot relate.
 *
 * <p>With {@code gap = mentee grade − mentor grade} and the ideal band {@code [low, high]}:
 * {@code 0} when {@code gap ≤ 0} (the mentor is not more junior); {@code gap / low} below the band;
 * {@code 1} inside it; {@code high / gap} above it (tapering slowly, never reaching 0).
 *
 * <p>Evidence ({@link ReasonCodes}): {@code mentor-not-more-junior {mentor-grade, mentee-grade}}, or
 * {@code grade-gap-below-ideal}, {@code grade-gap-ideal}, {@code grade-gap-above-ideal}, each
 * {@code {gap, mentor-grade, mentee-grade, low, high}}.
 */
public final class SeniorityDistanceCriterion extends BuiltinCriterion {
  public static final SeniorityDistanceCriterion DEFAULT = new SeniorityDistanceCriterion(3, 8);

  private final int low;
  private final int high;

  public SeniorityDistanceCriterion(int low, int high) {
    if (low < 1 || high < low) {
      throw InvalidInputException.of("seniorityDistance",
          "expected an ideal grade gap band 1 <= low <= high, found " + low + ".."
          + high);
    }
    this.low = low;
    this.high = high;
  }

  /** The {@code low} setting. */
  public int low() {
    return low;
  }

  /** The {@code high} setting. */
  public int high() {
    return high;
  }

  @Override
  public String id() {
    return BuiltinCriterion.SENIORITY_DISTANCE_ID;
  }

  @Override
  Kind kind() {
    return Kind.SENIORITY_DISTANCE;
  }

  @Override
  Bound bind(Encoding encoding) {
    return new Bound(encoding, low, high);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeniorityDistanceCriterion && ((SeniorityDistanceCriterion) o).low == low
        && ((SeniorityDistanceCriterion) o).high == high;
  }

  @Override
  public int hashCode() {
    return Objects.hash(low, high);
  }

  @Override
  public String toString() {
    return "Criterion[" + id() + ", ideal gap " + low + ".." + high + "]";
  }

  /** The bound seniority scorer. */
  static final class Bound extends ClassScorer {
    private final int[] mentorGrade;
    private final int[] menteeGrade;
    private final int low;
    private final int high;

    Bound(Encoding encoding, int low, int high) {
      super(new MentorClasses(encoding.mentors.size, i -> encoding.mentors.seniority[i]));
      this.mentorGrade = encoding.mentors.seniority;
      this.menteeGrade = encoding.mentees.seniority;
      this.low = low;
      this.high = high;
    }

    @Override
    float value(int mentor, int mentee) {
      int gap = menteeGrade[mentee] - mentorGrade[mentor];
      if (gap <= 0) {
        return 0f;
      }
      if (gap < low) {
        return (float) gap / low;
      }
      return gap <= high ? 1f : (float) high / gap;
    }

    @Override
    public List<Reason> evidence(int mentor, int mentee) {
      int gap = menteeGrade[mentee] - mentorGrade[mentor];
      if (gap <= 0) {
        return List.of(Reason.of(ReasonCodes.MENTOR_NOT_MORE_JUNIOR, "mentor-grade", mentorGrade[mentor],
            "mentee-grade", menteeGrade[mentee]));
      }
      String code = gap < low ? ReasonCodes.GRADE_GAP_BELOW_IDEAL
          : gap <= high ? ReasonCodes.GRADE_GAP_IDEAL : ReasonCodes.GRADE_GAP_ABOVE_IDEAL;
      return List.of(Reason.of(code, "gap", gap, "mentor-grade", mentorGrade[mentor], "mentee-grade",
          menteeGrade[mentee], "low", low, "high", high));
    }
  }
}
