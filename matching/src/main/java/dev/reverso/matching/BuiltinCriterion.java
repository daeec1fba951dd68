package dev.reverso.matching;

import dev.reverso.core.Program;
import dev.reverso.matching.spi.Criterion;

/**
 * A built-in criterion: it scores on the shared {@link Encoding} of a matching problem (the fast path),
 * and can still be bound to a bare programme like any criterion.
 */
abstract class BuiltinCriterion implements Criterion {

  /** Which built-in this is; fixes its slot in the scoring kernel of {@link MatchingProblem}. */
  enum Kind {
    FORWARD_COVERAGE,
    REVERSE_COVERAGE,
    VALUE_ALIGNMENT,
    SENIORITY_DISTANCE,
    CROSS_BOUNDARY,
    TIME_ZONE_OVERLAP,
    AVAILABILITY_FIT
  }

  abstract Kind kind();

  /** Binds to an existing encoding. */
  abstract EncodedScorer bind(Encoding encoding);

  @Override
  public final Scorer bind(Program program) {
    return bind(Encoding.of(program));
  }

  /** A bound built-in: scores as float on the encoding; explanations read the participants. */
  abstract static class EncodedScorer implements Criterion.Scorer {
    /** The score in [0, 1] of mentor index i and mentee index j. */
    abstract float value(int mentor, int mentee);

    /**
     * {@code out[i] = value(i, mentee)} for every mentor {@code i} of the encoding, bit for bit: one row at a
     * time, so the mentee's data is read once and the loop over mentors stays tight. Subclasses override it
     * with their own loop (a loop here would call {@link #value(int, int)} through a shared, megamorphic
     * call site).
     */
    abstract void valueRow(int mentee, float[] out);

    @Override
    public final double score(int mentor, int mentee) {
      return value(mentor, mentee);
    }
  }

  static float clamp01(float x) {
    return x <= 0f ? 0f : (x >= 1f ? 1f : x);
  }

  static String fmt(double x) {
    return String.format(java.util.Locale.ROOT, "%.2f", x);
  }
}
