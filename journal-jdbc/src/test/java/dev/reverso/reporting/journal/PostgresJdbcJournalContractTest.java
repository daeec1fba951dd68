package dev.reverso.reporting.journal;

import dev.reverso.core.MentoringPair;
import dev.reverso.journal.jdbc.JdbcJournal;
import dev.reverso.journal.jdbc.PostgresServer;
import dev.reverso.journal.jdbc.TestDatabases;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The {@link Journal} contract, unchanged, against {@link JdbcJournal} on a real PostgreSQL server (started
 * by {@link PostgresServer}), opened by its {@code jdbc:postgresql:} URL (one connection per journal). The class migrates one schema and empties it
 * for each new journal (the property makes dozens; a migration costs seconds on a busy machine). This class
 * sits in the contract's package because the contract's hooks are package-private.
 */
class PostgresJdbcJournalContractTest extends JournalContract {
  private static String schema;
  private final Map<Journal, DataSource> sources = new IdentityHashMap<>();

  private static synchronized String emptySchema() {
    PostgresServer server = PostgresServer.shared();
    if (schema == null) {
      String name = server.newSchema("contract");
      JdbcJournal.open(server.dataSource(name), Set.of()).close();
      schema = name;
    }
    TestDatabases.empty(server.dataSource(schema));
    return schema;
  }

  @Override
  Journal newJournal(Set<MentoringPair> roster) {
    String name = emptySchema();
    JdbcJournal journal = JdbcJournal.open(PostgresServer.shared().url(name), roster);
    sources.put(journal, PostgresServer.shared().dataSource(name));
    return journal;
  }

  @Override
  Object storage(Journal journal) {
    return TestDatabases.rows(sources.get(journal));
  }

  @Override
  List<JournalEvent> reopenedEvents(Journal journal) {
    try (JdbcJournal reopened = JdbcJournal.open(sources.get(journal), journal.roster())) {
      return reopened.events();
    }
  }
}
