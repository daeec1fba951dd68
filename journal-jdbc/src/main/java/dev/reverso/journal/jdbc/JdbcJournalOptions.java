package dev.reverso.journal.jdbc;

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
 * </ul>
 */
public final class JdbcJournalOptions {
  private static final JdbcJournalOptions DEFAULTS = new JdbcJournalOptions(true, 1_000);

  private final boolean migrate;
  private final int fetchSize;

  private JdbcJournalOptions(boolean migrate, int fetchSize) {
    this.migrate = migrate;
    this.fetchSize = fetchSize;
  }

  /** Migrate on open, fetch 1 000 rows per round trip. */
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
    return new JdbcJournalOptions(migrate, fetchSize);
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
    return new JdbcJournalOptions(migrate, rows);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JdbcJournalOptions other && other.migrate == migrate && other.fetchSize == fetchSize;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(migrate) * 31 + fetchSize;
  }

  @Override
  public String toString() {
    return "JdbcJournalOptions[migrate=" + migrate + ", fetchSize=" + fetchSize + "]";
  }
}
