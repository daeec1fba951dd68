package dev.reverso.cli.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.reverso.core.Program;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.constraint.Constraints;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.score.ScoringModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example ({@link MatchExample}) compiles (it is a test source) and prints what it says it
 * prints; the README shows it and the plug-in example ({@code src/test/resources/plugin/RoundRobinStrategy.java})
 * unchanged.
 */
class ReadmeJavaExampleTest {
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

  /** The Java example as the README shows it: the source file without its package line. */
  static String javaExample() throws IOException {
    String source = Files.readString(Path.of("src/test/java/dev/reverso/cli/examples/MatchExample.java"), UTF_8);
    return source.substring(source.indexOf("import "));
  }

  /** The validation snippet as the README shows it: core's ReadmeExampleTest between its snippet markers. */
  static String validationExample() throws IOException {
    String source = Files.readString(
        Path.of("..", "core", "src", "test", "java", "dev", "reverso", "core", "ReadmeExampleTest.java"), UTF_8);
    String begin = "// --- README snippet: begin ---\n";
    int from = source.indexOf(begin) + begin.length();
    return source.substring(from, source.indexOf("  // --- README snippet: end ---", from));
  }

  /** The plug-in example as the README shows it: the whole source file. */
  static String pluginExample() throws IOException {
    return Files.readString(Path.of("src/test/resources/plugin/RoundRobinStrategy.java"), UTF_8);
  }

  @Test
  void theReadmeShowsBothExamplesUnchanged() throws IOException {
    Path readme = Path.of("..", "README.md");
    assumeTrue(Files.isRegularFile(readme), "the README is in the parent directory of the module");
    String text = Files.readString(readme, UTF_8);
    assertThat(text).contains(javaExample().strip()).contains(pluginExample().strip())
        .contains(validationExample());
  }
}
