package dev.reverso.journal.jdbc;

import dev.reverso.core.InvalidInputException;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.CircleFeedback;
import dev.reverso.reporting.journal.CircleSessionHeld;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;

/** How an event maps to a row of {@code reverso_journal_event}, and back. */
final class EventRows {
  static final String PAIR_CLOSED = "pair-closed";
  static final String EVENT_RETRACTED = "event-retracted";

  private EventRows() {}

  /** The {@code type} column: the event's {@code type} in the {@value EventCodec#FORMAT} format. */
  static String type(JournalEvent e) {
    if (e instanceof SessionHeld) {
      return "session-held";
    } else if (e instanceof SessionCancelled) {
      return "session-cancelled";
    } else if (e instanceof Feedback) {
      return "feedback";
    } else if (e instanceof PairClosed) {
      return PAIR_CLOSED;
    } else if (e instanceof CircleSessionHeld) {
      return "circle-session-held";
    } else if (e instanceof CircleFeedback) {
      return "circle-feedback";
    } else if (e instanceof EventRetracted) {
      return EVENT_RETRACTED;
    }
    throw new IllegalArgumentException("unknown event type " + e.getClass().getName());
  }

  /**
   * The event of a row.
   *
   * @throws InvalidInputException located at {@code reverso_journal_event[id].body} if the body is not a valid
   *     event or has another id than its row
   */
  static JournalEvent decode(String id, String body) {
    JournalEvent e;
    try {
      e = EventCodec.decode(body);
    } catch (InvalidInputException ex) {
      throw JdbcJournal.badRow(id, ex);
    }
    if (!e.id().equals(id)) {
      throw InvalidInputException.of(JdbcJournal.EVENT_TABLE + "[" + id + "].body.id",
          "expected the row's id, found another id (the row was changed outside the journal)");
    }
    return e;
  }
}
