package dev.reverso.matching.solver;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problems;
import java.util.Arrays;

/**
 * Maximum-cardinality bipartite matching with column capacities: J. E. Hopcroft and R. M. Karp, "An
 * n^5/2 algorithm for maximum matchings in bipartite graphs", SIAM Journal on Computing 2(4), 1973.
 *
 * <p><b>Problem.</b> Rows (capacity 1) and columns (capacity {@code k[c] >= 0}) joined by allowed
 * pairs; find a matching with as many pairs as possible, each row in at most one pair and column
 * {@code c} in at most {@code k[c]}.
 *
 * <p><b>Method.</b> Phases: a breadth-first search from all unmatched rows builds the layers of the
 * shortest alternating paths (row → column by an unmatched pair; a full column → every row it holds),
 * stopping at the first layer that reaches a column with spare capacity; a depth-first search (iterative,
 * so long paths cannot overflow the stack) then augments along a maximal set of shortest paths, marking
 * dead ends. A column of capacity {@code k} behaves like {@code k} interchangeable copies without being
 * expanded.
 *
 * <p><b>Complexity.</b> O(√V) phases, {@code V} = rows plus total capacity (the copies' graph), each
 * O(E + R + C) for {@code E} allowed pairs when capacities are 1, and at worst proportional to the pairs
 * of the copies' graph otherwise. O(R + C) memory beyond the input.
 *
 * <p><b>Guarantee.</b> The result has maximum cardinality. Which maximum matching is returned is
 * deterministic (it depends only on the input and its order). Inputs never modified; stateless and
 * thread-safe.
 */
public final class HopcroftKarp {
  private static final int UNREACHED = Integer.MAX_VALUE;
  private static final int ROWS_PER_CHECKPOINT_MASK = 63;

  private HopcroftKarp() {}

