package dev.reverso.journal.jdbc;

import dev.reverso.core.MentoringPair;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.JournalHistory;
import dev.reverso.reporting.journal.JournalStorageException;
import dev.reverso.reporting.journal.PairClosed;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link JournalHistory} of one append transaction: what the table held when the head lock was taken,
 * plus the events this transaction accepted so far. Look-ups are indexed queries, batched: the ids of the
 * whole batch in a few {@code IN (...)} queries, each pair's close and latest date once. Not thread-safe;
 * lives inside one transaction.
 */
final class BatchHistory implements JournalHistory {
  private static final int ID_CHUNK = 500;
  private static final int PAIR_CHUNK = 200;

  private final Connection connection;
  private final Map<String, JournalEvent> byId = new HashMap<>();
  private final Map<String, String> storedBodies = new HashMap<>();
  private final Map<MentoringPair, PairState> pairs = new HashMap<>();
  /** Retractions by the id they take back: recorded in this batch, or found in the table (null: none). */
  private final Map<String, EventRetracted> retractions = new HashMap<>();
  /** The ids this batch retracted, which the table does not know yet. */
  private final Set<String> retractedInBatch = new LinkedHashSet<>();
  /** The events this batch accepted, in order. */
  private final List<JournalEvent> added = new ArrayList<>();

  private static final class PairState {
    PairClosed close;
    LocalDate latest;
  }

