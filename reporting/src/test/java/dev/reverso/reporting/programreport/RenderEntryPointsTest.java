package dev.reverso.reporting.programreport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.ReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three ways to render a programme report agree, and all honour the report's locale. */
class RenderEntryPointsTest {
  private static final ProgramReportFixture FIXTURE = ProgramReportFixture.small();
  private static final ProgramReport ITALIAN = FIXTURE.report(
      ProgramReportOptions.defaults().withPseudonymKey(ProgramReportFixture.KEY).withLocale(Locale.ITALIAN));

  @Test
  void theRendererOfAFormatUsesTheReportsLocaleLikeRender(@TempDir Path dir) throws IOException {
    for (ReportFormat format : ReportFormat.values()) {
      String text = ITALIAN.render(format);
      assertThat(ProgramReport.renderer(format).renderToString(ITALIAN)).as("%s", format).isEqualTo(text);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ITALIAN.render(format, bytes);
      assertThat(bytes.toByteArray()).as("%s", format).isEqualTo(text.getBytes(UTF_8));
      ByteArrayOutputStream viaRenderer = new ByteArrayOutputStream();
      ProgramReport.renderer(format).render(ITALIAN, viaRenderer);
      assertThat(viaRenderer.toByteArray()).as("%s", format).isEqualTo(bytes.toByteArray());
      assertThat(Files.readAllBytes(ITALIAN.write(format, dir))).as("%s", format).isEqualTo(bytes.toByteArray());
    }
  }

  @Test
  void aLocaleSetOnTheRendererWins() {
    ReportRenderer<ProgramReport> root = ProgramReport.renderer(ReportFormat.HTML).withLocale(Locale.ROOT);
    assertThat(root.locale()).isEqualTo(Locale.ROOT);
    String italian = ITALIAN.render(ReportFormat.HTML);
    String inRoot = root.renderToString(ITALIAN);
    // Italian numbers use a decimal comma: the page differs from the same report in the root locale
    assertThat(italian).isNotEqualTo(inRoot);
    assertThat(ProgramReport.renderer(ReportFormat.HTML).withLocale(Locale.ITALIAN).renderToString(ITALIAN))
        .isEqualTo(italian);
    assertThat(ProgramReport.renderer(ReportFormat.HTML).renderToString(FIXTURE.report())).isEqualTo(inRoot);
  }
}
