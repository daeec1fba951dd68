package dev.reverso.matching.solver;

/**
 * The cost rows of a dense rectangular assignment problem, as seen by {@link ShortestAugmentingPaths}.
 *
 * <p>Costs are derived from scores on the fly: the cost of a pair is {@code -score} when the score is
 * positive and {@code 0} otherwise (negative, NaN and −∞ scores all cost 0, exactly like leaving the
 * row unmatched). Keeping the relaxation loop here, once per storage layout, lets the solver read the
 * caller's arrays directly without a copy and without a virtual call per entry.
 */
abstract class RowCosts {

  /**
   * Relaxes every column not yet finalised from row {@code i} and returns the position in
   * {@code remaining} of the one with the smallest tentative distance; among equal distances the last
   * free column listed, or the first column listed when none of them is free.
   *
   * @param i the row being scanned
   * @param base the row's distance minus its potential
   * @param remaining the columns not yet finalised, in increasing order, in its first {@code left} entries
   * @param left how many columns are not yet finalised, at least 1
   * @param dist tentative distance of each column
   * @param pred the row each column was last relaxed from
   * @param v column potentials
   * @param spare negative for a column with spare capacity, positive for a full one
   */
  abstract int relax(int i, double base, int[] remaining, int left, double[] dist, int[] pred, double[] v,
      int[] spare);

  /**
   * Finds the two smallest reduced costs {@code c(i,j) - v(j)} of row {@code i} over all columns: stores
   * them in {@code out[0] <= out[1]} and returns their columns packed as {@code (j1 << 32) | j2}
   * ({@code j2 = -1} when there is a single column). Ties keep the lower column first.
   */
  abstract long twoSmallest(int i, double[] v, double[] out);

  static long pack(int j1, int j2) {
    return ((long) j1 << 32) | (j2 & 0xffffffffL);
  }

  /** Writes the cost of row {@code i} for every column into {@code out}. */
  abstract void load(int i, double[] out);

  /** Rows stored as {@code double} values; row {@code i} starts at {@code offset[i]} of {@code data[i]}. */
  static final class OfDouble extends RowCosts {
    private final double[][] data;
    private final int[] offset;
    private final int[] columnMap;

    /**
     * @param columnMap the stored column of each solver column, or {@code null} when they coincide
     */
    OfDouble(double[][] data, int[] offset, int[] columnMap) {
      this.data = data;
      this.offset = offset;
      this.columnMap = columnMap;
    }

    @Override
    int relax(int i, double base, int[] remaining, int left, double[] dist, int[] pred, double[] v,
        int[] spare) {
      final double[] row = data[i];
      final int off = offset[i];
      final int[] map = columnMap;
      double lowest = Double.POSITIVE_INFINITY;
      int best = -1;
      for (int t = 0; t < left; t++) {
        final int j = remaining[t];
        double s = map == null ? row[off + j] : row[off + map[j]];
        double r = base - v[j] - (s > 0 ? s : 0.0);
        double d = dist[j];
        if (r < d) {
          pred[j] = i;
          dist[j] = r;
          d = r;
        }
        if (d < lowest || (d == lowest && spare[j] < 0)) {
          lowest = d;
          best = t;
        }
      }
      return best;
    }

    @Override
    long twoSmallest(int i, double[] v, double[] out) {
      final double[] row = data[i];
      final int off = offset[i];
      final int[] map = columnMap;
      double best = Double.POSITIVE_INFINITY;
      double second = Double.POSITIVE_INFINITY;
      int j1 = -1;
      int j2 = -1;
      for (int j = 0; j < v.length; j++) {
        double s = map == null ? row[off + j] : row[off + map[j]];
        double h = -v[j] - (s > 0 ? s : 0.0);
        if (h < second) {
          if (h >= best) {
            second = h;
            j2 = j;
          } else {
            second = best;
            j2 = j1;
            best = h;
            j1 = j;
          }
        }
      }
      out[0] = best;
      out[1] = second;
      return pack(j1, j2);
    }

    @Override
    void load(int i, double[] out) {
      final double[] row = data[i];
      final int off = offset[i];
      for (int j = 0; j < out.length; j++) {
        double s = columnMap == null ? row[off + j] : row[off + columnMap[j]];
        out[j] = s > 0 ? -s : 0.0;
      }
    }
  }

