package dev.reverso.reporting.journal;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ReversoException;

/**
 * A journal refused an event because it breaks one of the journal's {@link Rule rules}; nothing was
 * recorded. The message names the event id, the pair (HR ids) and the reason, never private text.
 */
public class EventRejectedException extends ReversoException {
  private static final long serialVersionUID = 1L;

  /** The rule an event broke. */
  public enum Rule {
    /** The pair is not in the roster the journal was opened with. */
    UNKNOWN_PAIR,
    /** A session or feedback for a pair that is already closed (dated on or before the close). */
    PAIR_CLOSED,
    /**
     * An event dated after its pair's close, or a close dated before an event already recorded for the
     * pair: either way the journal would hold an event after the end of the relationship.
     */
    DATED_AFTER_CLOSE,
    /** A second close of the same pair (with another event id). */
    ALREADY_CLOSED,
    /**
     * An event dated before its pair's start, or before {@link EventDates#EARLIEST} when the start is not
     * known ({@link EventDates}).
     */
    DATED_BEFORE_START,
    /** An event dated more than {@link EventDates#DAYS_AHEAD} day after the caller's today ({@link EventDates}). */
    DATED_IN_FUTURE,
    /**
     * A retraction names no event of its pair recorded before it, or names a retraction ({@link EventRetracted}).
     */
    RETRACTS_UNKNOWN_EVENT,
    /** A retraction names an event that another retraction already took back. */
    ALREADY_RETRACTED
  }

  private final String eventId;
  private final Rule rule;

  /** Creates the exception; {@code reason} says what was expected and what was found. */
  public EventRejectedException(String eventId, Rule rule, String reason) {
    super("Event '" + requireNonNull(eventId, "eventId") + "' rejected (" + requireNonNull(rule, "rule") + "): "
        + requireNonNull(reason, "reason"));
    this.eventId = eventId;
    this.rule = rule;
  }

  /** The id of the rejected event. */
  public String eventId() {
    return eventId;
  }

  /** The rule it broke. */
  public Rule rule() {
    return rule;
  }
}
