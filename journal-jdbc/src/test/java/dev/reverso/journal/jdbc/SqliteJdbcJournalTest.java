package dev.reverso.journal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** {@link JdbcJournalDatabaseContract} on SQLite files (opened with {@link JournalDataSources}, WAL mode). */
class SqliteJdbcJournalTest extends JdbcJournalDatabaseContract {
  @Override
  Database newDatabase() {
    String url = TestDatabases.sqliteUrl(TestDatabases.newSqliteFile());
    return new Database(JournalDataSources.forUrl(url), url);
  }

  /** Closes the connection under the journal: SQLite rolls back the open transaction. */
  @Override
  void drop(Connection raw) throws SQLException {
    raw.close();
  }
}
