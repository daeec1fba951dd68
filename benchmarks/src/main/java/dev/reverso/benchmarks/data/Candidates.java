package dev.reverso.benchmarks.data;

import dev.reverso.matching.internal.CandidateLists;
import dev.reverso.matching.internal.CandidateTable;

/**
 * {@link CandidateLists} or a {@link CandidateTable} (the same lists) in the compressed sparse row form {@code SparseAssignment.maximize(int[] rowStart,
 * int[] columns, double[] scores, int[] columnCapacity)} takes: rows are mentees, columns mentors.
 */
public final class Candidates {
  /** {@code menteeCount + 1} offsets into {@link #columns} and {@link #scores}. */
  public final int[] rowStart;
  /** Candidate mentor indices, best first within each mentee. */
  public final int[] columns;
  /** Their scores, widened from float. */
  public final double[] scores;

  private Candidates(int[] rowStart, int[] columns, double[] scores) {
    this.rowStart = rowStart;
    this.columns = columns;
    this.scores = scores;
  }

  /** Copies the lists into flat arrays: O(total candidates). */
  public static Candidates of(CandidateLists lists) {
    int rows = lists.menteeCount();
    int[] rowStart = new int[rows + 1];
    int[] columns = new int[Math.toIntExact(lists.totalCandidates())];
    double[] scores = new double[columns.length];
    int e = 0;
    for (int j = 0; j < rows; j++) {
      for (int r = 0, size = lists.size(j); r < size; r++) {
        columns[e] = lists.mentor(j, r);
        scores[e++] = lists.score(j, r);
      }
      rowStart[j + 1] = e;
    }
    return new Candidates(rowStart, columns, scores);
  }

  /** Copies the table's lists into flat arrays: O(total candidates). */
  public static Candidates of(CandidateTable table) {
    int rows = table.count.length;
    int[] rowStart = new int[rows + 1];
    int[] columns = new int[table.total()];
    double[] scores = new double[columns.length];
    int e = 0;
    for (int j = 0; j < rows; j++) {
      for (int r = 0; r < table.count[j]; r++) {
        columns[e] = table.mentor[j * table.width + r];
        scores[e++] = table.score[j * table.width + r];
      }
      rowStart[j + 1] = e;
    }
    return new Candidates(rowStart, columns, scores);
  }
}
