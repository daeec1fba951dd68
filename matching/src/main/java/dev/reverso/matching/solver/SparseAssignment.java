package dev.reverso.matching.solver;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problems;
import java.util.Arrays;

/**
 * Maximum-weight assignment of rows to columns with column capacities over sparse candidate lists:
 * each row lists only the columns it may be paired with, with their scores, so memory grows with the
 * number of candidates, not with rows × columns.
 *
 * <p><b>Problem.</b> The same as {@link LinearAssignment}, with every pair outside the candidate lists
 * forbidden: each row in at most one pair, column {@code c} in at most {@code k[c]} pairs, unmatched
 * allowed, total score maximal. Candidates whose score is not positive (negative, zero, NaN, −∞) are
 * never taken: they add nothing or are forbidden.
 *
 * <p><b>Method.</b> Successive shortest augmenting paths with potentials (J. Edmonds and R. M. Karp,
 * "Theoretical improvements in algorithmic efficiency for network flow problems", Journal of the ACM
 * 19(2), 1972; N. Tomizawa, "On some techniques useful for solution of transportation network problems",
 * Networks 1(2), 1971), one Dijkstra search with a binary heap per row over the sparse graph (the
 * sparse setting is also treated by R. Jonker and A. Volgenant, Computing 38, 1987). Costs are
 * {@code -score}; each
 * row also owns a private zero-cost "unmatched" option, so the search from a new row stops at the
 * cheaper of (a) a column with spare capacity, reached through alternating paths that move other rows,
 * or (b) leaving some row on the path unmatched. Full columns pass the search on to all the rows they
 * hold; columns with spare capacity and unmatched options are sinks kept outside the heap, and a full
 * column enters the heap only while it is cheaper than the best sink seen, which only gets cheaper.
 * The private options are implicit: their potential stays 0 while unused, so the option of a row
 * {@code r} reached at distance {@code d} costs {@code d - u(r)}. A row that ends on its own option can
 * never be reached again (only it could), so it stays unmatched for good, which is optimal by the
 * correctness of successive shortest paths on the expanded problem.
 *
 * <p><b>Complexity.</b> O(R · (E + C) · log C) in the worst case for {@code R} rows, {@code C}
 * columns and {@code E} candidates; each search stops at its first sink and usually explores a small
 * neighbourhood (20 000 × 20 000 with 50 candidates per row takes seconds). O(R + C + E) memory.
 *
 * <p><b>Guarantee.</b> A maximum-weight matching within the candidate lists, up to floating-point
 * rounding as described for {@link LinearAssignment}. Deterministic; inputs never modified; stateless
 * and thread-safe.
 */
public final class SparseAssignment {
  private static final int MAX_LISTED_PROBLEMS = 100;
  private static final Runnable NO_CHECKPOINT = () -> { };

  private SparseAssignment() {}

  /**
   * Maximum-weight assignment over per-row candidate lists.
   *
   * @param candidateColumns for each row, the columns it may be paired with, without repeats
   * @param candidateScores for each row, the score of each listed column (same lengths); NaN or −∞
   *     forbids the pair
   * @param columnCapacity how many rows each column may take, each {@code >= 0}
   * @return for each row its column, or −1 if the row is unmatched
   * @throws InvalidInputException if a list is missing, the lengths disagree, a column is out of range
   *     or repeated, a score is {@code +∞} or a capacity is negative; every problem is listed with its
   *     location ({@code candidateColumns[3][2]}, {@code candidateScores[3]}, {@code columnCapacity[1]})
   */
  public static int[] maximize(int[][] candidateColumns, double[][] candidateScores, int[] columnCapacity) {
    requireNonNull(candidateColumns, "candidateColumns");
    requireNonNull(candidateScores, "candidateScores");
    requireNonNull(columnCapacity, "columnCapacity");
    int rows = candidateColumns.length;
    int columns = columnCapacity.length;
    Problems problems = new Problems();
    if (candidateScores.length != rows) {
      problems.error("candidateScores", "expected " + rows + " rows (as candidateColumns), found "
          + candidateScores.length);
    }
    int[] seen = new int[columns];
    Counter listed = new Counter();
    long edges = 0;
    for (int r = 0; r < rows; r++) {
      int[] cols = candidateColumns[r];
      double[] scores = r < candidateScores.length ? candidateScores[r] : null;
      if (cols == null) {
        problems.error("candidateColumns[" + r + "]", "expected a list of columns, found null");
        continue;
      }
      if (r < candidateScores.length && (scores == null || scores.length != cols.length)) {
        problems.error("candidateScores[" + r + "]", "expected " + cols.length
            + " scores (one per candidate column), found " + (scores == null ? "null" : scores.length));
        scores = null;
      }
      edges += cols.length;
      for (int k = 0; k < cols.length; k++) {
        checkEntry(cols[k], scores == null ? 0 : scores[k], r + 1, seen, columns, listed, problems,
            "candidateColumns", "candidateScores", r, k);
      }
    }
    checkCapacities(columnCapacity, problems);
    listed.summarise(problems);
    problems.throwIfErrors();

    int[] start = new int[rows + 1];
    int[] col = new int[Math.toIntExact(edges)];
    double[] cost = new double[col.length];
    int e = 0;
    for (int r = 0; r < rows; r++) {
      int[] cols = candidateColumns[r];
      double[] scores = candidateScores[r];
      for (int k = 0; k < cols.length; k++) {
        if (scores[k] > 0 && columnCapacity[cols[k]] > 0) {
          col[e] = cols[k];
          cost[e++] = -scores[k];
        }
      }
      start[r + 1] = e;
    }
    return new Search(rows, columns, start, col, cost, columnCapacity).run(NO_CHECKPOINT);
  }

