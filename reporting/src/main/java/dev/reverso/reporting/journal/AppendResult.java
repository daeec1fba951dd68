package dev.reverso.reporting.journal;

/** What {@link Journal#append(JournalEvent)} did with an event. */
public enum AppendResult {
  /** The event was new and is now recorded. */
  APPENDED,
  /** An equal event with the same id was already recorded; nothing changed (an idempotent repeat). */
  ALREADY_PRESENT;

  /** Whether the event was new. */
  public boolean isNew() {
    return this == APPENDED;
  }
}
