package dev.reverso.matching.internal;

import dev.reverso.core.Participant;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Value alignment, importance-weighted: the weighted Jaccard (Ruzicka) similarity of the two importance
 * vectors over the union of the values either side lists, {@code Σ_v min(a_v, b_v) / Σ_v max(a_v, b_v)},
 * where {@code a_v}, {@code b_v} are the importances 1..5 (0 when a side does not list v). Identical
 * profiles give 1, disjoint ones 0, and a value both rate 5 counts more than one both rate 1. Symmetric.
 * Neutral 0.5 when either side lists no values (nothing to compare is not a mismatch).
 *
 * <p>Computed as {@code m / (A + B − m)} with {@code m = Σ min}, A and B the importance sums, in
 * O(values of the mentee) per pair.
 *
 * <p>Evidence ({@link ReasonCodes}): one {@code shared-value {value, mentor-importance, mentee-importance}} per
 * value both list, in the mentee's order; or {@code mentor-lists-no-values {neutral}} /
 * {@code mentee-lists-no-values {neutral}}.
 */
public final class ValueAlignmentCriterion extends BuiltinCriterion {
  public static final ValueAlignmentCriterion INSTANCE = new ValueAlignmentCriterion();

  /** The score when either side lists no values. */
  static final float NEUTRAL = 0.5f;

  private ValueAlignmentCriterion() {}

  @Override
  public String id() {
    return BuiltinCriterion.VALUE_ALIGNMENT_ID;
  }

  @Override
  Kind kind() {
    return Kind.VALUE_ALIGNMENT;
  }

  @Override
  Bound bind(Encoding encoding) {
    return new Bound(encoding);
  }

  @Override
  public String toString() {
    return "Criterion[" + id() + "]";
  }

  /** The bound value-alignment scorer. */
  static final class Bound extends EncodedScorer {
    private final Encoding encoding;
    private final Encoding.Side mentors;
    private final Encoding.Side mentees;
    private final int values;
    /** The mentors' value importances value-major: {@code byValue[v * mentors + i]}, for {@link #valueRow}. */
    private final float[] byValue;
    /** Per value, the largest importance any mentor gives it; the range of the positive mentor totals. */
    private final float[] valueMax;
    private final float totalMin;
    private final float totalMax;
    /** Whether some mentor lists no values (scores the neutral 0.5 with everyone). */
    private final boolean anyWithout;

    Bound(Encoding encoding) {
      this.encoding = encoding;
      this.mentors = encoding.mentors;
      this.mentees = encoding.mentees;
      this.values = encoding.valueCount();
      int m = mentors.size;
      this.byValue = new float[Math.multiplyExact(values, m)];
      for (int i = 0; i < m; i++) {
        for (int v = 0; v < values; v++) {
          byValue[v * m + i] = mentors.valueDense[i * values + v];
        }
      }
      this.valueMax = new float[values];
      float low = Float.POSITIVE_INFINITY;
      float high = 0f;
      boolean without = false;
      for (int i = 0; i < m; i++) {
        for (int v = 0; v < values; v++) {
          valueMax[v] = Math.max(valueMax[v], mentors.valueDense[i * values + v]);
        }
        float a = mentors.valueTotal[i];
        if (a == 0f) {
          without = true;
        } else {
          low = Math.min(low, a);
          high = Math.max(high, a);
        }
      }
      this.totalMin = high > 0f ? low : 0f;
      this.totalMax = high;
      this.anyWithout = without;
    }

    @Override
    void valueRow(int mentee, float[] out) {
      final int m = mentors.size;
      final float b = mentees.valueTotal[mentee];
      if (b == 0f) {
        java.util.Arrays.fill(out, 0, m, NEUTRAL);
        return;
      }
      // Shared importance value by value (same order of additions as value(i, j)), then the ratio.
      java.util.Arrays.fill(out, 0, m, 0f);
      for (int v = mentees.valueStart[mentee], end = mentees.valueStart[mentee + 1]; v < end; v++) {
        final int base = mentees.valueId[v] * m;
        final float importance = mentees.valueImportance[v];
        for (int i = 0; i < m; i++) {
          out[i] += Math.min(byValue[base + i], importance);
        }
      }
      final float[] total = mentors.valueTotal;
      for (int i = 0; i < m; i++) {
        float a = total[i];
        float shared = out[i];
        out[i] = a == 0f ? NEUTRAL : shared / (a + b - shared);
      }
    }

    /**
     * With {@code S = Σ_v min(maxA_v, b_v)} over the mentee's values (maxA_v the largest importance any
     * mentor gives v), every mentor's shared importance is at most {@code c = min(S, b)} and at most its own
     * total a; {@code shared / (a + b − shared)} grows with shared and, for shared = min(c, a), rises with a
     * up to c and falls after it, so its largest value over the mentors' totals [aMin, aMax] is at
     * {@code a* = clamp(c, aMin, aMax)}. Mentors without values score the neutral 0.5.
     */
    @Override
    float rowMax(int mentee) {
      final float b = mentees.valueTotal[mentee];
      if (b == 0f || mentors.size == 0) {
        return NEUTRAL;
      }
      float bound = anyWithout ? NEUTRAL : 0f;
      if (totalMax > 0f) {
        float s = 0f;
        for (int v = mentees.valueStart[mentee], end = mentees.valueStart[mentee + 1]; v < end; v++) {
          s += Math.min(valueMax[mentees.valueId[v]], mentees.valueImportance[v]);
        }
        float c = Math.min(s, b);
        float a = Math.max(totalMin, Math.min(c, totalMax));
        float shared = Math.min(c, a);
        bound = Math.max(bound, shared / (a + b - shared));
      }
      return Math.min(1f, bound);
    }

    @Override
    float value(int mentor, int mentee) {
      float a = mentors.valueTotal[mentor];
      float b = mentees.valueTotal[mentee];
      if (a == 0f || b == 0f) {
        return NEUTRAL;
      }
      final float[] dense = mentors.valueDense;
      final int base = mentor * values;
      float shared = 0f;
      for (int v = mentees.valueStart[mentee], end = mentees.valueStart[mentee + 1]; v < end; v++) {
        shared += Math.min(dense[base + mentees.valueId[v]], mentees.valueImportance[v]);
      }
      return shared / (a + b - shared);
    }

    @Override
    public List<Reason> evidence(int mentor, int mentee) {
      Participant m = mentors.people.get(mentor);
      Participant e = mentees.people.get(mentee);
      if (m.values().isEmpty() || e.values().isEmpty()) {
        return List.of(Reason.of(m.values().isEmpty() ? ReasonCodes.MENTOR_LISTS_NO_VALUES
            : ReasonCodes.MENTEE_LISTS_NO_VALUES, "neutral", num(NEUTRAL)));
      }
      List<Reason> out = new ArrayList<>();
      for (Map.Entry<String, Integer> v : e.values().entrySet()) {
        Integer other = m.values().get(v.getKey());
        if (other != null) {
          out.add(Reason.of(ReasonCodes.SHARED_VALUE, "value", v.getKey(), "mentor-importance", other,
              "mentee-importance", v.getValue()));
        }
      }
      return List.copyOf(out);
    }
  }

}
