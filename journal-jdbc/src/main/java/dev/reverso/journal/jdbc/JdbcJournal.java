package dev.reverso.journal.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problems;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.EventConflictException;
import dev.reverso.reporting.journal.EventRejectedException;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.Journal;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.JournalRules;
import dev.reverso.reporting.journal.JournalStorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A {@link Journal} in a relational database: PostgreSQL (the production target) or SQLite (one embedded
 * file). The table is described in {@code docs/journal-format.md}; each row keeps the event as the same
 * {@value EventCodec#FORMAT} JSON object the file journal writes, plus the columns the rules look up.
 *
 * <p><b>Opening.</b> {@link #open(DataSource, Iterable)} uses the caller's data source (their pool, their
 * credentials) and borrows a connection per operation; {@link #open(String, Iterable)} opens a
 * {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...} URL itself (see {@link JournalDataSources}) and
 * keeps one connection. Opening applies the Flyway migrations shipped in the jar unless
 * {@link JdbcJournalOptions#withMigrate(boolean) turned off}; a schema newer than the jar is always refused
 * with a {@link JournalSchemaException}.
 *
 * <p><b>Appending.</b> Keeps the whole {@link Journal} contract through {@link JournalRules}. The event id is
 * the table's primary key: the same event twice is {@link AppendResult#ALREADY_PRESENT}, another event
 * under a recorded id an {@link EventConflictException}. Every append is one transaction that first
 * updates the single row of {@code reverso_journal_head}; that row lock (PostgreSQL) or write lock
 * (SQLite) serialises appends from every thread and process, so the rules see everything committed before,
 * and the head's counter numbers events in the order recorded. {@link #appendAll(Iterable)} appends many
 * events in one transaction: all of them or, if one is rejected or the connection fails, none. A commit is
 * durable on return (PostgreSQL's {@code fsync} on commit; SQLite {@code synchronous=FULL}).
 *
 * <p><b>Reading.</b> {@link #forEach(Consumer)} streams events in the order recorded (a PostgreSQL cursor of
 * {@link JdbcJournalOptions#fetchSize()} rows; SQLite steps row by row), so reading never loads the whole
 * table in one piece; {@link #events()} collects that stream into the snapshot the SPI asks for. Each read
 * is one statement, so it sees one consistent state.
 *
 * <p><b>Thread safety.</b> Thread-safe. With a caller's data source, threads work on their own connections
 * and the database serialises appends; with a URL, the instance's one connection is guarded by a lock.
 * Nothing personal is logged or put in exception messages: ids and counts only, never a URL's password.
 */
public final class JdbcJournal implements Journal {
  static final String EVENT_TABLE = "reverso_journal_event";
  static final String HEAD_TABLE = "reverso_journal_head";
  /** Rows per multi-row insert: 800 parameters, well below SQLite's and PostgreSQL's limits. */
  static final int ROWS_PER_INSERT = 100;

  private final Connections connections;
  private final Dialect dialect;
  private volatile ImmutableSet<MentoringPair> roster;
  private final JdbcJournalOptions options;
  private volatile boolean closed;

  private JdbcJournal(Connections connections, Dialect dialect, ImmutableSet<MentoringPair> roster,
      JdbcJournalOptions options) {
    this.connections = connections;
    this.dialect = dialect;
    this.roster = roster;
    this.options = options;
  }

  /** Opens a journal on the caller's data source with the {@link JdbcJournalOptions#defaults() defaults}. */
  public static JdbcJournal open(DataSource dataSource, Iterable<MentoringPair> roster) {
    return open(dataSource, roster, JdbcJournalOptions.defaults());
  }

  /**
   * Opens a journal on the caller's data source: a connection is borrowed for each operation and closed
   * (returned to the pool) after it; the journal never closes the data source.
   *
   * @param dataSource PostgreSQL or SQLite
   * @param roster the pairs new events may be appended for
   * @param options schema and read options
   * @throws JournalSchemaException if the database is neither PostgreSQL nor SQLite, or its schema cannot be
   *     used (see {@link JdbcJournalOptions#migrate()})
   * @throws JournalStorageException if the database cannot be reached
   */
  public static JdbcJournal open(DataSource dataSource, Iterable<MentoringPair> roster, JdbcJournalOptions options) {
    requireNonNull(dataSource, "dataSource");
    return open(new BorrowedConnections(dataSource), dataSource, roster, options);
  }

  /** Opens a journal at a JDBC URL with the {@link JdbcJournalOptions#defaults() defaults}. */
  public static JdbcJournal open(String jdbcUrl, Iterable<MentoringPair> roster) {
    return open(jdbcUrl, roster, JdbcJournalOptions.defaults());
  }

  /**
   * Opens a journal at {@code jdbc:sqlite:FILE} (created if absent) or {@code jdbc:postgresql://...}, with the
   * credentials the URL carries; for others, build the data source with
   * {@link JournalDataSources#forUrl(String, String, String)}. The journal keeps one connection and closes it on
   * {@link #close()}.
   *
   * @throws InvalidInputException located at {@code jdbcUrl} if the URL has neither form
   * @throws JournalSchemaException if the schema cannot be used
   * @throws JournalStorageException if the database cannot be reached
   */
  public static JdbcJournal open(String jdbcUrl, Iterable<MentoringPair> roster, JdbcJournalOptions options) {
    DataSource dataSource = JournalDataSources.forUrl(jdbcUrl);
    return openOwned(dataSource, roster, options);
  }

  /**
   * Opens a journal at a JDBC URL like {@link #open(String, Iterable, JdbcJournalOptions)}, with credentials
   * given apart from the URL (for example from {@code PGUSER} and {@code PGPASSWORD}); a null one is taken from
   * the URL, if it has one. SQLite ignores them.
   */
  public static JdbcJournal open(String jdbcUrl, String user, String password, Iterable<MentoringPair> roster,
      JdbcJournalOptions options) {
    return openOwned(JournalDataSources.forUrl(jdbcUrl, user, password), roster, options);
  }

  /** Opens a journal that keeps one connection of {@code dataSource} for itself and closes it on close. */
  static JdbcJournal openOwned(DataSource dataSource, Iterable<MentoringPair> roster, JdbcJournalOptions options) {
    return open(new OwnedConnection(dataSource), dataSource, roster, options);
  }

  private static JdbcJournal open(Connections connections, DataSource dataSource, Iterable<MentoringPair> roster,
      JdbcJournalOptions options) {
    ImmutableSet<MentoringPair> pairs = ImmutableSet.copyOf(requireNonNull(roster, "roster"));
    requireNonNull(options, "options");
    Dialect dialect;
    Connection c = null;
    try {
      c = connections.acquire();
      dialect = Dialect.of(c);
      connections.release(c, false);
    } catch (SQLException e) {
      connections.release(c, true);
      connections.close();
      throw new JournalStorageException("Cannot connect to the journal's database: " + safeMessage(e), e);
    } catch (RuntimeException e) {
      connections.release(c, false);
      connections.close();
      throw e;
    }
    try {
      JournalSchema.prepare(dataSource, options.migrate());
    } catch (RuntimeException e) {
      connections.close();
      throw e;
    }
    return new JdbcJournal(connections, dialect, pairs, options);
  }

  @Override
  public ImmutableSet<MentoringPair> roster() {
    return roster;
  }

  /** Grows this instance's roster (not stored in the database; see {@link Journal#addToRoster}). */
  @Override
  public synchronized ImmutableSet<MentoringPair> addToRoster(Iterable<MentoringPair> pairs) {
    requireNonNull(pairs, "pairs");
    ensureOpen();
    roster = ImmutableSet.<MentoringPair>builder().addAll(roster).addAll(pairs).build();
    return roster;
  }

  /** The database this journal is in: {@code "PostgreSQL"} or {@code "SQLite"}. */
  public String databaseProduct() {
    return dialect.productName();
  }

  @Override
  public AppendResult append(JournalEvent event) {
    requireNonNull(event, "event");
    return appendAll(List.of(event)).get(0);
  }

  /**
   * Appends events in one transaction, in order, each checked against the journal and the events before it
   * in the list: either every new event is recorded or, if one breaks a rule, conflicts or the storage fails,
   * none is.
   *
   * @return for each event, in order, {@link AppendResult#APPENDED} or {@link AppendResult#ALREADY_PRESENT}
   *     (also for a repeat of an earlier event of the same list)
   * @throws EventRejectedException for the first event that breaks a rule (nothing is recorded)
   * @throws EventConflictException for the first event that conflicts with a recorded one (nothing is recorded)
   * @throws JournalStorageException if the database failed (nothing is recorded; appending again is safe)
   * @throws IllegalStateException if the journal is closed
   */
  public ImmutableList<AppendResult> appendAll(Iterable<? extends JournalEvent> events) {
    requireNonNull(events, "events");
    List<JournalEvent> list = new ArrayList<>();
    for (JournalEvent e : events) {
      list.add(requireNonNull(e, () -> "events[" + list.size() + "]"));
    }
    if (list.isEmpty()) {
      ensureOpen();
      return ImmutableList.of();
    }
    return inTransaction(c -> appendInTransaction(c, list), true);
  }

  private ImmutableList<AppendResult> appendInTransaction(Connection c, List<JournalEvent> events)
      throws SQLException {
    long lastSeq = lockHead(c);
    BatchHistory history = new BatchHistory(c, events);
    ImmutableList.Builder<AppendResult> results = ImmutableList.builderWithExpectedSize(events.size());
    List<JournalEvent> added = new ArrayList<>();
    for (JournalEvent e : events) {
      AppendResult r;
      try {
        r = JournalRules.check(e, roster, history, options.eventDates());
      } catch (BatchHistory.SqlFailure failure) {
        throw failure.getCause();
      }
      if (r.isNew()) {
        history.record(e);
        added.add(e);
      }
      results.add(r);
    }
    if (!added.isEmpty()) {
      insertRows(c, added, lastSeq);
      try (PreparedStatement head = c.prepareStatement("UPDATE " + HEAD_TABLE + " SET last_seq = ? WHERE id = 1")) {
        head.setLong(1, lastSeq + added.size());
        head.executeUpdate();
      }
    }
    return results.build();
  }

  /**
   * Inserts events with sequence numbers after {@code lastSeq}, up to {@value #ROWS_PER_INSERT} rows per
   * statement (a multi-row {@code VALUES} list: one statement for the database to run instead of one per event).
   */
  private static void insertRows(Connection c, List<JournalEvent> events, long lastSeq) throws SQLException {
    long seq = lastSeq;
    int full = events.size() / ROWS_PER_INSERT;
    if (full > 0) {
      try (PreparedStatement insert = c.prepareStatement(insertSql(ROWS_PER_INSERT))) {
        for (int chunk = 0; chunk < full; chunk++) {
          int k = 1;
          for (JournalEvent e : events.subList(chunk * ROWS_PER_INSERT, (chunk + 1) * ROWS_PER_INSERT)) {
            k = bindRow(insert, k, e, ++seq);
          }
          insert.executeUpdate();
        }
      }
    }
    List<JournalEvent> rest = events.subList(full * ROWS_PER_INSERT, events.size());
    if (!rest.isEmpty()) {
      try (PreparedStatement insert = c.prepareStatement(insertSql(rest.size()))) {
        int k = 1;
        for (JournalEvent e : rest) {
          k = bindRow(insert, k, e, ++seq);
        }
        insert.executeUpdate();
      }
    }
  }

  private static String insertSql(int rows) {
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(EVENT_TABLE)
        .append(" (id, seq, type, mentor, mentee, event_day, body, retracts) VALUES ");
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
    }
    return sql.toString();
  }

  private static int bindRow(PreparedStatement insert, int k, JournalEvent e, long seq) throws SQLException {
    insert.setString(k, e.id());
    insert.setLong(k + 1, seq);
    insert.setString(k + 2, EventRows.type(e));
    insert.setString(k + 3, e.pair().mentorId().value());
    insert.setString(k + 4, e.pair().menteeId().value());
    insert.setLong(k + 5, e.date().toEpochDay());
    insert.setString(k + 6, EventCodec.encode(e));
    if (e instanceof EventRetracted r) {
      insert.setString(k + 7, r.retracts());
    } else {
      insert.setNull(k + 7, java.sql.Types.VARCHAR);
    }
    return k + 8;
  }

  /**
   * Takes the journal's append lock (updating the head row) and returns the last sequence number, in one
   * round trip ({@code RETURNING}: PostgreSQL, SQLite 3.35+).
   */
  private static long lockHead(Connection c) throws SQLException {
    try (PreparedStatement lock = c.prepareStatement(
        "UPDATE " + HEAD_TABLE + " SET last_seq = last_seq WHERE id = 1 RETURNING last_seq");
        ResultSet rs = lock.executeQuery()) {
      if (!rs.next()) {
        throw new JournalSchemaException("The journal table " + HEAD_TABLE + " has lost its row; "
            + "restore it with: INSERT INTO " + HEAD_TABLE + " (id, last_seq) SELECT 1, COALESCE(MAX(seq), 0) FROM "
            + EVENT_TABLE);
      }
      return rs.getLong(1);
    }
  }

  /**
   * Streams every recorded event, in the order recorded, to {@code action}: one query, read in pages of
   * {@link JdbcJournalOptions#fetchSize()} rows, so memory does not grow with the table.
   *
   * @throws InvalidInputException if a row's body is not a valid event (located at {@code reverso_journal_event[id].body})
   * @throws JournalStorageException if the database failed
   * @throws IllegalStateException if the journal is closed
   */
  public void forEach(Consumer<? super JournalEvent> action) {
    requireNonNull(action, "action");
    // PostgreSQL only uses a cursor inside a transaction; the read changes nothing, so it is rolled back.
    inTransaction(c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT id, body FROM " + EVENT_TABLE + " ORDER BY seq")) {
        select.setFetchSize(options.fetchSize());
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            action.accept(EventRows.decode(rs.getString(1), rs.getString(2)));
          }
        }
      }
      return null;
    }, false);
  }

  @Override
  public ImmutableList<JournalEvent> events() {
    ImmutableList.Builder<JournalEvent> all = ImmutableList.builder();
    forEach(all::add);
    return all.build();
  }

  /** The number of recorded events. */
  public long size() {
    return inTransaction(c -> {
      try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM " + EVENT_TABLE);
          ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }, false);
  }

  /** Closes the journal's own connection (if it opened one from a URL); closing twice does nothing. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      connections.close();
    }
  }

  /** Database and counts only; never the URL. */
  @Override
  public String toString() {
    return "JdbcJournal[" + dialect.productName() + ", roster=" + roster.size() + " pairs" + (closed ? ", closed" : "") + "]";
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("journal is closed");
    }
  }

  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction on a borrowed connection: committed if {@code commit} and the work
   * returned, rolled back otherwise. A failed connection is discarded.
   */
  private <T> T inTransaction(SqlWork<T> work, boolean commit) {
    ensureOpen();
    connections.lock();
    Connection c = null;
    boolean broken = false;
    try {
      ensureOpen();
      c = connections.acquire();
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      boolean done = false;
      try {
        if (dialect == Dialect.POSTGRESQL && connections.isShared()) {
          // Each statement must see what other appends committed while this one waited for the head row lock:
          // READ COMMITTED, whatever the pool's default. (The journal's own connection is set up so once.)
          try (Statement set = c.createStatement()) {
            set.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
          }
        }
        T result = work.run(c);
        if (commit) {
          c.commit();
        } else {
          c.rollback();
        }
        done = true;
        return result;
      } finally {
        if (!done) {
          rollbackQuietly(c);
        }
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      broken = true;
      throw new JournalStorageException("The journal's database failed" + (commit ? "; nothing was recorded, "
          + "appending again is safe" : "") + ": " + safeMessage(e), e);
    } finally {
      connections.release(c, broken);
      connections.unlock();
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // The connection is gone; the database rolls the transaction back on its own.
    }
  }

  /** A driver message with its SQL state; drivers do not put passwords in messages, only host and database. */
  static String safeMessage(SQLException e) {
    return e.getMessage() + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")");
  }

  /** Where connections come from: the caller's pool, or the journal's own single connection. */
  private interface Connections {
    void lock();

    void unlock();

    Connection acquire() throws SQLException;

    /** Gives a connection back; a broken one is closed and not used again. Ignores null. */
    void release(Connection c, boolean broken);

    /** Whether connections come from the caller (their settings vary) rather than from the journal itself. */
    boolean isShared();

    void close();
  }

  /** The caller's data source: one connection per operation, closed (returned to the pool) after it. */
  private static final class BorrowedConnections implements Connections {
    private final DataSource dataSource;

    BorrowedConnections(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    @Override
    public void lock() {}

    @Override
    public void unlock() {}

    @Override
    public Connection acquire() throws SQLException {
      return dataSource.getConnection();
    }

    @Override
    public void release(Connection c, boolean broken) {
      closeQuietly(c);
    }

    @Override
    public boolean isShared() {
      return true;
    }

    @Override
    public void close() {}
  }

  /** One connection the journal opened and owns, used under a lock and reopened if it failed. */
  private static final class OwnedConnection implements Connections {
    private final DataSource dataSource;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;
    private boolean closed;

    OwnedConnection(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    @Override
    public void lock() {
      lock.lock();
    }

    @Override
    public void unlock() {
      lock.unlock();
    }

    @Override
    public Connection acquire() throws SQLException {
      if (connection == null) {
        Connection c = dataSource.getConnection();
        try {
          if (Dialect.of(c) == Dialect.POSTGRESQL) {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
          }
        } catch (SQLException | RuntimeException e) {
          closeQuietly(c);
          throw e;
        }
        connection = c;
      }
      return connection;
    }

    @Override
    public void release(Connection c, boolean broken) {
      if (broken && c != null && c == connection) {
        closeQuietly(c);
        connection = null;
      }
    }

    @Override
    public boolean isShared() {
      return false;
    }

    @Override
    public void close() {
      lock.lock();
      try {
        if (!closed) {
          closed = true;
          closeQuietly(connection);
          connection = null;
        }
      } finally {
        lock.unlock();
      }
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // Nothing to do: the connection is unusable either way.
      }
    }
  }

  /** Throws the problems of a bad row as one {@link InvalidInputException}. */
  static InvalidInputException badRow(String id, InvalidInputException e) {
    Problems p = new Problems();
    p.addAll(e.problems(), EVENT_TABLE + "[" + id + "].body");
    return new InvalidInputException(p.toList());
  }
}
