package dev.reverso.matching.internal;

import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.ProgressListener;
import dev.reverso.matching.solver.LinearAssignment;
import dev.reverso.matching.solver.SparseAssignment;

/**
 * Maximum total score with capacities on both sides, unmatched allowed: the engine of the {@code optimal}
 * and {@code incremental} strategies. Internal.
 *
 * <p>Rows are mentee slots (a mentee of capacity c gives c rows with the same scores), columns are mentors
 * with their capacities. The slot reduction may give one mentee the same mentor twice; when it does, the
 * problem is solved again exactly by {@link MinCostFlowMatching}, which never uses a pair twice. When it
 * does not, the slot optimum is feasible and, being optimal for the relaxation, optimal (so with every
 * mentee capacity 1, the usual case, the fast path is always exact).
 *
 * <ul>
 *   <li><b>dense</b>: every admissible pair in a flat {@code float} table (see {@link ScoreTable}) and
 *       {@link LinearAssignment}. Exact for the {@code float}-rounded scores.
 *   <li><b>sparse(k=K)</b>: each mentee's best K admissible mentors (see {@link CandidateTable}: a threshold
 *       search, a bounded scan or full rows, named after {@code ; candidates} in the path; ties by lower
 *       mentor index), widened by {@link CardinalityRepair} with the pairs of a maximum
 *       matching of the whole admissible graph, and {@link SparseAssignment}: exact within the candidate
 *       lists, memory O(mentees × K).
 * </ul>
 */
public final class CapacitatedAssignment {
  private CapacitatedAssignment() {}

  /** Chosen pairs and the solver path that chose them. */
  public static final class Solution {
    /** Mentor index of each pair. */
    public final int[] mentor;
    /** Mentee index of each pair. */
    public final int[] mentee;
    /** Number of pairs. */
    public final int count;
    /** Which solver ran: {@code dense}, {@code sparse(k=K)}, or either with {@code +flow}. */
    public final String solverPath;

    Solution(int[] mentor, int[] mentee, int count, String solverPath) {
      this.mentor = mentor;
      this.mentee = mentee;
      this.count = count;
      this.solverPath = solverPath;
    }
  }

