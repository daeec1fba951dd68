package dev.reverso.reporting.group;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.reverso.matching.group.BoardResult;
import dev.reverso.reporting.i18n.Texts;
import dev.reverso.reporting.internal.ReportFiles;
import dev.reverso.reporting.render.Bar;
import dev.reverso.reporting.render.ChartText;
import dev.reverso.reporting.render.HtmlDocument;
import dev.reverso.reporting.render.HtmlTable;
import dev.reverso.reporting.render.LocalizedNumbers;
import dev.reverso.reporting.render.SvgCharts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code board-report.html}: a self-contained page on the shadow board: key facts, coverage per skill of the
 * executive team's goals (bar chart), every member with what they bring and their groups, members per group
 * and any minimum that could not be met. HR ids only. In English or Italian (see {@link Texts}), numbers as the
 * locale writes them. Stateless and thread-safe.
 */
public final class BoardHtml {
  /** The usual file name. */
  public static final String FILE_NAME = "board-report.html";

  private BoardHtml() {}

  /** The page in English. */
  public static String render(BoardResult result) {
    return render(result, Locale.ENGLISH);
  }

  /** The page in this locale's language (English or Italian), numbers in the locale. */
  public static String render(BoardResult result, Locale locale) {
    requireNonNull(result, "result");
    requireNonNull(locale, "locale");
    Texts t = Texts.of(locale);
    LocalizedNumbers n = t.numbers();
    HtmlDocument doc = HtmlDocument.create(t.get("boardReport.title"), locale);
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put(t.get("boardReport.fact.members"), t.get("boardReport.fact.membersOf", "members",
        result.members().size(), "size", result.options().size()));
    facts.put(t.get("boardReport.fact.coverage"), n.percent(result.coverage(), 1));
    facts.put(t.get("boardReport.fact.greedy"), n.percent(result.greedyCoverage(), 1));
    facts.put(t.get("boardReport.fact.minimums"), result.meetsAllMinimums() ? t.get("boardReport.yes")
        : t.get("boardReport.no", "n", result.shortfalls().size()));
    doc.facts(facts);
    doc.note(t.get("boardReport.method", "bounds", bounds(result, t)));
    if (!result.skills().isEmpty()) {
      List<Bar> bars = new ArrayList<>();
      result.skills().forEach((skill, share) -> bars.add(new Bar(skill, share, n.percent(share, 0))));
      doc.chart(SvgCharts.barChart(new ChartText("board-skills", t.get("boardReport.chart.title"),
          t.get("boardReport.chart.description")), bars), t.get("boardReport.chart.title"));
    }
    doc.heading(2, t.get("boardReport.members"));
    List<String> dims = new ArrayList<>(result.groups().keySet());
    List<String> headers = new ArrayList<>(List.of(t.get("boardReport.col.id"), t.get("boardReport.col.brings")));
    headers.addAll(dims);
    HtmlTable members = HtmlTable.of(headers).numeric(1);
    for (BoardResult.Contribution c : result.contributions()) {
      List<String> row = new ArrayList<>(List.of(c.id().value(), n.percent(c.coverage(), 1)));
      for (String d : dims) {
        row.add(c.groups().getOrDefault(d, t.get("boardReport.unknown")));
      }
      members.row(row.toArray(new String[0]));
    }
    doc.table(members);
    doc.heading(2, t.get("boardReport.perGroup"));
    for (Map.Entry<String, ImmutableMap<String, Integer>> d : result.groups().entrySet()) {
      HtmlTable table = HtmlTable.of(d.getKey(), t.get("boardReport.col.members")).numeric(1).caption(d.getKey());
      d.getValue().forEach((group, count) -> table.row(group, n.integer(count)));
      doc.table(table);
    }
    if (!result.shortfalls().isEmpty()) {
      doc.heading(2, t.get("boardReport.shortfalls"));
      HtmlTable table = HtmlTable.of(t.get("boardReport.col.shortfall"));
      result.shortfalls().forEach(table::row);
      doc.table(table);
    }
    return doc.render();
  }

  /** Writes the page in English to a file, replacing it. */
  public static void write(BoardResult result, Path file) {
    write(result, file, Locale.ENGLISH);
  }

  /** Writes the page in this locale's language to a file, replacing it. */
  public static void write(BoardResult result, Path file, Locale locale) {
    String html = render(result, locale);
    ReportFiles.write(file, out -> out.write(html));
  }

  private static String bounds(BoardResult result, Texts t) {
    List<String> parts = new ArrayList<>();
    parts.add(t.get("boardReport.bound.size", "n", result.options().size()));
    result.options().maxPer().forEach((d, v) -> parts.add(t.get("boardReport.bound.max", "n", v, "group", d)));
    result.options().minPer().forEach((d, v) -> parts.add(t.get("boardReport.bound.min", "n", v, "group", d)));
    return String.join(", ", parts);
  }
}
