package dev.reverso.reporting.programreport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.render.GoldenFiles;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden files: each renderer's output for {@link ProgramReportFixture#small()} with a fixed pseudonym key must
 * equal the file under {@code src/test/resources/golden/program/} byte for byte.
 *
 * <p>After an intended change of the output, regenerate the files and review the diff:
 *
 * <pre>mvn -o -q -pl reporting test -Dtest=ProgramReportGoldenTest -Dreverso.updateGoldens=true</pre>
 *
 * (run from the repository root; the files are written into this module's source tree).
 */
class ProgramReportGoldenTest {
  private static final ProgramReport REPORT = ProgramReportFixture.small().report();

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void outputEqualsTheGoldenFile(ReportFormat format) {
    GoldenFiles.assertEqualsGolden("program", format.fileName(ProgramReport.FILE_BASE),
        ProgramReport.renderer(format).renderToString(REPORT));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void outputDoesNotDependOnTheDefaultLocale(ReportFormat format) {
    GoldenFiles.assertIndependentOfTheDefaultLocale(() -> ProgramReport.renderer(format).renderToString(REPORT));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void sameInputsGiveIdenticalOutput(ReportFormat format) {
    assertThat(ProgramReport.renderer(format).renderToString(ProgramReportFixture.small().report()))
        .isEqualTo(ProgramReport.renderer(format).renderToString(REPORT));
  }

  @Test
  void anExplicitLocaleChangesNumbersForPeopleButNotData() {
    Locale it = Locale.ITALY;
    String html = ProgramReport.renderer(ReportFormat.HTML).withLocale(it).renderToString(REPORT);
    String root = ProgramReport.renderer(ReportFormat.HTML).renderToString(REPORT);
    assertThat(html).isNotEqualTo(root).contains("<html lang=\"it-IT\">").containsPattern("<dd>0,\\d\\d</dd>");
    for (ReportFormat data : new ReportFormat[] {ReportFormat.JSON, ReportFormat.CSV}) {
      assertThat(ProgramReport.renderer(data).withLocale(it).renderToString(REPORT))
          .isEqualTo(ProgramReport.renderer(data).renderToString(REPORT));
    }
    assertThat(REPORT.render(ReportFormat.HTML)).isEqualTo(root);
  }

  @Test
  void htmlIsSelfContainedAndEveryChartIsLabelled() {
    String html = ProgramReport.renderer(ReportFormat.HTML).renderToString(REPORT);
    int charts = GoldenFiles.assertSelfContainedWithLabelledCharts(html);
    assertThat(html).contains("id=\"three-rs\"", "id=\"health\"", "id=\"scores\"", "id=\"skills\"",
        "id=\"coverage-department\"");
    // five charts and one representation funnel per dimension with a published group
    long funnels = REPORT.representation().stream().filter(b -> b.suppressedCount() < b.groups().size()).count();
    assertThat(charts).isEqualTo(5 + (int) funnels);
  }
}
