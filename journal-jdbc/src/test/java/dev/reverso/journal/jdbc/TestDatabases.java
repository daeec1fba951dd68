package dev.reverso.journal.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Test helpers: fresh SQLite files and a raw view of a journal's tables. */
public final class TestDatabases {
  private TestDatabases() {}

  /** A path for a new SQLite journal in a new temporary directory (deleted when the JVM exits). */
  public static Path newSqliteFile() {
    try {
      Path dir = Files.createTempDirectory("reverso-sqlite-");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("journal.db");
      for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
        dir.resolve("journal.db" + suffix).toFile().deleteOnExit();
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SQLite URL of a file. */
  public static String sqliteUrl(Path file) {
    return "jdbc:sqlite:" + file;
  }

  /**
   * Every row of the event table in sequence order (all columns) and the head row: what the journal has
   * stored, to compare before and after a refused append.
   */
  public static List<List<Object>> rows(DataSource dataSource) {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT seq, id, type, mentor, mentee, event_day, body FROM reverso_journal_event ORDER BY seq");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(List.of(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getLong(6), rs.getString(7)));
        }
      }
      try (PreparedStatement s = c.prepareStatement("SELECT id, last_seq FROM reverso_journal_head");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(List.of("head", rs.getLong(1), rs.getLong(2)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    return rows;
  }

  /** Deletes every event and resets the head: an empty journal at the current schema, without migrating again. */
  public static void empty(DataSource dataSource) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM reverso_journal_event");
      s.executeUpdate("UPDATE reverso_journal_head SET last_seq = 0");
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Counts the event rows. */
  public static long count(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM reverso_journal_event");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
