package dev.reverso.matching.internal;

import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.ProgressListener;
import java.util.stream.IntStream;

/**
 * The admissible scores of a problem as one flat row-major {@code float} array, rows = mentees, columns =
 * mentors: {@code (float) score(i, j)} when the pair is allowed, scores at least the minimum, passes the
 * filter and the mentee has capacity; NaN otherwise. 4 bytes per pair (100 MB for 5 000 × 5 000). Rows are
 * computed in parallel in blocks; between blocks, on the calling thread, progress is reported and the
 * deadline and interruption are checked, so a stop request waits for one block at most. Internal.
 */
public final class ScoreTable {
  /** Rows per block: small enough to stop promptly, large enough to keep both cores busy. */
  static final int BLOCK_CELLS = 1 << 20;

  private ScoreTable() {}

  /** Computes the table; see the class comment. */
  public static float[] admissible(MatchingProblem problem, MatchingOptions options, PairFilter filter,
      int[] menteeCapacity) {
    int n = problem.menteeCount();
    int m = problem.mentorCount();
    float[] table = new float[Math.multiplyExact(n, m)];
    double min = options.minimumScore();
    forEachRowBlock(n, m, options, ProgressListener.SCORING, j -> {
      int base = j * m;
      if (menteeCapacity[j] <= 0) {
        java.util.Arrays.fill(table, base, base + m, Float.NaN);
        return;
      }
      boolean[] consider = new boolean[m];
      problem.allowedRow(j, consider);
      if (filter != PairFilter.ALL) {
        for (int i = 0; i < m; i++) {
          consider[i] = consider[i] && filter.test(i, j);
        }
      }
      double[] scores = new double[m];
      problem.scoreRow(j, consider, scores);
      for (int i = 0; i < m; i++) {
        double s = scores[i];
        table[base + i] = consider[i] && s >= min ? (float) s : Float.NaN;
      }
    });
    return table;
  }

  /** Tasks per block on a caller's executor: enough to balance uneven rows over a few threads. */
  private static final int TASKS_PER_BLOCK = 4 * Runtime.getRuntime().availableProcessors();

  /**
   * Runs rows {@code [from, to)} as contiguous slices on {@code executor} and waits for all of them; the first
   * failure of a slice is rethrown as it was thrown (an unchecked exception or error), after every slice ended.
   */
  private static void runOn(java.util.concurrent.Executor executor, int from, int to, RowTask task) {
    int slices = Math.min(to - from, TASKS_PER_BLOCK);
    java.util.concurrent.CompletableFuture<?>[] futures = new java.util.concurrent.CompletableFuture<?>[slices];
    for (int k = 0; k < slices; k++) {
      int lo = from + (int) ((long) (to - from) * k / slices);
      int hi = from + (int) ((long) (to - from) * (k + 1) / slices);
      futures[k] = java.util.concurrent.CompletableFuture.runAsync(() -> {
        for (int row = lo; row < hi; row++) {
          task.run(row);
        }
      }, executor);
    }
    try {
      java.util.concurrent.CompletableFuture.allOf(futures).join();
    } catch (java.util.concurrent.CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw e;
    }
  }

  /** The work of one row. */
  @FunctionalInterface
  public interface RowTask {
    /** Does the work of row {@code row}; called from pool threads. */
    void run(int row);
  }

  /**
   * Runs {@code task} for every row in {@code [0, rows)}, in parallel within blocks of about
   * {@link #BLOCK_CELLS} cells (rows of {@code width} cells each), reporting {@code phase} progress and
   * checking for a stop request between blocks on the calling thread.
   */
  public static void forEachRowBlock(int rows, int width, MatchingOptions options, String phase, RowTask task) {
    forEachRowBlock(rows, width, options, phase, 0, 1, task);
  }

  /**
   * As {@link #forEachRowBlock(int, int, MatchingOptions, String, RowTask)}, reporting the phase's fraction
   * from {@code low} to {@code high}: for a phase done in several passes.
   */
  public static void forEachRowBlock(int rows, int width, MatchingOptions options, String phase, double low,
      double high, RowTask task) {
    int block = Math.max(1, BLOCK_CELLS / Math.max(1, width));
    options.progress(phase, low);
    for (int from = 0; from < rows; from += block) {
      int to = Math.min(rows, from + block);
      if (to - from == 1) {
        task.run(from);
      } else if (options.executor().isPresent()) {
        runOn(options.executor().get(), from, to, task);
      } else {
        IntStream.range(from, to).parallel().forEach(task::run);
      }
      options.progress(phase, low + (high - low) * to / rows);
    }
  }
}
