package dev.reverso.core;

/**
 * Base class of every exception Reverso throws on purpose.
 *
 * <p>Callers that want to handle all of the library's failures in one place catch this type. Any other
 * exception escaping a Reverso entry point is a bug. Messages never contain display names, comments or
 * skill profiles; they name records by location and HR id only.
 */
public class ReversoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that says what went wrong and what to do about it. */
  public ReversoException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the underlying cause. */
  public ReversoException(String message, Throwable cause) {
    super(message, cause);
  }
}
