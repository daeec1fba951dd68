package dev.reverso.reporting.programreport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.reporting.ReportFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Above {@value ProgramReportHtml#FULL_TABLE_PAIRS} pairs the HTML page stops listing every pair: it shows the
 * pairs by status and by sessions held, and the pairs that need attention; the CSV keeps one row per pair. (At
 * 20 000 pairs one row per pair made a 7 MB page.)
 */
class ProgramReportHtmlScaleTest {

  @Test
  void aLargeProgrammeShowsTheDistributionAndThePairsThatNeedAttention() {
    ProgramReportFixture large = new ProgramReportFixture(12_000, 5);
    ProgramReport report = large.report();
    assertThat(report.pairs().size()).isGreaterThan(ProgramReportHtml.FULL_TABLE_PAIRS);
    String html = report.render(ReportFormat.HTML);
    Set<PairStatus> attention = Set.of(PairStatus.DORMANT, PairStatus.AT_RISK);
    long needing = report.pairs().stream().filter(p -> attention.contains(p.status())).count();
    assertThat(needing).isBetween(1L, (long) ProgramReportHtml.ATTENTION_ROWS);
    for (PairRow p : report.pairs()) {
      assertThat(html.contains(p.pseudonym())).as("%s listed", p.status()).isEqualTo(attention.contains(p.status()));
    }
    assertThat(html).contains("Pairs that need attention").contains("Open pairs by sessions held")
        .contains("program-report.csv");
    assertThat(report.render(ReportFormat.CSV).lines().count()).isEqualTo(report.pairs().size() + 1L);
  }

  @Test
  void aSmallProgrammeStillListsEveryPair() {
    ProgramReport report = ProgramReportFixture.small().report();
    assertThat(report.pairs().size()).isLessThanOrEqualTo(ProgramReportHtml.FULL_TABLE_PAIRS);
    String html = report.render(ReportFormat.HTML);
    report.pairs().forEach(p -> assertThat(html).contains(p.pseudonym()));
    assertThat(html).doesNotContain("Pairs that need attention");
  }
}
