package dev.reverso.matching.solver;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problems;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Maximum-weight assignment of rows to columns with column capacities, on a dense score matrix.
 *
 * <p><b>Problem.</b> Given scores {@code s[r][c]} for every row {@code r} (say, a mentee) and column
 * {@code c} (a mentor) and a capacity {@code k[c] >= 0} per column, choose a set of pairs such that every
 * row is in at most one pair and every column in at most {@code k[c]} pairs, maximising the sum of the
 * chosen scores. Leaving a row unmatched is always allowed, so this is a maximum-<em>weight</em>
 * matching, not a perfect one: a pair whose score is negative is never worth taking, and pairs of score
 * exactly 0 (which add nothing) are left out of the result. A score of NaN or −∞ forbids the pair. The
 * matrix may be rectangular either way.
 *
 * <p><b>Method.</b> The problem is reduced to a minimum-cost assignment in which every row (or every
 * unit of column capacity, whichever side is smaller) must be assigned, with cost {@code -max(s, 0)}
 * and cost 0 for forbidden pairs. In that complete bipartite graph every matching of positive pairs
 * extends to a full assignment whose extra pairs cost 0 or less, so the optimum cost is exactly minus
 * the optimum weight, and dropping the pairs of non-positive score from it yields a maximum-weight
 * matching. Rows without any positive score are left out, and column {@code c} gets the capacity
 * {@code k'[c] = min(k[c], p[c])}, where {@code p[c]} is the number of rows with a positive score for
 * it. The assignment is solved by shortest augmenting paths: Dijkstra with row and column potentials,
 * one search per row, on flat arrays, as in D. F. Crouse, "On implementing 2D rectangular assignment
 * algorithms", IEEE Transactions on Aerospace and Electronic Systems 52(4), 2016 (the algorithm behind
 * SciPy's {@code linear_sum_assignment}), extended to column capacities (a full column passes the
 * search on to all the rows it holds); problems with unit capacities start from the column reduction,
 * reduction transfer and augmenting row reduction of R. Jonker and A. Volgenant, "A shortest augmenting
 * path algorithm for dense and sparse linear assignment problems", Computing 38, 1987 (square and nearly
 * square ones, padded square with rows of cost 0) or from the augmenting row reduction alone (other
 * rectangular ones), which matters on mentoring-shaped scores: many near-equal values make the later
 * searches long. When
 * the total capacity {@code S = sum(k'[c])} is smaller than the number of useful rows {@code R}, the
 * transposed problem is solved instead, each unit of capacity becoming one row.
 *
 * <p><b>Complexity.</b> O(R² · C) time in the worst case when {@code R <= S} ({@code C} useful
 * columns), O(S² · R) otherwise, and much less on typical data (about 0.1 s for 2 000 × 2 000 uniform
 * random scores on a 2-core machine). O(R + C) extra memory when {@code R <= S}; otherwise one
 * transposed copy of the useful part of the matrix, in the input's element type.
 *
 * <p><b>Guarantee and tolerance.</b> The result is a maximum-weight matching up to floating-point
 * rounding: the potentials are sums of O(R) scores, so a matching whose total is lower than the optimum
 * by less than about {@code R · 1e-15 · max|s|} may be returned instead of the optimum (below
 * {@code 1e-9} relative for any realistic size). With integer scores whose absolute values sum to less
 * than 2^53, every intermediate value is an exact integer and the result is exactly optimal.
 * Deterministic: the same input gives the same output. The inputs are never modified. Stateless and
 * thread-safe.
 */
public final class LinearAssignment {
  private static final int MAX_LISTED_PROBLEMS = 100;
  private static final Runnable NO_CHECKPOINT = () -> { };

  private LinearAssignment() {}

  /**
   * Maximum-weight assignment where every column has capacity 1.
   *
   * @param scores {@code scores[r][c]}; rows must all have the same length
   * @return for each row its column, or −1 if the row is unmatched
   * @throws InvalidInputException if the matrix is ragged or has a {@code +∞} entry
   */
  public static int[] maximize(double[][] scores) {
    requireNonNull(scores, "scores");
    int columns = scores.length == 0 || scores[0] == null ? 0 : scores[0].length;
    int[] capacity = new int[columns];
    Arrays.fill(capacity, 1);
    return maximize(scores, capacity);
  }

  /**
   * Maximum-weight assignment of rows (capacity 1) to columns with the given capacities.
   *
   * @param scores {@code scores[r][c]}: the worth of pairing row {@code r} with column {@code c}; NaN or
   *     −∞ forbids the pair; every row must have {@code columnCapacity.length} entries
   * @param columnCapacity how many rows each column may take, each {@code >= 0}
   * @return for each row its column, or −1 if the row is unmatched
   * @throws InvalidInputException if a row is missing or has the wrong length, an entry is {@code +∞} or
   *     a capacity is negative; every problem is listed with its location ({@code scores[3]},
   *     {@code scores[3][4]}, {@code columnCapacity[2]})
   */
  public static int[] maximize(double[][] scores, int[] columnCapacity) {
    return maximize(scores, columnCapacity, NO_CHECKPOINT);
  }

  /**
   * As {@link #maximize(double[][], int[])}, calling {@code checkpoint} before each augmentation (one per
   * row) so that a long solve can be stopped: whatever the checkpoint throws ends the solve and reaches the
   * caller. The checkpoint should be cheap, such as a deadline or interrupt check.
   */
  public static int[] maximize(double[][] scores, int[] columnCapacity, Runnable checkpoint) {
    requireNonNull(scores, "scores");
    requireNonNull(columnCapacity, "columnCapacity");
    requireNonNull(checkpoint, "checkpoint");
    int rows = scores.length;
    int columns = columnCapacity.length;
    Problems problems = new Problems();
    checkCapacities(columnCapacity, problems);
    int listed = 0;
    long infinite = 0;
    for (int r = 0; r < rows; r++) {
      double[] row = scores[r];
      if (row == null) {
        problems.error("scores[" + r + "]", "expected a row of " + columns + " scores, found null");
      } else if (row.length != columns) {
        problems.error("scores[" + r + "]", "expected " + columns
            + " scores (one per entry of columnCapacity), found " + row.length);
      } else {
        for (int c = 0; c < columns; c++) {
          if (row[c] == Double.POSITIVE_INFINITY && listed++ < MAX_LISTED_PROBLEMS) {
            problems.error("scores[" + r + "][" + c + "]",
                "expected a finite score, NaN or -Infinity, found +Infinity");
          } else if (row[c] == Double.POSITIVE_INFINITY) {
            infinite++;
          }
        }
      }
    }
    reportUnlisted(problems, infinite);
    problems.throwIfErrors();
    int[] offset = new int[rows];
    return solve(new DoubleMatrix(scores, offset, rows, columns), columnCapacity, checkpoint);
  }

  /**
   * Maximum-weight assignment on a flat row-major matrix: the score of row {@code r} and column
   * {@code c} is {@code scores[r * columns + c]}. Same contract as {@link #maximize(double[][], int[])};
   * avoids one array per row.
   *
   * @param scores the {@code rows × columns} scores, row-major
   * @param rows number of rows
   * @param columns number of columns; {@code columnCapacity.length} must equal it
   * @param columnCapacity how many rows each column may take, each {@code >= 0}
   * @return for each row its column, or −1 if the row is unmatched
   * @throws InvalidInputException if the sizes disagree, an entry is {@code +∞} or a capacity is negative
   */
  public static int[] maximize(double[] scores, int rows, int columns, int[] columnCapacity) {
    return maximize(scores, rows, columns, columnCapacity, NO_CHECKPOINT);
  }

  /**
   * As {@link #maximize(double[], int, int, int[])}, calling {@code checkpoint} before each augmentation
   * (one per row) so that a long solve can be stopped: whatever the checkpoint throws ends the solve and
   * reaches the caller. The checkpoint should be cheap, such as a deadline or interrupt check.
   */
  public static int[] maximize(double[] scores, int rows, int columns, int[] columnCapacity, Runnable checkpoint) {
    requireNonNull(scores, "scores");
    requireNonNull(columnCapacity, "columnCapacity");
    requireNonNull(checkpoint, "checkpoint");
    Problems problems = new Problems();
    if (checkShape(scores.length, rows, columns, columnCapacity, problems)) {
      checkNoPlusInfinity(scores.length, columns, k -> scores[k] == Double.POSITIVE_INFINITY, problems);
    }
    checkCapacities(columnCapacity, problems);
    problems.throwIfErrors();
    double[][] data = new double[rows][];
    int[] offset = new int[rows];
    for (int r = 0; r < rows; r++) {
      data[r] = scores;
      offset[r] = r * columns;
    }
    return solve(new DoubleMatrix(data, offset, rows, columns), columnCapacity, checkpoint);
  }

  /**
   * Maximum-weight assignment on a flat row-major {@code float} matrix, half the memory of
   * {@code double} for large programmes (5 000 × 5 000 scores take 100 MB). Scores are widened to
   * {@code double} for the arithmetic. Same contract as {@link #maximize(double[], int, int, int[])}.
   *
   * @param scores the {@code rows × columns} scores, row-major
   * @param rows number of rows
   * @param columns number of columns; {@code columnCapacity.length} must equal it
   * @param columnCapacity how many rows each column may take, each {@code >= 0}
   * @return for each row its column, or −1 if the row is unmatched
   * @throws InvalidInputException if the sizes disagree, an entry is {@code +∞} or a capacity is negative
   */
  public static int[] maximize(float[] scores, int rows, int columns, int[] columnCapacity) {
    return maximize(scores, rows, columns, columnCapacity, NO_CHECKPOINT);
  }

  /**
   * As {@link #maximize(float[], int, int, int[])}, calling {@code checkpoint} before each augmentation
   * (one per row) so that a long solve can be stopped: whatever the checkpoint throws ends the solve and
   * reaches the caller. The checkpoint should be cheap, such as a deadline or interrupt check.
   */
  public static int[] maximize(float[] scores, int rows, int columns, int[] columnCapacity, Runnable checkpoint) {
    requireNonNull(scores, "scores");
    requireNonNull(columnCapacity, "columnCapacity");
    requireNonNull(checkpoint, "checkpoint");
    Problems problems = new Problems();
    if (checkShape(scores.length, rows, columns, columnCapacity, problems)) {
      checkNoPlusInfinity(scores.length, columns, k -> scores[k] == Float.POSITIVE_INFINITY, problems);
    }
    checkCapacities(columnCapacity, problems);
    problems.throwIfErrors();
    int[] offset = new int[rows];
    for (int r = 0; r < rows; r++) {
      offset[r] = r * columns;
    }
    return solve(new FloatMatrix(scores, offset, rows, columns), columnCapacity, checkpoint);
  }

  /** Reports every flat entry {@code k} that is {@code +∞} (the first ones listed, the rest counted). */
  private static void checkNoPlusInfinity(int length, int columns, IntPredicate plusInfinity, Problems problems) {
    int listed = 0;
    long infinite = 0;
    for (int k = 0; k < length; k++) {
      if (plusInfinity.test(k)) {
        if (listed++ < MAX_LISTED_PROBLEMS) {
          problems.error("scores[" + k + "]", "expected a finite score, NaN or -Infinity at row "
              + k / columns + ", column " + k % columns + ", found +Infinity");
        } else {
          infinite++;
        }
      }
    }
    reportUnlisted(problems, infinite);
  }

  private static boolean checkShape(int length, int rows, int columns, int[] columnCapacity, Problems problems) {
    boolean ok = true;
    if (rows < 0) {
      problems.error("rows", "expected a number of rows >= 0, found " + rows);
      ok = false;
    }
    if (columns != columnCapacity.length) {
      problems.error("columns", "expected " + columnCapacity.length
          + " (the length of columnCapacity), found " + columns);
      ok = false;
    }
    if (ok && (long) rows * columns != length) {
      problems.error("scores", "expected " + ((long) rows * columns) + " scores (" + rows + " rows × "
          + columns + " columns), found " + length);
      ok = false;
    }
    return ok;
  }

  private static void checkCapacities(int[] columnCapacity, Problems problems) {
    for (int c = 0; c < columnCapacity.length; c++) {
      if (columnCapacity[c] < 0) {
        problems.error("columnCapacity[" + c + "]", "expected a capacity >= 0, found " + columnCapacity[c]);
      }
    }
  }

  private static void reportUnlisted(Problems problems, long more) {
    if (more > 0) {
      problems.error("scores", "expected finite scores, NaN or -Infinity; " + more
          + " more +Infinity entries beyond the " + MAX_LISTED_PROBLEMS + " listed");
    }
  }

  /** Shared solve on a validated matrix. */
  private static int[] solve(Matrix m, int[] columnCapacity, Runnable checkpoint) {
    int rows = m.rows;
    int columns = m.columns;
    int[] result = new int[rows];
    Arrays.fill(result, -1);
    if (rows == 0 || columns == 0) {
      return result;
    }
    int[] positiveInColumn = new int[columns];
    boolean[] usefulRow = new boolean[rows];
    m.countPositive(positiveInColumn, usefulRow);

    int[] rowIndex = new int[rows];
    int usefulRows = 0;
    for (int r = 0; r < rows; r++) {
      if (usefulRow[r]) {
        rowIndex[usefulRows++] = r;
      }
    }
    // Columns that can be used: k(c) = min(capacity, rows with a positive score) >= 1.
    int[] usefulColumn = new int[columns];
    int[] usefulCapacity = new int[columns];
    int usefulColumns = 0;
    long slots = 0;
    for (int c = 0; c < columns; c++) {
      int k = Math.min(columnCapacity[c], positiveInColumn[c]);
      if (k > 0) {
        usefulColumn[usefulColumns] = c;
        usefulCapacity[usefulColumns++] = k;
        slots += k;
      }
    }
    if (usefulRows == 0 || slots == 0) {
      return result;
    }
    int[] rowSubset = Arrays.copyOf(rowIndex, usefulRows);
    if (usefulRows <= slots) {
      // Every useful row can be assigned: solve over the useful columns with their capacities.
      int[] columnMap = usefulColumns == columns ? null : Arrays.copyOf(usefulColumn, usefulColumns);
      RowCosts costs = m.rowCosts(rowSubset, columnMap);
      int[] assigned = ShortestAugmentingPaths.solve(usefulRows, usefulColumns,
          Arrays.copyOf(usefulCapacity, usefulColumns), costs, checkpoint);
      for (int i = 0; i < usefulRows; i++) {
        int r = rowIndex[i];
        int c = usefulColumn[assigned[i]];
        if (m.get(r, c) > 0) {
          result[r] = c;
        }
      }
    } else {
      // Fewer slots than rows: every slot is assigned a row in the transposed problem.
      int[] slotColumn = new int[(int) slots];
      int s = 0;
      for (int k = 0; k < usefulColumns; k++) {
        for (int t = 0; t < usefulCapacity[k]; t++) {
          slotColumn[s++] = usefulColumn[k];
        }
      }
      RowCosts costs = m.transposedCosts(rowSubset, slotColumn);
      int[] ones = new int[usefulRows];
      Arrays.fill(ones, 1);
      int[] assigned = ShortestAugmentingPaths.solve(slotColumn.length, usefulRows, ones, costs, checkpoint);
      for (int t = 0; t < slotColumn.length; t++) {
        int r = rowIndex[assigned[t]];
        int c = slotColumn[t];
        if (m.get(r, c) > 0) {
          result[r] = c;
        }
      }
    }
    return result;
  }

  /** A validated score matrix in one of the accepted layouts. */
  private abstract static class Matrix {
    final int rows;
    final int columns;

    Matrix(int rows, int columns) {
      this.rows = rows;
      this.columns = columns;
    }

    abstract double get(int r, int c);

    /** Counts, per column, the rows with a positive score, and marks the rows with any positive score. */
    abstract void countPositive(int[] positiveInColumn, boolean[] usefulRow);

    /** Cost rows for the given rows (in this order), over the given columns (null = all, in order). */
    abstract RowCosts rowCosts(int[] rowIndex, int[] columnMap);

    /** Cost rows of the transpose: one row per slot, one column per given row. */
    abstract RowCosts transposedCosts(int[] rowIndex, int[] slotColumn);
  }

  private static final class DoubleMatrix extends Matrix {
    private final double[][] data;
    private final int[] offset;

    DoubleMatrix(double[][] data, int[] offset, int rows, int columns) {
      super(rows, columns);
      this.data = data;
      this.offset = offset;
    }

    @Override
    double get(int r, int c) {
      return data[r][offset[r] + c];
    }

    @Override
    void countPositive(int[] positiveInColumn, boolean[] usefulRow) {
      for (int r = 0; r < rows; r++) {
        double[] row = data[r];
        int off = offset[r];
        boolean any = false;
        for (int c = 0; c < columns; c++) {
          if (row[off + c] > 0) {
            positiveInColumn[c]++;
            any = true;
          }
        }
        usefulRow[r] = any;
      }
    }

    @Override
    RowCosts rowCosts(int[] rowIndex, int[] columnMap) {
      double[][] d = new double[rowIndex.length][];
      int[] o = new int[rowIndex.length];
      for (int i = 0; i < rowIndex.length; i++) {
        d[i] = data[rowIndex[i]];
        o[i] = offset[rowIndex[i]];
      }
      return new RowCosts.OfDouble(d, o, columnMap);
    }

    @Override
    RowCosts transposedCosts(int[] rowIndex, int[] slotColumn) {
      int n = rowIndex.length;
      int[] distinct = distinctColumns(slotColumn, columns);
      int[] start = new int[columns];
      double[] t = new double[Math.multiplyExact(distinct.length, n)];
      for (int k = 0; k < distinct.length; k++) {
        start[distinct[k]] = k * n;
      }
      for (int i = 0; i < n; i++) {
        double[] row = data[rowIndex[i]];
        int off = offset[rowIndex[i]];
        for (int c : distinct) {
          t[start[c] + i] = row[off + c];
        }
      }
      double[][] d = new double[slotColumn.length][];
      int[] o = new int[slotColumn.length];
      for (int s = 0; s < slotColumn.length; s++) {
        d[s] = t;
        o[s] = start[slotColumn[s]];
      }
      return new RowCosts.OfDouble(d, o, null);
    }
  }

  private static final class FloatMatrix extends Matrix {
    private final float[] data;
    private final int[] offset;

    FloatMatrix(float[] data, int[] offset, int rows, int columns) {
      super(rows, columns);
      this.data = data;
      this.offset = offset;
    }

    @Override
    double get(int r, int c) {
      return data[offset[r] + c];
    }

    @Override
    void countPositive(int[] positiveInColumn, boolean[] usefulRow) {
      for (int r = 0; r < rows; r++) {
        int off = offset[r];
        boolean any = false;
        for (int c = 0; c < columns; c++) {
          if (data[off + c] > 0) {
            positiveInColumn[c]++;
            any = true;
          }
        }
        usefulRow[r] = any;
      }
    }

    @Override
    RowCosts rowCosts(int[] rowIndex, int[] columnMap) {
      int[] o = new int[rowIndex.length];
      for (int i = 0; i < rowIndex.length; i++) {
        o[i] = offset[rowIndex[i]];
      }
      return new RowCosts.OfFloat(data, o, columnMap);
    }

    @Override
    RowCosts transposedCosts(int[] rowIndex, int[] slotColumn) {
      int n = rowIndex.length;
      int[] distinct = distinctColumns(slotColumn, columns);
      int[] start = new int[columns];
      float[] t = new float[Math.multiplyExact(distinct.length, n)];
      for (int k = 0; k < distinct.length; k++) {
        start[distinct[k]] = k * n;
      }
      for (int i = 0; i < n; i++) {
        int off = offset[rowIndex[i]];
        for (int c : distinct) {
          t[start[c] + i] = data[off + c];
        }
      }
      int[] o = new int[slotColumn.length];
      for (int s = 0; s < slotColumn.length; s++) {
        o[s] = start[slotColumn[s]];
      }
      return new RowCosts.OfFloat(t, o, null);
    }
  }

  /** The distinct columns of a slot list, which lists each column's slots consecutively. */
  private static int[] distinctColumns(int[] slotColumn, int columns) {
    int[] distinct = new int[Math.min(columns, slotColumn.length)];
    int n = 0;
    for (int s = 0; s < slotColumn.length; s++) {
      if (s == 0 || slotColumn[s] != slotColumn[s - 1]) {
        distinct[n++] = slotColumn[s];
      }
    }
    return Arrays.copyOf(distinct, n);
  }
}
