package dev.reverso.benchmarks.peers;

import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * Google OR-tools as a peer: {@link LinearSumAssignment} (Goldberg–Kennedy cost-scaling push-relabel
 * for the assignment problem) and {@link MinCostFlow} (cost-scaling push-relabel min-cost flow), both
 * native C++ behind JNI, on the integer costs of {@link IntegerCosts}. Native objects are freed with
 * {@code delete()} as soon as their answer is read.
 */
public final class OrTools {
  static {
    Loader.loadNativeLibraries();
  }

  private OrTools() {}

  /** Loads the native libraries (idempotent); call it in {@code @Setup}, not in a timed method. */
  public static void load() {
    // The static initialiser does the work.
  }

  /**
   * A square assignment problem with one arc per cell of {@code scores} (n² JNI calls), cost
   * {@link IntegerCosts#cost}: the "arc building" part of solving with OR-tools.
   */
  public static LinearSumAssignment assignment(double[][] scores) {
    int n = scores.length;
    LinearSumAssignment lsa = new LinearSumAssignment();
    for (int r = 0; r < n; r++) {
      double[] row = scores[r];
      if (row.length != n) {
        lsa.delete();
        throw new IllegalArgumentException("OR-tools LinearSumAssignment needs a square matrix, row " + r
            + " has " + row.length + " columns for " + n + " rows");
      }
      for (int c = 0; c < n; c++) {
        lsa.addArcWithCost(r, c, IntegerCosts.cost(row[c]));
      }
    }
    return lsa;
  }

  /** Solves a built assignment problem, frees it and returns each row's column. */
  public static int[] solve(LinearSumAssignment lsa) {
    try {
      LinearSumAssignment.Status status = lsa.solve();
      if (status != LinearSumAssignment.Status.OPTIMAL) {
        throw new IllegalStateException("OR-tools LinearSumAssignment ended with " + status);
      }
      int n = lsa.getNumNodes();
      int[] columnOfRow = new int[n];
      for (int r = 0; r < n; r++) {
        columnOfRow[r] = lsa.getRightMate(r);
      }
      return columnOfRow;
    } finally {
      lsa.delete();
    }
  }

  /** Builds and solves: the whole cost of using OR-tools' assignment from a score matrix. */
  public static int[] assign(double[][] scores) {
    return solve(assignment(scores));
  }

