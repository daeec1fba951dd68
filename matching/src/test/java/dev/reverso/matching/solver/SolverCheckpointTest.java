package dev.reverso.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The checkpoint overloads: called once per augmentation, what they throw ends the solve, same result. */
class SolverCheckpointTest {

  private static float[] randomScores(int rows, int columns, long seed) {
    Random rnd = new Random(seed);
    float[] s = new float[rows * columns];
    for (int k = 0; k < s.length; k++) {
      s[k] = rnd.nextInt(10) == 0 ? Float.NaN : rnd.nextFloat();
    }
    return s;
  }

  @Test
  void denseCallsTheCheckpointPerAugmentationAndGivesTheSameResult() {
    int rows = 60;
    int columns = 50;
    float[] scores = randomScores(rows, columns, 1);
    int[] capacity = new int[columns];
    java.util.Arrays.fill(capacity, 2);
    AtomicInteger calls = new AtomicInteger();
    int[] with = LinearAssignment.maximize(scores, rows, columns, capacity, calls::incrementAndGet);
    assertThat(with).isEqualTo(LinearAssignment.maximize(scores, rows, columns, capacity));
    assertThat(calls.get()).isBetween(1, rows);
    double[][] asRows = new double[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        asRows[r][c] = scores[r * columns + c];
      }
    }
    assertThat(LinearAssignment.maximize(asRows, capacity, () -> { })).isEqualTo(LinearAssignment.maximize(asRows, capacity));
  }

  @Test
  void whatTheCheckpointThrowsEndsTheSolve() {
    // Rectangular with capacities: no Jonker–Volgenant initialisation, so every row is one augmentation.
    float[] scores = randomScores(40, 30, 2);
    int[] capacity = new int[30];
    java.util.Arrays.fill(capacity, 2);
    AtomicInteger calls = new AtomicInteger();
    Runnable stopAtThird = () -> {
      if (calls.incrementAndGet() == 3) {
        throw new IllegalStateException("stop");
      }
    };
    assertThatThrownBy(() -> LinearAssignment.maximize(scores, 40, 30, capacity, stopAtThird)).hasMessage("stop");
    assertThat(calls.get()).isEqualTo(3);

    int[] start = {0, 2, 4};
    int[] cols = {0, 1, 0, 1};
    double[] w = {1, 2, 3, 4};
    calls.set(0);
    assertThat(SparseAssignment.maximize(start, cols, w, new int[] {1, 1}, calls::incrementAndGet))
        .isEqualTo(SparseAssignment.maximize(start, cols, w, new int[] {1, 1}));
    assertThat(calls.get()).isEqualTo(2);
    assertThatThrownBy(() -> SparseAssignment.maximize(start, cols, w, new int[] {1, 1}, () -> {
      throw new IllegalStateException("late");
    })).hasMessage("late");
  }
}
