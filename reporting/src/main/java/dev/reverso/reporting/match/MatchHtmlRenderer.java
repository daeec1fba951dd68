package dev.reverso.reporting.match;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.i18n.Texts;
import dev.reverso.reporting.render.AbstractReportRenderer;
import dev.reverso.reporting.render.Bar;
import dev.reverso.reporting.render.ChartText;
import dev.reverso.reporting.render.Histogram;
import dev.reverso.reporting.render.Html;
import dev.reverso.reporting.render.HtmlDocument;
import dev.reverso.reporting.render.HtmlTable;
import dev.reverso.reporting.render.LocalizedNumbers;
import dev.reverso.reporting.render.SafeHtml;
import dev.reverso.reporting.render.SvgCharts;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code match-report.html}: one self-contained page in the renderer's language with the summary, the score
 * histogram, the scores by mentee department, the pairs with their explanation in plain sentences ("why", the
 * full explanation folded in a {@code <details>} element that needs no script) and every unmatched participant
 * grouped by reason in words ("why not").
 *
 * <p>Large results: at most {@link MatchReport#HTML_PAIRS} pairs are shown in full (the weakest, lowest score
 * first); the page then says that every pair is in {@code pairs.csv} and {@code matches.json}. Every unmatched
 * participant is listed.
 *
 * <p>Phones: tables scroll inside their own box, and below 40 rem the pairs table turns each pair into a card
 * with the "why" under the ids and the score, so nothing is wider than a 360 px screen.
 */
final class MatchHtmlRenderer extends AbstractReportRenderer<MatchReport> {
  /** The page's own rules, beside the shared style sheet (which scrolls tables in their box): pairs as cards on phones. */
  static final String STYLE = "<style>"
      + "details .scroll table{margin:.4rem 0}"
      + "table.pairs td.who{white-space:nowrap}table.pairs td.why{overflow-wrap:anywhere}"
      + "table.pairs details table{font-size:.85rem}"
      + "@media (max-width:40rem){"
      + "table.pairs,table.pairs tbody,table.pairs tr,table.pairs td{display:block;width:auto}"
      + "table.pairs thead{display:none}"
      + "table.pairs tr{border-bottom:1px solid var(--line);padding:.4rem 0}"
      + "table.pairs td{border:0;padding:.1rem 0}"
      + "table.pairs td.who{display:inline-block;margin-right:.6rem;font-weight:600;white-space:normal;"
      + "overflow-wrap:anywhere}"
      + "table.pairs td.num{display:inline-block;text-align:left}"
      + "table.pairs td.why{padding-top:.3rem}"
      + "}"
      + "</style>\n";

  MatchHtmlRenderer(Locale locale) {
    super(ReportFormat.HTML, locale, MatchHtmlRenderer::new);
  }

