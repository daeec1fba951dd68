package dev.reverso.matching.internal;

import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.ProgressListener;

/**
 * Each mentee's best {@code k} admissible mentors (allowed, at least the minimum score, through the
 * filter), best first by {@code float} score then lower mentor index, in flat arrays: entry
 * {@code j * width + r} is rank r of mentee j. Built in row blocks with progress and stop checks between
 * them. Mentees without capacity get empty lists. Internal.
 */
public final class CandidateTable {
  /** The list stride: {@code min(k, mentors)}, at least 1. */
  public final int width;
  /** List length of each mentee. */
  public final int[] count;
  /** Mentor index of each entry. */
  public final int[] mentor;
  /** Score of each entry. */
  public final float[] score;

  private CandidateTable(int width, int[] count, int[] mentor, float[] score) {
    this.width = width;
    this.count = count;
    this.mentor = mentor;
    this.score = score;
  }

  /** Builds the lists. */
  public static CandidateTable of(MatchingProblem problem, MatchingOptions options, PairFilter filter,
      int[] menteeCapacity, int k) {
    int n = problem.menteeCount();
    int m = problem.mentorCount();
    int width = Math.max(1, Math.min(k, m));
    int[] count = new int[n];
    int[] mentor = new int[Math.multiplyExact(n, width)];
    float[] score = new float[mentor.length];
    double min = options.minimumScore();
    ScoreTable.forEachRowBlock(n, m, options, ProgressListener.SCORING, j -> {
      if (menteeCapacity[j] > 0) {
        count[j] = TopK.select(problem, filter, min, j, width, mentor, score, j * width);
      }
    });
    return new CandidateTable(width, count, mentor, score);
  }

  /** The number of entries over all lists. */
  public int total() {
    long t = 0;
    for (int c : count) {
      t += c;
    }
    return Math.toIntExact(t);
  }
}
