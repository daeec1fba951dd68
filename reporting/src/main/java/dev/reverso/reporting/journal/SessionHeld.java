package dev.reverso.reporting.journal;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problems;
import java.time.LocalDate;

/**
 * The pair met for a mentoring session.
 *
 * @param id the caller's event id
 * @param pair the mentor and mentee
 * @param date the day of the session
 * @param minutes how long the session lasted, 1 to {@value #MAX_MINUTES}
 */
public record SessionHeld(String id, MentoringPair pair, LocalDate date, int minutes) implements JournalEvent {
  /** The longest session accepted: one day. */
  public static final int MAX_MINUTES = 24 * 60;

  /**
   * Validates the components.
   *
   * @throws InvalidInputException listing every problem (field names as locations)
   */
  public SessionHeld {
    Problems problems = new Problems();
    EventChecks.id(id, problems);
    EventChecks.pairAndDate(pair, date, problems);
    EventChecks.range(minutes, 1, MAX_MINUTES, "minutes", problems);
    problems.throwIfErrors();
  }

  /** A session of this pair. */
  public static SessionHeld of(String id, MentoringPair pair, LocalDate date, int minutes) {
    return new SessionHeld(id, pair, date, minutes);
  }

  /** A session of these raw ids. */
  public static SessionHeld of(String id, String mentorId, String menteeId, LocalDate date, int minutes) {
    return new SessionHeld(id, MentoringPair.of(mentorId, menteeId), date, minutes);
  }
}