  /**
   * Maximum-weight assignment over candidate lists in compressed sparse row form: row {@code r}'s
   * candidates are {@code columns[k]} with score {@code scores[k]} for {@code rowStart[r] <= k <
   * rowStart[r + 1]}.
   *
   * @param rowStart {@code rows + 1} non-decreasing offsets, starting at 0 and ending at
   *     {@code columns.length}
   * @param columns candidate columns, no repeats within a row
   * @param scores candidate scores, same length as {@code columns}; NaN or −∞ forbids the pair
   * @param columnCapacity how many rows each column may take, each {@code >= 0}
   * @return for each of the {@code rowStart.length - 1} rows its column, or −1 if the row is unmatched
   * @throws InvalidInputException if the offsets or lengths are inconsistent, a column is out of range or
   *     repeated within a row, a score is {@code +∞} or a capacity is negative
   */
  public static int[] maximize(int[] rowStart, int[] columns, double[] scores, int[] columnCapacity) {
    return maximize(rowStart, columns, scores, columnCapacity, NO_CHECKPOINT);
  }

  /**
   * As {@link #maximize(int[], int[], double[], int[])}, calling {@code checkpoint} before each row's
   * search so that a long solve can be stopped: whatever the checkpoint throws ends the solve and reaches
   * the caller. The checkpoint should be cheap, such as a deadline or interrupt check.
   */
  public static int[] maximize(int[] rowStart, int[] columns, double[] scores, int[] columnCapacity,
      Runnable checkpoint) {
    requireNonNull(checkpoint, "checkpoint");
    requireNonNull(rowStart, "rowStart");
    requireNonNull(columns, "columns");
    requireNonNull(scores, "scores");
    requireNonNull(columnCapacity, "columnCapacity");
    Problems problems = new Problems();
    int rows = rowStart.length - 1;
    boolean shapeOk = true;
    if (rows < 0) {
      problems.error("rowStart", "expected at least one offset (rows + 1 of them), found none");
      shapeOk = false;
    } else {
      if (rowStart[0] != 0) {
        problems.error("rowStart[0]", "expected 0, found " + rowStart[0]);
        shapeOk = false;
      }
      for (int r = 0; r < rows; r++) {
        if (rowStart[r + 1] < rowStart[r]) {
          problems.error("rowStart[" + (r + 1) + "]", "expected an offset >= " + rowStart[r] + ", found "
              + rowStart[r + 1]);
          shapeOk = false;
        }
      }
      if (rowStart[rows] != columns.length) {
        problems.error("rowStart[" + rows + "]", "expected " + columns.length
            + " (the number of candidates), found " + rowStart[rows]);
        shapeOk = false;
      }
    }
    if (scores.length != columns.length) {
      problems.error("scores", "expected " + columns.length + " scores (one per candidate), found "
          + scores.length);
      shapeOk = false;
    }
    int n = columnCapacity.length;
    if (shapeOk) {
      int[] seen = new int[n];
      Counter listed = new Counter();
      for (int r = 0; r < rows; r++) {
        for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
          checkEntry(columns[k], scores[k], r + 1, seen, n, listed, problems, "columns", "scores", -1, k);
        }
      }
      listed.summarise(problems);
    }
    checkCapacities(columnCapacity, problems);
    problems.throwIfErrors();

