package dev.reverso.matching.internal;

import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.Arrays;

/**
 * Makes a sparse candidate graph hold a maximum-cardinality matching of the whole admissible graph, so
 * that top-k lists that all name the same few partners (ties, identical people) cannot shrink the
 * matching. Internal.
 *
 * <p><b>Problem.</b> Mentees with capacities, mentors with capacities, and the admissible pairs (allowed
 * by every constraint, through the strategy's filter, scoring at least the minimum and, if asked, above
 * 0). The candidate lists are a subgraph. Find a maximum-cardinality simple b-matching of the admissible
 * graph (each pair at most once) and return its pairs that are not already candidates; added to the
 * lists, the sparse graph's maximum matching equals the admissible graph's.
 *
 * <p><b>Method.</b> Augmenting paths in the residual graph of the unit-capacity flow network (source →
 * mentee with room → admissible mentor → sink when the mentor has room; a matched pair can be walked
 * back from its mentor to its mentee), in phases of one breadth-first search from every mentee with
 * room, augmenting each vertex-disjoint path as soon as it is found (L. R. Ford and D. R. Fulkerson,
 * 1956; the phase structure is that of J. E. Hopcroft and R. M. Karp, SIAM J. Comput. 2(4), 1973). The
 * first phases run on the candidate lists alone (cheap); then on the whole admissible graph, whose rows
 * are computed on demand ({@link MatchingProblem#allowedRow} and {@link MatchingProblem#scoreRow}), never
 * stored. A phase without augmentation on the whole graph proves the matching maximum (no augmenting
 * path exists). When a mentee with room reaches several mentors with room, the best-scoring one is
 * taken, so the added pairs are good ones.
 *
 * <p><b>Cost.</b> On the lists: O(E) per phase. On the whole graph: one row (O(mentors) constraint
 * checks and scores) per mentee the search reaches, per phase; no search at all when no mentee or no
 * mentor has room left after the lists (the usual case when one side is short). Memory O(mentees +
 * mentors + pairs). Deterministic: the result depends only on the input.
 */
public final class CardinalityRepair {
  /** Pairs of the maximum matching that are not candidates, as parallel arrays. */
  public final int[] mentor;
  /** Mentee of each added pair. */
  public final int[] mentee;
  /** Score of each added pair, as {@code float}. */
  public final float[] score;
  /** How many pairs were added. */
  public final int count;
  /** Pairs of the maximum matching found (over candidates and added pairs). */
  public final int matchingSize;

  private CardinalityRepair(int[] mentor, int[] mentee, float[] score, int count, int matchingSize) {
    this.mentor = mentor;
    this.mentee = mentee;
    this.score = score;
    this.count = count;
    this.matchingSize = matchingSize;
  }

  /**
   * Finds the pairs to add.
   *
   * @param start CSR offsets of the candidate lists ({@code mentees + 1} entries)
   * @param col candidate mentors, no repeats within a list
   * @param w candidate scores (each admissible; above 0 if {@code positiveOnly})
   * @param mentorCapacity room of each mentor
   * @param menteeCapacity room of each mentee
   * @param filter pairs the strategy may make (besides constraints and the minimum score)
   * @param positiveOnly whether only pairs scoring above 0 count (the solver never takes the others)
   */
  public static CardinalityRepair of(MatchingProblem problem, MatchingOptions options, int[] start, int[] col,
      double[] w, int[] mentorCapacity, int[] menteeCapacity, PairFilter filter, boolean positiveOnly) {
    State s = new State(problem, options, start, col, w, mentorCapacity, menteeCapacity, filter, positiveOnly);
    while (s.phase(false)) {
      options.checkpoint();
    }
    if (s.anyRoom()) {
      while (s.phase(true)) {
        options.checkpoint();
      }
    }
    return s.result();
  }

  /** A candidate graph in compressed sparse rows: mentee j's mentors are {@code col[start[j] .. start[j + 1])}. */
  public static final class Graph {
    /** Offsets, mentees + 1 entries. */
    public final int[] start;
    /** Mentor of each entry. */
    public final int[] col;
    /** Score of each entry. */
    public final double[] w;

    Graph(int[] start, int[] col, double[] w) {
      this.start = start;
      this.col = col;
      this.w = w;
    }
  }