  @Override
  public void render(MatchReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    Texts t = Texts.of(locale());
    LocalizedNumbers n = t.numbers();
    HtmlDocument doc = HtmlDocument.create(t.get("match.title"), pageLanguage());
    doc.add(SafeHtml.trusted(STYLE));
    doc.facts(MatchReportText.facts(report, t));
    String solver = report.result().solverPath();
    if (!solver.isEmpty()) { // a technical trace, so shown as code in every language
      doc.add(SafeHtml.trusted("<p class=\"muted\">" + Html.escape(t.get("match.facts.solver")) + " <code>"
          + Html.escape(solver) + "</code></p>\n"));
    }

    doc.heading(2, t.get("match.histogram.heading"));
    Histogram h = report.scoreHistogram();
    int peak = 0;
    for (int k = 1; k < h.bins(); k++) {
      peak = h.count(k) > h.count(peak) ? k : peak;
    }
    String desc = h.total() == 0 ? t.get("match.histogram.none")
        : t.get("match.histogram.desc", "n", h.total(), "bins", h.bins(), "peak", h.count(peak),
            "range", MatchReportText.range(h, peak, t));
    doc.chart(SvgCharts.histogram(new ChartText("score-histogram", t.get("match.histogram.title"), desc), h,
        t.get("match.histogram.axis"), 1, n), desc);

    if (report.program().isPresent()) {
      doc.heading(2, t.get("match.departments.heading"));
      if (report.scoreByMenteeDepartment().isEmpty()) {
        doc.paragraph(t.get("match.departments.none"));
      } else {
        List<Bar> bars = new ArrayList<>();
        HtmlTable table = HtmlTable.of(t.get("match.departments.department"), t.get("match.departments.pairs"),
            t.get("match.departments.mean"), t.get("match.departments.min"), t.get("match.departments.max"))
            .numeric(1).numeric(2).numeric(3).numeric(4).caption(t.get("match.departments.caption"));
        for (GroupScore g : report.scoreByMenteeDepartment()) {
          String label = MatchReportText.group(g.group(), t);
          bars.add(new Bar(label, g.meanScore(), t.get("match.departments.bar", "mean", n.decimal(g.meanScore(), 2),
              "n", g.pairs())));
          table.row(label, n.integer(g.pairs()), n.decimal(g.meanScore(), 2), n.decimal(g.minScore(), 2),
              n.decimal(g.maxScore(), 2));
        }
        String note = MatchReportText.groupNote(report, t);
        doc.chart(SvgCharts.barChart(new ChartText("department-scores", t.get("match.departments.title"),
            t.get("match.departments.desc") + " " + note), bars), note);
        doc.table(table);
      }
    }

    ImmutableList<PairSummary> shown = report.pairsShownInFull();
    boolean all = shown.size() == report.pairs().size();
    doc.heading(2, all ? t.get("match.pairs.heading") : t.get("match.pairs.heading-weakest", "shown", shown.size()));
    if (report.pairs().isEmpty()) {
      doc.paragraph(t.get("match.pairs.none"));
    } else {
      if (!all) {
        // the two files are written beside this page by MatchReport.writeFiles: link them
        String rest = Html.escape(t.get("match.pairs.rest", "shown", shown.size(), "total", report.pairs().size(),
            "csv", MatchReport.PAIRS_CSV, "json", MatchesJson.FILE_NAME));
        for (String file : List.of(MatchReport.PAIRS_CSV, MatchesJson.FILE_NAME)) {
          rest = rest.replace(file, "<a href=\"" + file + "\">" + file + "</a>");
        }
        doc.add(SafeHtml.trusted("<p>" + rest + "</p>\n"));
      }
      scrolling(doc, SafeHtml.trusted(pairsTable(report, shown, t)));
      doc.note(t.get("match.pairs.note"));
    }

    if (!report.result().warnings().isEmpty()) {
      doc.heading(2, t.get("match.warnings.heading"));
      HtmlTable w = HtmlTable.of(t.get("match.warnings.warning"));
      report.result().warnings().forEach(x -> w.row(x));
      doc.table(w);
    }

    doc.heading(2, t.get("match.unmatched.heading"));
    if (report.unmatchedByReason().isEmpty()) {
      doc.paragraph(t.get("match.unmatched.none"));
    }
    for (Map.Entry<UnmatchedReason, ImmutableList<Unmatched>> e : report.unmatchedByReason().entrySet()) {
      doc.heading(3, t.get("match.unmatched.group", "reason", MatchReportText.reason(e.getKey(), t),
          "n", e.getValue().size()));
      doc.paragraph(MatchReportText.explain(e.getKey(), t));
      List<String> header = new ArrayList<>(List.of(t.get("match.unmatched.id")));
      if (report.includesNames()) {
        header.add(t.get("match.unmatched.name"));
      }
      header.add(t.get("match.unmatched.role"));
      header.add(t.get("match.unmatched.detail"));
      HtmlTable table = HtmlTable.of(header);
      for (Unmatched u : e.getValue()) {
        List<String> row = new ArrayList<>(4);
        row.add(u.participantId().value());
        if (report.includesNames()) {
          row.add(report.displayName(u.participantId()).orElse(""));
        }
        row.add(MatchReportText.role(u.role(), t));
        row.add(t.unmatched(u));
        table.row(row.toArray(String[]::new));
      }
      doc.table(table);
    }
    doc.note(MatchReportText.peopleNote(report, t));
    doc.render(out);
    out.flush();
  }

  /** The {@code lang} of the page: the renderer's language, English for the root locale. */
  private Locale pageLanguage() {
    return locale().getLanguage().isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(locale().getLanguage());
  }

  private static void scrolling(HtmlDocument doc, SafeHtml table) {
    doc.add(SafeHtml.trusted("<div class=\"scroll\">" + table.html() + "</div>\n"));
  }