    int[] start = new int[rows + 1];
    int[] col = new int[columns.length];
    double[] cost = new double[columns.length];
    int e = 0;
    for (int r = 0; r < rows; r++) {
      for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
        if (scores[k] > 0 && columnCapacity[columns[k]] > 0) {
          col[e] = columns[k];
          cost[e++] = -scores[k];
        }
      }
      start[r + 1] = e;
    }
    return new Search(rows, n, start, col, cost, columnCapacity).run(checkpoint);
  }

  /** Counts problems so that a flood of them is summarised rather than listed. */
  private static final class Counter {
    long count;

    boolean list() {
      return count++ < MAX_LISTED_PROBLEMS;
    }

    void summarise(Problems problems) {
      if (count > MAX_LISTED_PROBLEMS) {
        problems.error("candidates", (count - MAX_LISTED_PROBLEMS) + " more problems with candidates beyond the "
            + MAX_LISTED_PROBLEMS + " listed");
      }
    }
  }

  /**
   * Checks one candidate; locations are {@code name[row][k]}, or {@code name[k]} when {@code row < 0},
   * and are only built for a problem.
   */
  private static void checkEntry(int column, double score, int stamp, int[] seen, int columns, Counter listed,
      Problems problems, String columnName, String scoreName, int row, int k) {
    if (column < 0 || column >= columns) {
      if (listed.list()) {
        problems.error(location(columnName, row, k), "expected a column in [0, " + columns + "), found " + column);
      }
    } else if (seen[column] == stamp) {
      if (listed.list()) {
        problems.error(location(columnName, row, k), "expected each column at most once per row, found "
            + column + " again");
      }
    } else {
      seen[column] = stamp;
    }
    if (score == Double.POSITIVE_INFINITY && listed.list()) {
      problems.error(location(scoreName, row, k), "expected a finite score, NaN or -Infinity, found +Infinity");
    }
  }

  private static String location(String name, int row, int k) {
    return row < 0 ? name + "[" + k + "]" : name + "[" + row + "][" + k + "]";
  }

  private static void checkCapacities(int[] columnCapacity, Problems problems) {
    for (int c = 0; c < columnCapacity.length; c++) {
      if (columnCapacity[c] < 0) {
        problems.error("columnCapacity[" + c + "]", "expected a capacity >= 0, found " + columnCapacity[c]);
      }
    }
  }

  /** The successive-shortest-path search on validated, filtered candidate lists. */
  private static final class Search {
    private final int rows;
    private final int[] start;
    private final int[] col;
    private final double[] cost;
    private final int[] capacity;

    private final double[] u;
    private final double[] v;
    private final int[] columnOfRow;
    private final int[] count;
    private final int[] head;
    private final int[] nextRow;
    private final int[] previousRow;

    // Per-search state; a column's entries are valid only when its stamp equals the current search.
    private final double[] dist;
    private final int[] pred;
    private final int[] stamp;
    private final boolean[] done;
    private final double[] rowDist;
    private final int[] scannedRows;
    private final int[] scannedColumns;
    private final Heap heap;

    Search(int rows, int columns, int[] start, int[] col, double[] cost, int[] capacity) {
      this.rows = rows;
      this.start = start;
      this.col = col;
      this.cost = cost;
      this.capacity = capacity;
      u = new double[rows];
      v = new double[columns];
      columnOfRow = new int[rows];
      Arrays.fill(columnOfRow, -1);
      count = new int[columns];
      head = new int[columns];
      Arrays.fill(head, -1);
      nextRow = new int[rows];
      previousRow = new int[rows];
      dist = new double[columns];
      pred = new int[columns];
      stamp = new int[columns];
      Arrays.fill(stamp, -1);
      done = new boolean[columns];
      rowDist = new double[rows];
      scannedRows = new int[rows];
      scannedColumns = new int[columns];
      heap = new Heap(columns, dist);
    }

    int[] run(Runnable checkpoint) {
      for (int s = 0; s < rows; s++) {
        if (start[s + 1] > start[s]) {
          checkpoint.run();
          augment(s);
        }
      }
      return columnOfRow;
    }

    private int searchId = -1;
    // The cheapest sink seen so far in the current search: a column with spare capacity, or (when
    // sinkColumn < 0) the unmatched option of row sinkRow.
    private double sinkDist;
    private int sinkColumn;
    private int sinkRow;

    /**
     * Relaxes row r's candidates from distance {@code base + u(r)}. Columns with spare capacity are
     * sinks and never enter the heap; a full column enters it only while it could still be popped
     * before the best sink, since the best sink only gets cheaper.
     */
    private void relax(int r, double base) {
      for (int e = start[r], end = start[r + 1]; e < end; e++) {
        int c = col[e];
        double d = base + cost[e] - v[c];
        if (stamp[c] == searchId) {
          if (done[c] || d >= dist[c]) {
            continue;
          }
        } else {
          stamp[c] = searchId;
          done[c] = false;
        }
        dist[c] = d;
        pred[c] = r;
        if (count[c] < capacity[c]) {
          if (d < sinkDist) {
            sinkDist = d;
            sinkColumn = c;
          }
        } else if (d < sinkDist) {
          heap.insertOrDecrease(c);
        }
      }
    }

    private void augment(int source) {
      searchId++;
      int rowsScanned = 0;
      int columnsScanned = 0;
      scannedRows[rowsScanned++] = source;
      rowDist[source] = 0;
      // The source's own unmatched option; a cheaper sink may be found later.
      sinkDist = -u[source];
      sinkColumn = -1;
      sinkRow = source;
      relax(source, -u[source]);
      while (!heap.isEmpty() && dist[heap.peek()] < sinkDist) {
        int c = heap.poll();
        double d = dist[c];
        done[c] = true;
        scannedColumns[columnsScanned++] = c;
        for (int r = head[c]; r >= 0; r = nextRow[r]) {
          scannedRows[rowsScanned++] = r;
          rowDist[r] = d;
          if (d - u[r] < sinkDist) {
            sinkDist = d - u[r];
            sinkColumn = -1;
            sinkRow = r;
          }
          relax(r, d - u[r]);
        }
      }
      heap.clear();

      // Potentials of every finalised node move by (sink distance - its own distance).
      for (int k = 0; k < rowsScanned; k++) {
        int r = scannedRows[k];
        u[r] += sinkDist - rowDist[r];
      }
      for (int k = 0; k < columnsScanned; k++) {
        int c = scannedColumns[k];
        v[c] -= sinkDist - dist[c];
      }

      int c;
      if (sinkColumn >= 0) {
        c = sinkColumn;
        count[c]++;
      } else {
        // sinkRow gives up its column (if any) and stays unmatched for good.
        if (sinkRow == source) {
          return;
        }
        c = columnOfRow[sinkRow];
        unlink(sinkRow, c);
        columnOfRow[sinkRow] = -1;
      }
      while (true) {
        int r = pred[c];
        int previous = columnOfRow[r];
        if (previous >= 0) {
          unlink(r, previous);
        }
        columnOfRow[r] = c;
        nextRow[r] = head[c];
        previousRow[r] = -1;
        if (head[c] >= 0) {
          previousRow[head[c]] = r;
        }
        head[c] = r;
        if (r == source) {
          return;
        }
        c = previous;
      }
    }

    private void unlink(int r, int c) {
      int before = previousRow[r];
      int after = nextRow[r];
      if (before >= 0) {
        nextRow[before] = after;
      } else {
        head[c] = after;
      }
      if (after >= 0) {
        previousRow[after] = before;
      }
    }
  }

  /** Binary min-heap of column indices keyed by {@code dist}, ties broken by the lower index. */
  private static final class Heap {
    private final int[] items;
    private final int[] position;
    private final double[] key;
    private int size;

    Heap(int capacity, double[] key) {
      items = new int[capacity];
      position = new int[capacity];
      Arrays.fill(position, -1);
      this.key = key;
    }

    boolean isEmpty() {
      return size == 0;
    }

    int peek() {
      return items[0];
    }

    void insertOrDecrease(int x) {
      if (position[x] < 0) {
        items[size] = x;
        position[x] = size;
        up(size++);
      } else {
        up(position[x]);
      }
    }

    int poll() {
      int top = items[0];
      position[top] = -1;
      int last = items[--size];
      if (size > 0) {
        items[0] = last;
        position[last] = 0;
        down(0);
      }
      return top;
    }

    void clear() {
      for (int k = 0; k < size; k++) {
        position[items[k]] = -1;
      }
      size = 0;
    }

    private boolean less(int a, int b) {
      return key[a] < key[b] || (key[a] == key[b] && a < b);
    }

    private void up(int k) {
      int x = items[k];
      while (k > 0) {
        int parent = (k - 1) >>> 1;
        int p = items[parent];
        if (!less(x, p)) {
          break;
        }
        items[k] = p;
        position[p] = k;
        k = parent;
      }
      items[k] = x;
      position[x] = k;
    }

    private void down(int k) {
      int x = items[k];
      int half = size >>> 1;
      while (k < half) {
        int child = 2 * k + 1;
        int right = child + 1;
        if (right < size && less(items[right], items[child])) {
          child = right;
        }
        int y = items[child];
        if (!less(y, x)) {
          break;
        }
        items[k] = y;
        position[y] = k;
        k = child;
      }
      items[k] = x;
      position[x] = k;
    }
  }
}
