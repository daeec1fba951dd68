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
 * by {@link PostgresServer}), through a caller's data source. Each journal gets its own schema. This class
 * sits in the contract's package because the contract's hooks are package-private.
 */
class PostgresJdbcJournalContractTest extends JournalContract {
  private final Map<Journal, DataSource> sources = new IdentityHashMap<>();

  @Override
  Journal newJournal(Set<MentoringPair> roster) {
    PostgresServer server = PostgresServer.shared();
    DataSource ds = server.dataSource(server.newSchema("contract"));
    JdbcJournal journal = JdbcJournal.open(ds, roster);
    sources.put(journal, ds);
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
