package dev.reverso.matching.internal;

import dev.reverso.matching.result.MatchingOptions;
import java.util.Arrays;

/**
 * Maximum-weight b-matching on a bipartite graph with capacities on both sides and unit edges: rows
 * (mentees) with capacity {@code a[j]}, columns (mentors) with capacity {@code b[i]}, each listed pair used
 * at most once. It is the exact fallback of the assignment engine for mentees with capacity above 1, whose
 * slot reduction may pick the same mentor twice.
 *
 * <p>Method: successive shortest paths on the flow network source → row → column → sink with costs
 * {@code -w} on the pair arcs (J. Edmonds and R. M. Karp, Journal of the ACM 19(2), 1972; N. Tomizawa,
 * Networks 1(2), 1971): Dijkstra with node potentials, one unit per path, stopping as soon as the cheapest
 * path no longer has negative cost. Path costs never decrease, and the cost of a minimum-cost flow is convex
 * in its value, so the flow at that point is a minimum-cost flow of any value: a maximum-weight
 * b-matching. Initial potentials come from the acyclic start network (a column's potential is minus its
 * best weight). O(F · (E + V) log E) time for F units of flow, O(E + V) memory. Stops promptly at a
 * deadline: one check per path. Deterministic (ties by node index). Internal: public only for the
 * strategy packages.
 */
public final class MinCostFlowMatching {
  private MinCostFlowMatching() {}

  /**
   * Solves the matching.
   *
   * @param rows number of rows
   * @param columns number of columns
   * @param start CSR offsets of each row's pairs ({@code rows + 1} entries)
   * @param col column of each pair
   * @param weight weight of each pair; only positive weights are used
   * @param rowCapacity capacity of each row
   * @param columnCapacity capacity of each column
   * @param options for stop requests between paths
   * @return for each pair whether it is in the matching
   */
  public static boolean[] solve(int rows, int columns, int[] start, int[] col, double[] weight, int[] rowCapacity,
      int[] columnCapacity, MatchingOptions options) {
    return run(rows, columns, start, col, weight, rowCapacity, columnCapacity, options).used;
  }

  /**
   * Solves the same matching exactly, but runs the flow on a pruned arc set and proves the result optimal
   * for all arcs, for dense graphs whose rows and columns have small capacities (shortlists: every person
   * receives a few suggestions out of thousands of admissible partners).
   *
   * <p>Method: the flow runs on the union of each row's best {@code 3·a + 8} arcs and each column's best
   * {@code 3·b + 8} arcs (by weight, ties by position). At the end, the node potentials of the last
   * shortest-path search, capped so that the return arc sink → source also has a non-negative reduced cost,
   * are a certificate: if no left-out arc has a negative reduced cost under them, the residual network of
   * the whole graph has no negative cycle, so the matching is optimal for the whole graph (LP duality; the
   * b-matching polytope of a bipartite graph is integral). Otherwise every violating arc joins the set and
   * the flow runs again; this repeats until the certificate holds, which it must once the set is complete.
   * The result has the same total weight as {@link #solve}; among several optimal matchings it may choose
   * another one. Deterministic. Time: the flow on the pruned set per round plus O(E) per check.
   *
   * @param rows number of rows
   * @param columns number of columns
   * @param start CSR offsets of each row's pairs ({@code rows + 1} entries)
   * @param col column of each pair
   * @param weight weight of each pair; only positive weights are used
   * @param rowCapacity capacity of each row
   * @param columnCapacity capacity of each column
   * @param options for stop requests between paths
   * @return for each pair whether it is in the matching
   */
  public static boolean[] solvePruned(int rows, int columns, int[] start, int[] col, double[] weight,
      int[] rowCapacity, int[] columnCapacity, MatchingOptions options) {
    return solvePruned(rows, columns, start, col, weight, rowCapacity, columnCapacity, options, new int[1]);
  }

  /** As {@link #solvePruned}, counting the flow runs in {@code rounds[0]} (for tests). */
  static boolean[] solvePruned(int rows, int columns, int[] start, int[] col, double[] weight, int[] rowCapacity,
      int[] columnCapacity, MatchingOptions options, int[] rounds) {
    int edges = start[rows];
    boolean[] kept = new boolean[edges];
    keepBestOfRows(rows, start, weight, rowCapacity, kept);
    keepBestOfColumns(rows, columns, start, col, weight, columnCapacity, kept);
    while (true) {
      int[] subStart = new int[rows + 1];
      int count = 0;
      for (int r = 0; r < rows; r++) {
        for (int e = start[r]; e < start[r + 1]; e++) {
          if (kept[e]) {
            count++;
          }
        }
        subStart[r + 1] = count;
      }
      int[] subCol = new int[count];
      double[] subWeight = new double[count];
      int[] original = new int[count];
      int x = 0;
      for (int e = 0; e < edges; e++) {
        if (kept[e]) {
          subCol[x] = col[e];
          subWeight[x] = weight[e];
          original[x++] = e;
        }
      }
      Flow flow = run(rows, columns, subStart, subCol, subWeight, rowCapacity, columnCapacity, options);
      rounds[0]++;
      boolean violated = false;
      for (int r = 0; r < rows; r++) {
        for (int e = start[r]; e < start[r + 1]; e++) {
          // a left-out arc r -> column, cost -w: negative reduced cost means it could improve the matching
          double reduced = -weight[e] + flow.potential[r] - flow.potential[rows + col[e]];
          if (!kept[e] && weight[e] > 0 && reduced < -CERTIFICATE_SLACK) {
            kept[e] = true;
            violated = true;
          }
        }
      }
      if (!violated) {
        boolean[] used = new boolean[edges];
        for (int i = 0; i < count; i++) {
          used[original[i]] = flow.used[i];
        }
        return used;
      }
    }
  }