  /**
   * Maximum-cardinality matching.
   *
   * @param adjacency for each row, the columns it may be paired with, without repeats
   * @param columnCapacity how many rows each column may take, each {@code >= 0}
   * @return for each row its column, or −1 if the row is unmatched
   * @throws InvalidInputException if a list is missing, names a column out of range or repeats one, or a
   *     capacity is negative ({@code adjacency[2][1]}, {@code columnCapacity[0]})
   */
  public static int[] maximumMatching(int[][] adjacency, int[] columnCapacity) {
    requireNonNull(adjacency, "adjacency");
    requireNonNull(columnCapacity, "columnCapacity");
    int rows = adjacency.length;
    int columns = columnCapacity.length;
    Problems problems = new Problems();
    int[] seen = new int[columns];
    int[] start = new int[rows + 1];
    for (int r = 0; r < rows; r++) {
      int[] list = adjacency[r];
      if (list == null) {
        problems.error("adjacency[" + r + "]", "expected a list of columns, found null");
        start[r + 1] = start[r];
        continue;
      }
      for (int k = 0; k < list.length; k++) {
        checkColumn(list[k], r + 1, seen, columns, problems, "adjacency[" + r + "]", k);
      }
      start[r + 1] = start[r] + list.length;
    }
    checkCapacities(columnCapacity, problems);
    problems.throwIfErrors();
    int[] flat = new int[start[rows]];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(adjacency[r], 0, flat, start[r], adjacency[r].length);
    }
    return solve(rows, columns, new Sparse(start, flat), columnCapacity, null);
  }

  /**
   * Maximum-cardinality matching on compressed sparse rows: row {@code r}'s columns are
   * {@code columns[k]} for {@code rowStart[r] <= k < rowStart[r + 1]}.
   *
   * @param rowStart {@code rows + 1} non-decreasing offsets, from 0 to {@code columns.length}
   * @param columns the allowed columns of every row, no repeats within a row
   * @param columnCapacity how many rows each column may take, each {@code >= 0}
   * @return for each row its column, or −1 if the row is unmatched
   * @throws InvalidInputException if the offsets are inconsistent, a column is out of range or repeated
   *     within a row, or a capacity is negative
   */
  public static int[] maximumMatching(int[] rowStart, int[] columns, int[] columnCapacity) {
    requireNonNull(rowStart, "rowStart");
    requireNonNull(columns, "columns");
    requireNonNull(columnCapacity, "columnCapacity");
    Problems problems = new Problems();
    int rows = rowStart.length - 1;
    boolean ok = rows >= 0;
    if (!ok) {
      problems.error("rowStart", "expected at least one offset (rows + 1 of them), found none");
    } else {
      if (rowStart[0] != 0) {
        problems.error("rowStart[0]", "expected 0, found " + rowStart[0]);
        ok = false;
      }
      for (int r = 0; r < rows; r++) {
        if (rowStart[r + 1] < rowStart[r]) {
          problems.error("rowStart[" + (r + 1) + "]", "expected an offset >= " + rowStart[r] + ", found "
              + rowStart[r + 1]);
          ok = false;
        }
      }
      if (rowStart[rows] != columns.length) {
        problems.error("rowStart[" + rows + "]", "expected " + columns.length + " (the number of pairs), found "
            + rowStart[rows]);
        ok = false;
      }
    }
    int n = columnCapacity.length;
    if (ok) {
      int[] seen = new int[n];
      for (int r = 0; r < rows; r++) {
        for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
          checkColumn(columns[k], r + 1, seen, n, problems, "columns", k);
        }
      }
    }
    checkCapacities(columnCapacity, problems);
    problems.throwIfErrors();
    return solve(rows, n, new Sparse(rowStart.clone(), columns.clone()), columnCapacity, null);
  }

  private static void checkColumn(int c, int stamp, int[] seen, int columns, Problems problems, String name,
      int k) {
    if (c < 0 || c >= columns) {
      problems.error(name + "[" + k + "]", "expected a column in [0, " + columns + "), found " + c);
    } else if (seen[c] == stamp) {
      problems.error(name + "[" + k + "]", "expected each column at most once per row, found " + c + " again");
    } else {
      seen[c] = stamp;
    }
  }

  static void checkCapacities(int[] columnCapacity, Problems problems) {
    for (int c = 0; c < columnCapacity.length; c++) {
      if (columnCapacity[c] < 0) {
        problems.error("columnCapacity[" + c + "]", "expected a capacity >= 0, found " + columnCapacity[c]);
      }
    }
  }

  /** The allowed pairs, as seen by the search: positions {@code [begin, end)} per row. */
  abstract static class Graph {
    abstract int begin(int row);

    abstract int end(int row);

    /** The column at a position of the row, or −1 if that position is not an allowed pair. */
    abstract int column(int row, int position);
  }

  /** Compressed sparse rows. */
  static final class Sparse extends Graph {
    private final int[] start;
    private final int[] columns;

    Sparse(int[] start, int[] columns) {
      this.start = start;
      this.columns = columns;
    }

    @Override
    int begin(int row) {
      return start[row];
    }

    @Override
    int end(int row) {
      return start[row + 1];
    }

    @Override
    int column(int row, int position) {
      return columns[position];
    }
  }

  /**
   * Maximum matching, starting from a valid matching.
   *
   * @param initial a matching that respects the graph and the capacities, or {@code null} for none
   */
  static int[] solve(int rows, int columns, Graph graph, int[] capacity, int[] initial) {
    return solve(rows, columns, graph, capacity, initial, () -> { });
  }

  /**
   * As {@link #solve(int, int, Graph, int[], int[])}, calling {@code checkpoint} before each phase (at most
   * O(√rows) phases, each O(pairs)) and every 64 rows within a phase's search and augmentation passes;
   * whatever it throws ends the solve.
   */
  static int[] solve(int rows, int columns, Graph graph, int[] capacity, int[] initial, Runnable checkpoint) {
    int[] match = new int[rows];
    int[] load = new int[columns];
    int[] head = new int[columns];
    int[] nextRow = new int[rows];
    int[] previousRow = new int[rows];
    Arrays.fill(match, -1);
    Arrays.fill(head, -1);
    if (initial != null) {
      for (int r = 0; r < rows; r++) {
        if (initial[r] >= 0) {
          link(r, initial[r], match, load, head, nextRow, previousRow);
        }
      }
    }
    int[] dist = new int[rows];
    int[] queue = new int[rows];
    int[] columnSeen = new int[columns];
    int[] stack = new int[rows];
    int[] position = new int[rows];
    int[] inner = new int[rows];
    for (int phase = 1; ; phase++) {
      checkpoint.run();
      // Breadth-first layers from the unmatched rows.
      int tail = 0;
      for (int r = 0; r < rows; r++) {
        if (match[r] < 0 && graph.begin(r) < graph.end(r)) {
          dist[r] = 0;
          queue[tail++] = r;
        } else {
          dist[r] = UNREACHED;
        }
      }
      int limit = UNREACHED;
      for (int q = 0; q < tail; q++) {
        if ((q & ROWS_PER_CHECKPOINT_MASK) == ROWS_PER_CHECKPOINT_MASK) {
          checkpoint.run();
        }
        int r = queue[q];
        if (dist[r] + 1 >= limit) {
          continue;
        }
        for (int p = graph.begin(r), end = graph.end(r); p < end; p++) {
          int c = graph.column(r, p);
          if (c < 0 || c == match[r] || capacity[c] == 0) {
            continue;
          }
          if (load[c] < capacity[c]) {
            limit = dist[r] + 1;
          } else if (columnSeen[c] != phase) {
            columnSeen[c] = phase;
            for (int x = head[c]; x >= 0; x = nextRow[x]) {
              if (dist[x] == UNREACHED) {
                dist[x] = dist[r] + 1;
                queue[tail++] = x;
              }
            }
          }
        }
      }
      if (limit == UNREACHED) {
        return match;
      }

      // Depth-first augmentation along shortest paths, one root at a time.
      for (int q = 0; q < rows; q++) {
        if ((q & ROWS_PER_CHECKPOINT_MASK) == ROWS_PER_CHECKPOINT_MASK) {
          checkpoint.run();
        }
        int root = q;
        if (match[root] >= 0 || dist[root] != 0) {
          continue;
        }
        int top = 0;
        stack[0] = root;
        position[root] = graph.begin(root);
        inner[root] = -2;
        while (top >= 0) {
          int r = stack[top];
          int end = graph.end(r);
          int free = -1;
          boolean pushed = false;
          while (position[r] < end) {
            int c = graph.column(r, position[r]);
            if (c < 0 || c == match[r] || capacity[c] == 0) {
              position[r]++;
              inner[r] = -2;
              continue;
            }
            if (load[c] < capacity[c]) {
              free = c;
              break;
            }
            int x = inner[r] == -2 ? head[c] : inner[r];
            int want = dist[r] + 1;
            while (x >= 0 && !(dist[x] == want && want < limit)) {
              x = nextRow[x];
            }
            if (x >= 0) {
              inner[r] = nextRow[x];
              stack[++top] = x;
              position[x] = graph.begin(x);
              inner[x] = -2;
              pushed = true;
              break;
            }
            position[r]++;
            inner[r] = -2;
          }
          if (free >= 0) {
            // Each row on the path moves to the column the row above it entered by; the top row takes
            // the column with spare capacity.
            int c = free;
            for (int i = top; i >= 0; i--) {
              int x = stack[i];
              int old = match[x];
              if (old >= 0) {
                unlink(x, old, match, load, head, nextRow, previousRow);
              }
              link(x, c, match, load, head, nextRow, previousRow);
              c = old;
            }
            break;
          }
          if (!pushed) {
            dist[r] = UNREACHED;
            top--;
          }
        }
      }
    }
  }

  private static void link(int r, int c, int[] match, int[] load, int[] head, int[] nextRow, int[] previousRow) {
    match[r] = c;
    load[c]++;
    nextRow[r] = head[c];
    previousRow[r] = -1;
    if (head[c] >= 0) {
      previousRow[head[c]] = r;
    }
    head[c] = r;
  }

  private static void unlink(int r, int c, int[] match, int[] load, int[] head, int[] nextRow,
      int[] previousRow) {
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
    match[r] = -1;
    load[c]--;
  }
}
