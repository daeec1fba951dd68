package dev.reverso.reporting.journal.storage;

import dev.reverso.reporting.journal.EventDates;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import dev.reverso.core.MentoringPair;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.Journal;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.EventIndex;

/**
 * A {@link Journal} held in memory: for tests, simulations and callers that persist events themselves.
 * Keeps the whole {@link Journal} contract (rules, idempotency, order). Thread-safe: appends are
 * serialised by the instance's monitor. O(1) expected per append; {@link #events()} copies the list once
 * after each change.
 */
public final class InMemoryJournal implements Journal {
  private ImmutableSet<MentoringPair> roster;
  private final EventDates dates;
  private final EventIndex index = new EventIndex();
  private boolean closed;

  private InMemoryJournal(ImmutableSet<MentoringPair> roster, EventDates dates) {
    this.roster = roster;
    this.dates = dates;
  }

  /** An empty journal accepting events for the pairs of this roster, dated by {@link EventDates#systemUtc()}. */
  public static InMemoryJournal of(Iterable<MentoringPair> roster) {
    return of(roster, EventDates.systemUtc());
  }

  /**
   * An empty journal accepting events for the pairs of this roster dated from 2000-01-01 to the day after today by
   * {@code clock} ({@link EventDates#of(Clock)}): a date in the future is refused as
   * {@link dev.reverso.reporting.journal.EventRejectedException.Rule#DATED_IN_FUTURE}.
   */
  public static InMemoryJournal of(Iterable<MentoringPair> roster, Clock clock) {
    return of(roster, EventDates.of(clock));
  }

  /** An empty journal accepting events for the pairs of this roster whose dates pass {@code dates}. */
  public static InMemoryJournal of(Iterable<MentoringPair> roster, EventDates dates) {
    return new InMemoryJournal(ImmutableSet.copyOf(requireNonNull(roster, "roster")), requireNonNull(dates, "dates"));
  }

  @Override
  public synchronized ImmutableSet<MentoringPair> roster() {
    return roster;
  }

  @Override
  public synchronized ImmutableSet<MentoringPair> addToRoster(Iterable<MentoringPair> pairs) {
    requireNonNull(pairs, "pairs");
    if (closed) {
      throw new IllegalStateException("journal is closed");
    }
    roster = ImmutableSet.<MentoringPair>builder().addAll(roster).addAll(pairs).build();
    return roster;
  }

  @Override
  public synchronized AppendResult append(JournalEvent event) {
    requireNonNull(event, "event");
    if (closed) {
      throw new IllegalStateException("journal is closed");
    }
    return index.append(event, roster, dates);
  }

  @Override
  public synchronized ImmutableList<JournalEvent> events() {
    return index.events();
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  /** The number of events; no content. */
  @Override
  public synchronized String toString() {
    return "InMemoryJournal[events=" + index.size() + ", roster=" + roster.size() + " pairs]";
  }
}
