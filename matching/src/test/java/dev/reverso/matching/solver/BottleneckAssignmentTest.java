package dev.reverso.matching.solver;

import static dev.reverso.matching.solver.Instances.assertFeasible;
import static dev.reverso.matching.solver.Instances.cardinality;
import static dev.reverso.matching.solver.Instances.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.reverso.core.InvalidInputException;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BottleneckAssignmentTest {

  /** Allowed scores of any sign with many ties, and forbidden pairs. */
  static Arbitrary<Double> score() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(Double.NaN)),
        Tuple.of(1, Arbitraries.just(Double.NEGATIVE_INFINITY)),
        Tuple.of(4, Arbitraries.integers().between(-3, 5).map(Integer::doubleValue)),
        Tuple.of(4, Arbitraries.doubles().between(-5, 5)));
  }

  @Provide
  Arbitrary<Instances.Weighted> small() {
    return Instances.weighted(6, 6, 2, score());
  }

  /** Calls back with every matching (rows capacity 1, column capacities, allowed pairs only). */
  static void forEachMatching(double[][] scores, int[] capacity, Consumer<int[]> action) {
    int[] match = new int[scores.length];
    enumerate(scores, capacity.clone(), match, 0, action);
  }

  private static void enumerate(double[][] scores, int[] left, int[] match, int row, Consumer<int[]> action) {
    if (row == match.length) {
      action.accept(match);
      return;
    }
    match[row] = -1;
    enumerate(scores, left, match, row + 1, action);
    for (int c = 0; c < left.length; c++) {
      if (left[c] > 0 && Instances.allowed(scores[row][c])) {
        left[c]--;
        match[row] = c;
        enumerate(scores, left, match, row + 1, action);
        left[c]++;
      }
    }
    match[row] = -1;
  }

  static double minimum(double[][] scores, int[] match) {
    double min = Double.POSITIVE_INFINITY;
    for (int r = 0; r < match.length; r++) {
      if (match[r] >= 0) {
        min = Math.min(min, scores[r][match[r]]);
      }
    }
    return min;
  }

  /** {maximum cardinality, best minimum among those, best total among those at the best minimum}. */
  static double[] bruteForce(double[][] scores, int[] capacity, double atLeast) {
    double[] best = {0, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    forEachMatching(scores, capacity, m -> {
      for (int r = 0; r < m.length; r++) {
        if (m[r] >= 0 && !(scores[r][m[r]] >= atLeast)) {
          return;
        }
      }
      int k = cardinality(m);
      double min = minimum(scores, m);
      double sum = total(scores, m);
      if (k > best[0] || (k == best[0] && min > best[1])) {
        best[0] = k;
        best[1] = min;
        best[2] = sum;
      } else if (k == best[0] && min == best[1]) {
        best[2] = Math.max(best[2], sum);
      }
    });
    return best;
  }

  @Property
  void bottleneckEqualsBruteForce(@ForAll("small") Instances.Weighted w) {
    double[] expected = bruteForce(w.scores(), w.capacity(), Double.NEGATIVE_INFINITY);

    BottleneckAssignment.Result result = BottleneckAssignment.maximizeMinimum(w.scores(), w.capacity());
    // Sampling thresholds as soon as more than 3 scores remain exercises the large-instance path too.
    BottleneckAssignment.Result sampled = BottleneckAssignment.maximizeMinimum(w.scores(), w.capacity(), 3);

    for (BottleneckAssignment.Result r : new BottleneckAssignment.Result[] {result, sampled}) {
      assertFeasible(w.scores(), w.capacity(), r.assignment());
      assertThat(r.cardinality()).isEqualTo((int) expected[0]).isEqualTo(cardinality(r.assignment()));
      if (expected[0] == 0) {
        assertThat(r.threshold()).isNaN();
      } else {
        assertThat(r.threshold()).isEqualTo(expected[1]).isEqualTo(minimum(w.scores(), r.assignment()));
      }
    }
  }

  @Property
  void thenTotalEqualsBruteForce(@ForAll("small") Instances.Weighted w) {
    double[] expected = bruteForce(w.scores(), w.capacity(), Double.NEGATIVE_INFINITY);

    BottleneckAssignment.Result result = BottleneckAssignment.maximizeMinimumThenTotal(w.scores(), w.capacity());

    assertFeasible(w.scores(), w.capacity(), result.assignment());
    assertThat(result.cardinality()).isEqualTo((int) expected[0]);
    if (expected[0] > 0) {
      assertThat(result.threshold()).isEqualTo(expected[1]);
      assertThat(total(w.scores(), result.assignment())).isCloseTo(expected[2], within(1e-9));
    }
  }

  @Property
  void maximizeTotalAtAnyThresholdEqualsBruteForce(@ForAll("small") Instances.Weighted w,
      @ForAll("thresholds") double atLeast) {
    // Best total among the maximum-cardinality matchings of the pairs >= atLeast.
    double[] best = {0, Double.NEGATIVE_INFINITY};
    forEachMatching(w.scores(), w.capacity(), m -> {
      for (int r = 0; r < m.length; r++) {
        if (m[r] >= 0 && !(w.scores()[r][m[r]] >= atLeast)) {
          return;
        }
      }
      int k = cardinality(m);
      double sum = total(w.scores(), m);
      if (k > best[0] || (k == best[0] && sum > best[1])) {
        best[0] = k;
        best[1] = sum;
      }
    });

    int[] result = BottleneckAssignment.maximizeTotal(w.scores(), w.capacity(), atLeast);

    assertFeasible(w.scores(), w.capacity(), result);
    assertThat(cardinality(result)).isEqualTo((int) best[0]);
    for (int r = 0; r < result.length; r++) {
      if (result[r] >= 0) {
        assertThat(w.scores()[r][result[r]]).isGreaterThanOrEqualTo(atLeast);
      }
    }
    if (best[0] > 0) {
      assertThat(total(w.scores(), result)).isCloseTo(best[1], within(1e-9));
    }
  }

  @Provide
  Arbitrary<Double> thresholds() {
    return Arbitraries.oneOf(Arbitraries.just(Double.NEGATIVE_INFINITY),
        Arbitraries.integers().between(-4, 5).map(Integer::doubleValue), Arbitraries.doubles().between(-5, 5));
  }

  @Property
  void leavesItsInputsUnchanged(@ForAll("small") Instances.Weighted w) {
    double[][] scores = Instances.deepCopy(w.scores());
    int[] capacity = w.capacity().clone();

    BottleneckAssignment.maximizeMinimumThenTotal(scores, capacity);

    assertThat(Arrays.deepEquals(scores, w.scores())).isTrue();
    assertThat(capacity).isEqualTo(w.capacity());
  }

  @Property(tries = 40)
  void mediumInstancesMeetTheThresholdCharacterisation(@ForAll @IntRange(min = 1, max = 80) int rows,
      @ForAll @IntRange(min = 1, max = 80) int columns, @ForAll long seed) {
    Random random = new Random(seed);
    double[][] scores = new double[rows][columns];
    for (double[] row : scores) {
      for (int c = 0; c < columns; c++) {
        row[c] = random.nextInt(4) == 0 ? Double.NaN : random.nextInt(1000) / 10.0 - 20;
      }
    }
    int[] capacity = new int[columns];
    for (int c = 0; c < columns; c++) {
      capacity[c] = random.nextInt(3);
    }
    int k = cardinality(HopcroftKarp.maximumMatching(HopcroftKarpTest.adjacency(scores, columns), capacity));

    BottleneckAssignment.Result result = BottleneckAssignment.maximizeMinimum(scores, capacity, 16);
    BottleneckAssignment.Result fair = BottleneckAssignment.maximizeMinimumThenTotal(scores, capacity);

    assertFeasible(scores, capacity, result.assignment());
    assertThat(result.cardinality()).isEqualTo(k);
    if (k > 0) {
      double t = result.threshold();
      assertThat(minimum(scores, result.assignment())).isEqualTo(t);
      // No maximum-cardinality matching uses only pairs strictly above t.
      double[][] above = new double[rows][];
      for (int r = 0; r < rows; r++) {
        above[r] = Arrays.stream(scores[r]).map(x -> x > t ? x : Double.NaN).toArray();
      }
      assertThat(cardinality(HopcroftKarp.maximumMatching(HopcroftKarpTest.adjacency(above, columns), capacity)))
          .isLessThan(k);
      // The fair matching: same threshold and cardinality, and the best total at that threshold, here
      // computed by the dense solver on explicitly shifted scores (scores are multiples of 0.1 in
      // [-20, 80), so a shift of 100 * (rows + 1) forces the cardinality).
      assertThat(fair.threshold()).isEqualTo(t);
      assertThat(fair.cardinality()).isEqualTo(k);
      double[][] shifted = new double[rows][];
      for (int r = 0; r < rows; r++) {
        shifted[r] = Arrays.stream(scores[r]).map(x -> x >= t ? x + 100.0 * (rows + 1) : Double.NaN).toArray();
      }
      int[] reference = LinearAssignment.maximize(shifted, capacity);
      assertThat(cardinality(reference)).isEqualTo(k);
      assertThat(total(scores, fair.assignment())).isCloseTo(total(scores, reference), within(1e-6));
    }
  }

  @Test
  void prefersTheFairerMatchingOverTheLargerTotal() {
    // Total-optimal: 0->0, 1->1 (10 + 1 = 11, worst pair 1). Fair: 0->1, 1->0 (5 + 5, worst pair 5).
    double[][] scores = {{10, 5}, {5, 1}};

    BottleneckAssignment.Result fair = BottleneckAssignment.maximizeMinimumThenTotal(scores, new int[] {1, 1});

    assertThat(fair.threshold()).isEqualTo(5.0);
    assertThat(fair.assignment()).containsExactly(1, 0);
    assertThat(fair.cardinality()).isEqualTo(2);
  }

  @Test
  void cardinalityComesBeforeTheMinimum() {
    // Matching both rows forces the -2 pair; leaving row 1 out would give a minimum of 9.
    double[][] scores = {{9, 3}, {Double.NaN, -2}};

    BottleneckAssignment.Result result = BottleneckAssignment.maximizeMinimum(scores, new int[] {1, 1});

    assertThat(result.cardinality()).isEqualTo(2);
    assertThat(result.threshold()).isEqualTo(-2.0);
  }

  @Test
  void nothingAllowedGivesNaN() {
    double[][] scores = {{Double.NaN}, {Double.NEGATIVE_INFINITY}};

    BottleneckAssignment.Result result = BottleneckAssignment.maximizeMinimumThenTotal(scores, new int[] {1});

    assertThat(result.threshold()).isNaN();
    assertThat(result.assignment()).containsExactly(-1, -1);
    assertThat(result.cardinality()).isZero();
  }

  @Test
  void resultIsAValue() {
    double[][] scores = {{1, 2}, {3, 4}};
    BottleneckAssignment.Result a = BottleneckAssignment.maximizeMinimum(scores, new int[] {1, 1});
    BottleneckAssignment.Result b = BottleneckAssignment.maximizeMinimum(scores, new int[] {1, 1});

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    a.assignment()[0] = 99;
    assertThat(a.assignment()[0]).isNotEqualTo(99);
    assertThat(a.toString()).contains("threshold=2.0");
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> BottleneckAssignment.maximizeMinimum(new double[][] {{1, 2}, {1}}, new int[] {1, -1}))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> BottleneckAssignment.maximizeTotal(new double[][] {{1}}, new int[] {1}, Double.NaN))
        .isInstanceOf(InvalidInputException.class);
  }
}