  private static String pairsTable(MatchReport report, List<PairSummary> pairs, Texts t) {
    StringBuilder sb = new StringBuilder(pairs.size() * 2048);
    sb.append("<table class=\"pairs\"><thead><tr>");
    header(sb, t.get("match.pairs.mentor"), "");
    header(sb, t.get("match.pairs.mentee"), "");
    if (report.includesNames()) {
      header(sb, t.get("match.pairs.mentor-name"), "");
      header(sb, t.get("match.pairs.mentee-name"), "");
    }
    header(sb, t.get("match.pairs.score"), " class=\"num\"");
    header(sb, t.get("match.pairs.why"), "");
    sb.append("</tr></thead><tbody>\n");
    for (PairSummary p : pairs) {
      sb.append("<tr>");
      cell(sb, "who", p.mentorId().value());
      cell(sb, "who", p.menteeId().value());
      if (report.includesNames()) {
        cell(sb, "who", p.mentorName().orElse(""));
        cell(sb, "who", p.menteeName().orElse(""));
      }
      cell(sb, "num", t.numbers().decimal(p.score(), 2));
      sb.append("<td class=\"why\">");
      why(sb, p, t);
      sb.append("</td></tr>\n");
    }
    return sb.append("</tbody></table>").toString();
  }

  private static void header(StringBuilder sb, String text, String attributes) {
    sb.append("<th scope=\"col\"").append(attributes).append('>').append(Html.escape(text)).append("</th>");
  }

  private static void cell(StringBuilder sb, String cls, String text) {
    sb.append("<td class=\"").append(cls).append("\">").append(Html.escape(text)).append("</td>");
  }

  private static void why(StringBuilder sb, PairSummary p, Texts t) {
    Explanation e = p.pairing().explanation();
    LocalizedNumbers n = t.numbers();
    String kept = MatchReportText.kept(p.pairing(), t);
    if (!kept.isEmpty()) {
      sb.append("<p>").append(Html.escape(kept)).append("</p>");
    }
    if (p.topReasons().isEmpty()) {
      sb.append("<p class=\"muted\">").append(Html.escape(t.get("match.pairs.no-evidence"))).append("</p>");
    } else {
      sb.append("<ul class=\"reasons\">");
      for (Reason r : p.topReasons()) {
        sb.append("<li>").append(Html.escape(t.reason(r))).append("</li>");
      }
      sb.append("</ul>");
    }
    sb.append("<details><summary>").append(Html.escape(t.get("match.pairs.details"))).append("</summary>");
    sb.append("<div class=\"scroll\"><table><thead><tr>");
    header(sb, t.get("match.pairs.criterion"), "");
    header(sb, t.get("match.pairs.weight"), " class=\"num\"");
    header(sb, t.get("match.pairs.criterion-score"), " class=\"num\"");
    header(sb, t.get("match.pairs.adds"), " class=\"num\"");
    header(sb, t.get("match.pairs.evidence"), "");
    sb.append("</tr></thead><tbody>");
    for (Explanation.Contribution c : e.contributions()) {
      sb.append("<tr><td>").append(Html.escape(MatchReportText.criterion(c.criterionId(), t)))
          .append("</td><td class=\"num\">").append(Html.escape(n.decimal(c.weight(), 2)))
          .append("</td><td class=\"num\">").append(Html.escape(n.decimal(c.score(), 2)))
          .append("</td><td class=\"num\">").append(Html.escape(n.decimal(c.contribution(), 3))).append("</td><td>");
      String sep = "";
      for (Reason r : c.reasons()) {
        sb.append(sep).append(Html.escape(t.reason(r)));
        sep = " ";
      }
      sb.append("</td></tr>");
    }
    sb.append("</tbody></table></div>");
    if (e.verdicts().isEmpty()) {
      sb.append("<p class=\"muted\">").append(Html.escape(t.get("match.pairs.no-rule"))).append("</p>");
    } else {
      sb.append("<ul class=\"reasons\">");
      for (Explanation.Verdict v : e.verdicts()) {
        sb.append("<li>").append(Html.escape(MatchReportText.verdict(v, t))).append("</li>");
      }
      sb.append("</ul>");
    }
    sb.append("</details>");
  }
}
