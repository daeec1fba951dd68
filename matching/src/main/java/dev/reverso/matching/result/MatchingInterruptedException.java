package dev.reverso.matching.result;

import dev.reverso.core.ReversoException;

/**
 * A match stopped because the calling thread was interrupted. The thread's interrupt flag is left set,
 * so the code that interrupted it still sees the request. Nothing of the partial work is returned.
 */
public class MatchingInterruptedException extends ReversoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the phase that was running. */
  public MatchingInterruptedException(String message) {
    super(message);
  }
}
