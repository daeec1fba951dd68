package dev.reverso.matching.spi;

import dev.reverso.core.Program;

/**
 * A hard rule: a pair it forbids is never matched, whatever its score.
 *
 * <p>A constraint is a thread-safe, immutable description; it is {@linkplain #bind(Program) bound} once
 * to a programme, and the bound {@link Check} answers for pairs of mentor index {@code i}
 * ({@code program.mentors().get(i)}) and mentee index {@code j} ({@code program.mentees().get(j)}).
 * Built-ins are in {@code dev.reverso.matching.constraint.Constraints}.
 */
public interface Constraint {

  /** The stable id used in explanations and JSON, such as {@code reporting-chain}; unique within a problem. */
  String id();

  /**
   * Prepares to check the pairs of this programme. Called once per matching problem.
   *
   * @return a thread-safe check for the programme's pairs
   */
  Check bind(Program program);

  /** Checks the pairs of one programme. Thread-safe and deterministic. */
  interface Check {
    /** Whether the rule allows this pair. Called for many pairs: should be O(1) and not allocate. */
    boolean allows(int mentor, int mentee);

    /**
     * Why the rule forbids this pair, for explanations: a sentence naming HR ids (and org data such as
     * grades), never display names. Only called for a pair that {@link #allows(int, int)} rejects.
     */
    String reason(int mentor, int mentee);
  }
}