  /**
   * Solves on the dense table.
   *
   * @param mentorCapacity capacity left per mentor
   * @param menteeCapacity capacity left per mentee
   * @param filter pairs that may be made (besides constraints and the minimum score)
   */
  public static Solution dense(MatchingProblem problem, MatchingOptions options, int[] mentorCapacity,
      int[] menteeCapacity, PairFilter filter) {
    int n = problem.menteeCount();
    int m = problem.mentorCount();
    float[] table = ScoreTable.admissible(problem, options, filter, menteeCapacity);
    options.progress(ProgressListener.SOLVING, 0);
    int maxSlots = 0;
    for (int c : menteeCapacity) {
      maxSlots = Math.max(maxSlots, c);
    }
    int[] slotMentee;
    int[] column;
    if (maxSlots <= 1) {
      slotMentee = identity(n);
      column = LinearAssignment.maximize(table, n, m, mentorCapacity, options::checkpoint);
    } else {
      slotMentee = slots(menteeCapacity);
      double[][] rows = new double[slotMentee.length][];
      double[] row = null;
      for (int s = 0; s < slotMentee.length; s++) {
        if (s == 0 || slotMentee[s] != slotMentee[s - 1]) {
          row = new double[m];
          int base = slotMentee[s] * m;
          for (int i = 0; i < m; i++) {
            row[i] = table[base + i];
          }
        }
        rows[s] = row;
      }
      column = LinearAssignment.maximize(rows, mentorCapacity, options::checkpoint);
    }
    options.progress(ProgressListener.SOLVING, 1);
    if (!hasDuplicate(slotMentee, column)) {
      return collect(slotMentee, column, "dense");
    }
    // Exact fallback on every positive admissible pair.
    int[] start = new int[n + 1];
    int edges = 0;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        if (table[j * m + i] > 0) {
          edges++;
        }
      }
      start[j + 1] = edges;
    }
    int[] col = new int[edges];
    double[] w = new double[edges];
    int e = 0;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        float v = table[j * m + i];
        if (v > 0) {
          col[e] = i;
          w[e++] = v;
        }
      }
    }
    return flow(n, m, start, col, w, menteeCapacity, mentorCapacity, options, "dense+flow");
  }

  /**
   * Solves on candidate lists of at most {@code k} admissible mentors per mentee.
   *
   * @param mentorCapacity capacity left per mentor
   * @param menteeCapacity capacity left per mentee
   * @param filter pairs that may be made (besides constraints and the minimum score)
   * @param k candidates per mentee, at least 1
   */
  public static Solution sparse(MatchingProblem problem, MatchingOptions options, int[] mentorCapacity,
      int[] menteeCapacity, PairFilter filter, int k) {
    int n = problem.menteeCount();
    int m = problem.mentorCount();
    CandidateTable t = CandidateTable.of(problem, options, filter, menteeCapacity, k);
    int width = t.width;
    int[] count = t.count;
    int[] cand = t.mentor;
    float[] candScore = t.score;
    int edges = 0;
    int[] start = new int[n + 1];
    for (int j = 0; j < n; j++) {
      for (int r = 0; r < count[j]; r++) {
        if (candScore[j * width + r] > 0) {
          edges++;
        }
      }
      start[j + 1] = edges;
    }
    int[] col = new int[edges];
    double[] w = new double[edges];
    int e = 0;
    for (int j = 0; j < n; j++) {
      for (int r = 0; r < count[j]; r++) {
        float v = candScore[j * width + r];
        if (v > 0) {
          col[e] = cand[j * width + r];
          w[e++] = v;
        }
      }
    }
    // Top-k lists alone may hold a far smaller matching than the admissible graph (ties, identical
    // people): add the pairs of a maximum matching of the whole admissible graph.
    CardinalityRepair repair = CardinalityRepair.of(problem, options, start, col, w, mentorCapacity,
        menteeCapacity, filter, true);
    if (repair.count > 0) {
      CardinalityRepair.Graph g = repair.merge(start, col, w);
      start = g.start;
      col = g.col;
      w = g.w;
    }
    options.progress(ProgressListener.SOLVING, 0);
    int maxSlots = 0;
    for (int c : menteeCapacity) {
      maxSlots = Math.max(maxSlots, c);
    }
    // One row per mentee when no mentee has room for two (a mentee without room has an empty list);
    // comparing the slot count with n instead would mistake capacities such as {2, 1, 0} for that case.
    int[] slotMentee = maxSlots <= 1 ? identity(n) : slots(menteeCapacity);
    int[] column;
    if (maxSlots <= 1) {
      column = SparseAssignment.maximize(start, col, w, mentorCapacity, options::checkpoint);
    } else {
      int[] slotStart = new int[slotMentee.length + 1];
      long total = 0;
      for (int s = 0; s < slotMentee.length; s++) {
        int j = slotMentee[s];
        total += start[j + 1] - start[j];
        slotStart[s + 1] = Math.toIntExact(total);
      }
      int[] slotCol = new int[(int) total];
      double[] slotW = new double[(int) total];
      for (int s = 0; s < slotMentee.length; s++) {
        int j = slotMentee[s];
        int len = start[j + 1] - start[j];
        System.arraycopy(col, start[j], slotCol, slotStart[s], len);
        System.arraycopy(w, start[j], slotW, slotStart[s], len);
      }
      column = SparseAssignment.maximize(slotStart, slotCol, slotW, mentorCapacity, options::checkpoint);
    }
    options.progress(ProgressListener.SOLVING, 1);
    String name = "sparse(k=" + k + ")" + (repair.count > 0 ? "+widened(" + repair.count + ")" : "");
    String stage = "; candidates " + t.stage;
    if (!hasDuplicate(slotMentee, column)) {
      return collect(slotMentee, column, name + stage);
    }
    return flow(n, m, start, col, w, menteeCapacity, mentorCapacity, options, name + "+flow" + stage);
  }

  private static Solution flow(int n, int m, int[] start, int[] col, double[] w, int[] menteeCapacity,
      int[] mentorCapacity, MatchingOptions options, String path) {
    boolean[] used = MinCostFlowMatching.solve(n, m, start, col, w, menteeCapacity, mentorCapacity, options);
    int pairs = 0;
    for (boolean u : used) {
      if (u) {
        pairs++;
      }
    }
    int[] mentor = new int[pairs];
    int[] mentee = new int[pairs];
    int p = 0;
    for (int j = 0; j < n; j++) {
      for (int e = start[j]; e < start[j + 1]; e++) {
        if (used[e]) {
          mentor[p] = col[e];
          mentee[p++] = j;
        }
      }
    }
    options.progress(ProgressListener.SOLVING, 1);
    return new Solution(mentor, mentee, pairs, path);
  }

  static int[] identity(int n) {
    int[] a = new int[n];
    for (int j = 0; j < n; j++) {
      a[j] = j;
    }
    return a;
  }

  /** One entry per unit of mentee capacity: the mentee of each slot, slots of a mentee consecutive. */
  static int[] slots(int[] menteeCapacity) {
    long total = 0;
    for (int c : menteeCapacity) {
      total += Math.max(0, c);
    }
    int[] s = new int[Math.toIntExact(total)];
    int k = 0;
    for (int j = 0; j < menteeCapacity.length; j++) {
      for (int c = 0; c < menteeCapacity[j]; c++) {
        s[k++] = j;
      }
    }
    return s;
  }

  /** Whether two slots of one mentee (consecutive) got the same mentor. */
  private static boolean hasDuplicate(int[] slotMentee, int[] column) {
    for (int s = 0; s < slotMentee.length; s++) {
      if (column[s] < 0) {
        continue;
      }
      for (int t = s + 1; t < slotMentee.length && slotMentee[t] == slotMentee[s]; t++) {
        if (column[t] == column[s]) {
          return true;
        }
      }
    }
    return false;
  }

  private static Solution collect(int[] slotMentee, int[] column, String path) {
    int pairs = 0;
    for (int c : column) {
      if (c >= 0) {
        pairs++;
      }
    }
    int[] mentor = new int[pairs];
    int[] mentee = new int[pairs];
    int p = 0;
    for (int s = 0; s < column.length; s++) {
      if (column[s] >= 0) {
        mentor[p] = column[s];
        mentee[p++] = slotMentee[s];
      }
    }
    return new Solution(mentor, mentee, pairs, path);
  }
}
