package dev.reverso.matching.internal;

import static java.util.Objects.requireNonNull;

import java.util.stream.IntStream;
import dev.reverso.matching.spi.MatchingProblem;

/**
 * The dense score matrix of a {@link MatchingProblem}: <b>rows are mentees, columns are mentors</b> (the
 * shape {@code LinearAssignment.maximize(double[][] scores, int[] columnCapacity)} takes, with mentor
 * capacities as column capacities). A forbidden pair holds NaN.
 *
 * <p>Rows are computed in parallel with a parallel stream, so in the caller's {@code ForkJoinPool} when
 * called from inside one (else the common pool); each row is written by one task only, so the matrix is
 * identical whatever the number of threads. Scores are stored as {@code float} (4 bytes per pair: 100 MB
 * for 5 000 × 5 000); {@link #get(int, int)} is {@code (float) problem.score(mentor, mentee)}. Immutable
 * and thread-safe.
 */
public final class CompatibilityMatrix {
  private final float[][] rows;
  private final int[] mentorCapacity;
  private final int[] menteeCapacity;

  private CompatibilityMatrix(float[][] rows, int[] mentorCapacity, int[] menteeCapacity) {
    this.rows = rows;
    this.mentorCapacity = mentorCapacity;
    this.menteeCapacity = menteeCapacity;
  }

  /** Computes the matrix of every (mentee, mentor) pair: O(mentees × mentors) scores and checks. */
  public static CompatibilityMatrix of(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    int mentees = problem.menteeCount();
    int mentors = problem.mentorCount();
    float[][] rows = new float[mentees][];
    IntStream.range(0, mentees).parallel().forEach(j -> {
      float[] row = new float[mentors];
      boolean[] allowed = new boolean[mentors];
      problem.allowedRow(j, allowed);
      double[] scores = new double[mentors];
      problem.scoreRow(j, allowed, scores);
      for (int i = 0; i < mentors; i++) {
        row[i] = allowed[i] ? (float) scores[i] : Float.NaN;
      }
      rows[j] = row;
    });
    return new CompatibilityMatrix(rows, problem.mentorCapacities(), problem.menteeCapacities());
  }

  /** The number of rows: mentees. */
  public int rowCount() {
    return rows.length;
  }

  /** The number of columns: mentors. */
  public int columnCount() {
    return mentorCapacity.length;
  }

  /** The score of mentee {@code mentee} (row) with mentor {@code mentor} (column); NaN if forbidden. */
  public float get(int mentee, int mentor) {
    return rows[mentee][mentor];
  }

  /** Whether the pair (row {@code mentee}, column {@code mentor}) is allowed. */
  public boolean allowed(int mentee, int mentor) {
    return !Float.isNaN(rows[mentee][mentor]);
  }

  /** A copy of one row: the scores of mentee {@code mentee} with every mentor, NaN where forbidden. */
  public float[] row(int mentee) {
    return rows[mentee].clone();
  }

  /** The number of allowed mentors of a mentee. */
  public int feasibleCount(int mentee) {
    int n = 0;
    for (float v : rows[mentee]) {
      if (v == v) {
        n++;
      }
    }
    return n;
  }

  /**
   * A fresh {@code double[mentees][mentors]} copy, NaN where forbidden: the input of
   * {@code LinearAssignment.maximize}. Doubles the memory of the matrix for as long as it is kept.
   */
  public double[][] toArray() {
    double[][] out = new double[rows.length][];
    for (int j = 0; j < rows.length; j++) {
      float[] row = rows[j];
      double[] d = new double[row.length];
      for (int i = 0; i < row.length; i++) {
        d[i] = row[i];
      }
      out[j] = d;
    }
    return out;
  }

  /** The column capacities: every mentor's capacity, by mentor index. A fresh array. */
  public int[] columnCapacities() {
    return mentorCapacity.clone();
  }

  /** The row capacities: every mentee's capacity, by mentee index. A fresh array. */
  public int[] rowCapacities() {
    return menteeCapacity.clone();
  }

  /** Sizes only. */
  @Override
  public String toString() {
    return "CompatibilityMatrix[mentees=" + rows.length + ", mentors=" + mentorCapacity.length + "]";
  }
}
