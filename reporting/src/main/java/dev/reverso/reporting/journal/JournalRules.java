package dev.reverso.reporting.journal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.reverso.core.MentoringPair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state a journal needs to enforce its rules: recorded events in order, events by id, and per pair
 * its close and its latest event date. O(1) expected per check and per record. Not thread-safe: the
 * owning journal serialises access.
 */
final class JournalRules {
  private final ImmutableSet<MentoringPair> roster;
  private final List<JournalEvent> events = new ArrayList<>();
  private final Map<String, JournalEvent> byId = new HashMap<>();
  private final Map<MentoringPair, PairState> pairs = new HashMap<>();
  private ImmutableList<JournalEvent> snapshot = ImmutableList.of();

  private static final class PairState {
    PairClosed close;
    LocalDate latest;
  }

  JournalRules(ImmutableSet<MentoringPair> roster) {
    this.roster = roster;
  }

  ImmutableSet<MentoringPair> roster() {
    return roster;
  }

  /**
   * Checks an event against everything recorded, without recording it.
   *
   * @param enforceRoster false when replaying history written earlier, possibly under another roster
   * @return whether the event is new or an idempotent repeat
   */
  AppendResult check(JournalEvent e, boolean enforceRoster) {
    JournalEvent existing = byId.get(e.id());
    if (existing != null) {
      if (existing.equals(e)) {
        return AppendResult.ALREADY_PRESENT;
      }
      throw new EventConflictException(e.id(), "Event id '" + e.id() + "' is already recorded with other content ("
          + differences(existing, e) + "); give each distinct event its own id");
    }
    MentoringPair pair = e.pair();
    if (enforceRoster && !roster.contains(pair)) {
      throw new EventRejectedException(e.id(), EventRejectedException.Rule.UNKNOWN_PAIR,
          "expected a pair of the journal's roster, found " + pair);
    }
    PairState state = pairs.get(pair);
    PairClosed close = state == null ? null : state.close;
    if (e instanceof PairClosed) {
      if (close != null) {
        throw new EventRejectedException(e.id(), EventRejectedException.Rule.ALREADY_CLOSED,
            "pair " + pair + " was already closed by event '" + close.id() + "' on " + close.date());
      }
      if (state != null && state.latest.isAfter(e.date())) {
        throw new EventRejectedException(e.id(), EventRejectedException.Rule.DATED_AFTER_CLOSE,
            "expected a close on or after the pair's latest event (" + state.latest + "), found " + e.date());
      }
    } else if (close != null) {
      if (e.date().isAfter(close.date())) {
        throw new EventRejectedException(e.id(), EventRejectedException.Rule.DATED_AFTER_CLOSE,
            "expected a date on or before the pair's close on " + close.date() + ", found " + e.date());
      }
      throw new EventRejectedException(e.id(), EventRejectedException.Rule.PAIR_CLOSED,
          "pair " + pair + " was closed by event '" + close.id() + "' on " + close.date()
              + "; no session or feedback can be added after a close");
    }
    return AppendResult.APPENDED;
  }

  /** Records an event that {@link #check} accepted as new. */
  void record(JournalEvent e) {
    events.add(e);
    byId.put(e.id(), e);
    PairState state = pairs.computeIfAbsent(e.pair(), p -> new PairState());
    if (state.latest == null || e.date().isAfter(state.latest)) {
      state.latest = e.date();
    }
    if (e instanceof PairClosed c) {
      state.close = c;
    }
    snapshot = null;
  }

  int size() {
    return events.size();
  }

  ImmutableList<JournalEvent> events() {
    if (snapshot == null) {
      snapshot = ImmutableList.copyOf(events);
    }
    return snapshot;
  }

  /** Names of the fields that differ (never their values: some are private). */
  static String differences(JournalEvent a, JournalEvent b) {
    if (a.getClass() != b.getClass()) {
      return "recorded as " + EventCodec.typeOf(a) + ", now " + EventCodec.typeOf(b);
    }
    List<String> names = new ArrayList<>();
    for (var c : a.getClass().getRecordComponents()) {
      try {
        Object x = c.getAccessor().invoke(a);
        Object y = c.getAccessor().invoke(b);
        if (!x.equals(y)) {
          names.add(c.getName());
        }
      } catch (ReflectiveOperationException ex) {
        throw new IllegalStateException(ex);
      }
    }
    return "differs in " + String.join(", ", names);
  }
}
