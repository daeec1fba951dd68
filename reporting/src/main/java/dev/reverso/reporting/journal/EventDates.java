package dev.reverso.reporting.journal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.reverso.core.MentoringPair;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The plausible dates of journal events: the date rule every {@link Journal} applies through
 * {@link JournalRules}, both to new events and to the history it replays.
 *
 * <p>An event is accepted when its date lies in
 * <pre>  [max(EARLIEST, start of its pair), today + DAYS_AHEAD]</pre>
 * where
 * <ul>
 *   <li>{@link #EARLIEST} (2000-01-01) is the floor for every pair: no reverse-mentoring journal holds older
 *       events, and a date such as 1900-01-01 or year −5000 is a typing or conversion error;</li>
 *   <li>the start of the pair, when the caller knows it ({@link #withPairStarts(Map)}, for example the
 *       cohort start of the pairs a programme made), raises the floor for that pair: nothing happens to a
 *       pair before it exists;</li>
 *   <li>{@code today} is the date of the caller's {@link Clock} (UTC by default) and {@link #DAYS_AHEAD} is
 *       1, so that a pair in a time zone ahead of UTC can record today's session; a date further ahead (such
 *       as 9999-12-31) has not happened yet and would, if accepted, move every "as of the latest event"
 *       report date into the future.</li>
 * </ul>
 * A date before the floor breaks {@link EventRejectedException.Rule#DATED_BEFORE_START}; one after the
 * ceiling breaks {@link EventRejectedException.Rule#DATED_IN_FUTURE}.
 *
 * <p>Immutable and thread-safe; tests inject a fixed clock with {@link #of(Clock)}.
 */
public final class EventDates {
  /** The earliest date any event may carry. */
  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  /** How many days after the caller's today an event may be dated. */
  public static final int DAYS_AHEAD = 1;

  private static final EventDates SYSTEM = new EventDates(Clock.systemUTC(), ImmutableMap.of());

  private final Clock clock;
  private final ImmutableMap<MentoringPair, LocalDate> starts;

  private EventDates(Clock clock, ImmutableMap<MentoringPair, LocalDate> starts) {
    this.clock = clock;
    this.starts = starts;
  }

  /** The rule with the system clock in UTC and no pair starts known. */
  public static EventDates systemUtc() {
    return SYSTEM;
  }

  /** The rule with the given clock (its zone gives "today") and no pair starts known. */
  public static EventDates of(Clock clock) {
    return new EventDates(requireNonNull(clock, "clock"), ImmutableMap.of());
  }

  /**
   * A copy that also knows when pairs started; events of such a pair dated before its start are refused.
   * Pairs not in the map keep the floor {@link #EARLIEST}. Replaces any starts given before.
   */
  public EventDates withPairStarts(Map<MentoringPair, LocalDate> pairStarts) {
    return new EventDates(clock, ImmutableMap.copyOf(requireNonNull(pairStarts, "pairStarts")));
  }

  /** The clock that says what "today" is. */
  public Clock clock() {
    return clock;
  }

  /** The pair starts known, by pair. */
  public ImmutableMap<MentoringPair, LocalDate> pairStarts() {
    return starts;
  }

  /** The latest date accepted now: today by the clock plus {@link #DAYS_AHEAD}. */
  public LocalDate latestAccepted() {
    return LocalDate.now(clock).plusDays(DAYS_AHEAD);
  }

  /** The earliest date accepted for events of this pair. */
  public LocalDate earliestAccepted(MentoringPair pair) {
    LocalDate start = starts.get(requireNonNull(pair, "pair"));
    return start != null && start.isAfter(EARLIEST) ? start : EARLIEST;
  }

  /**
   * Checks the date of an event.
   *
   * @throws EventRejectedException with {@link EventRejectedException.Rule#DATED_BEFORE_START} or
   *     {@link EventRejectedException.Rule#DATED_IN_FUTURE}
   */
  public void check(JournalEvent event) {
    problem(requireNonNull(event, "event")).ifPresent(e -> {
      throw e;
    });
  }

  /** The rejection the event's date earns, if any; never throws for a non-null event. */
  Optional<EventRejectedException> problem(JournalEvent event) {
    LocalDate date = event.date();
    LocalDate earliest = earliestAccepted(event.pair());
    if (date.isBefore(earliest)) {
      String what = earliest.equals(EARLIEST) ? "the earliest plausible date " + EARLIEST
          : "the pair's start on " + earliest;
      return Optional.of(new EventRejectedException(event.id(), EventRejectedException.Rule.DATED_BEFORE_START,
          "expected a date on or after " + what + ", found " + date));
    }
    LocalDate latest = latestAccepted();
    if (date.isAfter(latest)) {
      return Optional.of(new EventRejectedException(event.id(), EventRejectedException.Rule.DATED_IN_FUTURE,
          "expected a date on or before " + latest + " (today " + LocalDate.now(clock) + " plus " + DAYS_AHEAD
              + " day), found " + date));
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventDates d && clock.equals(d.clock) && starts.equals(d.starts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clock, starts);
  }

  /** The clock and the number of pair starts. */
  @Override
  public String toString() {
    return "EventDates[clock=" + clock + ", pairStarts=" + starts.size() + "]";
  }
}
