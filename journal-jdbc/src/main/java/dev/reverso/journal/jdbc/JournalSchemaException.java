package dev.reverso.journal.jdbc;

import dev.reverso.reporting.journal.JournalStorageException;

/**
 * The database's journal schema is not one this jar can work with: missing or older while migrations are
 * turned off, newer than the jar (written by a later Reverso), or failed to migrate. Nothing was changed by
 * the open that threw it. The message names the versions found and expected and what to do.
 */
public class JournalSchemaException extends JournalStorageException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public JournalSchemaException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public JournalSchemaException(String message, Throwable cause) {
    super(message, cause);
  }
}
