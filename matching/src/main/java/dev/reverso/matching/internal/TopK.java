package dev.reverso.matching.internal;

import dev.reverso.matching.spi.MatchingProblem;

/**
 * The best {@code k} admissible mentors of one mentee, best first (higher {@code float} score, then lower
 * mentor index), with a bounded min-heap: O(mentors × (constraints + log k)) per mentee. Internal.
 */
final class TopK {
  private TopK() {}

  /**
   * Writes the best admissible mentors of {@code mentee} into {@code out[at .. at + k)} and their scores
   * into {@code outScore}, best first, and returns how many were written.
   */
  static int select(MatchingProblem problem, PairFilter filter, double min, int mentee, int k, int[] out,
      float[] outScore, int at) {
    int m = problem.mentorCount();
    int size = 0;
    RowBuffers buffers = RowBuffers.get(m);
    boolean[] consider = buffers.flags;
    problem.allowedRow(mentee, consider);
    if (filter != PairFilter.ALL) {
      for (int i = 0; i < m; i++) {
        consider[i] = consider[i] && filter.test(i, mentee);
      }
    }
    double[] scores = buffers.doubles;
    problem.scoreRow(mentee, consider, scores);
    // out/outScore[at .. at + size) hold a min-heap: the worst kept candidate at its root.
    for (int i = 0; i < m; i++) {
      if (!consider[i]) {
        continue;
      }
      double exact = scores[i];
      if (exact < min) {
        continue;
      }
      size = offer(out, outScore, at, size, k, i, (float) exact);
    }
    sortBestFirst(out, outScore, at, size);
    return size;
  }

  /**
   * Offers mentor {@code i} with score {@code s} to the min-heap of at most {@code k} entries held in
   * {@code out/outScore[at .. at + size)} (the worst kept candidate at its root) and returns its new size.
   */
  static int offer(int[] out, float[] outScore, int at, int size, int k, int i, float s) {
    if (size < k) {
      int x = size++;
      while (x > 0) {
        int parent = (x - 1) >>> 1;
        if (!worse(s, i, outScore[at + parent], out[at + parent])) {
          break;
        }
        out[at + x] = out[at + parent];
        outScore[at + x] = outScore[at + parent];
        x = parent;
      }
      out[at + x] = i;
      outScore[at + x] = s;
    } else if (worse(outScore[at], out[at], s, i)) {
      siftDown(out, outScore, at, size, s, i);
    }
    return size;
  }

  /** Heap sort in place: repeatedly moves the worst to the end, so the entries end best first. */
  static void sortBestFirst(int[] out, float[] outScore, int at, int size) {
    for (int end = size - 1; end > 0; end--) {
      int worstMentor = out[at];
      float worstScore = outScore[at];
      int lastMentor = out[at + end];
      float lastScore = outScore[at + end];
      out[at + end] = worstMentor;
      outScore[at + end] = worstScore;
      siftDown(out, outScore, at, end, lastScore, lastMentor);
    }
  }

  /** Places (s, i) at the root of the heap of {@code size} entries and sifts it down. */
  private static void siftDown(int[] out, float[] outScore, int at, int size, float s, int i) {
    int x = 0;
    int half = size >>> 1;
    while (x < half) {
      int child = 2 * x + 1;
      if (child + 1 < size && worse(outScore[at + child + 1], out[at + child + 1], outScore[at + child], out[at + child])) {
        child++;
      }
      if (!worse(outScore[at + child], out[at + child], s, i)) {
        break;
      }
      out[at + x] = out[at + child];
      outScore[at + x] = outScore[at + child];
      x = child;
    }
    out[at + x] = i;
    outScore[at + x] = s;
  }

  /** Whether (a, ia) ranks below (b, ib): lower score, or equal score and higher index. */
  private static boolean worse(float a, int ia, float b, int ib) {
    return a < b || (a == b && ia > ib);
  }
}
