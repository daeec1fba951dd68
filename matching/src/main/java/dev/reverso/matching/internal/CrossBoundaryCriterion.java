package dev.reverso.matching.internal;

import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cross-boundary: a pair from different parts of the organisation spreads knowledge further and avoids
 * awkward line relationships.
 *
 * <p>{@code score = (wd·d_department + wv·d_division + wl·d_location) / (wd + wv + wl)} with {@code d = 1}
 * when both sides know the attribute and it differs, {@code 0} when it is the same, and {@code 0.5}
 * when either side does not know it. Default weights: department 0.4, division 0.3, location 0.3 —
 * department first because it is the unit people work in day to day. Symmetric.
 *
 * <p>Evidence ({@link ReasonCodes}), one reason per unit in the order department, division, location:
 * {@code different-unit {unit}}, {@code same-unit {unit}} or {@code unit-unknown {unit}}.
 */
public final class CrossBoundaryCriterion extends BuiltinCriterion {
  public static final CrossBoundaryCriterion DEFAULT = new CrossBoundaryCriterion(0.4, 0.3, 0.3);

  private final double department;
  private final double division;
  private final double location;

  public CrossBoundaryCriterion(double department, double division, double location) {
    for (double w : new double[] {department, division, location}) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw InvalidInputException.of("crossBoundary",
            "expected finite boundary weights >= 0, found department=" + department
            + ", division=" + division + ", location=" + location);
      }
    }
    if (department + division + location == 0) {
      throw InvalidInputException.of("crossBoundary", "expected at least one boundary weight above 0, found all 0");
    }
    this.department = department;
    this.division = division;
    this.location = location;
  }

  /** The {@code department} setting. */
  public double department() {
    return department;
  }

  /** The {@code division} setting. */
  public double division() {
    return division;
  }

  /** The {@code location} setting. */
  public double location() {
    return location;
  }

  @Override
  public String id() {
    return BuiltinCriterion.CROSS_BOUNDARY_ID;
  }

  @Override
  Kind kind() {
    return Kind.CROSS_BOUNDARY;
  }

  @Override
  Bound bind(Encoding encoding) {
    return new Bound(encoding, department, division, location);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CrossBoundaryCriterion)) {
      return false;
    }
    CrossBoundaryCriterion c = (CrossBoundaryCriterion) o;
    return c.department == department && c.division == division && c.location == location;
  }

  @Override
  public int hashCode() {
    return Objects.hash(department, division, location);
  }

  @Override
  public String toString() {
    return "Criterion[" + id() + ", department=" + department + ", division=" + division + ", location="
        + location + "]";
  }

  /** The bound cross-boundary scorer. */
  static final class Bound extends ClassScorer {
    private final Encoding.Side mentors;
    private final Encoding.Side mentees;
    private final float wd;
    private final float wv;
    private final float wl;

    Bound(Encoding encoding, double department, double division, double location) {
      super(new MentorClasses(encoding.mentors.size, i -> java.util.List.of(encoding.mentors.department[i],
          encoding.mentors.division[i], encoding.mentors.location[i])));
      this.mentors = encoding.mentors;
      this.mentees = encoding.mentees;
      double sum = department + division + location;
      this.wd = (float) (department / sum);
      this.wv = (float) (division / sum);
      this.wl = (float) (location / sum);
    }

    private static float differs(int a, int b) {
      return a < 0 || b < 0 ? 0.5f : (a == b ? 0f : 1f);
    }

    @Override
    float value(int mentor, int mentee) {
      float s = wd * differs(mentors.department[mentor], mentees.department[mentee])
          + wv * differs(mentors.division[mentor], mentees.division[mentee])
          + wl * differs(mentors.location[mentor], mentees.location[mentee]);
      return s >= 1f ? 1f : s;
    }

    @Override
    public List<Reason> evidence(int mentor, int mentee) {
      List<Reason> out = new ArrayList<>(3);
      describe(out, "department", mentors.department[mentor], mentees.department[mentee]);
      describe(out, "division", mentors.division[mentor], mentees.division[mentee]);
      describe(out, "location", mentors.location[mentor], mentees.location[mentee]);
      return List.copyOf(out);
    }

    private static void describe(List<Reason> out, String unit, int a, int b) {
      out.add(Reason.of(a < 0 || b < 0 ? ReasonCodes.UNIT_UNKNOWN
          : a == b ? ReasonCodes.SAME_UNIT : ReasonCodes.DIFFERENT_UNIT, "unit", unit));
    }
  }
}
