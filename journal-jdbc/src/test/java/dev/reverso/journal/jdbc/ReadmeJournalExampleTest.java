package dev.reverso.journal.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.MentoringPair;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's database journal example compiles, runs (on SQLite) and is shown in the README unchanged. */
class ReadmeJournalExampleTest {
  private static final String BEGIN = "    // --- README snippet: begin ---\n";
  private static final String END = "    // --- README snippet: end ---";

  @TempDir
  Path dir;

  @Test
  void theExampleRecordsAndStreamsEvents() {
    Set<MentoringPair> roster = Set.of(MentoringPair.of("e000163", "e000002"));
    DataSource dataSource = JournalDataSources.forUrl("jdbc:sqlite:" + dir.resolve("app.db"));
    List<JournalEvent> imported = List.of(
        SessionCancelled.of("c-0002", MentoringPair.of("e000163", "e000002"), LocalDate.of(2026, 3, 9), Side.MENTEE),
        new SessionHeld("s-0003", MentoringPair.of("e000163", "e000002"), LocalDate.of(2026, 3, 16), 45));
    List<String> seen = new ArrayList<>();

    // --- README snippet: begin ---
    // dataSource: your pool; roster: the pairs events may be recorded for (a Set<MentoringPair>)
    try (JdbcJournal journal = JdbcJournal.open(dataSource, roster)) {
      journal.append(SessionHeld.of("s-0001", "e000163", "e000002", LocalDate.of(2026, 3, 2), 60));
      journal.appendAll(imported); // one transaction: all of them or none
      journal.forEach(event -> seen.add(event.id())); // streams, in the order recorded
    }
    // Or a URL: the journal keeps one connection of its own (an SQLite file is created if absent).
    try (JdbcJournal embedded = JdbcJournal.open("jdbc:sqlite:" + dir.resolve("journal.db"), roster)) {
      embedded.appendAll(imported);
    }
    // --- README snippet: end ---

    assertThat(seen).containsExactly("s-0001", "c-0002", "s-0003");
    try (JdbcJournal again = JdbcJournal.open(dataSource, roster)) {
      assertThat(again.appendAll(imported)).containsOnly(AppendResult.ALREADY_PRESENT);
    }
    try (JdbcJournal embedded = JdbcJournal.open("jdbc:sqlite:" + dir.resolve("journal.db"), roster)) {
      assertThat(embedded.events()).containsExactlyElementsOf(imported);
    }
  }

  @Test
  void theReadmeShowsTheExampleUnchanged() throws IOException {
    String source = Files.readString(Path.of("src/test/java/dev/reverso/journal/jdbc/ReadmeJournalExampleTest.java"), UTF_8);
    int from = source.indexOf(BEGIN) + BEGIN.length();
    String snippet = source.substring(from, source.indexOf(END, from)).lines()
        .map(l -> l.length() >= 4 ? l.substring(4) : l).collect(Collectors.joining("\n", "", "\n"));
    assertThat(Files.readString(Path.of("..", "README.md"), UTF_8)).contains(snippet);
  }
}