  /**
   * A maximum-weight, capacitated matching as a min-cost flow: source → each row (capacity 1, cost 0),
   * row → column for every pair of positive score (capacity 1, cost {@code -round(s · SCALE)}), column →
   * sink (capacity {@code columnCapacity[c]}, cost 0), and a bypass source → sink (capacity = rows,
   * cost 0) so that a row may stay unmatched; the source supplies one unit per row. The min cost is minus
   * the maximum integer weight.
   */
  public static Flow flow(double[][] scores, int[] columnCapacity) {
    int rows = scores.length;
    int columns = columnCapacity.length;
    int source = rows + columns;
    int sink = source + 1;
    long pairs = 0;
    for (double[] row : scores) {
      for (double s : row) {
        if (IntegerCosts.gain(s) > 0) {
          pairs++;
        }
      }
    }
    int[] arcRow = new int[Math.toIntExact(pairs)];
    int[] arcColumn = new int[arcRow.length];
    MinCostFlow flow = new MinCostFlow(sink + 1, arcRow.length + rows + columns + 1);
    for (int r = 0; r < rows; r++) {
      flow.addArcWithCapacityAndUnitCost(source, r, 1, 0);
    }
    int first = -1;
    int k = 0;
    for (int r = 0; r < rows; r++) {
      double[] row = scores[r];
      for (int c = 0; c < columns; c++) {
        long gain = IntegerCosts.gain(row[c]);
        if (gain > 0) {
          int arc = flow.addArcWithCapacityAndUnitCost(r, rows + c, 1, -gain);
          if (first < 0) {
            first = arc;
          }
          arcRow[k] = r;
          arcColumn[k++] = c;
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      flow.addArcWithCapacityAndUnitCost(rows + c, sink, columnCapacity[c], 0);
    }
    flow.addArcWithCapacityAndUnitCost(source, sink, rows, 0);
    flow.setNodeSupply(source, rows);
    flow.setNodeSupply(sink, -rows);
    return new Flow(flow, rows, first, arcRow, arcColumn);
  }

  /**
   * The same min-cost flow as {@link #flow(double[][], int[])} on candidate lists in compressed sparse rows
   * (row {@code r}'s pairs are {@code columns[k]}, {@code scores[k]} for {@code rowStart[r] <= k <
   * rowStart[r + 1]}): the graph {@code SparseAssignment} solves, for comparing the solve stage alone.
   */
  public static Flow flow(int[] rowStart, int[] columns, double[] scores, int[] columnCapacity) {
    int rows = rowStart.length - 1;
    int source = rows + columnCapacity.length;
    int sink = source + 1;
    int pairs = 0;
    for (double s : scores) {
      if (IntegerCosts.gain(s) > 0) {
        pairs++;
      }
    }
    int[] arcRow = new int[pairs];
    int[] arcColumn = new int[pairs];
    MinCostFlow flow = new MinCostFlow(sink + 1, pairs + rows + columnCapacity.length + 1);
    for (int r = 0; r < rows; r++) {
      flow.addArcWithCapacityAndUnitCost(source, r, 1, 0);
    }
    int first = -1;
    int k = 0;
    for (int r = 0; r < rows; r++) {
      for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
        long gain = IntegerCosts.gain(scores[e]);
        if (gain > 0) {
          int arc = flow.addArcWithCapacityAndUnitCost(r, rows + columns[e], 1, -gain);
          if (first < 0) {
            first = arc;
          }
          arcRow[k] = r;
          arcColumn[k++] = columns[e];
        }
      }
    }
    for (int c = 0; c < columnCapacity.length; c++) {
      flow.addArcWithCapacityAndUnitCost(rows + c, sink, columnCapacity[c], 0);
    }
    flow.addArcWithCapacityAndUnitCost(source, sink, rows, 0);
    flow.setNodeSupply(source, rows);
    flow.setNodeSupply(sink, -rows);
    return new Flow(flow, rows, first, arcRow, arcColumn);
  }

  /** Solves a flow built by {@link #flow}, frees it and returns each row's column or −1. */
  public static int[] solve(Flow problem) {
    MinCostFlow flow = problem.flow;
    try {
      MinCostFlowBase.Status status = flow.solve();
      if (status != MinCostFlowBase.Status.OPTIMAL) {
        throw new IllegalStateException("OR-tools MinCostFlow ended with " + status);
      }
      int[] columnOfRow = new int[problem.rows];
      java.util.Arrays.fill(columnOfRow, -1);
      for (int k = 0; k < problem.arcRow.length; k++) {
        if (flow.getFlow(problem.firstPairArc + k) > 0) {
          columnOfRow[problem.arcRow[k]] = problem.arcColumn[k];
        }
      }
      return columnOfRow;
    } finally {
      flow.delete();
    }
  }

  /** Builds and solves: the whole cost of using OR-tools' min-cost flow from a score matrix. */
  public static int[] match(double[][] scores, int[] columnCapacity) {
    return solve(flow(scores, columnCapacity));
  }

  /** A built min-cost flow and the (row, column) of each of its pair arcs, which are consecutive. */
  public static final class Flow {
    final MinCostFlow flow;
    final int rows;
    final int firstPairArc;
    final int[] arcRow;
    final int[] arcColumn;

    Flow(MinCostFlow flow, int rows, int firstPairArc, int[] arcRow, int[] arcColumn) {
      this.flow = flow;
      this.rows = rows;
      this.firstPairArc = firstPairArc;
      this.arcRow = arcRow;
      this.arcColumn = arcColumn;
    }
  }
}
