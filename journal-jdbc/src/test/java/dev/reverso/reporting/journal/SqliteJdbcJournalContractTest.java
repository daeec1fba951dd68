package dev.reverso.reporting.journal;

import dev.reverso.core.MentoringPair;
import dev.reverso.journal.jdbc.JdbcJournal;
import dev.reverso.journal.jdbc.JournalDataSources;
import dev.reverso.journal.jdbc.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Journal} contract, unchanged, against {@link JdbcJournal} on an embedded SQLite file opened by
 * its {@code jdbc:sqlite:} URL. Each journal is a new file, copied from one freshly migrated file (a
 * migration costs a good part of a second on a busy machine, and the property makes dozens). This class
 * sits in the contract's package because the contract's hooks are package-private.
 */
class SqliteJdbcJournalContractTest extends JournalContract {
  private static Path template;
  private final Map<Journal, String> urls = new IdentityHashMap<>();

  private static synchronized Path newFile() {
    try {
      if (template == null) {
        Path file = TestDatabases.newSqliteFile();
        JdbcJournal.open(TestDatabases.sqliteUrl(file), Set.of()).close();
        template = file;
      }
      Path copy = TestDatabases.newSqliteFile();
      Files.copy(template, copy);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  Journal newJournal(Set<MentoringPair> roster) {
    String url = TestDatabases.sqliteUrl(newFile());
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
