package dev.reverso.examples;

import dev.reverso.core.MentoringPair;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.Journal;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.journal.storage.InMemoryJournal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the HR system's own UI calls: sessions, feedback, closes and corrections, recorded in a journal (in memory
 * here; {@code FileJournal} or {@code JdbcJournal} in production). The clock refuses dates in the future.
 */
public final class FeedbackService {
  private final Journal journal;
  private final Clock clock;

  public FeedbackService(MatchResult matches, Clock clock) {
    this.journal = InMemoryJournal.of(matches.pairs().stream()
        .map(p -> new MentoringPair(p.mentorId(), p.menteeId())).toList(), clock);
    this.clock = clock;
  }

  public void sessionHeld(String eventId, MentoringPair pair, LocalDate day, int minutes) {
    journal.append(SessionHeld.of(eventId, pair, day, minutes));
  }

  public void feedback(String eventId, MentoringPair pair, Side from, int relationship, int learning, int recognition) {
    journal.append(Feedback.builder(eventId, pair, LocalDate.now(clock), from)
        .ratings(relationship, learning, recognition).build());
  }

  public void close(String eventId, MentoringPair pair, LocalDate lastDay) {
    journal.append(PairClosed.of(eventId, pair, lastDay, CloseReason.COMPLETED));
  }

  /** "This was entered wrong": the wrong event no longer counts anywhere, the right one takes its place. */
  public void correct(JournalEvent wrong, JournalEvent right) {
    journal.append(EventRetracted.of(wrong.id() + "-retracted", wrong, LocalDate.now(clock)));
    journal.append(right);
  }

  /** A pair matched later (a late joiner, a re-match) joins the journal's roster. */
  public void addPair(MentoringPair pair) {
    journal.addToRoster(List.of(pair));
  }

  public List<JournalEvent> events() {
    return journal.events();
  }
}
