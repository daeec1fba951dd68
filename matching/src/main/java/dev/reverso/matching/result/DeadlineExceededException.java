package dev.reverso.matching.result;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ReversoException;
import java.time.Instant;

/**
 * A match stopped because its deadline passed. Nothing of the partial work is returned; allow more time,
 * lower the candidate list size of the {@code optimal} strategy, or use a faster strategy such as
 * {@code greedy}.
 */
public class DeadlineExceededException extends ReversoException {
  private static final long serialVersionUID = 1L;

  private final Instant deadline;

  /** Creates the exception for this deadline. */
  public DeadlineExceededException(Instant deadline, String message) {
    super(message);
    this.deadline = requireNonNull(deadline, "deadline");
  }

  /** The deadline that passed. */
  public Instant deadline() {
    return deadline;
  }
}
