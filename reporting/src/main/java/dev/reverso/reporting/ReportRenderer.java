package dev.reverso.reporting;

import static java.util.Objects.requireNonNull;

import dev.reverso.reporting.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import dev.reverso.core.io.AtomicFiles;
import dev.reverso.reporting.internal.ReportFiles;

/**
 * Writes one kind of report in one {@link ReportFormat}.
 *
 * <p>Implementations are immutable and thread-safe; variations are copies ({@link #withLocale(Locale)}).
 * Output is deterministic: the same report and settings give identical characters (no clock, no hash
 * order, no default locale). The locale only changes how numbers and dates are shown to people (decimal
 * separator, grouping); machine formats (JSON, CSV) may ignore it and say so.
 *
 * @param <R> the report type
 */
public interface ReportRenderer<R> {

  /** The format this renderer writes. */
  ReportFormat format();

  /**
   * The locale used for numbers shown to people; {@link Locale#ROOT} unless changed. A renderer of a report type
   * that carries its own locale (such as {@code ProgramReport.renderer(format)}) renders each report in the
   * report's locale until one is set with {@link #withLocale(Locale)}.
   */
  Locale locale();

  /** A copy that formats numbers for this locale. */
  ReportRenderer<R> withLocale(Locale locale);

  /**
   * Writes the report to {@code out}; does not close it. The caller owns the stream, so its failures reach
   * the caller as they are.
   *
   * @throws IOException if {@code out} fails
   */
  void render(R report, Writer out) throws IOException;

  /**
   * Writes the report to a byte stream in UTF-8 (no byte-order mark), for an HTTP response body or a
   * {@code ByteArrayOutputStream}: the bytes of {@link #renderToString(Object)}. Flushes {@code out} but does not
   * close it.
   *
   * @throws IOException if {@code out} fails
   */
  default void render(R report, OutputStream out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
    render(report, w);
    w.flush();
  }

  /** The report as a string. */
  default String renderToString(R report) {
    requireNonNull(report, "report");
    StringWriter out = new StringWriter();
    try {
      render(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * Writes the report to a file in UTF-8, replacing it atomically (the directory must exist); owner-only if
   * the report {@linkplain HoldsNames shows display names}.
   *
   * @throws dev.reverso.core.io.FileAccessException naming the file if it cannot be written
   */
  default void write(R report, Path file) {
    requireNonNull(report, "report");
    AtomicFiles.Access access = report instanceof HoldsNames h && h.includesNames() ? AtomicFiles.Access.OWNER_ONLY
        : AtomicFiles.Access.DEFAULT;
    ReportFiles.write(file, access, out -> render(report, out));
  }
}
