package dev.reverso.matching.internal;

import dev.reverso.matching.result.MatchingOptions;
import java.util.Arrays;

/**
 * Maximum-weight b-matching in which each group of columns (mentors) must have at least a given number of
 * distinct matched columns: the exact solver behind representation bounds. Internal.
 *
 * <p><b>Network.</b> source → row r (capacity {@code a[r]}, cost 0); row r → column c for each listed pair
 * (capacity 1, cost {@code -w}); column c → its group node (capacity 1, cost 0: the column's <em>first</em>
 * unit, so each unit through a group node is a distinct column) and column c → sink (capacity
 * {@code b[c] - 1}, cost 0: its further units); group g → sink twice: a <em>required</em> arc of capacity
 * {@code L[g]} and cost {@code -M}, and a free arc of unbounded capacity and cost 0. A column already matched
 * before (a kept pair) sends all its units straight to the sink: it counts for its group already, which the
 * caller subtracts from {@code L}.
 *
 * <p><b>Why it is exact.</b> With {@code M} larger than the weight of any matching, a minimum-cost flow
 * (of any value) first carries as many required units as possible and then, among those flows, has the
 * largest weight. Every matching in which group g has at least {@code L[g]} distinct columns is such a
 * flow with all {@code ΣL} required units (route one unit of {@code L[g]} of those columns through the
 * required arc), and every such flow is such a matching; so when {@code ΣL} required units are reached,
 * the flow is a maximum-weight matching meeting every bound, and otherwise no matching meets them all. This
 * is the standard reduction of lower bounds to costs (the bounds as lexicographically first objective);
 * the flow network is integral, so the optimum is a matching.
 *
 * <p><b>Method.</b> Successive shortest paths (Edmonds &amp; Karp, JACM 19(2), 1972) with Dijkstra on reduced
 * costs; the start network is acyclic, so one pass in topological order gives the initial potentials.
 * Stops at the first path of non-negative cost (the cost of a minimum-cost flow is convex in its value).
 * O(F · E log V) for F units; O(E) memory for the E = pairs + rows + 2·columns + 2·groups arcs.
 * Deterministic (ties by node index). One {@link MatchingOptions#checkpoint()} per path.
 */
public final class GroupBoundedFlow {
  private GroupBoundedFlow() {}

  /** Which pairs are used, and how many required units each group got. */
  public static final class Solution {
    /** For each listed pair, whether it is in the matching. */
    public final boolean[] used;
    /** For each group, how many of its {@code L[g]} required units were met. */
    public final int[] met;

    Solution(boolean[] used, int[] met) {
      this.used = used;
      this.met = met;
    }
  }

