package dev.reverso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.core.ReversoException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The command contract shared by every subcommand: exit codes, messages, help. */
class ReversoCommandTest {

  /** The result of one in-process run. */
  record Run(int exitCode, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ReversoCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs with the test-only failing commands added, wired exactly like the real ones. */
  static Run runWithFailures(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    int code = ReversoCommand.commandLine(o, e,
        List.of(new DiskFailure(), new LibraryRefusal(), new ManyProblems())).execute(args);
    o.flush();
    e.flush();
    return new Run(code, out.toString(), err.toString());
  }

  /** Simulates an environment failure the library does not expect (a disk error while writing). */
  @Command(name = "disk-failure")
  static final class DiskFailure implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new UncheckedIOException("cannot write report.html", new IOException("No space left on device"));
    }
  }

  /** A library refusal that is not about input problems. */
  @Command(name = "refusal")
  static final class LibraryRefusal implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new ReversoException("unknown strategy 'fastest'; available: greedy, optimal");
    }
  }

  /** Invalid input with several errors and a warning, one message spanning two lines. */
  @Command(name = "many-problems")
  static final class ManyProblems implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new InvalidInputException(List.of(
          Problem.error("participants.csv:3:seniority", "expected a job grade of 0 or more, found -1"),
          Problem.error("participants.csv:7:goals", "expected skill:current>target,\nfound 'genai'"),
          Problem.warning("participants.csv:9:manager_id", "manager 'e9' is not in the org chart")));
    }
  }

  @Test
  void everyCommandsHelpShowsExamples() {
    StringWriter sink = new StringWriter();
    Set<String> commands = ReversoCommand.commandLine(new PrintWriter(sink), new PrintWriter(sink), List.of())
        .getSubcommands().keySet();
    assertThat(commands).contains("sample", "validate");
    for (String command : commands) {
      Run help = run(command, "--help");
      assertThat(help.exitCode()).isZero();
      assertThat(help.out()).contains("Usage: reverso " + command, "Examples:", "  reverso " + command + " ");
      assertThat(help.err()).isEmpty();
    }
    Run top = run("--help");
    assertThat(top.exitCode()).isZero();
    assertThat(top.out()).contains("Usage: reverso", "Examples:");
  }

  @Test
  void topLevelHelpListsTheCommandsAndExitCodes() {
    assertThat(run("--help").out()).contains("sample", "validate", "--verbose", "Exit codes");
  }

  @Test
  void versionNamesTheTool() {
    Run version = run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("reverso ").contains("Java ");
  }

  @Test
  void unknownOptionIsAUsageErrorWithExitCode2() {
    Run r = run("sample", "--peeple", "10", "--out", "x.csv");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option", "--peeple", "Usage: reverso sample");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badNumberAndMissingRequiredOptionAreUsageErrors() {
    assertThat(run("sample", "--people", "many", "--out", "x.csv").exitCode()).isEqualTo(2);
    Run missing = run("validate");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option", "--in");
  }

  @Test
  void noCommandPrintsTheUsageWithExitCode2() {
    Run r = run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("missing command", "Usage: reverso");
  }

  @Test
  void invalidInputPrintsEveryProblemWithItsLocationOnePerLineAndNoStackTrace() {
    Run r = runWithFailures("many-problems");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly(
        "reverso: invalid input: 2 errors and 1 warning; fix every one listed",
        "ERROR participants.csv:3:seniority: expected a job grade of 0 or more, found -1",
        "ERROR participants.csv:7:goals: expected skill:current>target, found 'genai'",
        "WARNING participants.csv:9:manager_id: manager 'e9' is not in the org chart");
  }

  @Test
  void sampleOptionsOutOfRangeAreInvalidInputNamingEveryOption() {
    Run r = run("sample", "--people", "0", "--mentors", "-1", "--mentees", "-2", "--out", "org.csv");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(4);
    assertThat(r.errLines().get(1)).startsWith("ERROR --people: expected 1 to");
    assertThat(r.errLines().get(2)).startsWith("ERROR --mentors: expected 0 or more");
    assertThat(r.errLines().get(3)).startsWith("ERROR --mentees: expected 0 or more");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void aCohortTooLargeForTheOrganisationSaysWhatToChange() {
    Run r = run("sample", "--people", "100", "--mentors", "99", "--mentees", "99", "--out", "org.json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(3);
    assertThat(r.errLines().get(1)).startsWith("ERROR --mentors: ").contains("ask for fewer mentors");
    assertThat(r.errLines().get(2)).startsWith("ERROR --mentees: ").contains("ask for fewer mentees");
  }

  @Test
  void aFileWithoutJsonOrCsvExtensionIsRefused() {
    Run sample = run("sample", "--out", "org.txt");
    assertThat(sample.exitCode()).isEqualTo(2);
    assertThat(sample.err()).contains("ERROR --out: expected a file name ending in .json or .csv, found 'org.txt'");
    Run validate = run("validate", "--in", "org");
    assertThat(validate.exitCode()).isEqualTo(2);
    assertThat(validate.err()).contains("ERROR --in: ");
  }

  @Test
  void anotherLibraryRefusalPrintsItsMessageWithExitCode2() {
    Run r = runWithFailures("refusal");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("reverso: unknown strategy 'fastest'; available: greedy, optimal");
  }

  @Test
  void anUnexpectedFailureIsOneLineWithExitCode1() {
    Run r = runWithFailures("disk-failure");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly("reverso: unexpected error: java.io.UncheckedIOException: "
        + "cannot write report.html; run with --verbose for the trace");
  }

  @Test
  void verboseAddsTheStackTraceWhereverTheOptionIsGiven() {
    for (Run r : List.of(runWithFailures("--verbose", "disk-failure"), runWithFailures("disk-failure", "--verbose"))) {
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.errLines().get(0))
          .isEqualTo("reverso: unexpected error: java.io.UncheckedIOException: cannot write report.html");
      assertThat(r.err()).contains("\tat dev.reverso.cli.ReversoCommandTest$DiskFailure.call",
          "Caused by: java.io.IOException: No space left on device");
    }
  }

  @Test
  void verboseLoggingIsOnOnlyDuringTheRun() {
    assertThat(VerboseLogging.isDebugEnabled()).isFalse();
    try (VerboseLogging ignored = VerboseLogging.enable()) {
      assertThat(VerboseLogging.isDebugEnabled()).isTrue();
    }
    assertThat(VerboseLogging.isDebugEnabled()).isFalse();
    runWithFailures("--verbose", "refusal");
    assertThat(VerboseLogging.isDebugEnabled()).isFalse();
  }
}
