package dev.reverso.reporting.match;

import static java.util.Objects.requireNonNull;

import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.render.AbstractReportRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * JSON rendering of a {@link MatchReport}: the {@code matches.json} document of {@link MatchesJson} (with
 * names only if the report opted in). The derived views (histogram, groups) are not written: they are
 * recomputed from the result. The locale is kept for symmetry but JSON numbers never depend on it.
 */
final class MatchJsonRenderer extends AbstractReportRenderer<MatchReport> {
  MatchJsonRenderer(Locale locale) {
    super(ReportFormat.JSON, locale, MatchJsonRenderer::new);
  }

  @Override
  public void render(MatchReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    MatchesJson codec = report.includesNames() ? MatchesJson.idsOnly().withNames(report.program().orElseThrow())
        : MatchesJson.idsOnly();
    codec.write(report.result(), out);
  }
}
