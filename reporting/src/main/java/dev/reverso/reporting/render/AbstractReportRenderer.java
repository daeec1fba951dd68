package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

import dev.reverso.reporting.ReportFormat;
import java.util.Locale;
import java.util.function.Function;
import dev.reverso.reporting.ReportRenderer;

/**
 * The part every built-in {@link ReportRenderer} shares: its format, its locale and the {@link #withLocale(Locale)}
 * copy. A subclass writes only {@link #render(Object, java.io.Writer)} and passes its own constructor, so
 * {@code withLocale} returns an instance of the same class:
 *
 * <pre>{@code
 * final class PairsCsv extends AbstractReportRenderer<MatchReport> {
 *   PairsCsv(Locale locale) {
 *     super(ReportFormat.CSV, locale, PairsCsv::new);
 *   }
 *   ...
 * }
 * }</pre>
 *
 * <p>Instances are immutable as long as the subclass adds no mutable state.
 *
 * @param <R> the report type
 */
public abstract class AbstractReportRenderer<R> implements ReportRenderer<R> {
  private final ReportFormat format;
  private final Locale locale;
  private final Function<Locale, ? extends ReportRenderer<R>> copyWithLocale;

  /**
   * Creates the renderer.
   *
   * @param format the format the subclass writes
   * @param locale the locale for numbers shown to people
   * @param copyWithLocale makes the same renderer with another locale, usually the subclass's constructor
   */
  protected AbstractReportRenderer(ReportFormat format, Locale locale,
      Function<Locale, ? extends ReportRenderer<R>> copyWithLocale) {
    this.format = requireNonNull(format, "format");
    this.locale = requireNonNull(locale, "locale");
    this.copyWithLocale = requireNonNull(copyWithLocale, "copyWithLocale");
  }

  @Override
  public final ReportFormat format() {
    return format;
  }

  @Override
  public final Locale locale() {
    return locale;
  }

  @Override
  public final ReportRenderer<R> withLocale(Locale locale) {
    return copyWithLocale.apply(requireNonNull(locale, "locale"));
  }
}
