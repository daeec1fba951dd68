package dev.reverso.matching.solver;

import static dev.reverso.matching.solver.Instances.assertFeasible;
import static dev.reverso.matching.solver.Instances.cardinality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HopcroftKarpTest {

  @Provide
  Arbitrary<Instances.Weighted> small() {
    return Instances.weighted(7, 7, 2, Instances.score());
  }

  /** The allowed pairs of a score matrix as adjacency lists. */
  static int[][] adjacency(double[][] scores, int columns) {
    int[][] adjacency = new int[scores.length][];
    for (int r = 0; r < scores.length; r++) {
      List<Integer> list = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        if (Instances.allowed(scores[r][c])) {
          list.add(c);
        }
      }
      adjacency[r] = list.stream().mapToInt(Integer::intValue).toArray();
    }
    return adjacency;
  }

  /** Score 1 for every allowed pair: a maximum-weight matching is then a maximum-cardinality one. */
  static double[][] unit(double[][] scores) {
    double[][] unit = new double[scores.length][];
    for (int r = 0; r < scores.length; r++) {
      unit[r] = Arrays.stream(scores[r]).map(s -> Instances.allowed(s) ? 1 : Double.NaN).toArray();
    }
    return unit;
  }

  @Property
  void hasMaximumCardinality(@ForAll("small") Instances.Weighted w) {
    int[][] adjacency = adjacency(w.scores(), w.columns());

    int[] match = HopcroftKarp.maximumMatching(adjacency, w.capacity());

    assertFeasible(w.scores(), w.capacity(), match);
    assertThat((double) cardinality(match)).isEqualTo(Instances.bruteForceMaxWeight(unit(w.scores()), w.capacity()));
  }

  @Property(tries = 40)
  void largerGraphsAgreeWithAUnitWeightAssignment(@ForAll @IntRange(min = 1, max = 300) int rows,
      @ForAll @IntRange(min = 1, max = 300) int columns, @ForAll @IntRange(min = 1, max = 6) int degree,
      @ForAll @IntRange(min = 0, max = 3) int maxCapacity, @ForAll long seed) {
    Random random = new Random(seed);
    double[][] scores = new double[rows][columns];
    for (double[] row : scores) {
      Arrays.fill(row, Double.NaN);
      for (int k = 0; k < degree; k++) {
        row[random.nextInt(columns)] = 1;
      }
    }
    int[] capacity = new int[columns];
    for (int c = 0; c < columns; c++) {
      capacity[c] = random.nextInt(maxCapacity + 1);
    }
    int[][] adjacency = adjacency(scores, columns);
    int[] start = new int[rows + 1];
    for (int r = 0; r < rows; r++) {
      start[r + 1] = start[r] + adjacency[r].length;
    }
    int[] flat = Arrays.stream(adjacency).flatMapToInt(Arrays::stream).toArray();

    int[] match = HopcroftKarp.maximumMatching(adjacency, capacity);

    assertFeasible(scores, capacity, match);
    assertThat(cardinality(match)).isEqualTo(cardinality(LinearAssignment.maximize(scores, capacity)));
    assertThat(HopcroftKarp.maximumMatching(start, flat, capacity)).isEqualTo(match);
  }

  @Test
  void longAlternatingPathDoesNotOverflowTheStack() {
    // Row i may take columns i and i+1; the first phase puts row i on column i, and the last row,
    // which only has column 0, then needs one augmenting path through every row.
    int n = 200_000;
    int[][] adjacency = new int[n][];
    for (int i = 0; i < n - 1; i++) {
      adjacency[i] = new int[] {i, i + 1};
    }
    adjacency[n - 1] = new int[] {0};
    int[] capacity = new int[n];
    Arrays.fill(capacity, 1);

    int[] match = HopcroftKarp.maximumMatching(adjacency, capacity);

    assertThat(cardinality(match)).isEqualTo(n);
  }

  @Test
  void capacityTakesSeveralRows() {
    int[][] adjacency = {{0}, {0}, {0, 1}, {1}};

    int[] match = HopcroftKarp.maximumMatching(adjacency, new int[] {2, 1});

    assertThat(cardinality(match)).isEqualTo(3);
    assertThat(HopcroftKarp.maximumMatching(adjacency, new int[] {0, 0})).containsExactly(-1, -1, -1, -1);
  }

  @Test
  void reportsEveryProblemWithItsLocation() {
    int[][] adjacency = {{0, 0}, null, {7}};

    assertThatThrownBy(() -> HopcroftKarp.maximumMatching(adjacency, new int[] {1, -3}))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
            .containsExactly("adjacency[0][1]", "adjacency[1]", "adjacency[2][0]", "columnCapacity[1]"));
    assertThatThrownBy(() -> HopcroftKarp.maximumMatching(new int[] {0, 3}, new int[] {0, 1}, new int[] {1, 1}))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
            .containsExactly("rowStart[1]"));
  }
}
