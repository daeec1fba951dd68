package dev.reverso.reporting.journal;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problems;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An earlier event of the same pair was recorded by mistake and no longer counts: a session typed with the wrong
 * year, feedback filed under the wrong pair, a close entered too early. The journal stays append-only (the
 * retracted event is still recorded, and its id stays taken, so a retry of it is still an idempotent repeat), but
 * from the retraction on the retracted event counts nowhere: not in the append rules (a session wrongly dated
 * after the pair's real close no longer blocks that close; a retracted close reopens the pair) and not in any
 * metric. A <em>correction</em> is a retraction followed by the right event under a new id.
 *
 * <p>A retraction must name an event of its own pair recorded before it, which is neither a retraction (to undo
 * a retraction, record the event again under a new id) nor retracted already. It may be recorded after the
 * pair's close, and its own date (the day the mistake was corrected) counts as no activity of the pair.
 *
 * @param id the caller's event id
 * @param pair the mentor and mentee of the retracted event (for a circle session: its lead pair)
 * @param date the day the retraction was made
 * @param retracts the id of the event that no longer counts
 * @param reason optional private explanation, at most {@value JournalEvent#MAX_TEXT_LENGTH} characters; never shown
 *     by {@link #toString()} and never aggregated
 */
public record EventRetracted(String id, MentoringPair pair, LocalDate date, String retracts, Optional<String> reason)
    implements JournalEvent {

  /**
   * Validates the components.
   *
   * @throws InvalidInputException listing every problem (field names as locations)
   */
  public EventRetracted {
    requireNonNull(retracts, "retracts");
    Problems problems = new Problems();
    EventChecks.id(id, problems);
    EventChecks.pairAndDate(pair, date, problems);
    Problems target = new Problems();
    EventChecks.id(retracts, target);
    target.toList().forEach(p -> problems.error("retracts", p.message()));
    if (retracts.equals(id)) {
      problems.error("retracts", "expected the id of another event, found the retraction's own id");
    }
    EventChecks.text(reason, "reason", problems);
    problems.throwIfErrors();
  }

  /** A retraction of {@code event}, without a reason: same pair, the retraction dated {@code date}. */
  public static EventRetracted of(String id, JournalEvent event, LocalDate date) {
    requireNonNull(event, "event");
    return new EventRetracted(id, event.pair(), date, event.id(), Optional.empty());
  }

  /** A retraction of the event with id {@code retracts} of this pair, without a reason. */
  public static EventRetracted of(String id, MentoringPair pair, LocalDate date, String retracts) {
    return new EventRetracted(id, pair, date, retracts, Optional.empty());
  }

  /** The same retraction with this private reason. */
  public EventRetracted withReason(String reason) {
    return new EventRetracted(id, pair, date, retracts, Optional.of(reason));
  }

  /** Ids and date; never the reason. */
  @Override
  public String toString() {
    return "EventRetracted[id=" + id + ", pair=" + pair + ", date=" + date + ", retracts=" + retracts
        + ", reason=" + (reason.isPresent() ? "<private>" : "none") + "]";
  }
}
