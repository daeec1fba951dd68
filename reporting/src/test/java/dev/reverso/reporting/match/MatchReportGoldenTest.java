package dev.reverso.reporting.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.Program;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.render.GoldenFiles;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Golden files: each renderer's output for the fixed programme of {@link MatchFixtures} must equal the file
 * under {@code src/test/resources/golden/match/} byte for byte.
 *
 * <p>After an intended change of the output (or of the scoring the fixture relies on), regenerate the
 * files and review the diff:
 *
 * <pre>mvn -o -q -pl reporting test -Dtest=MatchReportGoldenTest -Dreverso.updateGoldens=true</pre>
 *
 * (run from the repository root; the files are written into this module's source tree).
 */
class MatchReportGoldenTest {
  static MatchReport report() {
    Program program = MatchFixtures.program();
    return MatchReport.builder(MatchFixtures.result(program)).program(program).build();
  }

  static String fileName(ReportFormat format) {
    return format == ReportFormat.JSON ? MatchesJson.FILE_NAME
        : format == ReportFormat.CSV ? MatchReport.PAIRS_CSV : format.fileName("match-report");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void outputEqualsTheGoldenFile(ReportFormat format) {
    GoldenFiles.assertEqualsGolden("match", fileName(format), MatchReport.renderer(format).renderToString(report()));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void outputDoesNotDependOnTheDefaultLocale(ReportFormat format) {
    GoldenFiles.assertIndependentOfTheDefaultLocale(() -> MatchReport.renderer(format).renderToString(report()));
  }

  @Test
  void anExplicitLocaleChangesNumbersForPeopleButNotData() {
    MatchReport report = report();
    Locale tr = Locale.forLanguageTag("tr-TR");
    String html = MatchReport.renderer(ReportFormat.HTML).withLocale(tr).renderToString(report);
    assertThat(html).contains("<dd>0,35–0,78</dd>").doesNotContain("<dd>0.35–0.78</dd>");
    for (ReportFormat data : new ReportFormat[] {ReportFormat.JSON, ReportFormat.CSV}) {
      assertThat(MatchReport.renderer(data).withLocale(tr).renderToString(report))
          .isEqualTo(MatchReport.renderer(data).renderToString(report));
    }
  }

  @Test
  void htmlIsSelfContainedAndEveryChartIsLabelled() {
    String html = MatchReport.renderer(ReportFormat.HTML).renderToString(report());
    assertThat(GoldenFiles.assertSelfContainedWithLabelledCharts(html)).isEqualTo(2);
  }
}