  /** Prefetches the stored events with the ids of {@code batch}. */
  BatchHistory(Connection connection, List<JournalEvent> batch) throws SQLException {
    this.connection = connection;
    Set<String> ids = new LinkedHashSet<>();
    for (JournalEvent e : batch) {
      ids.add(e.id());
    }
    List<String> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += ID_CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + ID_CHUNK));
      StringBuilder sql = new StringBuilder("SELECT id, body FROM ").append(JdbcJournal.EVENT_TABLE).append(" WHERE id IN (");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "?" : ", ?");
      }
      try (PreparedStatement select = connection.prepareStatement(sql.append(')').toString())) {
        for (int i = 0; i < chunk.size(); i++) {
          select.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            storedBodies.put(rs.getString(1), rs.getString(2));
          }
        }
      }
    }
    for (String id : all) {
      storedBodies.putIfAbsent(id, null);
    }
    Set<MentoringPair> batchPairs = new LinkedHashSet<>();
    for (JournalEvent e : batch) {
      batchPairs.add(e.pair());
    }
    List<MentoringPair> pairList = List.copyOf(batchPairs);
    for (int from = 0; from < pairList.size(); from += PAIR_CHUNK) {
      loadPairs(pairList.subList(from, Math.min(pairList.size(), from + PAIR_CHUNK)));
    }
  }

  /**
   * Loads the latest date and the close of each pair, of the rows that count (not retractions, not retracted,
   * neither in the table nor by this batch): two queries for all of them, each part an index look-up.
   */
  private void loadPairs(List<MentoringPair> chunk) throws SQLException {
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < chunk.size(); i++) {
      where.append(i == 0 ? "(" : " OR ").append("(c.mentor = ? AND c.mentee = ?)");
      pairs.put(chunk.get(i), new PairState());
    }
    where.append(')');
    String counts = " AND NOT EXISTS (SELECT 1 FROM " + JdbcJournal.EVENT_TABLE + " r WHERE r.retracts = %1$s.id)"
        + notRetractedInBatch("%1$s");
    // One MAX per pair, each answered from the end of the (mentor, mentee, event_day) index; a single grouped
    // MAX over all the pairs would read every row of every pair instead.
    StringBuilder latestSql = new StringBuilder();
    for (int i = 0; i < chunk.size(); i++) {
      latestSql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i).append(", (SELECT MAX(e.event_day) FROM ")
          .append(JdbcJournal.EVENT_TABLE).append(" e WHERE e.mentor = ? AND e.mentee = ? AND e.type <> '")
          .append(EventRows.EVENT_RETRACTED).append("'").append(String.format(java.util.Locale.ROOT, counts, "e"))
          .append(")");
    }
    try (PreparedStatement latest = connection.prepareStatement(latestSql.toString())) {
      int k = 1;
      for (MentoringPair p : chunk) {
        latest.setString(k++, p.mentorId().value());
        latest.setString(k++, p.menteeId().value());
        k = bindRetractedInBatch(latest, k);
      }
      try (ResultSet rs = latest.executeQuery()) {
        while (rs.next()) {
          long day = rs.getLong(2);
          if (!rs.wasNull()) {
            pairs.get(chunk.get(rs.getInt(1))).latest = LocalDate.ofEpochDay(day);
          }
        }
      }
    }
    try (PreparedStatement closes = connection.prepareStatement("SELECT c.id, c.body FROM " + JdbcJournal.EVENT_TABLE
        + " c WHERE c.type = '" + EventRows.PAIR_CLOSED + "' AND " + where
        + String.format(java.util.Locale.ROOT, counts, "c"))) {
      int k = bindPairs(closes, chunk);
      bindRetractedInBatch(closes, k);
      try (ResultSet rs = closes.executeQuery()) {
        while (rs.next()) {
          PairClosed c = decodeAs(PairClosed.class, rs.getString(1), rs.getString(2), "type pair-closed");
          PairState s = pairs.get(c.pair());
          if (s != null) {
            s.close = c;
          }
        }
      }
    }
    // the events this batch accepted before count too
    Set<MentoringPair> loaded = new java.util.HashSet<>(chunk);
    for (JournalEvent e : added) {
      if (loaded.contains(e.pair())) {
        count(e);
      }
    }
  }

  /** {@code AND alias.id NOT IN (?, ...)} for the ids this batch retracted, or nothing. */
  private String notRetractedInBatch(String alias) {
    if (retractedInBatch.isEmpty()) {
      return "";
    }
    StringBuilder sql = new StringBuilder(" AND ").append(alias).append(".id NOT IN (");
    for (int i = 0; i < retractedInBatch.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    return sql.append(')').toString();
  }

  private int bindRetractedInBatch(PreparedStatement s, int from) throws SQLException {
    int k = from;
    for (String id : retractedInBatch) {
      s.setString(k++, id);
    }
    return k;
  }

  private static int bindPairs(PreparedStatement s, List<MentoringPair> chunk) throws SQLException {
    int k = 1;
    for (MentoringPair p : chunk) {
      s.setString(k++, p.mentorId().value());
      s.setString(k++, p.menteeId().value());
    }
    return k;
  }

  /** The event of a row selected by a column that only one type sets ({@code what} names that column). */
  private static <T extends JournalEvent> T decodeAs(Class<T> type, String id, String body, String what) {
    JournalEvent e = EventRows.decode(id, body);
    if (!type.isInstance(e)) {
      throw new JournalStorageException("Row " + id + " of " + JdbcJournal.EVENT_TABLE + " has " + what
          + " but its body is another event; the table was changed outside the journal");
    }
    return type.cast(e);
  }

  @Override
  public Optional<JournalEvent> eventWithId(String id) {
    JournalEvent e = byId.get(id);
    if (e != null) {
      return Optional.of(e);
    }
    if (!storedBodies.containsKey(id)) {
      // Not one of the batch's ids: JournalRules only asks for those, but answer correctly anyway.
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT body FROM " + JdbcJournal.EVENT_TABLE + " WHERE id = ?")) {
        select.setString(1, id);
        try (ResultSet rs = select.executeQuery()) {
          storedBodies.put(id, rs.next() ? rs.getString(1) : null);
        }
      } catch (SQLException ex) {
        throw new SqlFailure(ex);
      }
    }
    String body = storedBodies.get(id);
    if (body == null) {
      return Optional.empty();
    }
    JournalEvent stored = EventRows.decode(id, body);
    byId.put(id, stored);
    return Optional.of(stored);
  }

  @Override
  public Optional<PairClosed> closeOf(MentoringPair pair) {
    return Optional.ofNullable(state(pair).close);
  }

  @Override
  public Optional<LocalDate> latestDateOf(MentoringPair pair) {
    return Optional.ofNullable(state(pair).latest);
  }

  @Override
  public Optional<EventRetracted> retractionOf(String eventId) {
    if (!retractions.containsKey(eventId)) {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT id, body FROM " + JdbcJournal.EVENT_TABLE + " WHERE retracts = ?")) {
        select.setString(1, eventId);
        try (ResultSet rs = select.executeQuery()) {
          retractions.put(eventId, rs.next()
              ? decodeAs(EventRetracted.class, rs.getString(1), rs.getString(2), "a retracts column") : null);
        }
      } catch (SQLException ex) {
        throw new SqlFailure(ex);
      }
    }
    return Optional.ofNullable(retractions.get(eventId));
  }

  /** Records an event the rules accepted, for the checks of the events after it in the batch. */
  void record(JournalEvent e) {
    byId.put(e.id(), e);
    added.add(e);
    if (e instanceof EventRetracted r) {
      retractions.put(r.retracts(), r);
      retractedInBatch.add(r.retracts());
      // the retracted event may have been the pair's latest or its close: load the pair again without it
      pairs.remove(r.pair());
      load(r.pair());
      return;
    }
    count(e);
  }

  /** Folds an accepted event that counts into its pair's state (the state must be loaded). */
  private void count(JournalEvent e) {
    if (e instanceof EventRetracted || retractedInBatch.contains(e.id())) {
      return;
    }
    PairState s = state(e.pair());
    if (s.latest == null || e.date().isAfter(s.latest)) {
      s.latest = e.date();
    }
    if (e instanceof PairClosed c) {
      s.close = c;
    }
  }

  private PairState state(MentoringPair pair) {
    PairState s = pairs.get(pair);
    return s != null ? s : load(pair);
  }

  private PairState load(MentoringPair pair) {
    // Not a pair of the batch: JournalRules only asks for those, but answer correctly anyway.
    try {
      loadPairs(List.of(pair));
    } catch (SQLException ex) {
      throw new SqlFailure(ex);
    }
    return pairs.get(pair);
  }

  /** Carries an {@link SQLException} through {@link JournalHistory}'s methods, which cannot throw it. */
  static final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
