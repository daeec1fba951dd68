package dev.reverso.reporting.advisor;

/** Why the {@link WeightAdvisor} gave no suggestion. */
public enum RefusalReason {
  /** Fewer pairs with an outcome than {@link AdviceOptions#minPairs()}. */
  TOO_FEW_PAIRS,
  /** Every pair had the same outcome: nothing distinguishes good pairs from poor ones. */
  CONSTANT_OUTCOMES,
  /** No criterion score varies across the pairs: the data cannot say which criterion matters. */
  NO_VARYING_CRITERION,
  /**
   * No criterion goes with better outcomes: the best non-negative fit gives every criterion weight 0, so there
   * is no weighting to suggest.
   */
  NO_POSITIVE_EFFECT
}
