package dev.reverso.cli.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.Program;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.Constraints;
import dev.reverso.matching.Criteria;
import dev.reverso.matching.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.ScoringModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example compiles (it is a test source) and prints what it says it prints. */
class MatchExampleTest {
  @TempDir
  Path dir;

  static List<String> runExample(String... args) {
    PrintStream before = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, UTF_8));
      MatchExample.main(args);
    } finally {
      System.setOut(before);
    }
    return captured.toString(UTF_8).lines().toList();
  }

  @Test
  void theExamplePrintsEveryPairWithItsExplanationAndEveryUnmatched() {
    List<String> lines = runExample();
    Program program = SampleOrganization.generate(600, 42);
    MatchResult expected = Matcher.builder().strategy("optimal")
        .scoring(ScoringModel.reverseMentoringDefaults().withWeight(Criteria.VALUE_ALIGNMENT_ID, 0.25))
        .constraint(Constraints.maxTimeZoneDifference(6)).build().match(program);
    assertThat(expected.pairs()).isNotEmpty();
    assertThat(lines.get(0)).isEqualTo(String.format(Locale.ROOT, "%d pairs, mean score %.3f",
        expected.pairs().size(), expected.statistics().meanScore()));
    int criteria = expected.pairs().get(0).explanation().contributions().size();
    assertThat(lines).hasSize(1 + expected.pairs().size() * (1 + criteria) + expected.unmatched().size());
    var first = expected.pairs().get(0);
    assertThat(lines.get(1)).isEqualTo(String.format(Locale.ROOT, "%s -> %s  %.3f", first.mentorId(),
        first.menteeId(), first.score()));
    assertThat(lines.get(2)).startsWith("    forward-coverage   +");
    assertThat(lines).filteredOn(l -> l.startsWith("unmatched ")).hasSize(expected.unmatched().size());
    for (var p : program.everyone()) {
      assertThat(String.join("\n", lines)).doesNotContain(p.displayName().orElseThrow());
    }
  }

  @Test
  void theExampleReadsAFileToo() {
    Path file = dir.resolve("org.csv");
    ProgramFiles.write(SampleOrganization.generate(300, 4), file);
    List<String> lines = runExample(file.toString());
    assertThat(lines.get(0)).matches("\\d+ pairs, mean score 0\\.\\d{3}");
  }
}
