package dev.reverso.benchmarks.data;

import dev.reverso.matching.spi.MatchingProblem;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Ranked preference lists of a {@link MatchingProblem} for {@code DeferredAcceptance}: each mentee ranks
 * the mentors it is allowed to meet by {@link MatchingProblem#menteeView} and each mentor ranks its
 * allowed mentees by {@link MatchingProblem#mentorView}, best first, ties by lower index. Built in
 * parallel, each list by one task, so the result does not depend on the number of threads.
 */
public final class Preferences {
  private Preferences() {}

  /** For each mentee, its allowed mentors, best first. */
  public static int[][] ofMentees(MatchingProblem p) {
    int mentors = p.mentorCount();
    int[][] lists = new int[p.menteeCount()][];
    IntStream.range(0, lists.length).parallel().forEach(j -> {
      long[] keys = new long[mentors];
      int size = 0;
      for (int i = 0; i < mentors; i++) {
        if (p.allowed(i, j)) {
          keys[size++] = key(p.menteeView(i, j), i);
        }
      }
      lists[j] = indices(keys, size);
    });
    return lists;
  }

  /** For each mentor, its allowed mentees, best first. */
  public static int[][] ofMentors(MatchingProblem p) {
    int mentees = p.menteeCount();
    int[][] lists = new int[p.mentorCount()][];
    IntStream.range(0, lists.length).parallel().forEach(i -> {
      long[] keys = new long[mentees];
      int size = 0;
      for (int j = 0; j < mentees; j++) {
        if (p.allowed(i, j)) {
          keys[size++] = key(p.mentorView(i, j), j);
        }
      }
      lists[i] = indices(keys, size);
    });
    return lists;
  }

  /**
   * A sort key whose ascending order is descending score then ascending index: scores in [0, 1] as
   * float bits (monotonic for non-negative floats), complemented, above the index.
   */
  private static long key(double score, int index) {
    int bits = Float.floatToIntBits((float) score);
    return ((long) (Integer.MAX_VALUE - bits) << 32) | index;
  }

  private static int[] indices(long[] keys, int size) {
    Arrays.sort(keys, 0, size);
    int[] out = new int[size];
    for (int k = 0; k < size; k++) {
      out[k] = (int) keys[k];
    }
    return out;
  }
}
