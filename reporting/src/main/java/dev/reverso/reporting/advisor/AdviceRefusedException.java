package dev.reverso.reporting.advisor;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ReversoException;

/**
 * The {@link WeightAdvisor} refused to suggest weights, for the {@link #reason()} given; the message says why in
 * numbers and what to do. The data were valid: there is just not enough signal in them. The message carries
 * counts only, no ids.
 */
public class AdviceRefusedException extends ReversoException {
  private static final long serialVersionUID = 1L;

  private final RefusalReason reason;
  private final int pairsUsed;
  private final int pairsWithoutOutcome;

  /**
   * Creates the exception.
   *
   * @param reason the reason code
   * @param pairsUsed pairs with an outcome
   * @param pairsWithoutOutcome matched pairs left out because they had no feedback
   * @param message why, in numbers, and what to do
   */
  public AdviceRefusedException(RefusalReason reason, int pairsUsed, int pairsWithoutOutcome, String message) {
    super(message);
    this.reason = requireNonNull(reason, "reason");
    this.pairsUsed = pairsUsed;
    this.pairsWithoutOutcome = pairsWithoutOutcome;
  }

  /** The reason code. */
  public RefusalReason reason() {
    return reason;
  }

  /** Pairs with an outcome. */
  public int pairsUsed() {
    return pairsUsed;
  }

  /** Matched pairs left out because they had no feedback. */
  public int pairsWithoutOutcome() {
    return pairsWithoutOutcome;
  }
}
