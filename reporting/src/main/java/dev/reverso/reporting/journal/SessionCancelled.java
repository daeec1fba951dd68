package dev.reverso.reporting.journal;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problems;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A planned session did not take place, and this side called it off.
 *
 * @param id the caller's event id
 * @param pair the mentor and mentee
 * @param date the day the session was planned for
 * @param cancelledBy the side that cancelled
 * @param note optional private reason, at most {@value JournalEvent#MAX_TEXT_LENGTH} characters;
 *     never shown by {@link #toString()} and never aggregated
 */
public record SessionCancelled(String id, MentoringPair pair, LocalDate date, Side cancelledBy,
    Optional<String> note) implements JournalEvent {

  /**
   * Validates the components.
   *
   * @throws InvalidInputException listing every problem (field names as locations)
   */
  public SessionCancelled {
    Objects.requireNonNull(cancelledBy, "cancelledBy");
    Problems problems = new Problems();
    EventChecks.id(id, problems);
    EventChecks.pairAndDate(pair, date, problems);
    EventChecks.text(note, "note", problems);
    problems.throwIfErrors();
  }

  /** A cancellation without a note. */
  public static SessionCancelled of(String id, MentoringPair pair, LocalDate date, Side cancelledBy) {
    return new SessionCancelled(id, pair, date, cancelledBy, Optional.empty());
  }

  /** The same cancellation with this private note. */
  public SessionCancelled withNote(String note) {
    return new SessionCancelled(id, pair, date, cancelledBy, Optional.of(note));
  }

  /** Ids, date and side; never the note. */
  @Override
  public String toString() {
    return "SessionCancelled[id=" + id + ", pair=" + pair + ", date=" + date + ", cancelledBy=" + cancelledBy
        + ", note=" + (note.isPresent() ? "<private>" : "none") + "]";
  }
}
