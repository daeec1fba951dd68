package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A simple HTML table: an optional caption, column headers ({@code <th scope="col">}) and rows whose cells
 * are plain text (escaped) or {@link SafeHtml}. Numeric columns are right-aligned with the {@code num}
 * class of {@link HtmlDocument}'s style sheet. The table is wrapped in a {@code <div class="scroll">}, so that on
 * a narrow screen it scrolls sideways inside its box instead of widening the page. Not thread-safe.
 */
public final class HtmlTable {
  private final ImmutableList<String> headers;
  private final boolean[] numeric;
  private final boolean[] wide;
  private final List<List<SafeHtml>> rows = new ArrayList<>();
  private String caption = "";
  private String cssClass = "";

  private HtmlTable(List<String> headers) {
    if (headers.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    this.headers = ImmutableList.copyOf(headers);
    this.numeric = new boolean[headers.size()];
    this.wide = new boolean[headers.size()];
  }

  /** A table with these column headers. */
  public static HtmlTable of(String... headers) {
    return new HtmlTable(Arrays.asList(headers));
  }

  /** A table with these column headers. */
  public static HtmlTable of(List<String> headers) {
    return new HtmlTable(headers);
  }

  /** Sets the caption (plain text). */
  public HtmlTable caption(String text) {
    this.caption = requireNonNull(text, "text");
    return this;
  }

  /** Sets a CSS class on the {@code <table>}. */
  public HtmlTable cssClass(String cls) {
    this.cssClass = requireNonNull(cls, "cls");
    return this;
  }

  /** Marks column {@code column} (0-based) as numeric: right-aligned, tabular digits. */
  public HtmlTable numeric(int column) {
    numeric[column] = true;
    return this;
  }

  /**
   * Marks column {@code column} (0-based) as long text (sentences, lists): it keeps a readable width on a phone,
   * where the table then scrolls sideways inside its box instead of squeezing the text into a tall thin column.
   */
  public HtmlTable wide(int column) {
    wide[column] = true;
    return this;
  }

  /** Adds a row of plain-text cells. */
  public HtmlTable row(String... cells) {
    List<SafeHtml> list = new ArrayList<>(cells.length);
    for (String c : cells) {
      list.add(Html.text(c));
    }
    return htmlRow(list);
  }

  /** Adds a row of cells given as fragments. */
  public HtmlTable htmlRow(List<SafeHtml> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells, found " + cells.size());
    }
    cells.forEach(c -> requireNonNull(c, "cell"));
    rows.add(ImmutableList.copyOf(cells));
    return this;
  }

  /** The number of rows added. */
  public int rowCount() {
    return rows.size();
  }

  /** The table's markup. */
  public SafeHtml toHtml() {
    StringBuilder sb = new StringBuilder("<div class=\"scroll\">");
    sb.append(cssClass.isEmpty() ? "<table>" : "<table class=\"" + Html.escape(cssClass) + "\">").append('\n');
    if (!caption.isEmpty()) {
      sb.append("<caption>").append(Html.escape(caption)).append("</caption>\n");
    }
    sb.append("<thead><tr>");
    for (int c = 0; c < headers.size(); c++) {
      sb.append(numeric[c] ? "<th scope=\"col\" class=\"num\">" : wide[c] ? "<th scope=\"col\" class=\"wide\">"
          : "<th scope=\"col\">")
          .append(Html.escape(headers.get(c))).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (List<SafeHtml> r : rows) {
      sb.append("<tr>");
      for (int c = 0; c < r.size(); c++) {
        sb.append(numeric[c] ? "<td class=\"num\">" : wide[c] ? "<td class=\"wide\">" : "<td>").append(r.get(c).html())
            .append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n</div>\n");
    return SafeHtml.trusted(sb.toString());
  }
}
