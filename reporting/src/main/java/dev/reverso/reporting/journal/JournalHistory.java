package dev.reverso.reporting.journal;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problems;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What {@link JournalRules} needs to know about the events a {@link Journal} has already recorded: four
 * look-ups, so that a journal on a database answers them with three indexed queries instead of loading its
 * history. Implementations must answer from one consistent state: the same state the new event will be
 * recorded into, inside the same lock or transaction (see {@link Journal}).
 *
 * <p>For a journal whose state is a plain list of events, {@link #of(Iterable)} builds this view in memory.
 */
public interface JournalHistory {

  /** The recorded event with this id, if any. */
  Optional<JournalEvent> eventWithId(String id);

  /**
   * The recorded {@link PairClosed close} of this pair that counts, if it is closed: a close an
   * {@link EventRetracted} took back does not count (the pair is open again).
   */
  Optional<PairClosed> closeOf(MentoringPair pair);

  /**
   * The latest {@link JournalEvent#date() date} of the events recorded for this pair that count (its close
   * included), if any: retracted events and the retractions themselves do not count (see {@link Retractions}).
   */
  Optional<LocalDate> latestDateOf(MentoringPair pair);

  /** The recorded {@link EventRetracted retraction} that took back the event with this id, if any. */
  Optional<EventRetracted> retractionOf(String eventId);

  /** A history with no events. */
  static JournalHistory empty() {
    return new EventIndex();
  }

  /**
   * An immutable in-memory view of recorded events, built in O(n) expected time and memory; its look-ups take
   * O(1) expected time. Exact repeats (same id, equal event) are counted once, as a journal would.
   *
   * @param recorded the events in the order they were recorded
   * @throws InvalidInputException if the events break the journal rules among themselves (a different event
   *     under a repeated id, an event after its pair's close, two closes, a retraction of an unknown event, a date
   *     outside the
   *     {@link EventDates#systemUtc()} rule); every problem is listed, located as
   *     {@code events[i]}. The roster is not checked: history stands whatever the current roster
   */
  static JournalHistory of(Iterable<? extends JournalEvent> recorded) {
    requireNonNull(recorded, "recorded");
    EventIndex index = new EventIndex();
    Problems problems = new Problems();
    int i = 0;
    for (JournalEvent e : recorded) {
      requireNonNull(e, "recorded event");
      try {
        if (JournalRules.checkRecorded(e, index, EventDates.systemUtc()).isNew()) {
          index.record(e);
        }
      } catch (EventRejectedException | EventConflictException ex) {
        problems.error("events[" + i + "]", ex.getMessage());
      }
      i++;
    }
    problems.throwIfErrors();
    return index;
  }
}
