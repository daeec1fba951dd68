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
 * {@code summary} (a grid of key facts), {@code chart} (a figure holding an SVG, as wide as its container),
 * {@code reasons} (a compact list), {@code tag} (a small label; with a {@link Tone#cssClass()} it shows the
 * tone's colour dot), {@code scroll} (a box that scrolls sideways: every {@link HtmlTable} is in one, so a wide
 * table never widens the page), {@code cards} and {@code card} (blocks that reflow from several columns to one on
 * a phone). At 360 px no element is wider than the viewport.
 */
public final class HtmlDocument {
  /** The inline style sheet of every page. */
  static final String CSS = String.join("\n",
      ":root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#555;--line:#ccc;--accent:#0b5c96;--soft:#eef2f6}",
      "@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#161616;--muted:#b4b4b4;--line:#444;--accent:#9cc3e6;"
          + "--soft:#23272b}}",
      "*,*::before,*::after{box-sizing:border-box}",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--fg);background:var(--bg);"
          + "max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.45}",
      "a{color:var(--accent)}p,li,dd,figcaption,h1,h2,h3{overflow-wrap:anywhere}",
      "h1,h2,h3{line-height:1.2}h2{margin-top:2.2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}",
      // wide tables scroll inside their own box, never the page
      ".scroll{overflow-x:auto;max-width:100%;margin:1rem 0}.scroll>table{margin:0}",
      "table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.92rem}",
      "caption{text-align:left;font-weight:600;margin-bottom:.4rem}",
      "th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}",
      "thead th{border-bottom:2px solid var(--fg)}",
      ".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}th.num{white-space:normal}",
      ".wide{min-width:min(20rem,75vw)}",
      ".muted{color:var(--muted)}.tag{font-size:.8rem;border:1px solid var(--line);border-radius:.3rem;padding:0 .3rem;"
          + "white-space:nowrap}",
      ".tag[class*=tone-]::before{content:'';display:inline-block;width:.65em;height:.65em;border-radius:50%;"
          + "margin-right:.3em;background:var(--tone)}",
      ".tone-neutral{--tone:#0072b2}.tone-active{--tone:#009e73}.tone-at-risk{--tone:#e69f00}"
          + ".tone-dormant{--tone:#d55e00}.tone-closed{--tone:#8c8c8c}",
      ".summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,11rem),1fr));gap:.6rem;margin:1rem 0}",
      ".summary div{background:var(--soft);padding:.6rem .8rem;border-radius:.4rem;min-width:0}",
      ".summary dt{font-size:.8rem;color:var(--muted)}.summary dd{margin:0;font-size:1.3rem;font-weight:600}",
      // cards reflow from several columns to one on a phone
      ".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,20rem),1fr));gap:.8rem;margin:1rem 0}",
      ".card{border:1px solid var(--line);border-radius:.4rem;padding:.6rem .8rem;min-width:0}",
      ".reasons{margin:.2rem 0;padding-left:1.1rem}.reasons li{margin:.1rem 0}",
      "figure.chart{margin:1rem 0;max-width:44rem}figure.chart svg{display:block;width:100%;height:auto;color:var(--fg)}",
      "figcaption{font-size:.9rem;color:var(--muted)}",
      "svg text{fill:currentColor;font-family:inherit}",
      "@media (max-width:40rem){body{margin:1rem auto;padding:0 .75rem}th,td{padding:.3rem .35rem}"
          + ".summary{grid-template-columns:repeat(auto-fit,minmax(min(100%,8.5rem),1fr))}}",
      "@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}.scroll{overflow:visible}}");

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
