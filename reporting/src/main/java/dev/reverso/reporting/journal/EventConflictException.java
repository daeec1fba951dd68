package dev.reverso.reporting.journal;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ReversoException;

/**
 * An event reuses the id of a recorded event but differs from it; nothing was recorded. Appending is
 * idempotent only for equal events: give each distinct event its own id. The message names the id and
 * the fields that differ, never their private values.
 */
public class EventConflictException extends ReversoException {
  private static final long serialVersionUID = 1L;

  private final String eventId;

  /** Creates the exception. */
  public EventConflictException(String eventId, String message) {
    super(requireNonNull(message, "message"));
    this.eventId = requireNonNull(eventId, "eventId");
  }

  /** The id both events share. */
  public String eventId() {
    return eventId;
  }
}
