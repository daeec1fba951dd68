package dev.reverso.reporting.journal;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.MentoringPair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The append rules of every {@link Journal}, for implementations to call: {@link dev.reverso.reporting.journal.storage.FileJournal FileJournal} and
 * {@link dev.reverso.reporting.journal.storage.InMemoryJournal InMemoryJournal} use exactly this code, and a third-party journal (on a database, an event stream)
 * that calls it before recording behaves the same. Stateless and thread-safe; the state is the
 * {@link JournalHistory} the caller passes.
 *
 * <p>{@link #check} applies, in this order:
 * <ol>
 *   <li><b>Idempotency by id.</b> An event equal to the recorded one with its id is
 *       {@link AppendResult#ALREADY_PRESENT}; a different one is an {@link EventConflictException} naming
 *       the fields that differ (never their values). Coming first, it makes repeating an accepted close
 *       harmless.</li>
 *   <li>{@link EventRejectedException.Rule#UNKNOWN_PAIR}: the pair is not in the roster (mentor and mentee
 *       are not interchangeable); for a {@link CircleSessionHeld}, any of its {@link JournalEvent#pairs()}.</li>
 *   <li>{@link EventRejectedException.Rule#DATED_BEFORE_START} / {@link EventRejectedException.Rule#DATED_IN_FUTURE}:
 *       the date is implausible by the {@link EventDates} rule (before 2000-01-01 or the pair's start, or more
 *       than one day after the caller's today).</li>
 *   <li>For a {@link CircleSessionHeld}: each present pair other than the lead {@link JournalEvent#pair()} that
 *       is closed refuses the session as the next rule does for the lead pair.</li>
 *   <li>For an {@link EventRetracted}: {@link EventRejectedException.Rule#RETRACTS_UNKNOWN_EVENT} unless it names a
 *       recorded event of its own pair that is not a retraction; {@link EventRejectedException.Rule#ALREADY_RETRACTED}
 *       if another retraction took that event back. A retraction may follow the pair's close.</li>
 *   <li>For a close: {@link EventRejectedException.Rule#ALREADY_CLOSED} if the pair has a close;
 *       {@link EventRejectedException.Rule#DATED_AFTER_CLOSE} if an event of the pair is dated after it.</li>
 *   <li>For any other event of a closed pair: {@link EventRejectedException.Rule#DATED_AFTER_CLOSE} if dated
 *       after the close, otherwise {@link EventRejectedException.Rule#PAIR_CLOSED}.</li>
 * </ol>
 * Anything else is {@link AppendResult#APPENDED}: the caller must then record the event, in the same lock or
 * transaction as the check. Retracted events and retractions count in no rule but idempotency: a retracted
 * close reopens its pair, and a retracted session dated after the pair's real close no longer blocks it. Cost:
 * one call of each {@link JournalHistory} look-up at most, plus O(1).
 */
public final class JournalRules {
  private JournalRules() {}

  /**
   * Checks a new event against a journal's roster and recorded history, without recording it.
   *
   * @param event the event to append
   * @param roster the pairs the journal accepts new events for
   * @param history the journal's recorded events, as they are at the moment of the append
   * @return {@link AppendResult#APPENDED} if the event is new and must be recorded,
   *     {@link AppendResult#ALREADY_PRESENT} if it is an idempotent repeat and nothing must change
   * @throws EventConflictException if a different event is recorded under the event's id
   * @throws EventRejectedException if the event breaks a rule; {@link EventRejectedException#rule()} says which
   */
  public static AppendResult check(JournalEvent event, Set<MentoringPair> roster, JournalHistory history) {
    return check(event, roster, history, EventDates.systemUtc());
  }

  /**
   * Checks a new event like {@link #check(JournalEvent, Set, JournalHistory)}, with the given date rule (a
   * clock of the caller's choice, pair starts) instead of {@link EventDates#systemUtc()}.
   *
   * @throws EventConflictException if a different event is recorded under the event's id
   * @throws EventRejectedException if the event breaks a rule; {@link EventRejectedException#rule()} says which
   */
  public static AppendResult check(JournalEvent event, Set<MentoringPair> roster, JournalHistory history,
      EventDates dates) {
    requireNonNull(roster, "roster");
    return check(event, roster, history, dates, true);
  }

  /** The check for replaying recorded history: every rule but the roster (history written earlier stands). */
  public static AppendResult checkRecorded(JournalEvent event, JournalHistory history, EventDates dates) {
    return check(event, Set.of(), history, dates, false);
  }

  private static AppendResult check(JournalEvent e, Set<MentoringPair> roster, JournalHistory history,
      EventDates dates, boolean enforceRoster) {
    requireNonNull(e, "event");
    requireNonNull(history, "history");
    requireNonNull(dates, "dates");
    Optional<JournalEvent> existing = history.eventWithId(e.id());
    if (existing.isPresent()) {
      if (existing.get().equals(e)) {
        return AppendResult.ALREADY_PRESENT;
      }
      throw new EventConflictException(e.id(), "Event id '" + e.id() + "' is already recorded with other content ("
          + differences(existing.get(), e) + "); give each distinct event its own id");
    }
    MentoringPair pair = e.pair();
    if (enforceRoster) {
      for (MentoringPair p : e.pairs()) {
        if (!roster.contains(p)) {
          throw new EventRejectedException(e.id(), EventRejectedException.Rule.UNKNOWN_PAIR,
              "expected a pair of the journal's roster, found " + p);
        }
      }
    }
    dates.check(e);
    if (e instanceof EventRetracted r) {
      retraction(r, history);
      return AppendResult.APPENDED;
    }
    if (e instanceof CircleSessionHeld) {
      // every present junior's pair with the senior, the lead pair last (as for any event)
      for (MentoringPair p : e.pairs()) {
        if (!p.equals(pair)) {
          PairClosed other = history.closeOf(p).orElse(null);
          if (other != null) {
            closed(e, p, other);
          }
        }
      }
    }
    PairClosed close = history.closeOf(pair).orElse(null);
    if (e instanceof PairClosed) {
      if (close != null) {
        throw new EventRejectedException(e.id(), EventRejectedException.Rule.ALREADY_CLOSED,
            "pair " + pair + " was already closed by event '" + close.id() + "' on " + close.date());
      }
      Optional<LocalDate> latest = history.latestDateOf(pair);
      if (latest.isPresent() && latest.get().isAfter(e.date())) {
        throw new EventRejectedException(e.id(), EventRejectedException.Rule.DATED_AFTER_CLOSE,
            "expected a close on or after the pair's latest event (" + latest.get() + "), found " + e.date());
      }
    } else if (close != null) {
      closed(e, pair, close);
    }
    return AppendResult.APPENDED;
  }

  /** Checks that a retraction names a recorded event of its pair that still counts. */
  private static void retraction(EventRetracted r, JournalHistory history) {
    JournalEvent target = history.eventWithId(r.retracts()).orElse(null);
    if (target == null) {
      throw new EventRejectedException(r.id(), EventRejectedException.Rule.RETRACTS_UNKNOWN_EVENT,
          "expected the id of an event recorded before, found '" + r.retracts() + "', which is not recorded");
    }
    if (target instanceof EventRetracted) {
      throw new EventRejectedException(r.id(), EventRejectedException.Rule.RETRACTS_UNKNOWN_EVENT,
          "expected an event that is not a retraction, found retraction '" + r.retracts()
              + "'; to restore the event it took back, record it under a new id");
    }
    if (!target.pair().equals(r.pair())) {
      throw new EventRejectedException(r.id(), EventRejectedException.Rule.RETRACTS_UNKNOWN_EVENT,
          "expected an event of pair " + r.pair() + ", found event '" + r.retracts() + "' of pair " + target.pair());
    }
    EventRetracted earlier = history.retractionOf(r.retracts()).orElse(null);
    if (earlier != null) {
      throw new EventRejectedException(r.id(), EventRejectedException.Rule.ALREADY_RETRACTED,
          "event '" + r.retracts() + "' was already retracted by event '" + earlier.id() + "' on " + earlier.date());
    }
  }

  /** Refuses a session or feedback of a closed pair. */
  private static void closed(JournalEvent e, MentoringPair pair, PairClosed close) {
    if (e.date().isAfter(close.date())) {
      throw new EventRejectedException(e.id(), EventRejectedException.Rule.DATED_AFTER_CLOSE,
          "expected a date on or before the close of pair " + pair + " on " + close.date() + ", found " + e.date());
    }
    throw new EventRejectedException(e.id(), EventRejectedException.Rule.PAIR_CLOSED,
        "pair " + pair + " was closed by event '" + close.id() + "' on " + close.date()
            + "; no session or feedback can be added after a close");
  }

  /** Names of the fields that differ (never their values: some are private). */
  static String differences(JournalEvent a, JournalEvent b) {
    if (a.getClass() != b.getClass()) {
      return "recorded as " + EventChecks.typeOf(a) + ", now " + EventChecks.typeOf(b);
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
