package dev.reverso.matching.constraint;

import dev.reverso.matching.internal.RowCheck;
import dev.reverso.matching.result.Reason;
import java.util.Arrays;

/**
 * A rule given as explicit forbidden pairs (earlier pairings, exclusions): per mentee, the sorted mentor
 * indices it may not be paired with. One final class for both rules, so its loops stay monomorphic.
 */
final class ForbiddenPairs implements RowCheck {
  private final int[][] forbidden;
  private final IntBinaryFunction<Reason> reason;

  ForbiddenPairs(int[][] forbidden, IntBinaryFunction<Reason> reason) {
    this.forbidden = forbidden;
    this.reason = reason;
  }

  @Override
  public void restrictColumn(int mentor, boolean[] allowed) {
    for (int j = 0; j < forbidden.length; j++) {
      if (allowed[j] && !allows(mentor, j)) {
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