  /** Rows stored as {@code float} values; row {@code i} starts at {@code offset[i]} of {@code data}. */
  static final class OfFloat extends RowCosts {
    private final float[] data;
    private final int[] offset;
    private final int[] columnMap;

    /**
     * @param columnMap the stored column of each solver column, or {@code null} when they coincide
     */
    OfFloat(float[] data, int[] offset, int[] columnMap) {
      this.data = data;
      this.offset = offset;
      this.columnMap = columnMap;
    }

    @Override
    int relax(int i, double base, int[] remaining, int left, double[] dist, int[] pred, double[] v,
        int[] spare) {
      final float[] row = data;
      final int off = offset[i];
      final int[] map = columnMap;
      double lowest = Double.POSITIVE_INFINITY;
      int best = -1;
      for (int t = 0; t < left; t++) {
        final int j = remaining[t];
        float s = map == null ? row[off + j] : row[off + map[j]];
        double r = base - v[j] - (s > 0 ? s : 0.0);
        double d = dist[j];
        if (r < d) {
          pred[j] = i;
          dist[j] = r;
          d = r;
        }
        if (d < lowest || (d == lowest && spare[j] < 0)) {
          lowest = d;
          best = t;
        }
      }
      return best;
    }

    @Override
    long twoSmallest(int i, double[] v, double[] out) {
      final float[] row = data;
      final int off = offset[i];
      final int[] map = columnMap;
      double best = Double.POSITIVE_INFINITY;
      double second = Double.POSITIVE_INFINITY;
      int j1 = -1;
      int j2 = -1;
      for (int j = 0; j < v.length; j++) {
        float s = map == null ? row[off + j] : row[off + map[j]];
        double h = -v[j] - (s > 0 ? s : 0.0);
        if (h < second) {
          if (h >= best) {
            second = h;
            j2 = j;
          } else {
            second = best;
            j2 = j1;
            best = h;
            j1 = j;
          }
        }
      }
      out[0] = best;
      out[1] = second;
      return pack(j1, j2);
    }

    @Override
    void load(int i, double[] out) {
      final int off = offset[i];
      for (int j = 0; j < out.length; j++) {
        float s = columnMap == null ? data[off + j] : data[off + columnMap[j]];
        out[j] = s > 0 ? -(double) s : 0.0;
      }
    }
  }

  /**
   * The rows of {@code real} followed by rows of cost 0 everywhere, up to {@code columns} rows: a nearly
   * square problem made square. A zero row is exactly a column left with spare capacity (it adds nothing
   * to any assignment), so the optimum of the padded problem restricted to the real rows is an optimum
   * of the original one.
   */
  static final class Padded extends RowCosts {
    private final RowCosts real;
    private final int realRows;

    Padded(RowCosts real, int realRows) {
      this.real = real;
      this.realRows = realRows;
    }

    @Override
    int relax(int i, double base, int[] remaining, int left, double[] dist, int[] pred, double[] v,
        int[] spare) {
      if (i < realRows) {
        return real.relax(i, base, remaining, left, dist, pred, v, spare);
      }
      double lowest = Double.POSITIVE_INFINITY;
      int best = -1;
      for (int t = 0; t < left; t++) {
        final int j = remaining[t];
        double r = base - v[j];
        double d = dist[j];
        if (r < d) {
          pred[j] = i;
          dist[j] = r;
          d = r;
        }
        if (d < lowest || (d == lowest && spare[j] < 0)) {
          lowest = d;
          best = t;
        }
      }
      return best;
    }

    @Override
    long twoSmallest(int i, double[] v, double[] out) {
      if (i < realRows) {
        return real.twoSmallest(i, v, out);
      }
      double best = Double.POSITIVE_INFINITY;
      double second = Double.POSITIVE_INFINITY;
      int j1 = -1;
      int j2 = -1;
      for (int j = 0; j < v.length; j++) {
        double h = -v[j];
        if (h < second) {
          if (h >= best) {
            second = h;
            j2 = j;
          } else {
            second = best;
            j2 = j1;
            best = h;
            j1 = j;
          }
        }
      }
      out[0] = best;
      out[1] = second;
      return pack(j1, j2);
    }

    @Override
    void load(int i, double[] out) {
      if (i < realRows) {
        real.load(i, out);
      } else {
        java.util.Arrays.fill(out, 0.0);
      }
    }
  }
}
