package dev.reverso.matching.solver;

import java.util.Arrays;

/**
 * Dense rectangular minimum-cost assignment by shortest augmenting paths (Dijkstra with row and column
 * potentials), in the form given by D. F. Crouse, "On implementing 2D rectangular assignment
 * algorithms", IEEE Transactions on Aerospace and Electronic Systems 52(4), 2016, preceded on square
 * problems by the initialisation of R. Jonker and A. Volgenant, "A shortest augmenting path algorithm
 * for dense and sparse linear assignment problems", Computing 38, 1987 (column reduction, reduction
 * transfer and two rounds of augmenting row reduction).
 *
 * <p>Every row is assigned to a column, column {@code j} taking at most {@code capacity(j)} rows (the
 * capacities sum to at least the number of rows); all costs must be finite. Invariant: potentials
 * {@code u} (rows) and {@code v} (columns) with reduced cost {@code c(i,j) - u(i) - v(j) >= 0} for every
 * assigned row and every column, equal to 0 on assigned pairs, and {@code v(j) = 0} on every column with
 * spare capacity (the LP optimality condition of a capacity that may stay unused). For each free row, a
 * Dijkstra search over reduced costs finds the cheapest alternating path to a column with spare
 * capacity, entering a full column's rows at the column's distance; finalised nodes move their
 * potentials by the difference between the sink's distance and theirs, which keeps the invariant and
 * makes the path tight; the path is then flipped. A column only becomes full, never the reverse, so
 * {@code v} changes only on full columns. The Jonker–Volgenant initialisation lowers {@code v} of
 * columns that may end with spare capacity, so it runs only on square problems with unit capacities,
 * where every column ends full. O(rows² · columns) time in the worst case, O(rows + columns) extra
 * memory.
 */
final class ShortestAugmentingPaths {
  private ShortestAugmentingPaths() {}

  /**
   * Minimum-cost assignment of every row, each column taking at most its capacity.
   *
   * @param rows number of rows
   * @param columns number of columns
   * @param capacity capacity of each column, each at least 1, summing to at least {@code rows}
   * @param costs the cost rows
   * @param checkpoint called before each augmentation; what it throws ends the solve
   * @return for each row its column
   */
  static int[] solve(int rows, int columns, int[] capacity, RowCosts costs, Runnable checkpoint) {
    double[] u = new double[rows];
    double[] v = new double[columns];
    int[] columnOfRow = new int[rows];
    int[] count = new int[columns];
    // The rows held by each column, as intrusive doubly linked lists.
    int[] head = new int[columns];
    int[] nextRow = new int[rows];
    int[] previousRow = new int[rows];
    Arrays.fill(columnOfRow, -1);
    Arrays.fill(head, -1);
    int[] free = new int[rows];
    int freeCount;
    boolean unitCapacities = true;
    for (int c = 0; c < columns; c++) {
      unitCapacities &= capacity[c] == 1;
    }
    if (rows == columns && unitCapacities) {
      int[] rowOfColumn = new int[columns];
      Arrays.fill(rowOfColumn, -1);
      freeCount = initialise(rows, costs, u, v, columnOfRow, rowOfColumn, free);
      for (int c = 0; c < columns; c++) {
        if (rowOfColumn[c] >= 0) {
          count[c] = 1;
          head[c] = rowOfColumn[c];
          nextRow[rowOfColumn[c]] = -1;
          previousRow[rowOfColumn[c]] = -1;
        }
      }
    } else {
      for (int i = 0; i < rows; i++) {
        free[i] = i;
      }
      freeCount = rows;
    }

    // A column is "free" while it has spare capacity; the search passes through a full column to all
    // the rows it holds, which are tight (reduced cost 0) and so share its distance.
    int[] full = new int[columns];
    for (int c = 0; c < columns; c++) {
      full[c] = count[c] == capacity[c] ? 1 : -1;
    }
    double[] dist = new double[columns];
    int[] pred = new int[columns];
    boolean[] done = new boolean[columns];
    int[] scannedRows = new int[rows];
    int[] scannedColumns = new int[columns];
    for (int f = 0; f < freeCount; f++) {
      checkpoint.run();
      int current = free[f];
      Arrays.fill(dist, Double.POSITIVE_INFINITY);
      int rowsScanned = 1;
      int columnsScanned = 0;
      scannedRows[0] = current;
      int j = costs.relax(current, -u[current], done, columns, dist, pred, v, full);
      double minimum;
      while (true) {
        minimum = dist[j];
        scannedColumns[columnsScanned++] = j;
        done[j] = true;
        if (count[j] < capacity[j]) {
          break;
        }
        int next = -1;
        for (int r = head[j]; r >= 0; r = nextRow[r]) {
          scannedRows[rowsScanned++] = r;
          next = costs.relax(r, minimum - u[r], done, columns, dist, pred, v, full);
        }
        j = next;
      }
      int sink = j;

      // Every finalised node moves by (sink distance - its own distance).
      u[current] += minimum;
      for (int k = 1; k < rowsScanned; k++) {
        int r = scannedRows[k];
        u[r] += minimum - dist[columnOfRow[r]];
      }
      for (int k = 0; k < columnsScanned; k++) {
        int c = scannedColumns[k];
        v[c] -= minimum - dist[c];
        done[c] = false;
      }

      // Flip the path: each row on it moves to the column it was relaxed into; only the sink gains a row.
      int c = sink;
      if (++count[c] == capacity[c]) {
        full[c] = 1;
      }
      while (true) {
        int r = pred[c];
        int previous = columnOfRow[r];
        if (previous >= 0) {
          int before = previousRow[r];
          int after = nextRow[r];
          if (before >= 0) {
            nextRow[before] = after;
          } else {
            head[previous] = after;
          }
          if (after >= 0) {
            previousRow[after] = before;
          }
        }
        columnOfRow[r] = c;
        nextRow[r] = head[c];
        previousRow[r] = -1;
        if (head[c] >= 0) {
          previousRow[head[c]] = r;
        }
        head[c] = r;
        if (r == current) {
          break;
        }
        c = previous;
      }
    }
    return columnOfRow;
  }

