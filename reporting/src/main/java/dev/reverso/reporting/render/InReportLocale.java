package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.ReportRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A renderer that, until a locale is set with {@link #withLocale(Locale)}, renders each report in the report's
 * own locale: so {@code ProgramReport.renderer(format)} and {@code report.render(format)} give the same characters.
 * Immutable and thread-safe when the renderers it makes are.
 *
 * @param <R> the report type
 */
public final class InReportLocale<R> implements ReportRenderer<R> {
  private final ReportFormat format;
  private final Function<Locale, ? extends ReportRenderer<R>> renderers;
  private final Function<? super R, Locale> reportLocale;
  private final Optional<Locale> locale;

  private InReportLocale(ReportFormat format, Function<Locale, ? extends ReportRenderer<R>> renderers,
      Function<? super R, Locale> reportLocale, Optional<Locale> locale) {
    this.format = requireNonNull(format, "format");
    this.renderers = requireNonNull(renderers, "renderers");
    this.reportLocale = requireNonNull(reportLocale, "reportLocale");
    this.locale = locale;
  }

  /**
   * The renderer of a format.
   *
   * @param format the format the renderers write
   * @param renderers makes the renderer of that format for a locale
   * @param reportLocale the locale a report is rendered in when none was set
   */
  public static <R> InReportLocale<R> of(ReportFormat format, Function<Locale, ? extends ReportRenderer<R>> renderers,
      Function<? super R, Locale> reportLocale) {
    return new InReportLocale<>(format, renderers, reportLocale, Optional.empty());
  }

  @Override
  public ReportFormat format() {
    return format;
  }

  /** The locale set with {@link #withLocale(Locale)}, or {@link Locale#ROOT} while each report's own is used. */
  @Override
  public Locale locale() {
    return locale.orElse(Locale.ROOT);
  }

  /** Whether a locale was set; if not, each report is rendered in its own. */
  public boolean usesReportLocale() {
    return locale.isEmpty();
  }

  @Override
  public InReportLocale<R> withLocale(Locale locale) {
    return new InReportLocale<>(format, renderers, reportLocale, Optional.of(requireNonNull(locale, "locale")));
  }

  @Override
  public void render(R report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    renderers.apply(locale.orElseGet(() -> reportLocale.apply(report))).render(report, out);
  }

  @Override
  public String toString() {
    return "ReportRenderer[" + format + ", " + locale.map(Locale::toLanguageTag).orElse("the report's locale") + "]";
  }
}
