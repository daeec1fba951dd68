package dev.reverso.journal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases a {@link JdbcJournal} supports; the SQL is shared, the connection handling differs a little. */
enum Dialect {
  /** PostgreSQL: READ COMMITTED transactions, reads through a cursor (needs a transaction). */
  POSTGRESQL("PostgreSQL"),
  /** SQLite: serializable by design; the driver steps through rows, no cursor needed. */
  SQLITE("SQLite");

  private final String productName;

  Dialect(String productName) {
    this.productName = productName;
  }

  String productName() {
    return productName;
  }

  /**
   * The dialect of a connection's database.
   *
   * @throws JournalSchemaException if the database is neither
   */
  static Dialect of(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName();
    String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (p.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (p.contains("sqlite")) {
      return SQLITE;
    }
    throw new JournalSchemaException("Unsupported database '" + product
        + "' for the journal: expected PostgreSQL or SQLite");
  }
}