  /** Reduced costs above {@code -CERTIFICATE_SLACK} count as non-negative (floating-point sums of scores). */
  static final double CERTIFICATE_SLACK = 1e-9;

  private static void keepBestOfRows(int rows, int[] start, double[] weight, int[] rowCapacity, boolean[] kept) {
    for (int r = 0; r < rows; r++) {
      keepBest(start[r], start[r + 1], null, weight, 3L * rowCapacity[r] + 8, kept);
    }
  }

  private static void keepBestOfColumns(int rows, int columns, int[] start, int[] col, double[] weight,
      int[] columnCapacity, boolean[] kept) {
    int edges = start[rows];
    int[] byColumnStart = new int[columns + 1];
    for (int e = 0; e < edges; e++) {
      byColumnStart[col[e] + 1]++;
    }
    for (int c = 0; c < columns; c++) {
      byColumnStart[c + 1] += byColumnStart[c];
    }
    int[] fill = Arrays.copyOf(byColumnStart, columns);
    int[] byColumn = new int[edges];
    for (int e = 0; e < edges; e++) {
      byColumn[fill[col[e]]++] = e;
    }
    for (int c = 0; c < columns; c++) {
      keepBest(byColumnStart[c], byColumnStart[c + 1], byColumn, weight, 3L * columnCapacity[c] + 8, kept);
    }
  }

  /**
   * Marks the {@code limit} heaviest positive arcs among positions {@code from..to} (arc {@code e} at position
   * {@code p} is {@code index == null ? p : index[p]}); ties by position, so the choice is deterministic.
   */
  private static void keepBest(int from, int to, int[] index, double[] weight, long limit, boolean[] kept) {
    int size = to - from;
    if (size <= limit) {
      for (int p = from; p < to; p++) {
        kept[index == null ? p : index[p]] = true;
      }
      return;
    }
    Integer[] order = new Integer[size];
    for (int p = 0; p < size; p++) {
      order[p] = index == null ? from + p : index[from + p];
    }
    Arrays.sort(order, (a, b) -> {
      int byWeight = Double.compare(weight[b], weight[a]);
      return byWeight != 0 ? byWeight : Integer.compare(a, b);
    });
    for (int p = 0; p < limit; p++) {
      kept[order[p]] = true;
    }
  }

  /** A solved flow: the pairs used and node potentials that certify it (see {@link #solvePruned}). */
  private record Flow(boolean[] used, double[] potential) {}

