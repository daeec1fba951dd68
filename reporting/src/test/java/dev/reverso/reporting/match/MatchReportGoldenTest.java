package dev.reverso.reporting.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.Program;
import dev.reverso.reporting.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final String UPDATE = "reverso.updateGoldens";
  private static final Path SOURCE_DIR = Path.of("src", "test", "resources", "golden", "match");

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
  void outputEqualsTheGoldenFile(ReportFormat format) throws IOException {
    String actual = MatchReport.renderer(format).renderToString(report());
    String name = fileName(format);
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(SOURCE_DIR);
      Files.writeString(SOURCE_DIR.resolve(name), actual, StandardCharsets.UTF_8);
      return; // the classpath copy is refreshed by the next build
    }
    try (InputStream in = getClass().getResourceAsStream("/golden/match/" + name)) {
      assertThat(in).as("golden file %s (regenerate with -D%s=true)", name, UPDATE).isNotNull();
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(actual).as("output differs from golden/match/%s; if intended, rerun with -D%s=true", name, UPDATE)
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void outputDoesNotDependOnTheDefaultLocale(ReportFormat format) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      String root = MatchReport.renderer(format).renderToString(report());
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      String turkish = MatchReport.renderer(format).renderToString(report());
      assertThat(turkish).isEqualTo(root);
    } finally {
      Locale.setDefault(saved);
    }
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
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("http://", "https://", "<link", "<img",
        "@import", "url(http", "src=");
    Matcher svg = Pattern.compile("<svg[^>]*>(.*?)</svg>", Pattern.DOTALL).matcher(html);
    int charts = 0;
    while (svg.find()) {
      charts++;
      assertThat(svg.group()).contains("role=\"img\"", "aria-label=\"");
      assertThat(svg.group(1).strip()).startsWith("<title");
      assertThat(svg.group(1)).contains("<desc");
    }
    assertThat(charts).isEqualTo(2);
  }
}
