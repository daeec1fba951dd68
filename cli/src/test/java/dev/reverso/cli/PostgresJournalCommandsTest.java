package dev.reverso.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.cli.ReversoCommandTest.Run;
import dev.reverso.journal.jdbc.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal commands against a real PostgreSQL server, run as a user would: a separate JVM whose
 * environment carries {@code PGPASSWORD} (never printed), a URL without the password.
 */
class PostgresJournalCommandsTest {
  @TempDir
  static Path dir;

  /** Runs {@code reverso} in a new JVM with {@code PGPASSWORD} set. */
  static Run reverso(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), ReversoCommand.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("PGPASSWORD", PostgresServer.PASSWORD);
    pb.environment().remove("PGUSER");
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("reverso finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }

  @Test
  void copiesAFileIntoPostgresqlWithPgpasswordAndReportsTheSameBytes() throws Exception {
    PostgresServer server = PostgresServer.shared();
    Path demo = dir.resolve("demo");
    Run d = ReversoCommandTest.run("demo", "--people", "300", "--seed", "9", "--out", demo.toString());
    assertThat(d.exitCode()).as(d.err()).isZero();
    Path key = dir.resolve("key.bin");
    Files.writeString(key, "another report key, long enough", UTF_8);
    String url = server.url() + "?user=" + PostgresServer.USER + "&currentSchema=" + server.newSchema("cli");
    Path file = demo.resolve("journal.jsonl");
    long lines;
    try (Stream<String> s = Files.lines(file)) {
      lines = s.count();
    }

    Run copy = reverso("journal", "copy", "--from", file.toString(), "--to", url);
    assertThat(copy.exitCode()).as(copy.err()).isZero();
    assertThat(copy.out()).contains("Copied " + lines + " events", lines + " new, 0 already there",
        "jdbc:postgresql://127.0.0.1:" + server.port());
    assertThat(copy.out() + copy.err()).doesNotContain(PostgresServer.PASSWORD);

    List<String> report = List.of("report", "--in", demo.resolve("program.json").toString(), "--matches",
        demo.resolve("matches.json").toString(), "--as-of", "2026-07-04", "--key-file", key.toString());
    List<String> fromDb = new ArrayList<>(report);
    fromDb.addAll(List.of("--journal", url, "--out", dir.resolve("report-db").toString()));
    Run db = reverso(fromDb.toArray(String[]::new));
    assertThat(db.exitCode()).as(db.err()).isZero();
    assertThat(db.out() + db.err()).doesNotContain(PostgresServer.PASSWORD);
    List<String> fromFile = new ArrayList<>(report);
    fromFile.addAll(List.of("--journal", file.toString(), "--out", dir.resolve("report-file").toString()));
    Run f = ReversoCommandTest.run(fromFile.toArray(String[]::new));
    assertThat(f.exitCode()).as(f.err()).isZero();
    JournalCopyCommandTest.assertSameFiles(dir.resolve("report-file"), dir.resolve("report-db"));
  }

  @Test
  void aWrongPasswordIsAnErrorThatDoesNotPrintTheUrlsPassword() throws Exception {
    PostgresServer server = PostgresServer.shared();
    Run r = reverso("journal", "copy", "--from",
        server.url() + "?user=" + PostgresServer.USER + "&password=wrong-secret-123", "--to", dir.resolve("x.jsonl").toString());
    assertThat(r.exitCode()).isEqualTo(ReversoCommand.EXIT_INVALID_INPUT);
    assertThat(r.err()).contains("password authentication failed");
    assertThat(r.out() + r.err()).doesNotContain("wrong-secret-123");
  }
}
