package dev.reverso.journal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.reverso.reporting.journal.EventDates;

/**
 * How a {@link JdbcJournal} treats its schema and reads its table. Immutable and thread-safe; change with
 * {@code with...} copies.
 *
 * <ul>
 *   <li>{@link #migrate()} (default {@code true}): opening applies the migrations shipped in the jar that the
 *       database lacks (creating the tables on first use). Turn it off where schema changes go through a
 *       release process: then opening only checks that the schema is exactly at the jar's version and
 *       throws {@link JournalSchemaException} otherwise. Either way a schema newer than the jar is refused.</li>
 *   <li>{@link #fetchSize()} (default 1 000): rows fetched per round trip when reading; PostgreSQL reads
 *       through a cursor of this size, so reading never holds the whole table in the driver.</li>
 *   <li>{@link #eventDates()} (default {@link EventDates#systemUtc()}): the date rule appended events must
 *       pass (no event before 2000-01-01 or its pair's start, none more than a day after the caller's today);
 *       tests and tools with their own clock pass {@link EventDates#of(java.time.Clock)}.</li>
 * </ul>
 */
public final class JdbcJournalOptions {
  private static final JdbcJournalOptions DEFAULTS = new JdbcJournalOptions(true, 1_000, EventDates.systemUtc());

  private final boolean migrate;
  private final int fetchSize;
  private final EventDates eventDates;

  private JdbcJournalOptions(boolean migrate, int fetchSize, EventDates eventDates) {
    this.migrate = migrate;
    this.fetchSize = fetchSize;
    this.eventDates = eventDates;
  }

  /** Migrate on open, fetch 1 000 rows per round trip, event dates by {@link EventDates#systemUtc()}. */
  public static JdbcJournalOptions defaults() {
    return DEFAULTS;
  }

  /** Whether opening applies missing migrations. */
  public boolean migrate() {
    return migrate;
  }

  /** Rows fetched per round trip when reading. */
  public int fetchSize() {
    return fetchSize;
  }

  /** A copy that applies missing migrations on open ({@code true}) or only checks the schema version. */
  public JdbcJournalOptions withMigrate(boolean migrate) {
    return new JdbcJournalOptions(migrate, fetchSize, eventDates);
  }

  /**
   * A copy that fetches this many rows per round trip when reading.
   *
   * @throws IllegalArgumentException if {@code rows} is not between 1 and 1 000 000
   */
  public JdbcJournalOptions withFetchSize(int rows) {
    if (rows < 1 || rows > 1_000_000) {
      throw new IllegalArgumentException("fetchSize must be between 1 and 1000000, found " + rows);
    }
    return new JdbcJournalOptions(migrate, rows, eventDates);
  }

  /** The date rule appended events must pass. */
  public EventDates eventDates() {
    return eventDates;
  }

  /** A copy that checks appended events' dates with {@code dates} (for example a fixed clock in tests). */
  public JdbcJournalOptions withEventDates(EventDates dates) {
    return new JdbcJournalOptions(migrate, fetchSize, requireNonNull(dates, "dates"));
  }

  /**
   * A copy whose "today" comes from {@code clock} (keeping the pair starts given): an event dated more than a day
   * after it is refused as {@link dev.reverso.reporting.journal.EventRejectedException.Rule#DATED_IN_FUTURE}.
   */
  public JdbcJournalOptions withClock(java.time.Clock clock) {
    return withEventDates(EventDates.of(clock).withPairStarts(eventDates.pairStarts()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JdbcJournalOptions other && other.migrate == migrate && other.fetchSize == fetchSize
        && other.eventDates.equals(eventDates);
  }

  @Override
  public int hashCode() {
    return (Boolean.hashCode(migrate) * 31 + fetchSize) * 31 + eventDates.hashCode();
  }

  @Override
  public String toString() {
    return "JdbcJournalOptions[migrate=" + migrate + ", fetchSize=" + fetchSize + ", " + eventDates + "]";
  }
}