  /** The candidate lists with the added pairs appended to their mentees' lists. */
  public Graph merge(int[] start, int[] col, double[] w) {
    int n = start.length - 1;
    int[] s2 = new int[n + 1];
    int[] c2 = new int[col.length + count];
    double[] w2 = new double[c2.length];
    int x = 0;
    int e2 = 0;
    for (int j = 0; j < n; j++) {
      int len = start[j + 1] - start[j];
      System.arraycopy(col, start[j], c2, e2, len);
      System.arraycopy(w, start[j], w2, e2, len);
      e2 += len;
      while (x < count && mentee[x] == j) {
        c2[e2] = mentor[x];
        w2[e2++] = score[x++];
      }
      s2[j + 1] = e2;
    }
    return new Graph(s2, c2, w2);
  }

  /** The matching and the search. Single-threaded. */
  private static final class State {
    final MatchingProblem problem;
    final MatchingOptions options;
    final int[] start;
    final int[] col;
    final double[] w;
    final int[] mentorCap;
    final int[] menteeCap;
    final PairFilter filter;
    final boolean positiveOnly;
    final double min;
    final int n;
    final int m;
    /** Partners of each person: growable lists. */
    final int[][] menteePartners;
    final int[] menteeLoad;
    final int[][] mentorPartners;
    final int[] mentorLoad;
    int pairs;
    // Search state, stamped per phase.
    final int[] menteeSeen;
    final int[] mentorSeen;
    final int[] menteeUsed;
    final int[] mentorUsed;
    final int[] menteeParent;
    final int[] mentorParent;
    int stamp;
    final int[] queue;
    int tail;
    /** Mentees with no admissible partner in the whole graph. */
    final boolean[] dead;
    // Row buffers for the whole graph.
    final boolean[] allowed;
    final double[] rowScore;

    State(MatchingProblem problem, MatchingOptions options, int[] start, int[] col, double[] w, int[] mentorCap,
        int[] menteeCap, PairFilter filter, boolean positiveOnly) {
      this.problem = problem;
      this.options = options;
      this.start = start;
      this.col = col;
      this.w = w;
      this.mentorCap = mentorCap;
      this.menteeCap = menteeCap;
      this.filter = filter;
      this.positiveOnly = positiveOnly;
      this.min = options.minimumScore();
      this.n = menteeCap.length;
      this.m = mentorCap.length;
      this.menteePartners = new int[n][];
      this.menteeLoad = new int[n];
      this.mentorPartners = new int[m][];
      this.mentorLoad = new int[m];
      this.menteeSeen = new int[n];
      this.mentorSeen = new int[m];
      this.menteeUsed = new int[n];
      this.mentorUsed = new int[m];
      this.menteeParent = new int[n];
      this.mentorParent = new int[m];
      this.queue = new int[n];
      this.dead = new boolean[n];
      this.allowed = new boolean[m];
      this.rowScore = new double[m];
    }

    /** Whether some mentee and some mentor both still have room: otherwise the matching is maximum. */
    boolean anyRoom() {
      boolean mentee = false;
      for (int j = 0; j < n && !mentee; j++) {
        mentee = menteeLoad[j] < menteeCap[j];
      }
      boolean mentor = false;
      for (int i = 0; i < m && !mentor; i++) {
        mentor = mentorLoad[i] < mentorCap[i];
      }
      return mentee && mentor;
    }

    /** One phase; true if it augmented at least once. */
    boolean phase(boolean whole) {
      stamp++;
      int tail = 0;
      for (int j = 0; j < n; j++) {
        if (menteeLoad[j] < menteeCap[j] && !(whole && dead[j])) {
          menteeSeen[j] = stamp;
          menteeParent[j] = -1;
          queue[tail++] = j;
        }
      }
      this.tail = tail;
      boolean augmented = false;
      int expanded = 0;
      for (int head = 0; head < this.tail; head++) {
        int j = queue[head];
        if (menteeUsed[j] == stamp) {
          continue;
        }
        if (whole && (++expanded & 255) == 0) {
          options.checkpoint();
        }
        int sink = whole ? expandWhole(j) : expandLists(j);
        if (sink >= 0) {
          mentorParent[sink] = j;
          augmented |= augment(sink);
        }
      }
      return augmented;
    }

