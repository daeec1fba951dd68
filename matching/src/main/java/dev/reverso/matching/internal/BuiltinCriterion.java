package dev.reverso.matching.internal;

import dev.reverso.core.Program;
import dev.reverso.matching.spi.Criterion;

/**
 * A built-in criterion: it scores on the shared {@link Encoding} of a matching problem (the fast path),
 * and can still be bound to a bare programme like any criterion.
 */
public abstract class BuiltinCriterion implements Criterion {
  /** Id of forward coverage. */
  public static final String FORWARD_COVERAGE_ID = "forward-coverage";
  /** Id of reverse coverage. */
  public static final String REVERSE_COVERAGE_ID = "reverse-coverage";
  /** Id of value alignment. */
  public static final String VALUE_ALIGNMENT_ID = "value-alignment";
  /** Id of seniority distance. */
  public static final String SENIORITY_DISTANCE_ID = "seniority-distance";
  /** Id of cross-boundary. */
  public static final String CROSS_BOUNDARY_ID = "cross-boundary";
  /** Id of time-zone overlap. */
  public static final String TIME_ZONE_OVERLAP_ID = "time-zone-overlap";
  /** Id of availability fit. */
  public static final String AVAILABILITY_FIT_ID = "availability-fit";

  /** Only the built-ins of this package extend it. */
  BuiltinCriterion() {}

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

    /**
     * An upper bound of {@code value(i, mentee)} over every mentor {@code i}, for the threshold search of
     * {@link ThresholdTopK}: cheap (independent of the number of mentors, or of the few classes of equal
     * mentors) and valid up to {@code float} rounding. The default, 1, is always valid.
     */
    float rowMax(int mentee) {
      return 1f;
    }

    @Override
    public final double score(int mentor, int mentee) {
      return value(mentor, mentee);
    }
  }

  /**
   * A bound built-in whose value depends on the mentor only through a class with few distinct values
   * (grade, department, time-zone offset, hours): a row scores each class once and looks the mentors up,
   * and {@link TiledTopK} reads a mentor's value from the small per-mentee table of {@link #classRow}.
   */
  abstract static class ClassScorer extends EncodedScorer {
    /** Each mentor's class, {@code 0 .. classCount() - 1}. */
    final int[] mentorClass;
    /** The first mentor of each class. */
    private final int[] representative;

    /** @param classes the mentors grouped by the key the value depends on */
    ClassScorer(MentorClasses classes) {
      this.mentorClass = classes.classOf;
      this.representative = classes.representative;
    }

    /** The number of classes. */
    final int classCount() {
      return representative.length;
    }

    /** {@code out[c]} = the value of every mentor of class c for this mentee, for c below {@link #classCount}. */
    final void classRow(int mentee, float[] out) {
      for (int c = 0; c < representative.length; c++) {
        out[c] = value(representative[c], mentee);
      }
    }

    @Override
    final void valueRow(int mentee, float[] out) {
      float[] byClass = new float[classCount()];
      classRow(mentee, byClass);
      int[] classOf = mentorClass;
      for (int i = 0; i < classOf.length; i++) {
        out[i] = byClass[classOf[i]];
      }
    }

    /** The largest value over the classes, or 1 when there are more than {@link #MAX_CLASSES_FOR_BOUND}. */
    @Override
    final float rowMax(int mentee) {
      if (classCount() > MAX_CLASSES_FOR_BOUND) {
        return 1f;
      }
      float[] byClass = new float[classCount()];
      classRow(mentee, byClass);
      float max = 0f;
      for (float v : byClass) {
        max = Math.max(max, v);
      }
      return max;
    }
  }

  /**
   * Mentors grouped by equal keys, for scorers whose value depends on the mentor only through a key with few
   * distinct values: {@code classOf[i]} numbers the classes in order of first occurrence, and
   * {@code representative[c]} is the first mentor of class {@code c}. A row then scores each class once and
   * copies, which equals scoring each mentor.
   */
  static final class MentorClasses {
    final int[] classOf;
    final int[] representative;

    MentorClasses(int mentors, java.util.function.IntFunction<Object> key) {
      java.util.Map<Object, Integer> index = new java.util.HashMap<>();
      int[] rep = new int[mentors];
      this.classOf = new int[mentors];
      for (int i = 0; i < mentors; i++) {
        Object k = key.apply(i);
        Integer c = index.get(k);
        if (c == null) {
          c = index.size();
          index.put(k, c);
          rep[c] = i;
        }
        classOf[i] = c;
      }
      this.representative = java.util.Arrays.copyOf(rep, index.size());
    }

    /** The number of classes. */
    int count() {
      return representative.length;
    }
  }

  /** Above this many classes of equal mentors, {@link EncodedScorer#rowMax} gives up and answers 1. */
  static final int MAX_CLASSES_FOR_BOUND = 256;

  static float clamp01(float x) {
    return x <= 0f ? 0f : (x >= 1f ? 1f : x);
  }

  /**
   * A number for the arguments of a {@link dev.reverso.matching.result.Reason}: rounded half up to three decimals
   * (evidence is read by people; the scores themselves keep six).
   */
  public static double num(double x) {
    return Math.round(x * 1000.0) / 1000.0;
  }
}
