package dev.reverso.matching.solver;

import static dev.reverso.matching.solver.Instances.assertFeasible;
import static dev.reverso.matching.solver.Instances.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SparseAssignmentTest {

  /** Candidate lists of a dense matrix: each row keeps its non-NaN entries, in a shuffled order. */
  record Sparse(int[][] columns, double[][] scores, double[][] dense, int[] capacity) {
    static Sparse of(Instances.Weighted w, long seed) {
      Random random = new Random(seed);
      int rows = w.rows();
      int n = w.columns();
      int[][] columns = new int[rows][];
      double[][] scores = new double[rows][];
      for (int r = 0; r < rows; r++) {
        int[] order = shuffled(n, random);
        int k = 0;
        for (int c : order) {
          if (!Double.isNaN(w.scores()[r][c])) {
            k++;
          }
        }
        columns[r] = new int[k];
        scores[r] = new double[k];
        k = 0;
        for (int c : order) {
          if (!Double.isNaN(w.scores()[r][c])) {
            columns[r][k] = c;
            scores[r][k++] = w.scores()[r][c];
          }
        }
      }
      return new Sparse(columns, scores, w.scores(), w.capacity());
    }

    private static int[] shuffled(int n, Random random) {
      int[] a = new int[n];
      for (int i = 0; i < n; i++) {
        a[i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
      return a;
    }

    int[] rowStart() {
      int[] start = new int[columns.length + 1];
      for (int r = 0; r < columns.length; r++) {
        start[r + 1] = start[r] + columns[r].length;
      }
      return start;
    }

    int[] flatColumns() {
      return Arrays.stream(columns).flatMapToInt(Arrays::stream).toArray();
    }

    double[] flatScores() {
      return Arrays.stream(scores).flatMapToDouble(Arrays::stream).toArray();
    }
  }

  @Provide
  Arbitrary<Instances.Weighted> small() {
    return Instances.weighted(7, 7, 2, Instances.score());
  }

  @Property
  void equalsBruteForceOnSmallInstances(@ForAll("small") Instances.Weighted w, @ForAll long seed) {
    Sparse s = Sparse.of(w, seed);

    int[] result = SparseAssignment.maximize(s.columns(), s.scores(), s.capacity());

    assertFeasible(w.scores(), w.capacity(), result);
    assertThat(total(w.scores(), result))
        .isCloseTo(Instances.bruteForceMaxWeight(w.scores(), w.capacity()), within(1e-9));
    assertThat(SparseAssignment.maximize(s.rowStart(), s.flatColumns(), s.flatScores(), s.capacity()))
        .isEqualTo(result);
  }

  @Property(tries = 50)
  void equalsLinearAssignmentWithForbiddenPairsOutsideTheLists(
      @ForAll @IntRange(min = 1, max = 120) int rows, @ForAll @IntRange(min = 1, max = 120) int columns,
      @ForAll @IntRange(min = 1, max = 10) int perRow, @ForAll @IntRange(min = 1, max = 3) int maxCapacity,
      @ForAll long seed) {
    Random random = new Random(seed);
    boolean integers = random.nextBoolean();
    double[][] dense = new double[rows][columns];
    for (double[] row : dense) {
      Arrays.fill(row, Double.NaN);
      for (int k = 0; k < perRow; k++) {
        int c = random.nextInt(columns);
        row[c] = integers ? random.nextInt(6) - 1 : random.nextDouble() * 10 - 1;
      }
    }
    int[] capacity = new int[columns];
    for (int c = 0; c < columns; c++) {
      capacity[c] = random.nextInt(maxCapacity + 1);
    }
    Sparse s = Sparse.of(new Instances.Weighted(dense, capacity), seed);

    int[] sparse = SparseAssignment.maximize(s.columns(), s.scores(), capacity);
    int[] reference = LinearAssignment.maximize(dense, capacity);

    assertFeasible(dense, capacity, sparse);
    assertThat(total(dense, sparse)).isCloseTo(total(dense, reference), within(1e-9));
  }

  @Property
  void leavesItsInputsUnchanged(@ForAll("small") Instances.Weighted w, @ForAll long seed) {
    Sparse s = Sparse.of(w, seed);
    Sparse copy = Sparse.of(w, seed);

    SparseAssignment.maximize(s.columns(), s.scores(), s.capacity());

    assertThat(s.columns()).isDeepEqualTo(copy.columns());
    assertThat(Arrays.deepEquals(s.scores(), copy.scores())).isTrue();
    assertThat(s.capacity()).isEqualTo(copy.capacity());
  }

  @Test
  void displacesARowWhenThatIsWorthMore() {
    // Row 0 alone would take column 0; with row 1 (only column 0) the best is 0->1, 1->0.
    int[][] columns = {{0, 1}, {0}};
    double[][] scores = {{10, 9}, {8}};

    assertThat(SparseAssignment.maximize(columns, scores, new int[] {1, 1})).containsExactly(1, 0);
  }

  @Test
  void leavesARowUnmatchedWhenMovingOthersCostsMore() {
    // Row 1 could only enter by pushing row 0 to a much worse column.
    int[][] columns = {{0, 1}, {0}};
    double[][] scores = {{10, 1}, {2}};

    assertThat(SparseAssignment.maximize(columns, scores, new int[] {1, 1})).containsExactly(0, -1);
  }

  @Test
  void capacitiesAndEmptyLists() {
    int[][] columns = {{0}, {0}, {0, 1}, {}};
    double[][] scores = {{3}, {2}, {1, 0.5}, {}};

    assertThat(SparseAssignment.maximize(columns, scores, new int[] {2, 1})).containsExactly(0, 0, 1, -1);
    assertThat(SparseAssignment.maximize(new int[0][], new double[0][], new int[0])).isEmpty();
    assertThat(SparseAssignment.maximize(new int[] {0}, new int[0], new double[0], new int[] {1})).isEmpty();
  }

  @Test
  void reportsEveryProblemWithItsLocation() {
    int[][] columns = {{0, 0}, {3}, null, {1}};
    double[][] scores = {{1, 2}, {1}, {}, {Double.POSITIVE_INFINITY, 2}};

    assertThatThrownBy(() -> SparseAssignment.maximize(columns, scores, new int[] {1, -1}))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
            .containsExactly("candidateColumns[0][1]", "candidateColumns[1][0]", "candidateColumns[2]",
                "candidateScores[3]", "columnCapacity[1]"));
  }

  @Test
  void reportsInconsistentCompressedRows() {
    assertThatThrownBy(() -> SparseAssignment.maximize(new int[] {1, 0, 3}, new int[] {0, 1}, new double[] {1},
        new int[] {1, 1}))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
            .containsExactly("rowStart[0]", "rowStart[1]", "rowStart[2]", "scores"));
    assertThatThrownBy(() -> SparseAssignment.maximize(new int[] {0, 2}, new int[] {1, 2},
        new double[] {1, Double.POSITIVE_INFINITY}, new int[] {1, 1}))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
            .containsExactly("columns[1]", "scores[1]"));
  }
}
