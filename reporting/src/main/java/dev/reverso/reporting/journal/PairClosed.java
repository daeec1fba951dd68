package dev.reverso.reporting.journal;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problems;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The pair ended. A journal accepts one close per pair and nothing for the pair afterwards.
 *
 * @param id the caller's event id
 * @param pair the mentor and mentee
 * @param date the last day of the relationship
 * @param reason why it ended
 * @param note optional private explanation, at most {@value JournalEvent#MAX_TEXT_LENGTH} characters;
 *     never shown by {@link #toString()} and never aggregated
 */
public record PairClosed(String id, MentoringPair pair, LocalDate date, CloseReason reason, Optional<String> note)
    implements JournalEvent {

  /**
   * Validates the components.
   *
   * @throws InvalidInputException listing every problem (field names as locations)
   */
  public PairClosed {
    Objects.requireNonNull(reason, "reason");
    Problems problems = new Problems();
    EventChecks.id(id, problems);
    EventChecks.pairAndDate(pair, date, problems);
    EventChecks.text(note, "note", problems);
    problems.throwIfErrors();
  }

  /** A close without a note. */
  public static PairClosed of(String id, MentoringPair pair, LocalDate date, CloseReason reason) {
    return new PairClosed(id, pair, date, reason, Optional.empty());
  }

  /** The same close with this private note. */
  public PairClosed withNote(String note) {
    return new PairClosed(id, pair, date, reason, Optional.of(note));
  }

  /** Ids, date and reason code; never the note. */
  @Override
  public String toString() {
    return "PairClosed[id=" + id + ", pair=" + pair + ", date=" + date + ", reason=" + reason
        + ", note=" + (note.isPresent() ? "<private>" : "none") + "]";
  }
}
