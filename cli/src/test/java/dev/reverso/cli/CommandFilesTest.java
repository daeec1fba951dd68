package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.cli.ReversoCommandTest.Run;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Issue 12 items 3, 4, 6, 7 and 8 at the command line: no output replaces an input (links and {@code ..}
 * included), every file option of every command is declared, outputs are atomic and owner-only with
 * {@code --names}, non-regular inputs are refused, and a wrong date names the format.
 */
class CommandFilesTest {
  @TempDir
  static Path shared;

  static Path demo;

  @TempDir
  Path dir;

  @BeforeAll
  static void aDemoToWorkOn() {
    demo = shared.resolve("c");
    Run r = run("demo", "--people", "200", "--seed", "5", "--out", demo.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  private static byte[] bytes(Path file) throws IOException {
    return Files.readAllBytes(file);
  }

  private Path copy(String name) throws IOException {
    return Files.copy(demo.resolve(name), dir.resolve(name));
  }

  // ------------------------------------------------------------------ item 3: an output that is an input

  @Test
  void adviseOutIntoItsOwnJournalIsRefusedAndTheJournalIsUntouched() throws IOException {
    Path journal = copy("journal.jsonl");
    byte[] before = bytes(journal);
    Run r = run("advise", "--in", demo.resolve("program.json").toString(), "--matches",
        demo.resolve("matches.json").toString(), "--journal", journal.toString(), "--min-pairs", "3",
        "--out", journal.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith("ERROR --out: expected an output that is not"
        + " one of the inputs").contains("--journal"));
    assertThat(bytes(journal)).isEqualTo(before);
  }

  @Test
  void matchIntoTheDirectoryOfItsOwnPairsCsvIsRefused() throws IOException {
    // the HR export happens to be called pairs.csv, and --out is its directory
    Path pairs = dir.resolve("pairs.csv");
    Run sample = run("sample", "--people", "120", "--seed", "2", "--out", pairs.toString());
    assertThat(sample.exitCode()).as(sample.err()).isZero();
    byte[] before = bytes(pairs);
    Run r = run("match", "--in", pairs.toString(), "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("ERROR --out: expected an output that is not one of the inputs").contains("--in");
    assertThat(bytes(pairs)).isEqualTo(before);
    assertThat(dir.resolve("matches.json")).doesNotExist();
  }

  @Test
  void linksAndDotDotDoNotHideTheSameFile() throws IOException {
    // a programme that happens to be called matches.json, in the directory match is asked to write into
    Path out = Files.createDirectory(dir.resolve("out"));
    Path program = Files.copy(demo.resolve("program.json"), out.resolve("matches.json"));
    byte[] before = bytes(program);
    Path sub = Files.createDirectory(out.resolve("sub"));
    Path symlink = Files.createSymbolicLink(dir.resolve("link.json"), program);
    Path hardlink = Files.createLink(dir.resolve("hard.json"), program);
    // the output directory through "..", the input through a symbolic link, the input through a hard link
    List<List<String>> runs = List.of(
        List.of("--in", program.toString(), "--out", sub.resolve("..").toString()),
        List.of("--in", symlink.toString(), "--out", out.toString()),
        List.of("--in", hardlink.toString(), "--out", out.toString()));
    for (List<String> args : runs) {
      List<String> all = new ArrayList<>(List.of("match"));
      all.addAll(args);
      Run r = run(all.toArray(String[]::new));
      assertThat(r.exitCode()).as(args.toString()).isEqualTo(2);
      assertThat(r.err()).as(args.toString()).contains("ERROR --out: expected an output that is not one of the inputs");
      assertThat(bytes(program)).as(args.toString()).isEqualTo(before);
    }
  }

  @Test
  void reportOutIntoTheDirectoryHoldingItsMatchesIsRefusedOnlyForTheNamesItWrites() throws IOException {
    Path matches = copy("matches.json");
    Path renamed = Files.move(copy("journal.jsonl"), dir.resolve("program-report.json"));
    byte[] before = bytes(renamed);
    Run r = run("report", "--in", demo.resolve("program.json").toString(), "--matches", matches.toString(),
        "--journal", renamed.toString(), "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("ERROR --out: expected an output that is not one of the inputs")
        .contains("program-report.json").contains("--journal");
    assertThat(bytes(renamed)).isEqualTo(before);
    // the matches beside the reports are no problem: report writes program-report.* only
    Path journal = copy("journal.jsonl");
    Run ok = run("report", "--in", demo.resolve("program.json").toString(), "--matches", matches.toString(),
        "--journal", journal.toString(), "--as-of", "2026-07-04", "--out", dir.resolve("r").toString());
    assertThat(ok.exitCode()).as(ok.err()).isZero();
  }

  /** Every file option of every command is declared, so the checks above cover present and future commands. */
  @Test
  void everyCommandDeclaresEveryFileOption() {
    CommandLine cl = ReversoCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        List.of());
    List<String> checked = new ArrayList<>();
    // every command, nested ones too ("record session", "journal import")
    Map<String, CommandLine> all = new java.util.LinkedHashMap<>();
    java.util.ArrayDeque<Map.Entry<String, CommandLine>> todo = new java.util.ArrayDeque<>(cl.getSubcommands().entrySet());
    while (!todo.isEmpty()) {
      Map.Entry<String, CommandLine> next = todo.poll();
      all.put(next.getKey(), next.getValue());
      next.getValue().getSubcommands().forEach((name, sub) -> todo.add(Map.entry(next.getKey() + " " + name, sub)));
    }
    for (Map.Entry<String, CommandLine> sub : all.entrySet()) {
      CommandSpec spec = sub.getValue().getCommandSpec();
      List<String> fileOptions = new ArrayList<>();
      for (OptionSpec option : spec.options()) {
        if (option.type() == Path.class) {
          option.setValue(Path.of("x" + option.longestName()));
          fileOptions.add(option.longestName());
        }
      }
      // --plugins is inherited by every command, and every command declares it as an input
      assertThat(ReversoCommand.declaredFiles(spec).options()).as(sub.getKey()).contains(PluginJars.OPTION);
      fileOptions.remove(PluginJars.OPTION);
      if (fileOptions.isEmpty()) {
        continue;
      }
      assertThat(spec.userObject()).as(sub.getKey() + " has file options, so it declares its files")
          .isInstanceOf(FileCommand.class);
      assertThat(ReversoCommand.declaredFiles(spec).options()).as(sub.getKey())
          .containsAll(fileOptions);
      checked.add(sub.getKey());
    }
    assertThat(checked).contains("demo", "sample", "validate", "match", "explain", "report", "advise",
        "record session", "record feedback", "journal import", "next-cohort");
  }

  // ------------------------------------------------------------------ item 4: atomic, link-safe outputs

  @Test
  void aSymbolicLinkPlantedAtAnOutputIsReplacedNotFollowed() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "do not overwrite");
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve("matches.json"), victim);
    Run r = run("match", "--in", demo.resolve("program.json").toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(victim)).isEqualTo("do not overwrite");
    assertThat(Files.isSymbolicLink(out.resolve("matches.json"))).isFalse();
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void concurrentRunsIntoOneDirectoryNeverLeaveAMixedSet() throws Exception {
    Path out = dir.resolve("shared-out");
    List<String> strategies = List.of("greedy", "stable", "optimal", "fair");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(strategies.size());
    try {
      List<java.util.concurrent.Future<Run>> runs = new ArrayList<>();
      for (String strategy : strategies) {
        runs.add(pool.submit(() -> run("match", "--in", demo.resolve("program.json").toString(), "--strategy",
            strategy, "--out", out.toString())));
      }
      for (java.util.concurrent.Future<Run> f : runs) {
        Run r = f.get(120, TimeUnit.SECONDS);
        assertThat(r.exitCode()).as(r.err()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
    // the three files are of one run: the same strategy and the same pairs
    dev.reverso.matching.result.MatchResult result = dev.reverso.reporting.match.MatchesJson.read(out.resolve("matches.json"));
    assertThat(Files.readString(out.resolve("match-report.html"))).contains(result.strategy());
    List<String> csvPairs = Files.readAllLines(out.resolve("pairs.csv")).stream().skip(1)
        .map(l -> l.split(",")[0] + "," + l.split(",")[1]).sorted().toList();
    List<String> jsonPairs = result.pairs().stream().map(p -> p.mentorId() + "," + p.menteeId()).sorted().toList();
    assertThat(csvPairs).isEqualTo(jsonPairs);
  }

  // ------------------------------------------------------------------ item 7: --names owner-only, FIFOs

  @Test
  void filesWrittenWithNamesAreOwnerOnly() throws IOException {
    Path out = dir.resolve("named");
    Run r = run("match", "--in", demo.resolve("program.json").toString(), "--names", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    for (String name : List.of("matches.json", "pairs.csv", "match-report.html")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(name)))).as(name)
          .isEqualTo("rw-------");
    }
  }

  @Test
  void aFifoAsInputIsRefusedAtOnce() throws Exception {
    Path fifo = dir.resolve("org.csv");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).as("mkfifo").isTrue();
    Run r = run("validate", "--in", fifo.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("(a regular file), found something else (a FIFO");
  }

  @Test
  void aSymbolicLinkLoopIsInvalidInput() throws IOException {
    Path a = dir.resolve("a.json");
    Files.createSymbolicLink(a, dir.resolve("b.json"));
    Files.createSymbolicLink(dir.resolve("b.json"), a);
    Run r = run("validate", "--in", a.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("cannot be resolved");
  }

  // ------------------------------------------------------------------ items 6 and 8: key file, dates

  @Test
  void devZeroAsKeyFileIsRefusedWithoutReadingIt() {
    Run r = run("report", "--in", demo.resolve("program.json").toString(), "--matches",
        demo.resolve("matches.json").toString(), "--journal", demo.resolve("journal.jsonl").toString(),
        "--key-file", "/dev/zero", "--out", dir.resolve("r").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).contains("ERROR --key-file: expected a key file (a regular file), found something else"
        + " (a FIFO, a device or a socket), which is never read ('/dev/zero')");
  }

  @Test
  void aDateInAnotherFormatSaysWhichFormatIsExpected() {
    Run r = run("report", "--in", demo.resolve("program.json").toString(), "--matches",
        demo.resolve("matches.json").toString(), "--journal", demo.resolve("journal.jsonl").toString(),
        "--as-of", "04/07/2026", "--out", dir.resolve("r").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--as-of").contains("expected an ISO date yyyy-MM-dd such as 2026-07-04, found"
        + " '04/07/2026'").doesNotContain("DateTimeParseException");
  }
}
