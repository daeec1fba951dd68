package dev.reverso.journal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's schema: Flyway migrations in {@value #LOCATION} with their own history table
 * {@value #HISTORY_TABLE}, so that an application's own Flyway setup (default location {@code db/migration},
 * table {@code flyway_schema_history}) neither runs nor sees them. A schema that is already non-empty (the
 * application's own tables) is baselined at version 0 and then migrated.
 */
final class JournalSchema {
  /** The schema version this jar writes and reads: the highest {@code V<n>__*.sql} in {@link #LOCATION}. */
  static final int VERSION = 3;
  static final String LOCATION = "db/reverso-journal";
  static final String HISTORY_TABLE = "reverso_journal_schema_history";

  private static final Logger LOG = LoggerFactory.getLogger(JournalSchema.class);

  private JournalSchema() {}

  /**
   * Brings the schema to {@link #VERSION} (if {@code migrate}) or checks that it is there.
   *
   * @throws JournalSchemaException if the schema is newer than the jar, or (without {@code migrate}) missing,
   *     older or changed, or if a migration fails
   */
  static void prepare(DataSource dataSource, boolean migrate) {
    if (recordedVersion(dataSource) == VERSION) {
      // Already at this jar's version: no need to start Flyway, which costs far more than the query.
      return;
    }
    Flyway flyway = Flyway.configure(JournalSchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:" + LOCATION)
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .failOnMissingLocations(true)
        .load();
    MigrationVersion jar = MigrationVersion.fromVersion(Integer.toString(VERSION));
    MigrationInfo current;
    try {
      current = flyway.info().current();
    } catch (FlywayException e) {
      throw new JournalSchemaException("Cannot read the journal's schema history (table " + HISTORY_TABLE + "): "
          + e.getMessage(), e);
    }
    MigrationVersion found = current == null ? null : current.getVersion();
    if (found != null && found.compareTo(jar) > 0) {
      throw new JournalSchemaException("The journal schema in this database is at version " + found
          + ", newer than version " + jar + " that this reverso-journal-jdbc jar knows: a later Reverso wrote it. "
          + "Upgrade reverso-journal-jdbc to open it; nothing was changed.");
    }
    if (migrate) {
      try {
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
          LOG.info("Journal schema migrated from version {} to {} ({} migrations)",
              found == null ? "none" : found, jar, result.migrationsExecuted);
        }
      } catch (FlywayException e) {
        throw new JournalSchemaException("Cannot migrate the journal schema to version " + jar + ": "
            + e.getMessage(), e);
      }
      return;
    }
    if (found == null || found.compareTo(jar) < 0) {
      throw new JournalSchemaException("The journal schema in this database is "
          + (found == null ? "missing (no table " + HISTORY_TABLE + " or no migration in it)" : "at version " + found)
          + ", expected version " + jar + ". Open the journal with migrations on (JdbcJournalOptions.withMigrate(true)) "
          + "or apply the scripts in " + LOCATION + " of the reverso-journal-jdbc jar with Flyway (history table "
          + HISTORY_TABLE + ") first.");
    }
    ValidateResult validation = flyway.validateWithResult();
    if (!validation.validationSuccessful) {
      StringBuilder why = new StringBuilder();
      validation.invalidMigrations.forEach(m -> why.append("; version ").append(m.version).append(": ")
          .append(m.errorDetails == null ? "invalid" : m.errorDetails.errorMessage));
      throw new JournalSchemaException("The journal schema at version " + found
          + " differs from the migrations of this jar" + why + ". Repair it with Flyway, or restore the scripts.");
    }
  }

  /**
   * The version the history table records if every migration in it succeeded and all versions are whole
   * numbers, or -1 if that cannot be told that simply (no table yet, a failed migration, a baseline...): then
   * Flyway decides. Reads with its own connection, outside any transaction of the journal.
   */
  static int recordedVersion(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT version, success FROM " + HISTORY_TABLE);
        ResultSet rs = s.executeQuery()) {
      int max = -1;
      while (rs.next()) {
        String version = rs.getString(1);
        if (!rs.getBoolean(2) || version == null || !version.matches("[0-9]{1,9}")) {
          return -1;
        }
        max = Math.max(max, Integer.parseInt(version));
      }
      return max;
    } catch (SQLException e) {
      return -1;
    }
  }
}