  /**
   * Solves the bounded matching.
   *
   * @param rows number of rows (mentees)
   * @param columns number of columns (mentors)
   * @param start CSR offsets of each row's pairs
   * @param col column of each pair
   * @param weight weight of each pair, in [0, 1]; only positive weights are used
   * @param rowCapacity capacity of each row
   * @param columnCapacity capacity of each column
   * @param group group of each column, in {@code 0..groups-1}
   * @param alreadyMatched columns that count for their group already (their units bypass the group node)
   * @param lower minimum number of further distinct matched columns per group
   * @param options for stop requests
   */
  public static Solution solve(int rows, int columns, int[] start, int[] col, double[] weight, int[] rowCapacity,
      int[] columnCapacity, int[] group, boolean[] alreadyMatched, int[] lower, MatchingOptions options) {
    int groups = lower.length;
    int source = 0;
    int firstRow = 1;
    int firstColumn = firstRow + rows;
    int firstGroup = firstColumn + columns;
    int sink = firstGroup + groups;
    int nodes = sink + 1;
    double big = 1;
    for (int r = 0; r < rows; r++) {
      double best = 0;
      for (int e = start[r]; e < start[r + 1]; e++) {
        best = Math.max(best, weight[e]);
      }
      big += best * rowCapacity[r];
    }
    Graph g = new Graph(nodes, 2 * (rows + start[rows] + 2 * columns + 2 * groups));
    for (int r = 0; r < rows; r++) {
      g.add(source, firstRow + r, rowCapacity[r], 0);
    }
    int[] pairArc = new int[start[rows]];
    Arrays.fill(pairArc, -1);
    for (int r = 0; r < rows; r++) {
      for (int e = start[r]; e < start[r + 1]; e++) {
        if (weight[e] > 0) {
          pairArc[e] = g.add(firstRow + r, firstColumn + col[e], 1, -weight[e]);
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      int cap = columnCapacity[c];
      if (cap <= 0) {
        continue;
      }
      if (alreadyMatched[c]) {
        g.add(firstColumn + c, sink, cap, 0);
      } else {
        g.add(firstColumn + c, firstGroup + group[c], 1, 0);
        if (cap > 1) {
          g.add(firstColumn + c, sink, cap - 1, 0);
        }
      }
    }
    int[] requiredArc = new int[groups];
    for (int k = 0; k < groups; k++) {
      requiredArc[k] = lower[k] > 0 ? g.add(firstGroup + k, sink, lower[k], -big) : -1;
      g.add(firstGroup + k, sink, Integer.MAX_VALUE / 2, 0);
    }
    g.run(source, sink, options);
    boolean[] used = new boolean[start[rows]];
    for (int e = 0; e < used.length; e++) {
      used[e] = pairArc[e] >= 0 && g.flow(pairArc[e]) > 0;
    }
    int[] met = new int[groups];
    for (int k = 0; k < groups; k++) {
      met[k] = requiredArc[k] < 0 ? 0 : g.flow(requiredArc[k]);
    }
    return new Solution(used, met);
  }

  /** A residual graph with arcs in pairs (arc x and its reverse x ^ 1). */
  private static final class Graph {
    private final int nodes;
    private int[] next;
    private int[] to;
    private int[] cap;
    private double[] cost;
    private int arcs;
    private final int[] first;

    Graph(int nodes, int expectedArcs) {
      this.nodes = nodes;
      int size = Math.max(16, expectedArcs);
      next = new int[size];
      to = new int[size];
      cap = new int[size];
      cost = new double[size];
      first = new int[nodes];
      Arrays.fill(first, -1);
    }

    /** Adds an arc and its reverse; returns the forward arc's index. */
    int add(int u, int v, int capacity, double c) {
      if (arcs + 2 > to.length) {
        int size = to.length * 2;
        next = Arrays.copyOf(next, size);
        to = Arrays.copyOf(to, size);
        cap = Arrays.copyOf(cap, size);
        cost = Arrays.copyOf(cost, size);
      }
      int x = arcs;
      link(x, u, v, capacity, c);
      link(x + 1, v, u, 0, -c);
      arcs += 2;
      return x;
    }

    private void link(int x, int u, int v, int capacity, double c) {
      to[x] = v;
      cap[x] = capacity;
      cost[x] = c;
      next[x] = first[u];
      first[u] = x;
    }

    /** Flow on forward arc x: the residual capacity of its reverse. */
    int flow(int x) {
      return cap[x ^ 1];
    }

    void run(int source, int sink, MatchingOptions options) {
      // Initial potentials: shortest distances in the start network, which is acyclic with nodes numbered
      // in topological order (source, rows, columns, groups, sink).
      double[] pi = new double[nodes];
      Arrays.fill(pi, Double.POSITIVE_INFINITY);
      pi[source] = 0;
      for (int u = 0; u < nodes; u++) {
        if (pi[u] == Double.POSITIVE_INFINITY) {
          continue;
        }
        for (int x = first[u]; x >= 0; x = next[x]) {
          if (cap[x] > 0 && pi[u] + cost[x] < pi[to[x]]) {
            pi[to[x]] = pi[u] + cost[x];
          }
        }
      }
      double far = 0;
      for (double p : pi) {
        if (p != Double.POSITIVE_INFINITY) {
          far = Math.max(far, Math.abs(p));
        }
      }
      for (int v = 0; v < nodes; v++) {
        if (pi[v] == Double.POSITIVE_INFINITY) {
          pi[v] = far + 1; // unreachable now; stays unreachable (no arc into it ever gains capacity)
        }
      }
      double[] dist = new double[nodes];
      int[] predArc = new int[nodes];
      boolean[] done = new boolean[nodes];
      MinCostFlowMatching.Heap heap = new MinCostFlowMatching.Heap(nodes * 2 + 16);
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
          for (int x = first[u]; x >= 0; x = next[x]) {
            if (cap[x] <= 0) {
              continue;
            }
            int v = to[x];
            double nd = d + Math.max(0, cost[x] + pi[u] - pi[v]);
            if (!done[v] && nd < dist[v]) {
              dist[v] = nd;
              predArc[v] = x;
              heap.push(nd, v);
            }
          }
        }
        double toSink = dist[sink];
        if (toSink == Double.POSITIVE_INFINITY || toSink + pi[sink] - pi[source] >= -1e-12) {
          return;
        }
        for (int v = 0; v < nodes; v++) {
          pi[v] += Math.min(dist[v], toSink);
        }
        int push = Integer.MAX_VALUE;
        for (int v = sink; v != source; v = to[predArc[v] ^ 1]) {
          push = Math.min(push, cap[predArc[v]]);
        }
        for (int v = sink; v != source; v = to[predArc[v] ^ 1]) {
          cap[predArc[v]] -= push;
          cap[predArc[v] ^ 1] += push;
        }
      }
    }
  }
}
