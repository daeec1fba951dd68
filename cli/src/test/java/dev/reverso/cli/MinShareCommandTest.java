package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.cli.ReversoCommandTest.Run;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.reporting.match.MatchesJson;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code match --min-share}: the bound reaches the optimal strategy, its effect is in the warnings, bad values fail with every problem. */
class MinShareCommandTest {
  @TempDir
  static Path shared;

  static Path program;

  @TempDir
  Path dir;

  @BeforeAll
  static void aDemoToWorkOn() {
    Path demo = shared.resolve("demo");
    Run r = run("demo", "--people", "200", "--seed", "3", "--out", demo.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    program = demo.resolve("program.json");
  }

  @Test
  void proportionalBoundIsAppliedAndReported() throws IOException {
    Path out = dir.resolve("m");
    Run r = run("match", "--in", program.toString(), "--min-share", "department=volunteers", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    MatchResult result = MatchesJson.read(out.resolve("matches.json"));
    assertThat(result.solverPath()).contains("representation(department)");
    assertThat(result.warnings()).anyMatch(w -> w.startsWith("representation bound on department"));
  }

  @Test
  void badValuesAreAllReported() {
    Run r = run("match", "--in", program.toString(), "--min-share", "department=Legal:2",
        "--min-share", "gender:0.5", "--min-share", "location=Rome:0.1", "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--min-share[0]: expected a share above 0 and at most 1, found 2")
        .contains("--min-share[1]: expected DIM=GROUP:SHARE")
        .contains("--min-share[2]: expected the same dimension as before ('department')");
  }
}
