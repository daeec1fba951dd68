package dev.reverso.reporting.journal;

import dev.reverso.core.ReversoException;

/**
 * A journal could not read or write its storage (an I/O error, a file changed behind the journal's
 * back). The event being appended, if any, may or may not be recorded: appending it again is safe, since
 * appends are idempotent by event id.
 */
public class JournalStorageException extends ReversoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public JournalStorageException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception without a cause. */
  public JournalStorageException(String message) {
    super(message);
  }
}
