package dev.reverso.matching.solver;

import static dev.reverso.matching.solver.Instances.assertFeasible;
import static dev.reverso.matching.solver.Instances.bruteForceMaxWeight;
import static dev.reverso.matching.solver.Instances.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * {@link LinearAssignment} on tie-heavy inputs, like mentoring-shaped matrices: every score is one of
 * {0, 0.25, 0.5, 0.75, 1} or NaN, so most pairs tie with many others, which is where the initialisation
 * (augmenting row reduction) and the Dijkstra tie-breaking are most stressed. Quarters are exact in binary,
 * so every sum is exact.
 */
class LinearAssignmentTieProperties {
  private static final double[] LEVELS = {0, 0.25, 0.5, 0.75, 1};

  static Arbitrary<Double> tiedScore() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Double.NaN)),
        Tuple.of(6, Arbitraries.of(0.0, 0.25, 0.5, 0.75, 1.0)));
  }

  @Provide
  Arbitrary<Instances.Weighted> smallTied() {
    return Instances.weighted(7, 7, 2, tiedScore());
  }

  @Property
  void smallTiedMatricesEqualBruteForce(@ForAll("smallTied") Instances.Weighted w) {
    int[] result = LinearAssignment.maximize(w.scores(), w.capacity());

    assertFeasible(w.scores(), w.capacity(), result);
    for (int r = 0; r < result.length; r++) {
      if (result[r] >= 0) {
        assertThat(w.scores()[r][result[r]]).as("score of a returned pair").isPositive();
      }
    }
    assertThat(total(w.scores(), result)).isEqualTo(bruteForceMaxWeight(w.scores(), w.capacity()));
    assertThat(LinearAssignment.maximize(w.scores(), w.capacity())).isEqualTo(result);
  }

  @Property
  void smallTiedSquareMatricesWithUnitCapacitiesEqualBruteForce(@ForAll @IntRange(min = 1, max = 7) int n,
      @ForAll @IntRange(min = 0, max = 2) int extraColumns, @ForAll long seed) {
    double[][] scores = mentoringLike(n, n + extraColumns, new Random(seed));
    int[] ones = ones(n + extraColumns);

    int[] result = LinearAssignment.maximize(scores, ones);

    assertFeasible(scores, ones, result);
    assertThat(total(scores, result)).isEqualTo(bruteForceMaxWeight(scores, ones));
  }

  /**
   * Medium sizes, square and nearly square either way (the solver pads, transposes or starts from the row
   * reduction alone depending on the shape), against JGraphT's Kuhn–Munkres on the completed problem.
   */
  @Property(tries = 40)
  void mediumTiedMatricesEqualKuhnMunkres(@ForAll @IntRange(min = 1, max = 70) int rows,
      @ForAll @IntRange(min = -3, max = 3) int delta, @ForAll long seed) {
    int columns = Math.max(1, rows + delta);
    double[][] scores = mentoringLike(rows, columns, new Random(seed));
    int[] ones = ones(columns);

    int[] result = LinearAssignment.maximize(scores, ones);

    assertFeasible(scores, ones, result);
    assertThat(total(scores, result)).isCloseTo(kuhnMunkresMaxWeight(scores), within(1e-9));
  }

  /** Large enough for the row reduction to run beyond its first windows and for padding by two rows. */
  @Property(tries = 4)
  void largerTiedMatricesEqualKuhnMunkres(@ForAll @IntRange(min = 150, max = 260) int rows,
      @ForAll @IntRange(min = -2, max = 2) int delta, @ForAll long seed) {
    int columns = rows + delta;
    double[][] scores = mentoringLike(rows, columns, new Random(seed));
    int[] ones = ones(columns);

    int[] result = LinearAssignment.maximize(scores, ones);

    assertFeasible(scores, ones, result);
    assertThat(total(scores, result)).isCloseTo(kuhnMunkresMaxWeight(scores), within(1e-9));
  }

  /** Padded, rectangular or square: at most one checkpoint per row, and the same result as without one. */
  @Property(tries = 40)
  void checkpointsStayAtMostOnePerRow(@ForAll @IntRange(min = 1, max = 300) int rows,
      @ForAll @IntRange(min = -3, max = 3) int delta, @ForAll long seed) {
    int columns = Math.max(1, rows + delta);
    double[][] scores = mentoringLike(rows, columns, new Random(seed));
    int[] ones = ones(columns);
    AtomicInteger calls = new AtomicInteger();

    int[] result = LinearAssignment.maximize(scores, ones, calls::incrementAndGet);

    assertThat(result).isEqualTo(LinearAssignment.maximize(scores, ones));
    assertThat(calls.get()).isLessThanOrEqualTo(rows);
  }

  @Property(tries = 40)
  void mediumTiedMatricesWithCapacitiesEqualMinCostFlow(@ForAll @IntRange(min = 1, max = 30) int rows,
      @ForAll @IntRange(min = 1, max = 12) int columns, @ForAll long seed) {
    Random random = new Random(seed);
    double[][] scores = mentoringLike(rows, columns, random);
    int[] capacity = new int[columns];
    for (int c = 0; c < columns; c++) {
      capacity[c] = random.nextInt(4);
    }

    int[] result = LinearAssignment.maximize(scores, capacity);

    assertFeasible(scores, capacity, result);
    assertThat(total(scores, result))
        .isCloseTo(LinearAssignmentTest.maxWeightByFlow(scores, capacity), within(1e-9));
  }

  /**
   * Scores from {@link #LEVELS} shaped like a mentoring programme: each column (mentor) has a level that
   * most rows see give or take one step, about 5% of the pairs are forbidden, and about one row in
   * twenty (a mentee nobody may take) is forbidden throughout.
   */
  static double[][] mentoringLike(int rows, int columns, Random random) {
    int[] level = new int[columns];
    for (int c = 0; c < columns; c++) {
      level[c] = random.nextInt(LEVELS.length);
    }
    double[][] scores = new double[rows][columns];
    for (double[] row : scores) {
      boolean excluded = random.nextInt(20) == 0;
      for (int c = 0; c < columns; c++) {
        if (excluded || random.nextInt(20) == 0) {
          row[c] = Double.NaN;
        } else {
          int k = Math.max(0, Math.min(LEVELS.length - 1, level[c] + random.nextInt(3) - 1));
          row[c] = LEVELS[k];
        }
      }
    }
    return scores;
  }

  private static int[] ones(int n) {
    int[] ones = new int[n];
    Arrays.fill(ones, 1);
    return ones;
  }

  /**
   * Maximum weight with unit capacities by JGraphT's Kuhn–Munkres: the matrix completed square with
   * cost {@code -s} on positive pairs and 0 elsewhere (a forbidden, non-positive or padding pair adds
   * nothing), whose minimum-cost perfect matching is minus the maximum weight.
   */
  static double kuhnMunkresMaxWeight(double[][] scores) {
    int rows = scores.length;
    int columns = scores[0].length;
    int n = Math.max(rows, columns);
    Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Set<Integer> left = new HashSet<>();
    Set<Integer> right = new HashSet<>();
    for (int i = 0; i < n; i++) {
      graph.addVertex(i);
      graph.addVertex(n + i);
      left.add(i);
      right.add(n + i);
    }
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        double s = r < rows && c < columns ? scores[r][c] : 0;
        graph.setEdgeWeight(graph.addEdge(r, n + c), s > 0 ? -s : 0);
      }
    }
    return -new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching().getWeight();
  }
}
