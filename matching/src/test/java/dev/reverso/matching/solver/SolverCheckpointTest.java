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

  private static double[][] randomRows(int rows, int columns, long seed) {
    float[] flat = randomScores(rows, columns, seed);
    double[][] out = new double[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        out[r][c] = flat[r * columns + c];
      }
    }
    return out;
  }

  @Test
  void bottleneckOverloadsGiveTheSameResultAndStopWhenTheCheckpointThrows() {
    double[][] scores = randomRows(50, 40, 3);
    int[] capacity = new int[40];
    java.util.Arrays.fill(capacity, 2);
    AtomicInteger calls = new AtomicInteger();
    assertThat(BottleneckAssignment.maximizeMinimumThenTotal(scores, capacity, calls::incrementAndGet))
        .isEqualTo(BottleneckAssignment.maximizeMinimumThenTotal(scores, capacity));
    int total = calls.get();
    assertThat(total).isGreaterThan(2);
    calls.set(0);
    assertThat(BottleneckAssignment.maximizeMinimum(scores, capacity, calls::incrementAndGet))
        .isEqualTo(BottleneckAssignment.maximizeMinimum(scores, capacity));
    assertThat(calls.get()).isPositive();
    calls.set(0);
    assertThat(BottleneckAssignment.maximizeTotal(scores, capacity, 0.25, calls::incrementAndGet))
        .isEqualTo(BottleneckAssignment.maximizeTotal(scores, capacity, 0.25));
    assertThat(calls.get()).isPositive();

    // Stopping at every possible call: each ends the solve with what the checkpoint threw.
    for (int stopAt = 1; stopAt <= total; stopAt++) {
      int at = stopAt;
      calls.set(0);
      assertThatThrownBy(() -> BottleneckAssignment.maximizeMinimumThenTotal(scores, capacity, () -> {
        if (calls.incrementAndGet() == at) {
          throw new IllegalStateException("stop " + at);
        }
      })).hasMessage("stop " + at);
      assertThat(calls.get()).isEqualTo(at);
    }
  }

  @Test
  void deferredAcceptanceCallsTheCheckpointPeriodicallyAndGivesTheSameResult() {
    // Every proposer lists every receiver in the same order and receivers rank proposers the same way:
    // proposers compete down the lists, about proposers² / 2 proposals in all.
    int n = 400;
    int[][] proposerPrefs = new int[n][n];
    int[][] receiverPrefs = new int[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        proposerPrefs[a][b] = b;
        receiverPrefs[a][b] = n - 1 - b;
      }
    }
    int[] capacity = new int[n];
    java.util.Arrays.fill(capacity, 1);
    AtomicInteger calls = new AtomicInteger();
    int[] with = DeferredAcceptance.solve(proposerPrefs, receiverPrefs, capacity, calls::incrementAndGet);
    assertThat(with).isEqualTo(DeferredAcceptance.solve(proposerPrefs, receiverPrefs, capacity));
    long proposals = (long) n * (n + 1) / 2;
    assertThat(calls.get()).isEqualTo(1 + (int) (proposals / DeferredAcceptance.PROPOSALS_PER_CHECKPOINT));
    calls.set(0);
    assertThatThrownBy(() -> DeferredAcceptance.solve(proposerPrefs, receiverPrefs, capacity, () -> {
      if (calls.incrementAndGet() == 3) {
        throw new IllegalStateException("stop");
      }
    })).hasMessage("stop");
    assertThat(calls.get()).isEqualTo(3);
  }
}
