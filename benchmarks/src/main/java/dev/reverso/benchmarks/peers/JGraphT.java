package dev.reverso.benchmarks.peers;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * JGraphT as a peer: {@link KuhnMunkresMinimalWeightBipartitePerfectMatching} (the Hungarian method,
 * O(n³)) on a complete bipartite graph whose edge weights are {@code 1 - max(s, 0)} (a forbidden pair
 * weighs 1, as a pair of score 0), so that a minimum-weight perfect matching is a maximum-weight
 * assignment. Double weights: no scaling, so the optimum is compared with the double tolerance.
 * Vertices {@code 0..n-1} are rows, {@code n..2n-1} columns.
 */
public final class JGraphT {
  private JGraphT() {}

  /** The graph and its two sides, built once per trial (n² edges in JGraphT's hash-based graph). */
  public static final class Problem {
    final Graph<Integer, DefaultWeightedEdge> graph;
    final Set<Integer> rows;
    final Set<Integer> columns;
    final int n;

    Problem(Graph<Integer, DefaultWeightedEdge> graph, Set<Integer> rows, Set<Integer> columns, int n) {
      this.graph = graph;
      this.rows = rows;
      this.columns = columns;
      this.n = n;
    }
  }

  /** The complete bipartite graph of a square matrix. */
  public static Problem problem(double[][] scores) {
    int n = scores.length;
    Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Set<Integer> rows = new LinkedHashSet<>();
    Set<Integer> columns = new LinkedHashSet<>();
    for (int v = 0; v < n; v++) {
      g.addVertex(v);
      rows.add(v);
    }
    for (int v = n; v < 2 * n; v++) {
      g.addVertex(v);
      columns.add(v);
    }
    for (int r = 0; r < n; r++) {
      if (scores[r].length != n) {
        throw new IllegalArgumentException("JGraphT's perfect matching needs a square matrix, row " + r
            + " has " + scores[r].length + " columns for " + n + " rows");
      }
      for (int c = 0; c < n; c++) {
        double s = scores[r][c];
        DefaultWeightedEdge e = g.addEdge(r, n + c);
        g.setEdgeWeight(e, 1 - (s > 0 ? s : 0));
      }
    }
    return new Problem(g, rows, columns, n);
  }

  /** Runs Kuhn–Munkres on a built problem and returns each row's column. */
  public static int[] solve(Problem p) {
    MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> m =
        new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(p.graph, p.rows, p.columns).getMatching();
    int[] columnOfRow = new int[p.n];
    java.util.Arrays.fill(columnOfRow, -1);
    for (DefaultWeightedEdge e : m.getEdges()) {
      int a = p.graph.getEdgeSource(e);
      int b = p.graph.getEdgeTarget(e);
      int row = Math.min(a, b);
      int column = Math.max(a, b) - p.n;
      columnOfRow[row] = column;
    }
    return columnOfRow;
  }
}