  /**
   * Jonker–Volgenant initialisation of a square problem: assigns part of the rows with feasible
   * potentials and returns how many rows are left free (listed in {@code free}).
   */
  private static int initialise(int n, RowCosts costs, double[] u, double[] v, int[] columnOfRow,
      int[] rowOfColumn, int[] free) {
    double[] row = new double[n];
    int[] argmin = new int[n];
    Arrays.fill(v, Double.POSITIVE_INFINITY);
    for (int i = 0; i < n; i++) {
      costs.load(i, row);
      for (int j = 0; j < n; j++) {
        if (row[j] < v[j]) {
          v[j] = row[j];
          argmin[j] = i;
        }
      }
    }
    // Column reduction: v(j) = min_i c(i,j); a row that is the minimum of several columns keeps the
    // one of smallest v (ties: the one met first, going from the last column down).
    int[] matches = new int[n];
    double[] two = new double[2];
    for (int j = n - 1; j >= 0; j--) {
      int i = argmin[j];
      if (++matches[i] == 1) {
        columnOfRow[i] = j;
        rowOfColumn[j] = i;
      } else if (v[j] < v[columnOfRow[i]]) {
        rowOfColumn[columnOfRow[i]] = -1;
        columnOfRow[i] = j;
        rowOfColumn[j] = i;
      }
    }
    // Reduction transfer: a row that was the minimum of exactly one column hands its second-smallest
    // reduced cost to that column, so the row stays at its minimum while the column becomes dearer.
    int freeCount = 0;
    for (int i = 0; i < n; i++) {
      if (matches[i] == 0) {
        free[freeCount++] = i;
      } else if (matches[i] == 1) {
        int j1 = columnOfRow[i];
        costs.load(i, row);
        double second = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
          if (j != j1 && row[j] - v[j] < second) {
            second = row[j] - v[j];
          }
        }
        if (second < Double.POSITIVE_INFINITY) {
          v[j1] -= second;
        }
      }
    }
    // Augmenting row reduction, at most two rounds: a free row takes its cheapest column and raises
    // that column's price until the row is indifferent to its second cheapest, displacing the previous
    // holder, which is retried at once when the price rose strictly, or in the next round otherwise.
    // Every assigned row stays at its minimum reduced cost throughout. This behaves like an auction
    // with a zero increment: cheap per step, but on some instances it keeps bouncing rows for long.
    // After 3n row scans (measured on uniform random matrices: the sweet spot between 1n and 30n) the
    // rows still free go to the Dijkstra phase, which is valid at any point of this loop.
    long budget = 3L * n;
    for (int round = 0; round < 2; round++) {
      int k = 0;
      int previousFree = freeCount;
      freeCount = 0;
      while (k < previousFree) {
        if (budget-- <= 0) {
          // Out of budget: the rows not yet retried stay free for the augmentation phase.
          while (k < previousFree) {
            free[freeCount++] = free[k++];
          }
          break;
        }
        int i = free[k++];
        long pair = costs.twoSmallest(i, v, two);
        double best = two[0];
        double second = two[1];
        int j1 = (int) (pair >> 32);
        int j2 = (int) pair;
        int i0 = rowOfColumn[j1];
        boolean strict = best < second;
        if (strict) {
          v[j1] -= second - best;
        } else if (i0 >= 0 && j2 >= 0) {
          j1 = j2;
          i0 = rowOfColumn[j2];
        }
        if (i0 >= 0) {
          columnOfRow[i0] = -1;
        }
        columnOfRow[i] = j1;
        rowOfColumn[j1] = i;
        if (i0 >= 0) {
          if (strict) {
            free[--k] = i0;
          } else {
            free[freeCount++] = i0;
          }
        }
      }
    }
    // Row potentials of the assigned rows: reduced cost exactly 0 on their column (the augmentation
    // relies on it) and, up to rounding, >= 0 elsewhere since the column is the row's minimum.
    for (int i = 0; i < n; i++) {
      int j = columnOfRow[i];
      if (j >= 0) {
        costs.load(i, row);
        u[i] = row[j] - v[j];
      }
    }
    return freeCount;
  }
}
