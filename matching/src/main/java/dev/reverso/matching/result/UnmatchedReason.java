package dev.reverso.matching.result;

/** Why a participant ended up without a partner; the codes are stable and used in JSON. */
public enum UnmatchedReason {
  /** No one on the other side is allowed by every constraint; the detail names the blocking constraints. */
  NO_FEASIBLE_PARTNER,
  /** Feasible partners exist, but all of them were taken up to their capacity by others. */
  CAPACITY_EXHAUSTED,
  /** Every feasible partner scored below the strategy's minimum score. */
  BELOW_MINIMUM_SCORE,
  /** Feasible partners were free, but the strategy's objective left this person out. */
  NOT_SELECTED,
  /**
   * The person has withdrawn consent ({@link dev.reverso.core.Participant#consent()}): never matched, and
   * named nowhere else in a result.
   */
  NO_CONSENT
}
