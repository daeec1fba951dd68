package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.cli.ReversoCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reverso journal copy} between the demo's journal file and an SQLite database, and {@code report}
 * over the database: the same bytes as over the file.
 */
class JournalCopyCommandTest {
  @TempDir
  static Path dir;
  static Path demo;
  static Path key;

  @BeforeAll
  static void demo() throws IOException {
    demo = dir.resolve("demo");
    Run r = run("demo", "--people", "300", "--seed", "5", "--out", demo.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    key = dir.resolve("key.bin");
    Files.writeString(key, "a report key of more than sixteen bytes", StandardCharsets.UTF_8);
  }

  static Run report(String journal, Path out) {
    return run("report", "--in", demo.resolve("program.json").toString(), "--matches",
        demo.resolve("matches.json").toString(), "--journal", journal, "--as-of", "2026-07-04",
        "--key-file", key.toString(), "--out", out.toString());
  }

  /** Every file of {@code a} has the same bytes in {@code b}, and there are files. */
  static void assertSameFiles(Path a, Path b) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(a)) {
      files = s.sorted().toList();
    }
    assertThat(files).extracting(f -> f.getFileName().toString()).contains("program-report.json");
    for (Path f : files) {
      assertThat(Files.readAllBytes(b.resolve(f.getFileName().toString()))).as(f.getFileName().toString())
          .isEqualTo(Files.readAllBytes(f));
    }
  }

  @Test
  void copiesFileToDatabaseAndBackAndReportsTheSameBytes() throws IOException {
    Path file = demo.resolve("journal.jsonl");
    String url = "jdbc:sqlite:" + dir.resolve("journal.db");
    long lines;
    try (Stream<String> s = Files.lines(file)) {
      lines = s.count();
    }

    Run first = run("journal", "copy", "--from", file.toString(), "--to", url);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("Copied " + lines + " events", lines + " new, 0 already there");
    Run again = run("journal", "copy", "--from", file.toString(), "--to", url);
    assertThat(again.out()).contains("0 new, " + lines + " already there");

    Run fromFile = report(file.toString(), dir.resolve("report-file"));
    Run fromDatabase = report(url, dir.resolve("report-db"));
    assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
    assertThat(fromDatabase.exitCode()).as(fromDatabase.err()).isZero();
    assertThat(fromDatabase.out()).isEqualTo(fromFile.out().replace(dir.resolve("report-file").toString(),
        dir.resolve("report-db").toString()));
    assertSameFiles(dir.resolve("report-file"), dir.resolve("report-db"));

    Path back = dir.resolve("back.jsonl");
    Run out = run("journal", "copy", "--from", url, "--to", back.toString());
    assertThat(out.exitCode()).as(out.err()).isZero();
    assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void refusesToCopyAJournalOntoItselfAndUnsupportedUrls() {
    String url = "jdbc:sqlite:" + dir.resolve("self.db");
    Run self = run("journal", "copy", "--from", url, "--to", url);
    assertThat(self.exitCode()).isEqualTo(ReversoCommand.EXIT_INVALID_INPUT);
    assertThat(self.err()).contains("--to", "the same one");

    Run mysql = run("journal", "copy", "--from", demo.resolve("journal.jsonl").toString(),
        "--to", "jdbc:mysql://db.example/hr?password=secret");
    assertThat(mysql.exitCode()).isEqualTo(ReversoCommand.EXIT_INVALID_INPUT);
    assertThat(mysql.err()).contains("--to", "jdbc:postgresql://").doesNotContain("secret");

    Run report = report("jdbc:oracle:thin:@x", dir.resolve("never"));
    assertThat(report.exitCode()).isEqualTo(ReversoCommand.EXIT_INVALID_INPUT);
    assertThat(report.err()).contains("--journal");
  }

  @Test
  void aDatabaseWithoutAJournalIsAClearErrorForReport() {
    Run r = report("jdbc:sqlite:" + dir.resolve("empty.db"), dir.resolve("never2"));
    assertThat(r.exitCode()).isEqualTo(ReversoCommand.EXIT_INVALID_INPUT);
    assertThat(r.err()).contains("journal schema", "missing");
  }
}
