package dev.reverso.reporting.journal;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.MentoringPair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The in-memory state of a journal: recorded events in order, events by id, retractions by the id they take
 * back, and per pair its close and the dates of its events that count; the {@link JournalHistory} that
 * {@link JournalRules} checks against. O(1) expected per id look-up, O(log d) per pair look-up and per record
 * (d = distinct dates of the pair). Not thread-safe: the owning journal serialises access. Public so that the
 * journal stores in {@code journal.storage} can record into it; a receiver of a {@link JournalHistory} must not.
 */
public final class EventIndex implements JournalHistory {
  private final List<JournalEvent> events = new ArrayList<>();
  private final Map<String, JournalEvent> byId = new HashMap<>();
  private final Map<String, EventRetracted> retractions = new HashMap<>();
  private final Map<MentoringPair, PairState> pairs = new HashMap<>();
  private ImmutableList<JournalEvent> snapshot = ImmutableList.of();

  /** An empty index. */
  public EventIndex() {}

  /** A pair's close that counts and how many counting events it has on each date. */
  private static final class PairState {
    PairClosed close;
    final TreeMap<LocalDate, Integer> dates = new TreeMap<>();
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
    return Optional.ofNullable(state == null || state.dates.isEmpty() ? null : state.dates.lastKey());
  }

  @Override
  public Optional<EventRetracted> retractionOf(String eventId) {
    return Optional.ofNullable(retractions.get(eventId));
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
    Set<MentoringPair> touched = new HashSet<>();
    while (events.size() > size) {
      JournalEvent e = events.remove(events.size() - 1);
      byId.remove(e.id());
      if (e instanceof EventRetracted r) {
        retractions.remove(r.retracts());
      }
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
    if (e instanceof EventRetracted r) {
      retractions.put(r.retracts(), r);
      JournalEvent target = byId.get(r.retracts());
      if (target != null) {
        untrack(target);
      }
      return;
    }
    PairState state = pairs.computeIfAbsent(e.pair(), p -> new PairState());
    state.dates.merge(e.date(), 1, Integer::sum);
    if (e instanceof PairClosed c) {
      state.close = c;
    }
  }

  /** Takes a retracted event out of its pair's state. */
  private void untrack(JournalEvent e) {
    PairState state = pairs.get(e.pair());
    if (state == null) {
      return;
    }
    state.dates.computeIfPresent(e.date(), (d, n) -> n == 1 ? null : n - 1);
    if (e.equals(state.close)) {
      state.close = null;
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
