package dev.reverso.matching.constraint;

import dev.reverso.matching.internal.RowCheck;
import dev.reverso.matching.result.Reason;
import java.util.Arrays;

/**
 * A rule given as explicit forbidden pairs (earlier pairings, exclusions): per mentee, the sorted mentor
 * indices it may not be paired with, and the same pairs per mentor, so that a row or a column costs only its
 * own forbidden pairs. One final class for both rules, so its loops stay monomorphic.
 */
final class ForbiddenPairs implements RowCheck {
  private static final int[] NONE = new int[0];

  private final int[][] forbidden;
  /** Per mentor, the mentee indices it may not be paired with (mentors beyond the array have none). */
  private final int[][] byMentor;
  private final IntBinaryFunction<Reason> reason;

  ForbiddenPairs(int[][] forbidden, IntBinaryFunction<Reason> reason) {
    this.forbidden = forbidden;
    this.reason = reason;
    int mentors = 0;
    for (int[] list : forbidden) {
      for (int i : list) {
        mentors = Math.max(mentors, i + 1);
      }
    }
    int[] count = new int[mentors];
    for (int[] list : forbidden) {
      for (int i : list) {
        count[i]++;
      }
    }
    this.byMentor = new int[mentors][];
    for (int i = 0; i < mentors; i++) {
      byMentor[i] = count[i] == 0 ? NONE : new int[count[i]];
      count[i] = 0;
    }
    for (int j = 0; j < forbidden.length; j++) {
      for (int i : forbidden[j]) {
        byMentor[i][count[i]++] = j;
      }
    }
  }

  @Override
  public void restrictColumn(int mentor, boolean[] allowed) {
    if (mentor < byMentor.length) {
      for (int j : byMentor[mentor]) {
        allowed[j] = false;
      }
    }
  }

  @Override
  public void restrictRow(int mentee, boolean[] allowed) {
    for (int i : forbidden[mentee]) {
      allowed[i] = false;
    }
  }

  @Override
  public boolean allows(int mentor, int mentee) {
    int[] list = forbidden[mentee];
    return list.length == 0 || Arrays.binarySearch(list, mentor) < 0;
  }

  @Override
  public Reason reason(int mentor, int mentee) {
    return reason.apply(mentor, mentee);
  }
}
