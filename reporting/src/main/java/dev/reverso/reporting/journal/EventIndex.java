package dev.reverso.reporting.journal;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.MentoringPair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.JournalHistory;
import dev.reverso.reporting.journal.JournalRules;
import dev.reverso.reporting.journal.PairClosed;

/**
 * The in-memory state of a journal: recorded events in order, events by id, and per pair its close and its
 * latest event date; the {@link JournalHistory} that {@link JournalRules} checks against. O(1) expected per
 * look-up and per record. Not thread-safe: the owning journal serialises access. Public so that the journal
 * stores in {@code journal.storage} can record into it; a receiver of a {@link JournalHistory} must not.
 */
public final class EventIndex implements JournalHistory {
  private final List<JournalEvent> events = new ArrayList<>();
  private final Map<String, JournalEvent> byId = new HashMap<>();
  private final Map<MentoringPair, PairState> pairs = new HashMap<>();
  private ImmutableList<JournalEvent> snapshot = ImmutableList.of();

  /** An empty index. */
  public EventIndex() {}

  private static final class PairState {
    PairClosed close;
    LocalDate latest;
  }

  @Override
  public Optional<JournalEvent> eventWithId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<PairClosed> closeOf(MentoringPair pair) {
    PairState state = pairs.get(pair);
    return Optional.ofNullable(state == null ? null : state.close);
  }

  @Override
  public Optional<LocalDate> latestDateOf(MentoringPair pair) {
    PairState state = pairs.get(pair);
    return Optional.ofNullable(state == null ? null : state.latest);
  }

  /** Records an event that {@link JournalRules} accepted as new. */
  public void record(JournalEvent e) {
    events.add(e);
    byId.put(e.id(), e);
    track(e);
    snapshot = null;
  }

  /**
   * Forgets the events recorded after the first {@code size}, as if they had never been recorded (a batch whose
   * write failed). O(events): rare, so the affected pairs are simply replayed.
   */
  public void truncate(int size) {
    Set<MentoringPair> touched = new java.util.HashSet<>();
    while (events.size() > size) {
      JournalEvent e = events.remove(events.size() - 1);
      byId.remove(e.id());
      touched.add(e.pair());
    }
    touched.forEach(pairs::remove);
    for (JournalEvent e : events) {
      if (touched.contains(e.pair())) {
        track(e);
      }
    }
    snapshot = null;
  }

  private void track(JournalEvent e) {
    PairState state = pairs.computeIfAbsent(e.pair(), p -> new PairState());
    if (state.latest == null || e.date().isAfter(state.latest)) {
      state.latest = e.date();
    }
    if (e instanceof PairClosed c) {
      state.close = c;
    }
  }

  /**
   * Checks an event with {@link JournalRules#check} and records it if it is new: one append to an
   * in-memory journal.
   */
  public AppendResult append(JournalEvent e, Set<MentoringPair> roster, EventDates dates) {
    AppendResult result = JournalRules.check(e, roster, this, dates);
    if (result.isNew()) {
      record(e);
    }
    return result;
  }

  /**
   * The number of recorded events.
   *
   * @return the count
   */
  public int size() {
    return events.size();
  }

  /**
   * The recorded events, in order (a snapshot, cached until the next record).
   *
   * @return the events
   */
  public ImmutableList<JournalEvent> events() {
    if (snapshot == null) {
      snapshot = ImmutableList.copyOf(events);
    }
    return snapshot;
  }

  /** Counts only. */
  @Override
  public String toString() {
    return "JournalHistory[events=" + events.size() + ", pairs=" + pairs.size() + "]";
  }
}
