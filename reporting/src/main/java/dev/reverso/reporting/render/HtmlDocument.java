package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Builds one self-contained HTML5 page: UTF-8, an inline style sheet that prints well and works in light
 * and dark mode, and no JavaScript, external style sheet, font or image (nothing is fetched from the
 * network, so the file can be mailed or archived as it is). Text is escaped; fragments are
 * {@link SafeHtml}. The output depends only on what was added, never on the clock. Not thread-safe.
 *
 * <p>Style classes available to fragments: {@code num} (right-aligned numbers), {@code muted},
 * {@code summary} (a grid of key facts), {@code chart} (a figure holding an SVG), {@code reasons} (a
 * compact list), {@code tag} (a small label).
 */
public final class HtmlDocument {
  /** The inline style sheet of every page. */
  static final String CSS = String.join("\n",
      ":root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#555;--line:#ccc;--accent:#1f4e79;--soft:#eef2f6}",
      "@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#161616;--muted:#aaa;--line:#444;--accent:#9cc3e6;--soft:#23272b}}",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--fg);background:var(--bg);"
          + "max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.45}",
      "h1,h2,h3{line-height:1.2}h2{margin-top:2.2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}",
      "table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.92rem}",
      "caption{text-align:left;font-weight:600;margin-bottom:.4rem}",
      "th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}",
      "thead th{border-bottom:2px solid var(--fg)}",
      ".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      ".muted{color:var(--muted)}.tag{font-size:.8rem;border:1px solid var(--line);border-radius:.3rem;padding:0 .3rem}",
      ".summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.6rem;margin:1rem 0}",
      ".summary div{background:var(--soft);padding:.6rem .8rem;border-radius:.4rem}",
      ".summary dt{font-size:.8rem;color:var(--muted)}.summary dd{margin:0;font-size:1.3rem;font-weight:600}",
      ".reasons{margin:.2rem 0;padding-left:1.1rem}.reasons li{margin:.1rem 0}",
      "figure.chart{margin:1rem 0}figure.chart svg{max-width:100%;height:auto;color:var(--fg)}",
      "figcaption{font-size:.85rem;color:var(--muted)}",
      "svg text{fill:currentColor;font-family:inherit}",
      "@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}");

  private final String title;
  private final Locale language;
  private final StringBuilder body = new StringBuilder();

  private HtmlDocument(String title, Locale language) {
    this.title = title;
    this.language = language;
  }

  /**
   * A page with this title (shown in the tab and as the {@code <h1>}) whose content is in {@code language}
   * ({@code lang} attribute; {@link Locale#ROOT} gives {@code en}).
   */
  public static HtmlDocument create(String title, Locale language) {
    return new HtmlDocument(requireNonNull(title, "title"), requireNonNull(language, "language"));
  }

  /** Adds a heading of level 2..6 (level 1 is the page title). */
  public HtmlDocument heading(int level, String text) {
    if (level < 2 || level > 6) {
      throw new IllegalArgumentException("level must be in 2..6, was " + level);
    }
    body.append("<h").append(level).append('>').append(Html.escape(text)).append("</h").append(level).append(">\n");
    return this;
  }

  /** Adds a paragraph of plain text. */
  public HtmlDocument paragraph(String text) {
    body.append("<p>").append(Html.escape(text)).append("</p>\n");
    return this;
  }

  /** Adds a paragraph of plain text in the muted style (notes, method, privacy remarks). */
  public HtmlDocument note(String text) {
    body.append("<p class=\"muted\">").append(Html.escape(text)).append("</p>\n");
    return this;
  }

  /** Adds key facts (label → value, plain text, in map order) as a summary grid. */
  public HtmlDocument facts(Map<String, String> facts) {
    body.append("<dl class=\"summary\">\n");
    for (Map.Entry<String, String> e : facts.entrySet()) {
      body.append("<div><dt>").append(Html.escape(e.getKey())).append("</dt><dd>")
          .append(Html.escape(e.getValue())).append("</dd></div>\n");
    }
    body.append("</dl>\n");
    return this;
  }

  /** Adds a table. */
  public HtmlDocument table(HtmlTable table) {
    body.append(table.toHtml().html());
    return this;
  }

  /** Adds a chart (an SVG from {@link SvgCharts}) in a figure with a plain-text caption (may be empty). */
  public HtmlDocument chart(SafeHtml svg, String caption) {
    body.append("<figure class=\"chart\">\n").append(svg.html());
    if (!caption.isEmpty()) {
      body.append("<figcaption>").append(Html.escape(caption)).append("</figcaption>\n");
    }
    body.append("</figure>\n");
    return this;
  }

  /** Adds a fragment as it is. */
  public HtmlDocument add(SafeHtml fragment) {
    body.append(fragment.html());
    return this;
  }

  /** The whole page. */
  public String render() {
    String lang = language.equals(Locale.ROOT) || language.getLanguage().isEmpty() ? "en" : language.toLanguageTag();
    return "<!DOCTYPE html>\n<html lang=\"" + Html.escape(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + Html.escape(title) + "</title>\n<style>\n" + CSS + "\n</style>\n</head>\n<body>\n"
        + "<h1>" + Html.escape(title) + "</h1>\n" + body + "</body>\n</html>\n";
  }

  /** Writes the whole page. */
  public void render(Writer out) throws IOException {
    out.write(render());
  }
}