    private int expandLists(int j) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int e = start[j]; e < start[j + 1]; e++) {
        int i = col[e];
        if (reach(j, i) && w[e] > bestScore) {
          best = i;
          bestScore = w[e];
        }
      }
      return best;
    }

    private int expandWhole(int j) {
      problem.allowedRow(j, allowed);
      if (filter != PairFilter.ALL) {
        for (int i = 0; i < m; i++) {
          allowed[i] = allowed[i] && filter.test(i, j);
        }
      }
      problem.scoreRow(j, allowed, rowScore);
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      boolean any = false;
      for (int i = 0; i < m; i++) {
        if (!allowed[i]) {
          continue;
        }
        double s = rowScore[i];
        if (s < min || (positiveOnly && !((float) s > 0))) {
          continue;
        }
        any = true;
        if (reach(j, i) && s > bestScore) {
          best = i;
          bestScore = s;
        }
      }
      if (!any) {
        // No admissible partner at all: the graph does not change, so never expand it again.
        dead[j] = true;
      }
      return best;
    }

    /**
     * Follows the admissible pair (i, j) out of mentee j: returns true if mentor i has room (a possible end
     * of an augmenting path); if i is full and not reached yet in this phase, marks it reached from j and
     * queues the mentees it holds.
     */
    private boolean reach(int j, int i) {
      if (contains(menteePartners[j], menteeLoad[j], i)) {
        return false;
      }
      if (mentorLoad[i] < mentorCap[i]) {
        return true;
      }
      if (mentorSeen[i] == stamp || mentorUsed[i] == stamp) {
        return false;
      }
      mentorSeen[i] = stamp;
      mentorParent[i] = j;
      int[] held = mentorPartners[i];
      for (int x = 0; x < mentorLoad[i]; x++) {
        int h = held[x];
        if (menteeSeen[h] != stamp) {
          menteeSeen[h] = stamp;
          menteeParent[h] = i;
          queue[tail++] = h;
        }
      }
      return false;
    }

    /** Flips the path ending at mentor {@code sink}, if none of its people is used in this phase. */
    private boolean augment(int sink) {
      if (mentorLoad[sink] >= mentorCap[sink]) {
        return false;
      }
      // Check first: every person on the path untouched in this phase (the sink may end several paths).
      int i = sink;
      while (true) {
        int j = mentorParent[i];
        if (menteeUsed[j] == stamp || (i != sink && mentorUsed[i] == stamp)) {
          return false;
        }
        int back = menteeParent[j];
        if (back < 0) {
          if (menteeLoad[j] >= menteeCap[j]) {
            return false;
          }
          break;
        }
        i = back;
      }
      i = sink;
      while (true) {
        int j = mentorParent[i];
        mentorUsed[i] = stamp;
        menteeUsed[j] = stamp;
        add(i, j);
        int back = menteeParent[j];
        if (back < 0) {
          break;
        }
        remove(back, j);
        i = back;
      }
      pairs++;
      return true;
    }

    private void add(int i, int j) {
      menteePartners[j] = push(menteePartners[j], menteeLoad[j]++, i);
      mentorPartners[i] = push(mentorPartners[i], mentorLoad[i]++, j);
    }

    private void remove(int i, int j) {
      menteeLoad[j] = drop(menteePartners[j], menteeLoad[j], i);
      mentorLoad[i] = drop(mentorPartners[i], mentorLoad[i], j);
    }

    private static int[] push(int[] list, int size, int v) {
      if (list == null) {
        list = new int[2];
      } else if (size == list.length) {
        list = Arrays.copyOf(list, size * 2);
      }
      list[size] = v;
      return list;
    }

    private static int drop(int[] list, int size, int v) {
      for (int x = 0; x < size; x++) {
        if (list[x] == v) {
          list[x] = list[size - 1];
          return size - 1;
        }
      }
      throw new IllegalStateException("pair not in the matching");
    }

    private static boolean contains(int[] list, int size, int v) {
      for (int x = 0; x < size; x++) {
        if (list[x] == v) {
          return true;
        }
      }
      return false;
    }

    CardinalityRepair result() {
      int extra = 0;
      int[] am = new int[16];
      int[] aj = new int[16];
      for (int j = 0; j < n; j++) {
        for (int x = 0; x < menteeLoad[j]; x++) {
          int i = menteePartners[j][x];
          boolean listed = false;
          for (int e = start[j]; e < start[j + 1] && !listed; e++) {
            listed = col[e] == i;
          }
          if (!listed) {
            if (extra == am.length) {
              am = Arrays.copyOf(am, extra * 2);
              aj = Arrays.copyOf(aj, extra * 2);
            }
            am[extra] = i;
            aj[extra++] = j;
          }
        }
      }
      // Sorted by mentee, then mentor: the order the lists are merged in.
      long[] keys = new long[extra];
      for (int x = 0; x < extra; x++) {
        keys[x] = ((long) aj[x] << 32) | am[x];
      }
      Arrays.sort(keys);
      int[] mentor = new int[extra];
      int[] mentee = new int[extra];
      float[] score = new float[extra];
      for (int x = 0; x < extra; x++) {
        mentee[x] = (int) (keys[x] >>> 32);
        mentor[x] = (int) keys[x];
        score[x] = (float) problem.score(mentor[x], mentee[x]);
      }
      return new CardinalityRepair(mentor, mentee, score, extra, pairs);
    }
  }
}
