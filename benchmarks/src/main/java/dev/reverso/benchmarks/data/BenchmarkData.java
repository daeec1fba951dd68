package dev.reverso.benchmarks.data;

import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.internal.CompatibilityMatrix;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.SplittableRandom;
import dev.reverso.matching.MatchingProblems;

/**
 * Inputs shared by the benchmarks and the scipy export, so that every solver sees the very same numbers.
 * Everything is a pure function of its arguments: {@link SplittableRandom} for the uniform matrices,
 * {@link SampleOrganization} (itself deterministic) for the mentoring-shaped ones.
 */
public final class BenchmarkData {
  /** The seed every benchmark uses unless it says otherwise. */
  public static final long SEED = 20_261_127L;

  /**
   * People per cohort member asked of {@link SampleOrganization}: mentors come from the juniors and
   * mentees from the managers, and an organisation of 12 people per requested mentor (or mentee) has
   * enough of both (the generator's own example uses 60 000 people for 5 000 × 5 000).
   */
  static final int PEOPLE_PER_MEMBER = 12;

  private BenchmarkData() {}

  /** An {@code n × n} matrix of independent uniform scores in [0, 1). */
  public static double[][] uniform(int n, long seed) {
    return uniform(n, n, seed);
  }

  /** A {@code rows × columns} matrix of independent uniform scores in [0, 1), filled row by row. */
  public static double[][] uniform(int rows, int columns, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] m = new double[rows][columns];
    for (double[] row : m) {
      for (int c = 0; c < columns; c++) {
        row[c] = random.nextDouble();
      }
    }
    return m;
  }

  /** A sample organisation with exactly this cohort; see {@link SampleOrganization}. */
  public static Program organisation(int mentors, int mentees, long seed) {
    // Capped at the generator's maximum: 100 000 x 100 000 is an organisation of a million people.
    int people = (int) Math.min(SampleOrganization.MAX_PEOPLE,
        Math.max(SampleOrganization.DEFAULT_PEOPLE, (long) PEOPLE_PER_MEMBER * Math.max(mentors, mentees)));
    return SampleOrganization.options().people(people).mentors(mentors).mentees(mentees).seed(seed).generate();
  }

  /**
   * The default model's mentees × mentors scores of a sample organisation with {@code n} mentors and
   * {@code n} mentees, NaN where a default constraint forbids the pair: a mentoring-shaped matrix, with
   * many equal scores, unlike a uniform one.
   */
  public static double[][] mentoring(int n, long seed) {
    return mentoring(n, n, seed);
  }

  /** As {@link #mentoring(int, long)} with {@code mentees} rows and {@code mentors} columns. */
  public static double[][] mentoring(int mentees, int mentors, long seed) {
    return CompatibilityMatrix.of(MatchingProblems.of(organisation(mentors, mentees, seed))).toArray();
  }

  /**
   * The matrix a peer that only knows complete assignment problems is given: {@code max(s, 0)}, with 0 for
   * a forbidden (NaN or −∞) pair. A maximum-weight assignment of it, minus its pairs of score 0, is a
   * maximum-weight matching of the original (DESIGN §3: a pair of negative score is never worth taking).
   */
  public static double[][] reduced(double[][] scores) {
    double[][] out = new double[scores.length][];
    for (int r = 0; r < scores.length; r++) {
      double[] row = scores[r];
      double[] o = new double[row.length];
      for (int c = 0; c < row.length; c++) {
        o[c] = row[c] > 0 ? row[c] : 0;
      }
      out[r] = o;
    }
    return out;
  }

  /**
   * The worth of an assignment: the sum of {@code max(s, 0)} over its pairs, NaN and −∞ counting 0, so
   * that a peer that had to fill forbidden or worthless pairs is judged on the same scale as us.
   *
   * @param columnOfRow for each row its column or −1
   */
  public static double total(double[][] scores, int[] columnOfRow) {
    double t = 0;
    for (int r = 0; r < columnOfRow.length; r++) {
      int c = columnOfRow[r];
      if (c >= 0 && scores[r][c] > 0) {
        t += scores[r][c];
      }
    }
    return t;
  }

  /** The kind of score matrix an assignment benchmark runs on. */
  public enum Shape {
    /** Independent uniform scores in [0, 1): no ties, no forbidden pairs. */
    UNIFORM,
    /** Default-model scores of a sample organisation: many ties, some forbidden pairs. */
    MENTORING;

    /** The {@code n × n} matrix of this shape for the seed. */
    public double[][] scores(int n, long seed) {
      return this == UNIFORM ? uniform(n, seed) : mentoring(n, seed);
    }
  }
}
