package dev.reverso.reporting;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The closed list of output formats of Reverso's reports, each with its file extension and media type.
 *
 * <p>Every report type offers one renderer per format (for example {@code MatchReport.renderer(HTML)}),
 * so a caller, a CLI option or a benchmark parameter can range over this enum. All formats are written in
 * UTF-8 without a byte-order mark, lines ended by {@code \n}.
 */
public enum ReportFormat {
  /** JSON with a stable, documented schema ({@code application/json}). */
  JSON("json", "application/json"),
  /** Comma-separated values, RFC 4180, one row per item ({@code text/csv}). */
  CSV("csv", "text/csv"),
  /** CommonMark with GitHub-style tables ({@code text/markdown}). */
  MARKDOWN("md", "text/markdown"),
  /** One self-contained HTML5 page with inline CSS and inline SVG charts, no JavaScript ({@code text/html}). */
  HTML("html", "text/html");

  private final String extension;
  private final String mediaType;

  ReportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The usual file extension, without the dot: {@code json}, {@code csv}, {@code md}, {@code html}. */
  public String extension() {
    return extension;
  }

  /** The media type without parameters, such as {@code text/csv}. */
  public String mediaType() {
    return mediaType;
  }

  /** The media type with the charset, such as {@code text/csv; charset=utf-8}, for an HTTP header. */
  public String contentType() {
    return mediaType + "; charset=utf-8";
  }

  /** {@code base} plus the dot and the extension: {@code fileName("pairs")} is {@code pairs.csv} for CSV. */
  public String fileName(String base) {
    requireNonNull(base, "base");
    return base + "." + extension;
  }

  /**
   * The format with this name or extension, ignoring case: {@code "html"}, {@code "Markdown"}, {@code "md"}.
   *
   * @throws InvalidInputException naming the accepted values if nothing matches
   */
  public static ReportFormat parse(String text) {
    requireNonNull(text, "text");
    String t = text.strip();
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(t) || f.extension.equalsIgnoreCase(t)) {
        return f;
      }
    }
    throw InvalidInputException.of("format", "expected one of "
        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
        + ", found '" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "'");
  }
}
