package dev.reverso.matching.internal;

import dev.reverso.matching.spi.Constraint;

/**
 * A built-in {@link Constraint.Check} that also answers for one mentee and every mentor in one pass, so
 * that {@link MatchingProblem#allowedRow(int, boolean[])} runs a tight, monomorphic loop per constraint
 * instead of one interface call per pair and constraint. Internal.
 *
 * <p>Each built-in spells out its own {@code restrictRow}/{@code restrictColumn} loops, even where they
 * look alike, on purpose: a loop shared in a base class or a default method would call {@code allows}
 * through a call site that sees every constraint class, which the JIT cannot inline, and the row kernels
 * would lose most of their speed.
 */
public interface RowCheck extends Constraint.Check {
  /**
   * Sets {@code allowed[i]} to false for every mentor {@code i} whose entry is true and whose pair with
   * {@code mentee} this rule forbids; leaves every other entry as it is. Equivalent to
   * {@code allowed[i] &= allows(i, mentee)} over the mentors.
   */
  void restrictRow(int mentee, boolean[] allowed);

  /**
   * Sets {@code allowed[j]} to false for every mentee {@code j} whose entry is true and whose pair with
   * {@code mentor} this rule forbids; leaves every other entry as it is. Equivalent to
   * {@code allowed[j] &= allows(mentor, j)} over the mentees.
   */
  void restrictColumn(int mentor, boolean[] allowed);
}
