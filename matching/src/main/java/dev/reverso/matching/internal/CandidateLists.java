package dev.reverso.matching.internal;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.stream.IntStream;
import dev.reverso.matching.spi.MatchingProblem;

/**
 * The top-{@code k} allowed mentors of every mentee, found without building a dense matrix, for large
 * programmes and sparse solvers: memory O(mentees × k), time O(mentees × mentors × (constraints + log k)).
 *
 * <p>Each mentee's mentors are scanned once with a bounded min-heap of size k; forbidden pairs are skipped
 * before scoring. A list is ordered by score (as {@code float}, the value a {@link CompatibilityMatrix}
 * stores) from best to worst, ties by lower mentor index first; it is exactly the first k entries of
 * the mentee's matrix row sorted that way, and shorter than k when fewer mentors are allowed. Mentees are
 * processed in parallel (the caller's {@code ForkJoinPool} if called inside one), each writing only its
 * own slice, so the result does not depend on the number of threads. Immutable and thread-safe.
 */
public final class CandidateLists {
  private final int k;
  private final int[] counts;
  private final int[] mentors;
  private final float[] scores;

  private CandidateLists(int k, int[] counts, int[] mentors, float[] scores) {
    this.k = k;
    this.counts = counts;
    this.mentors = mentors;
    this.scores = scores;
  }

  /**
   * Computes the top-{@code k} allowed mentors of every mentee.
   *
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public static CandidateLists of(MatchingProblem problem, int k) {
    requireNonNull(problem, "problem");
    if (k < 1) {
      throw new IllegalArgumentException("expected at least 1 candidate per mentee, found k=" + k);
    }
    int n = problem.menteeCount();
    int m = problem.mentorCount();
    int width = Math.min(k, m);
    int[] counts = new int[n];
    int[] mentors = new int[Math.multiplyExact(n, width)];
    float[] scores = new float[mentors.length];
    IntStream.range(0, n).parallel().forEach(j -> {
      int[] heapMentor = new int[width];
      float[] heapScore = new float[width];
      int size = 0;
      boolean[] allowed = new boolean[m];
      problem.allowedRow(j, allowed);
      double[] row = new double[m];
      problem.scoreRow(j, allowed, row);
      for (int i = 0; i < m; i++) {
        if (!allowed[i]) {
          continue;
        }
        float s = (float) row[i];
        if (size < width) {
          heapMentor[size] = i;
          heapScore[size] = s;
          siftUp(heapMentor, heapScore, size++);
        } else if (better(s, i, heapScore[0], heapMentor[0])) {
          heapMentor[0] = i;
          heapScore[0] = s;
          siftDown(heapMentor, heapScore, size);
        }
      }
      // Pop the worst repeatedly to fill the slice from its end: best first.
      int base = j * width;
      counts[j] = size;
      for (int r = size - 1; r >= 0; r--) {
        mentors[base + r] = heapMentor[0];
        scores[base + r] = heapScore[0];
        heapMentor[0] = heapMentor[r];
        heapScore[0] = heapScore[r];
        siftDown(heapMentor, heapScore, r);
      }
    });
    return new CandidateLists(width, counts, mentors, scores);
  }

  /** Whether (score a, mentor ia) ranks above (score b, mentor ib): higher score, then lower index. */
  private static boolean better(float a, int ia, float b, int ib) {
    return a > b || (a == b && ia < ib);
  }

  private static void siftUp(int[] idx, float[] sc, int at) {
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (!better(sc[parent], idx[parent], sc[at], idx[at])) {
        return;
      }
      swap(idx, sc, parent, at);
      at = parent;
    }
  }

  private static void siftDown(int[] idx, float[] sc, int size) {
    int at = 0;
    while (true) {
      int left = 2 * at + 1;
      if (left >= size) {
        return;
      }
      int worst = left;
      int right = left + 1;
      if (right < size && better(sc[worst], idx[worst], sc[right], idx[right])) {
        worst = right;
      }
      if (!better(sc[at], idx[at], sc[worst], idx[worst])) {
        return;
      }
      swap(idx, sc, at, worst);
      at = worst;
    }
  }

  private static void swap(int[] idx, float[] sc, int a, int b) {
    int ti = idx[a];
    idx[a] = idx[b];
    idx[b] = ti;
    float ts = sc[a];
    sc[a] = sc[b];
    sc[b] = ts;
  }

  /** The list length asked for, capped at the number of mentors. */
  public int k() {
    return k;
  }

  /** The number of mentees (lists). */
  public int menteeCount() {
    return counts.length;
  }

  /** How many candidates mentee {@code mentee} has: at most {@link #k()}. */
  public int size(int mentee) {
    return counts[mentee];
  }

  /** The mentor index at rank {@code rank} (0 = best) of a mentee's list. */
  public int mentor(int mentee, int rank) {
    return mentors[slot(mentee, rank)];
  }

  /** The score at rank {@code rank} of a mentee's list. */
  public float score(int mentee, int rank) {
    return scores[slot(mentee, rank)];
  }

  /** A copy of a mentee's candidate mentor indices, best first. */
  public int[] mentorsOf(int mentee) {
    int base = mentee * k;
    return Arrays.copyOfRange(mentors, base, base + counts[mentee]);
  }

  /** A copy of a mentee's candidate scores, best first. */
  public float[] scoresOf(int mentee) {
    int base = mentee * k;
    return Arrays.copyOfRange(scores, base, base + counts[mentee]);
  }

  /** The total number of candidates over all mentees. */
  public long totalCandidates() {
    long t = 0;
    for (int c : counts) {
      t += c;
    }
    return t;
  }

  private int slot(int mentee, int rank) {
    if (rank < 0 || rank >= counts[mentee]) {
      throw new IndexOutOfBoundsException("rank " + rank + " of a list of " + counts[mentee]);
    }
    return mentee * k + rank;
  }

  /** Sizes only. */
  @Override
  public String toString() {
    return "CandidateLists[mentees=" + counts.length + ", k=" + k + ", candidates=" + totalCandidates() + "]";
  }
}
