package dev.reverso.reporting.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.reporting.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final String UPDATE = "reverso.updateGoldens";
  private static final Path SOURCE_DIR = Path.of("src", "test", "resources", "golden", "program");
  private static final ProgramReport REPORT = ProgramReportFixture.small().report();

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void outputEqualsTheGoldenFile(ReportFormat format) throws IOException {
    String actual = ProgramReport.renderer(format).renderToString(REPORT);
    String name = format.fileName(ProgramReport.FILE_BASE);
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(SOURCE_DIR);
      Files.writeString(SOURCE_DIR.resolve(name), actual, StandardCharsets.UTF_8);
      return; // the classpath copy is refreshed by the next build
    }
    try (InputStream in = getClass().getResourceAsStream("/golden/program/" + name)) {
      assertThat(in).as("golden file %s (regenerate with -D%s=true)", name, UPDATE).isNotNull();
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(actual).as("output differs from golden/program/%s; if intended, rerun with -D%s=true", name, UPDATE)
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void outputDoesNotDependOnTheDefaultLocale(ReportFormat format) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      String root = ProgramReport.renderer(format).renderToString(REPORT);
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      String turkish = ProgramReport.renderer(format).renderToString(REPORT);
      assertThat(turkish).isEqualTo(root);
    } finally {
      Locale.setDefault(saved);
    }
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
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("http://", "https://", "<link", "<img",
        "@import", "url(http", "src=", "@font-face");
    Matcher svg = Pattern.compile("<svg[^>]*>(.*?)</svg>", Pattern.DOTALL).matcher(html);
    int charts = 0;
    while (svg.find()) {
      charts++;
      assertThat(svg.group()).contains("role=\"img\"", "aria-label=\"");
      assertThat(svg.group(1).strip()).startsWith("<title");
      assertThat(svg.group(1)).contains("<desc");
    }
    assertThat(html).contains("id=\"three-rs\"", "id=\"health\"", "id=\"scores\"", "id=\"skills\"",
        "id=\"coverage-department\"");
    assertThat(charts).isEqualTo(5);
  }
}
