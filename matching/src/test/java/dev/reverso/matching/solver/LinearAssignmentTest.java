package dev.reverso.matching.solver;

import static dev.reverso.matching.solver.Instances.assertFeasible;
import static dev.reverso.matching.solver.Instances.bruteForceMaxWeight;
import static dev.reverso.matching.solver.Instances.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class LinearAssignmentTest {

  @Provide
  Arbitrary<Instances.Weighted> small() {
    return Instances.weighted(7, 7, 2, Instances.score());
  }

  @Property
  void equalsBruteForceAndIsFeasible(@ForAll("small") Instances.Weighted w) {
    int[] result = LinearAssignment.maximize(w.scores(), w.capacity());

    assertFeasible(w.scores(), w.capacity(), result);
    for (int r = 0; r < result.length; r++) {
      if (result[r] >= 0) {
        assertThat(w.scores()[r][result[r]]).as("score of a returned pair").isPositive();
      }
    }
    assertThat(total(w.scores(), result)).isCloseTo(bruteForceMaxWeight(w.scores(), w.capacity()), within(1e-9));
  }

  @Property
  void leavesItsInputsUnchanged(@ForAll("small") Instances.Weighted w) {
    double[][] scores = Instances.deepCopy(w.scores());
    int[] capacity = w.capacity().clone();

    LinearAssignment.maximize(scores, capacity);

    // Arrays.deepEquals compares doubles bit for bit, so NaN equals NaN.
    assertThat(Arrays.deepEquals(scores, w.scores())).isTrue();
    assertThat(capacity).isEqualTo(w.capacity());
  }

  @Property
  void flatAndFloatLayoutsAgreeWithTheMatrix(@ForAll("small") Instances.Weighted w) {
    int rows = w.rows();
    int columns = w.columns();
    double[] flat = Instances.flatten(w.scores(), columns);
    float[] flatFloat = new float[flat.length];
    double[][] widened = new double[rows][columns];
    for (int k = 0; k < flat.length; k++) {
      flatFloat[k] = (float) flat[k];
      widened[k / columns][k % columns] = flatFloat[k];
    }
    double optimum = bruteForceMaxWeight(w.scores(), w.capacity());

    int[] fromFlat = LinearAssignment.maximize(flat, rows, columns, w.capacity());
    int[] fromFloat = LinearAssignment.maximize(flatFloat, rows, columns, w.capacity());

    assertFeasible(w.scores(), w.capacity(), fromFlat);
    assertThat(total(w.scores(), fromFlat)).isCloseTo(optimum, within(1e-9));
    assertFeasible(widened, w.capacity(), fromFloat);
    assertThat(total(widened, fromFloat)).isCloseTo(bruteForceMaxWeight(widened, w.capacity()), within(1e-4));
  }

  @Property
  void isDeterministic(@ForAll("small") Instances.Weighted w) {
    assertThat(LinearAssignment.maximize(w.scores(), w.capacity()))
        .isEqualTo(LinearAssignment.maximize(w.scores(), w.capacity()));
  }

  @Property(tries = 60)
  void agreesWithJGraphTKuhnMunkresOnSquareMatrices(@ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll long seed) {
    Random random = new Random(seed);
    boolean integers = random.nextBoolean();
    double[][] cost = new double[n][n];
    for (double[] row : cost) {
      for (int c = 0; c < n; c++) {
        row[c] = integers ? random.nextInt(5) : random.nextDouble() * 100;
      }
    }
    // Scores 101 - cost are all positive, so the maximum-weight matching of a square matrix is perfect
    // and maximises n * 101 - total cost: it is a minimum-cost perfect matching.
    double[][] scores = new double[n][n];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        scores[r][c] = 101 - cost[r][c];
      }
    }

    int[] result = LinearAssignment.maximize(scores);

    assertThat(result).doesNotContain(-1);
    assertThat(Arrays.stream(result).distinct().count()).isEqualTo(n);
    assertThat(total(cost, result)).isCloseTo(jgraphtMinimumCost(cost), within(1e-7));
  }

  private static double jgraphtMinimumCost(double[][] cost) {
    int n = cost.length;
    Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Set<Integer> rows = new HashSet<>();
    Set<Integer> columns = new HashSet<>();
    for (int i = 0; i < n; i++) {
      graph.addVertex(i);
      graph.addVertex(n + i);
      rows.add(i);
      columns.add(n + i);
    }
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        graph.setEdgeWeight(graph.addEdge(r, n + c), cost[r][c]);
      }
    }
    return new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, rows, columns).getMatching().getWeight();
  }

  @Property(tries = 30)
  void largerRectangularInstancesMatchTheTransposedProblem(@ForAll @IntRange(min = 1, max = 60) int rows,
      @ForAll @IntRange(min = 1, max = 60) int columns, @ForAll long seed) {
    Random random = new Random(seed);
    double[][] scores = new double[rows][columns];
    double[][] transposed = new double[columns][rows];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        double s = random.nextInt(10) == 0 ? Double.NaN : random.nextDouble() * 10 - 2;
        scores[r][c] = s;
        transposed[c][r] = s;
      }
    }
    int[] ones = new int[columns];
    Arrays.fill(ones, 1);
    int[] onesT = new int[rows];
    Arrays.fill(onesT, 1);

    int[] direct = LinearAssignment.maximize(scores, ones);
    int[] viaTranspose = LinearAssignment.maximize(transposed, onesT);

    assertFeasible(scores, ones, direct);
    assertFeasible(transposed, onesT, viaTranspose);
    assertThat(total(scores, direct)).isCloseTo(total(transposed, viaTranspose), within(1e-9));
  }

  @Test
  void orLibraryAssign100HasMinimumCost305() throws IOException {
    double[][] cost = readOrLibrary("/solver/orlib/assign100.txt");
    int n = cost.length;
    double max = Arrays.stream(cost).flatMapToDouble(Arrays::stream).max().orElseThrow();
    double[][] scores = new double[n][n];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        scores[r][c] = max + 1 - cost[r][c];
      }
    }

    int[] result = LinearAssignment.maximize(scores);

    assertThat(n).isEqualTo(100);
    assertThat(result).doesNotContain(-1);
    assertThat(Arrays.stream(result).distinct().count()).isEqualTo(n);
    assertThat(total(cost, result)).isEqualTo(305.0);
  }

  /** OR-Library assignment format: n, then the n × n costs row by row, whitespace-separated. */
  static double[][] readOrLibrary(String resource) throws IOException {
    try (InputStream in = LinearAssignmentTest.class.getResourceAsStream(resource)) {
      String[] tokens = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
      int n = Integer.parseInt(tokens[0]);
      assertThat(tokens).hasSize(1 + n * n);
      double[][] cost = new double[n][n];
      for (int k = 0; k < n * n; k++) {
        cost[k / n][k % n] = Double.parseDouble(tokens[1 + k]);
      }
      return cost;
    }
  }

  @Test
  void capacityLetsAColumnTakeSeveralRows() {
    double[][] scores = {{5, 1}, {4, 1}, {3, 2}};

    assertThat(LinearAssignment.maximize(scores, new int[] {2, 1})).containsExactly(0, 0, 1);
    assertThat(LinearAssignment.maximize(scores, new int[] {0, 3})).containsExactly(1, 1, 1);
    assertThat(LinearAssignment.maximize(scores, new int[] {0, 0})).containsExactly(-1, -1, -1);
  }

  @Test
  void negativeZeroAndForbiddenPairsAreNeverTaken() {
    double[][] scores = {{-1, Double.NaN}, {0, Double.NEGATIVE_INFINITY}, {-0.5, 3}};

    assertThat(LinearAssignment.maximize(scores)).containsExactly(-1, -1, 1);
  }

  @Test
  void givesUpAPairWhenTwoOthersAreWorthMore() {
    // Row 0 prefers column 0, but rows 0 and 1 together are worth more with row 0 on column 1.
    double[][] scores = {{10, 9}, {8, Double.NaN}};

    assertThat(LinearAssignment.maximize(scores)).containsExactly(1, 0);
  }

  @Test
  void emptyShapes() {
    assertThat(LinearAssignment.maximize(new double[0][], new int[0])).isEmpty();
    assertThat(LinearAssignment.maximize(new double[0][], new int[] {1, 2})).isEmpty();
    assertThat(LinearAssignment.maximize(new double[][] {{}, {}}, new int[0])).containsExactly(-1, -1);
    assertThat(LinearAssignment.maximize(new double[0], 0, 3, new int[] {1, 1, 1})).isEmpty();
  }

  @Test
  void reportsEveryProblemWithItsLocation() {
    double[][] scores = {{1, 2, 3}, {1, 2}, null, {1, Double.POSITIVE_INFINITY, 0}};
    int[] capacity = {1, -2, 1};

    assertThatThrownBy(() -> LinearAssignment.maximize(scores, capacity))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
            .containsExactly("columnCapacity[1]", "scores[1]", "scores[2]", "scores[3][1]"));
  }

  @Test
  void reportsFlatShapeMismatches() {
    assertThatThrownBy(() -> LinearAssignment.maximize(new double[5], 2, 3, new int[] {1, 1, 1}))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
            .containsExactly("scores"));
    assertThatThrownBy(() -> LinearAssignment.maximize(new float[6], 2, 3, new int[] {1, 1}))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
            .containsExactly("columns"));
    assertThatThrownBy(() -> LinearAssignment.maximize(new double[] {1, Double.POSITIVE_INFINITY}, 1, 2,
        new int[] {1, 1}))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
            .containsExactly("scores[1]"));
  }

  @Test
  void manyInfiniteEntriesAreSummarised() {
    double[][] scores = new double[20][20];
    for (double[] row : scores) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    int[] capacity = new int[20];

    assertThatThrownBy(() -> LinearAssignment.maximize(scores, capacity))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> {
          var problems = ((InvalidInputException) e).problems();
          assertThat(problems).hasSize(101);
          assertThat(problems.get(100).location()).isEqualTo("scores");
          assertThat(problems.get(100).message()).contains("300 more");
        });
  }

  @Property(tries = 20)
  void largeCapacitiesOnManyRows(@ForAll @IntRange(min = 1, max = 80) int rows,
      @ForAll @IntRange(min = 1, max = 6) int columns, @ForAll long seed) {
    Random random = new Random(seed);
    double[][] scores = new double[rows][columns];
    for (double[] row : scores) {
      for (int c = 0; c < columns; c++) {
        row[c] = random.nextInt(20) - 3;
      }
    }
    int[] capacity = new int[columns];
    for (int c = 0; c < columns; c++) {
      capacity[c] = random.nextInt(31);
    }

    int[] result = LinearAssignment.maximize(scores, capacity);

    assertFeasible(scores, capacity, result);
    // Integer scores: both sides are exact.
    assertThat(total(scores, result)).isEqualTo(maxWeightByFlow(scores, capacity));
  }

  /** Maximum weight by a textbook Bellman–Ford successive-shortest-path min-cost flow (an independent oracle). */
  static double maxWeightByFlow(double[][] scores, int[] capacity) {
    int rows = scores.length;
    int columns = capacity.length;
    int source = rows + columns;
    int sink = source + 1;
    int nodes = sink + 1;
    java.util.List<int[]> edges = new java.util.ArrayList<>(); // from, to, cap
    java.util.List<Double> costs = new java.util.ArrayList<>();
    java.util.function.BiConsumer<int[], Double> add = (e, w) -> {
      edges.add(new int[] {e[0], e[1], e[2]});
      costs.add(w);
      edges.add(new int[] {e[1], e[0], 0});
      costs.add(-w);
    };
    for (int r = 0; r < rows; r++) {
      add.accept(new int[] {source, r, 1}, 0.0);
      for (int c = 0; c < columns; c++) {
        if (Instances.allowed(scores[r][c])) {
          add.accept(new int[] {r, rows + c, 1}, -scores[r][c]);
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      add.accept(new int[] {rows + c, sink, capacity[c]}, 0.0);
    }
    double total = 0;
    while (true) {
      double[] dist = new double[nodes];
      int[] via = new int[nodes];
      Arrays.fill(dist, Double.POSITIVE_INFINITY);
      Arrays.fill(via, -1);
      dist[source] = 0;
      for (int round = 0; round < nodes; round++) {
        for (int e = 0; e < edges.size(); e++) {
          int[] edge = edges.get(e);
          if (edge[2] > 0 && dist[edge[0]] + costs.get(e) < dist[edge[1]]) {
            dist[edge[1]] = dist[edge[0]] + costs.get(e);
            via[edge[1]] = e;
          }
        }
      }
      if (dist[sink] >= 0) {
        return total;
      }
      total -= dist[sink];
      for (int v = sink; v != source; v = edges.get(via[v])[0]) {
        edges.get(via[v])[2]--;
        edges.get(via[v] ^ 1)[2]++;
      }
    }
  }
}