  /** The successive-shortest-path loop; see the class comment. */
  private static Flow run(int rows, int columns, int[] start, int[] col, double[] weight, int[] rowCapacity,
      int[] columnCapacity, MatchingOptions options) {
    int edges = start[rows];
    // Pairs by column, for the backward arcs.
    int[] byColumnStart = new int[columns + 1];
    for (int e = 0; e < edges; e++) {
      byColumnStart[col[e] + 1]++;
    }
    for (int c = 0; c < columns; c++) {
      byColumnStart[c + 1] += byColumnStart[c];
    }
    int[] fill = Arrays.copyOf(byColumnStart, columns);
    int[] byColumn = new int[edges];
    int[] rowOf = new int[edges];
    for (int r = 0; r < rows; r++) {
      for (int e = start[r]; e < start[r + 1]; e++) {
        rowOf[e] = r;
        byColumn[fill[col[e]]++] = e;
      }
    }
    int source = rows + columns;
    int sink = source + 1;
    int nodes = sink + 1;
    double[] pi = new double[nodes];
    double lowest = 0;
    for (int e = 0; e < edges; e++) {
      if (weight[e] > 0) {
        int c = rows + col[e];
        pi[c] = Math.min(pi[c], -weight[e]);
        lowest = Math.min(lowest, pi[c]);
      }
    }
    pi[sink] = lowest;

    boolean[] used = new boolean[edges];
    int[] rowLoad = new int[rows];
    int[] columnLoad = new int[columns];
    double[] dist = new double[nodes];
    int[] predNode = new int[nodes];
    int[] predEdge = new int[nodes];
    boolean[] done = new boolean[nodes];
    Heap heap = new Heap(16 + nodes);
    while (true) {
      options.checkpoint();
      Arrays.fill(dist, Double.POSITIVE_INFINITY);
      Arrays.fill(done, false);
      heap.clear();
      dist[source] = 0;
      heap.push(0, source);
      while (!heap.isEmpty()) {
        double d = heap.topKey();
        int u = heap.pop();
        if (done[u] || d > dist[u]) {
          continue;
        }
        done[u] = true;
        if (u == sink) {
          break;
        }
        if (u == source) {
          for (int r = 0; r < rows; r++) {
            if (rowLoad[r] < rowCapacity[r]) {
              relax(heap, dist, predNode, predEdge, done, u, r, -1, d + Math.max(0, pi[u] - pi[r]));
            }
          }
        } else if (u < rows) {
          for (int e = start[u]; e < start[u + 1]; e++) {
            if (!used[e] && weight[e] > 0) {
              int v = rows + col[e];
              relax(heap, dist, predNode, predEdge, done, u, v, e, d + Math.max(0, -weight[e] + pi[u] - pi[v]));
            }
          }
        } else {
          int c = u - rows;
          for (int x = byColumnStart[c]; x < byColumnStart[c + 1]; x++) {
            int e = byColumn[x];
            if (used[e]) {
              int v = rowOf[e];
              relax(heap, dist, predNode, predEdge, done, u, v, e, d + Math.max(0, weight[e] + pi[u] - pi[v]));
            }
          }
          if (columnLoad[c] < columnCapacity[c]) {
            relax(heap, dist, predNode, predEdge, done, u, sink, -1, d + Math.max(0, pi[u] - pi[sink]));
          }
        }
      }
      double toSink = dist[sink];
      if (toSink == Double.POSITIVE_INFINITY || toSink + pi[sink] - pi[source] >= -1e-12) {
        // Potentials raised by min(dist, cap) keep every residual reduced cost non-negative (nodes not settled
        // have a distance of at least toSink >= cap); the cap makes the return arc sink -> source non-negative too.
        double cap = Math.max(0, pi[source] - pi[sink]);
        for (int v = 0; v < nodes; v++) {
          pi[v] += Math.min(done[v] ? dist[v] : Double.POSITIVE_INFINITY, cap);
        }
        break;
      }
      for (int v = 0; v < nodes; v++) {
        pi[v] += Math.min(dist[v], toSink);
      }
      int v = sink;
      while (v != source) {
        int u = predNode[v];
        int e = predEdge[v];
        if (v == sink) {
          columnLoad[u - rows]++;
        } else if (u == source) {
          rowLoad[v]++;
        } else {
          used[e] = u < rows; // forward arc row -> column takes the pair; backward arc gives it up
        }
        v = u;
      }
    }
    return new Flow(used, pi);
  }

  private static void relax(Heap heap, double[] dist, int[] predNode, int[] predEdge, boolean[] done, int u,
      int v, int e, double d) {
    if (!done[v] && d < dist[v]) {
      dist[v] = d;
      predNode[v] = u;
      predEdge[v] = e;
      heap.push(d, v);
    }
  }

  /** Binary min-heap of (key, node), lazy deletion, ties by node index; {@link GroupBoundedFlow} uses it too. */
  static final class Heap {
    private double[] keys;
    private int[] items;
    private int size;

    Heap(int capacity) {
      keys = new double[capacity];
      items = new int[capacity];
    }

    boolean isEmpty() {
      return size == 0;
    }

    void clear() {
      size = 0;
    }

    double topKey() {
      return keys[0];
    }

    void push(double key, int item) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        items = Arrays.copyOf(items, size * 2);
      }
      int k = size++;
      while (k > 0) {
        int parent = (k - 1) >>> 1;
        if (!less(key, item, keys[parent], items[parent])) {
          break;
        }
        keys[k] = keys[parent];
        items[k] = items[parent];
        k = parent;
      }
      keys[k] = key;
      items[k] = item;
    }

    int pop() {
      int top = items[0];
      double key = keys[--size];
      int item = items[size];
      int k = 0;
      int half = size >>> 1;
      while (k < half) {
        int child = 2 * k + 1;
        if (child + 1 < size && less(keys[child + 1], items[child + 1], keys[child], items[child])) {
          child++;
        }
        if (!less(keys[child], items[child], key, item)) {
          break;
        }
        keys[k] = keys[child];
        items[k] = items[child];
        k = child;
      }
      keys[k] = key;
      items[k] = item;
      return top;
    }

    private static boolean less(double a, int ia, double b, int ib) {
      return a < b || (a == b && ia < ib);
    }
  }
}
