package dev.reverso.reporting.programreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.metrics.MetricsFixtures;
import dev.reverso.reporting.metrics.MetricsOptions;
import dev.reverso.reporting.metrics.PairHealth;
import dev.reverso.reporting.metrics.ProgramMetrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramReportTest {
  private static final ProgramReportFixture FIXTURE = ProgramReportFixture.small();
  private static final ProgramReport REPORT = FIXTURE.report();

  @Test
  void jsonHasTheFormatIdAndTheDocumentedFieldOrder() throws IOException {
    JsonNode json = new ObjectMapper().readTree(ProgramReport.renderer(ReportFormat.JSON).renderToString(REPORT));
    assertThat(json.get("format").asText()).isEqualTo("reverso/program-report@1");
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("format", "asOf", "start", "strategy", "privacy", "summary", "threeRs",
        "health", "nps", "skillClosure", "mentorSkillClosure", "coverage", "representation", "scores", "scoresByGroup",
        "pairs");
    assertThat(json.get("pairs")).hasSize(REPORT.pairs().size());
    JsonNode pair = json.get("pairs").get(0);
    List<String> pairFields = new ArrayList<>();
    pair.fieldNames().forEachRemaining(pairFields::add);
    assertThat(pairFields).containsExactly("pseudonym", "status", "closeReason", "closedOn", "reasons",
        "sessionsHeld", "minutesHeld", "cancelledByMentor", "cancelledByMentee", "lastSession",
        "daysSinceLastSession", "mentorRatings", "menteeRatings", "reciprocityIndex", "goals", "meanGoalClosure");
    assertThat(json.at("/coverage/0/by").asText()).isEqualTo("department");
    for (Iterator<JsonNode> it = json.at("/coverage/0/groups").elements(); it.hasNext(); ) {
      JsonNode g = it.next();
      assertThat(g.has("headcount")).isEqualTo(!g.get("suppressed").asBoolean());
    }
    assertThat(json.at("/scores/histogram")).hasSize(10);
  }

  @Test
  void jsonNumbersMatchTheModel() throws IOException {
    JsonNode json = new ObjectMapper().readTree(REPORT.render(ReportFormat.JSON));
    assertThat(json.at("/threeRs/reciprocity/score").asDouble())
        .isCloseTo(REPORT.reciprocity().score().getAsDouble(), org.assertj.core.api.Assertions.within(5e-5));
    assertThat(json.at("/health/ACTIVE").asInt()).isEqualTo(REPORT.healthCounts().get(PairHealth.ACTIVE));
    assertThat(json.at("/summary/pairs").asInt()).isEqualTo(FIXTURE.matches.pairs().size());
  }

  @Test
  void csvHasAHeaderAndOneRowPerPair() {
    String csv = ProgramReport.renderer(ReportFormat.CSV).renderToString(REPORT);
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(REPORT.pairs().size() + 1);
    assertThat(lines.get(0)).startsWith("pseudonym,status,close_reason,closed_on,sessions_held");
    assertThat(lines.get(1)).startsWith(REPORT.pairs().get(0).pseudonym() + ",");
    assertThat(csv).doesNotContain("\r");
  }

  @Test
  void writesEveryFormatUnderItsFileName(@TempDir Path dir) throws IOException {
    for (ReportFormat f : ReportFormat.values()) {
      Path file = REPORT.write(f, dir);
      assertThat(file.getFileName().toString()).isEqualTo("program-report." + f.extension());
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(REPORT.render(f));
    }
  }

  @Test
  void aReportFromMetricsOfOtherPairsIsRefused() {
    ProgramMetrics metrics = ProgramMetrics.compute(FIXTURE.program, FIXTURE.matches, FIXTURE.events,
        ProgramReportFixture.AS_OF, MetricsOptions.defaults());
    MatchResult other = MetricsFixtures.matches(MetricsFixtures.pairing("x1", "y1", 0.5));
    assertThatThrownBy(() -> ProgramReport.of(metrics, FIXTURE.program, other, ProgramReportOptions.defaults()))
        .isInstanceOf(InvalidInputException.class);
    assertThat(ProgramReport.of(metrics, FIXTURE.program, FIXTURE.matches, ProgramReportOptions.defaults()
        .withPseudonymKey(ProgramReportFixture.KEY)).render(ReportFormat.JSON)).isEqualTo(REPORT.render(ReportFormat.JSON));
  }

  @Test
  void anEmptyJournalAndNoPairsStillRender() {
    MatchResult none = MatchResult.builder("none").build();
    ProgramReport empty = ProgramReport.create(FIXTURE.program, none, ImmutableList.of(), ProgramReportFixture.AS_OF,
        ProgramReportOptions.defaults());
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(empty.render(f)).isNotEmpty();
    }
    assertThat(empty.pairs()).isEmpty();
    assertThat(empty.reciprocity().score()).isEmpty();
  }

  /**
   * Writes the demo-sized report (600 people, 39 pairs) to {@code target/demo-program-report/} for
   * {@code scripts/report-screenshot.sh}, and checks that it has every chart.
   */
  @Test
  void demoSizedReportRendersEveryChart() throws IOException {
    ProgramReport demo = new ProgramReportFixture(600, 42).report();
    Path dir = Path.of("target", "demo-program-report");
    Files.createDirectories(dir);
    String html = Files.readString(demo.write(ReportFormat.HTML, dir), StandardCharsets.UTF_8);
    demo.write(ReportFormat.JSON, dir);
    assertThat(html).contains("id=\"three-rs\"", "id=\"health\"", "id=\"scores\"", "id=\"skills\"",
        "id=\"coverage-department\"");
    assertThat(demo.pairs()).hasSize(39);
  }
}
