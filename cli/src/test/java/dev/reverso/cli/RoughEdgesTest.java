package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.cli.ReversoCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 item 8: what a new user sees — summarised warnings, capped problem lists, no data as no data, no colour. */
class RoughEdgesTest {
  @TempDir
  Path dir;

  /** A participants CSV whose every person names a manager outside the file (a partial org chart). */
  private Path partialOrgChart(int people) throws IOException {
    StringBuilder csv = new StringBuilder("id,role,manager_id,seniority,skills,goals\n");
    for (int i = 0; i < people; i++) {
      csv.append("p").append(i).append(i % 2 == 0 ? ",mentor," : ",mentee,").append("boss").append(i)
          .append(i % 2 == 0 ? ",1,genai:4,strategy:1>3\n" : ",8,strategy:4,genai:0>2\n");
    }
    return Files.writeString(dir.resolve("partial.csv"), csv);
  }

  @Test
  void warningsOfAPartialOrgChartAreSummarisedAndAllListedWithVerbose() throws IOException {
    Path csv = partialOrgChart(40);
    Run r = run("validate", "--in", csv.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Warnings: 40");
    assertThat(r.out().lines().filter(l -> l.startsWith("  ") && l.contains("manager"))).hasSize(
        ProgramSummary.SHOWN_WARNINGS);
    assertThat(r.out()).contains("  ... and 35 more; run with --verbose to list them all");
    Run verbose = run("validate", "--in", csv.toString(), "--verbose");
    assertThat(verbose.out().lines().filter(l -> l.startsWith("  ") && l.contains("manager"))).hasSize(40);
  }

  @Test
  void aLongListOfProblemsIsCappedWithACount() throws IOException {
    StringBuilder csv = new StringBuilder("id,role,seniority\n");
    for (int i = 0; i < 120; i++) {
      csv.append("p").append(i).append(",mentor,high\n");
    }
    Path bad = Files.writeString(dir.resolve("bad.csv"), csv);
    Run r = run("validate", "--in", bad.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines().get(0)).startsWith("reverso: invalid input: 120 errors");
    assertThat(r.errLines().stream().filter(l -> l.startsWith("ERROR bad.csv:"))).hasSize(FailureHandler.SHOWN_PROBLEMS);
    assertThat(r.errLines()).contains("... and 72 more; run with --verbose to list them all");
    Run all = run("validate", "--in", bad.toString(), "--verbose");
    assertThat(all.errLines().stream().filter(l -> l.startsWith("ERROR bad.csv:"))).hasSize(120);
  }

  @Test
  void anEmptyJournalGivesAReportOfNoDataNeverOneOrNineteenSeventy() throws IOException {
    Path demo = dir.resolve("demo");
    assertThat(run("demo", "--people", "150", "--seed", "4", "--out", demo.toString()).exitCode()).isZero();
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    Path out = dir.resolve("report");
    Run r = run("report", "--in", demo.resolve("program.json").toString(), "--matches",
        demo.resolve("matches.json").toString(), "--journal", empty.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("as of " + LocalDate.now(ZoneOffset.UTC)).doesNotContain("1970");
    assertThat(r.out()).contains("The three Rs (0 to 1): reciprocity no data, recognition no data, relationship no data");
    String html = Files.readString(out.resolve("program-report.html"));
    assertThat(html).contains("no data").doesNotContain("1970-01-01");
    String json = Files.readString(out.resolve("program-report.json"));
    assertThat(json).doesNotContain("1970-01-01");
  }

  @Test
  void decorationsOnlyOnAnInteractiveConsoleWithoutNoColor() {
    assertThat(ProgressDisplay.decorate(false, Map.of())).isFalse();
    assertThat(ProgressDisplay.decorate(true, Map.of())).isTrue();
    assertThat(ProgressDisplay.decorate(true, Map.of("NO_COLOR", "1"))).isFalse();
    assertThat(ProgressDisplay.decorate(true, Map.of("NO_COLOR", ""))).isTrue();
    assertThat(ProgressDisplay.decorate(true, Map.of("TERM", "dumb"))).isFalse();
  }

  @Test
  void capturedOutputHoldsNoEscapeOrCarriageReturn() {
    Run r = run("demo", "--people", "120", "--seed", "9", "--out", dir.resolve("d").toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out() + r.err()).doesNotContain("\u001b").doesNotContain("\r");
  }
}
