package dev.reverso.reporting.journal;

import dev.reverso.core.MentoringPair;
import dev.reverso.journal.jdbc.JdbcJournal;
import dev.reverso.journal.jdbc.JournalDataSources;
import dev.reverso.journal.jdbc.TestDatabases;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Journal} contract, unchanged, against {@link JdbcJournal} on an embedded SQLite file opened by
 * its {@code jdbc:sqlite:} URL. This class sits in the contract's package because the contract's hooks are
 * package-private.
 */
class SqliteJdbcJournalContractTest extends JournalContract {
  private final Map<Journal, String> urls = new IdentityHashMap<>();

  @Override
  Journal newJournal(Set<MentoringPair> roster) {
    String url = TestDatabases.sqliteUrl(TestDatabases.newSqliteFile());
    JdbcJournal journal = JdbcJournal.open(url, roster);
    urls.put(journal, url);
    return journal;
  }

  @Override
  Object storage(Journal journal) {
    return TestDatabases.rows(JournalDataSources.forUrl(urls.get(journal)));
  }

  @Override
  List<JournalEvent> reopenedEvents(Journal journal) {
    try (JdbcJournal reopened = JdbcJournal.open(urls.get(journal), journal.roster())) {
      return reopened.events();
    }
  }
}
