package dev.reverso.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** {@link JdbcJournalDatabaseContract} on a real PostgreSQL server; each test in its own schema. */
class PostgresJdbcJournalTest extends JdbcJournalDatabaseContract {
  @Override
  Database newDatabase() {
    PostgresServer server = PostgresServer.shared();
    String schema = server.newSchema("db");
    return new Database(server.dataSource(schema), server.url(schema));
  }

  /** Terminates the connection's server process from another connection and waits until it is gone. */
  @Override
  void drop(Connection raw) throws SQLException {
    int pid;
    try (PreparedStatement s = raw.prepareStatement("SELECT pg_backend_pid()"); ResultSet rs = s.executeQuery()) {
      rs.next();
      pid = rs.getInt(1);
    }
    try (Connection admin = PostgresServer.shared().dataSource("public").getConnection();
        PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?, 30000)")) {
      kill.setInt(1, pid);
      try (ResultSet rs = kill.executeQuery()) {
        rs.next();
        assertThat(rs.getBoolean(1)).as("backend terminated").isTrue();
      }
    }
  }
}
