package dev.reverso.reporting.programreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.reporting.metrics.MetricsOptions;
import dev.reverso.reporting.metrics.ProgramMetrics;
import dev.reverso.reporting.metrics.ProgramMetricsTestAccess;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trends across cohorts: each cohort's headline numbers, small cohorts suppressed, no ids. */
class CohortTrendsTest {
  @Test
  void cohortsSideBySideWithTheSameSuppression() throws IOException {
    ProgramMetrics first = ProgramMetricsTestAccess.metrics();
    ProgramMetrics second = ProgramMetricsTestAccess.metricsAsOf(20);
    CohortTrends t = CohortTrends.of(List.of(Map.entry("2026-H1", first), Map.entry("2026-H2", second)), 3);
    assertThat(t.rows()).extracting(CohortTrends.Row::cohort).containsExactly("2026-H1", "2026-H2");
    CohortTrends.Row a = t.rows().get(0);
    assertThat(a.suppressed()).isFalse();
    assertThat(a.pairs()).isEqualTo(3);
    assertThat(a.reciprocity()).isEqualTo(first.reciprocity().score());
    assertThat(a.relationship()).isEqualTo(first.relationship().score());
    assertThat(a.nps()).isEqualTo(first.nps().score());
    assertThat(a.retention()).isEqualTo(first.retention());
    // mentees' reported goals: genai 0.5 (s1), genai 1.0 and ethics 0 (s2): mean 0.5
    assertThat(a.seniorsLearned().getAsDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(a.juniorsLearned()).isEmpty();

    CohortTrends small = CohortTrends.of(List.of(Map.entry("2026-H1", first)), 5);
    assertThat(small.rows().get(0).suppressed()).isTrue();
    assertThat(small.rows().get(0).reciprocity()).isEmpty();

    StringWriter csv = new StringWriter();
    t.writeCsv(csv);
    assertThat(csv.toString().lines().findFirst().orElseThrow()).isEqualTo("cohort,suppressed,pairs,reciprocity,"
        + "recognition,relationship,nps,retention,seniors_learned,juniors_learned");
    assertThat(csv.toString()).contains("2026-H1,false,3,");
    StringWriter html = new StringWriter();
    t.writeHtml(html);
    assertThat(html.toString()).contains("The three Rs by cohort").contains("2026-H2").doesNotContain("m1")
        .doesNotContain("s1");
    StringWriter suppressed = new StringWriter();
    small.writeHtml(suppressed);
    assertThat(suppressed.toString()).contains("suppressed").doesNotContain("<svg");
    assertThatThrownBy(() -> CohortTrends.of(List.of(Map.entry("x", first), Map.entry("x", second)), 3))
        .isInstanceOf(InvalidInputException.class);
  }
}
