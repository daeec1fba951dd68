package dev.reverso.reporting.group;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.reverso.matching.group.BoardResult;
import dev.reverso.reporting.render.Bar;
import dev.reverso.reporting.render.ChartText;
import dev.reverso.reporting.render.HtmlDocument;
import dev.reverso.reporting.render.HtmlTable;
import dev.reverso.reporting.render.LocalizedNumbers;
import dev.reverso.reporting.internal.ReportFiles;
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
 * and any minimum that could not be met. HR ids only. English, numbers in {@link Locale#ROOT}. Stateless and
 * thread-safe.
 */
public final class BoardHtml {
  /** The usual file name. */
  public static final String FILE_NAME = "board-report.html";

  private BoardHtml() {}

  /** The page. */
  public static String render(BoardResult result) {
    requireNonNull(result, "result");
    LocalizedNumbers n = LocalizedNumbers.root();
    HtmlDocument doc = HtmlDocument.create("Reverso shadow board", Locale.ROOT);
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Members", result.members().size() + " of " + result.options().size());
    facts.put("Coverage", n.percent(result.coverage(), 1));
    facts.put("After greedy", n.percent(result.greedyCoverage(), 1));
    facts.put("Minimums met", result.meetsAllMinimums() ? "yes" : "no (" + result.shortfalls().size() + ")");
    doc.facts(facts);
    doc.note("Coverage: for every executive, each learning goal is credited by the board member best placed to "
        + "teach it; executives count equally. Bounds: " + bounds(result) + ".");
    if (!result.skills().isEmpty()) {
      List<Bar> bars = new ArrayList<>();
      result.skills().forEach((skill, share) -> bars.add(new Bar(skill, share, n.percent(share, 0))));
      doc.chart(SvgCharts.barChart(new ChartText("board-skills", "Coverage by skill",
          "The share of the executive team's goals in each skill that the board covers"), bars), "Coverage by skill");
    }
    doc.heading(2, "Members");
    List<String> dims = new ArrayList<>(result.groups().keySet());
    List<String> headers = new ArrayList<>(List.of("Id", "Brings (coverage lost without them)"));
    headers.addAll(dims);
    HtmlTable members = HtmlTable.of(headers).numeric(1);
    for (BoardResult.Contribution c : result.contributions()) {
      List<String> row = new ArrayList<>(List.of(c.id().value(), n.percent(c.coverage(), 1)));
      for (String d : dims) {
        row.add(c.groups().getOrDefault(d, "unknown"));
      }
      members.row(row.toArray(new String[0]));
    }
    doc.table(members);
    doc.heading(2, "Members per group");
    for (Map.Entry<String, ImmutableMap<String, Integer>> d : result.groups().entrySet()) {
      HtmlTable t = HtmlTable.of(d.getKey(), "Members").numeric(1).caption(d.getKey());
      d.getValue().forEach((group, count) -> t.row(group, n.integer(count)));
      doc.table(t);
    }
    if (!result.shortfalls().isEmpty()) {
      doc.heading(2, "Minimums not met");
      HtmlTable t = HtmlTable.of("Shortfall");
      result.shortfalls().forEach(t::row);
      doc.table(t);
    }
    return doc.render();
  }

  /** Writes the page to a file, replacing it. */
  public static void write(BoardResult result, Path file) {
    String html = render(result);
    ReportFiles.write(file, out -> out.write(html));
  }

  private static String bounds(BoardResult result) {
    List<String> parts = new ArrayList<>();
    parts.add("size " + result.options().size());
    result.options().maxPer().forEach((d, v) -> parts.add("at most " + v + " per " + d));
    result.options().minPer().forEach((d, v) -> parts.add("at least " + v + " per " + d + " with volunteers"));
    return String.join(", ", parts);
  }
}
