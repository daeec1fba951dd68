package dev.reverso.reporting.match;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.render.AbstractReportRenderer;
import dev.reverso.reporting.render.Bar;
import dev.reverso.reporting.render.ChartText;
import dev.reverso.reporting.render.Histogram;
import dev.reverso.reporting.render.Html;
import dev.reverso.reporting.render.HtmlDocument;
import dev.reverso.reporting.render.HtmlTable;
import dev.reverso.reporting.render.LocalizedNumbers;
import dev.reverso.reporting.render.SafeHtml;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code match-report.html}: one self-contained page with the summary, the score histogram, the scores by
 * mentee department, every pair with its explanation ("why", folded in a {@code <details>} element that
 * needs no script) and the unmatched grouped by reason ("why not").
 */
final class MatchHtmlRenderer extends AbstractReportRenderer<MatchReport> {
  MatchHtmlRenderer(Locale locale) {
    super(ReportFormat.HTML, locale, MatchHtmlRenderer::new);
  }

  @Override
  public void render(MatchReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    LocalizedNumbers n = LocalizedNumbers.of(locale());
    HtmlDocument doc = HtmlDocument.create("Match report", Locale.ROOT);
    doc.facts(MatchReportText.facts(report, n));

    doc.heading(2, "Score distribution");
    Histogram h = report.scoreHistogram();
    int peak = 0;
    for (int k = 1; k < h.bins(); k++) {
      peak = h.count(k) > h.count(peak) ? k : peak;
    }
    String desc = h.total() == 0 ? "No pairs were made."
        : n.integer(h.total()) + " pair scores in " + h.bins() + " bins from 0 to 1; the most pairs ("
            + n.integer(h.count(peak)) + ") score " + MatchReportText.range(h, peak, n) + ".";
    doc.chart(dev.reverso.reporting.render.SvgCharts.histogram(
        new ChartText("score-histogram", "Pair scores", desc), h, "score (0 = no fit, 1 = perfect fit)", 1, n), desc);

    if (report.program().isPresent()) {
      doc.heading(2, "Score by mentee department");
      if (report.scoreByMenteeDepartment().isEmpty()) {
        doc.paragraph("No pairs.");
      } else {
        List<Bar> bars = new ArrayList<>();
        HtmlTable table = HtmlTable.of("Department", "Pairs", "Mean", "Min", "Max").numeric(1).numeric(2).numeric(3)
            .numeric(4).caption("Pair scores by the mentee's department");
        for (GroupScore g : report.scoreByMenteeDepartment()) {
          bars.add(new Bar(g.group(), g.meanScore(), n.decimal(g.meanScore(), 2) + " (n=" + n.integer(g.pairs()) + ")"));
          table.row(g.group(), n.integer(g.pairs()), n.decimal(g.meanScore(), 2), n.decimal(g.minScore(), 2),
              n.decimal(g.maxScore(), 2));
        }
        doc.chart(dev.reverso.reporting.render.SvgCharts.barChart(new ChartText("department-scores",
            "Mean pair score by mentee department", "Mean score of the pairs of each mentee department, "
                + "with the number of pairs. " + MatchReportText.groupNote(report)), bars), MatchReportText.groupNote(report));
        doc.table(table);
      }
    }

    doc.heading(2, "Pairs — why");
    if (report.pairs().isEmpty()) {
      doc.paragraph("No pairs were made.");
    } else {
      List<String> header = new ArrayList<>(List.of("Mentor", "Mentee"));
      if (report.includesNames()) {
        header.add("Mentor name");
        header.add("Mentee name");
      }
      header.add("Score");
      header.add("Why");
      HtmlTable pairs = HtmlTable.of(header).numeric(header.size() - 2).cssClass("pairs");
      for (PairSummary p : report.pairs()) {
        List<SafeHtml> row = new ArrayList<>();
        row.add(Html.text(p.mentorId().value()));
        row.add(Html.text(p.menteeId().value()));
        if (report.includesNames()) {
          row.add(Html.text(p.mentorName().orElse("")));
          row.add(Html.text(p.menteeName().orElse("")));
        }
        row.add(Html.text(n.decimal(p.score(), 2)));
        String kept = MatchReport.kept(p.pairing());
        row.add(kept.isEmpty() ? why(p, n)
            : SafeHtml.trusted(Html.escape("kept (" + kept + ") ") + why(p, n).html()));
        pairs.htmlRow(row);
      }
      doc.table(pairs);
      doc.note("Each criterion adds weight × score ÷ total weight to the pair's score. "
          + "Open a row's details for every criterion and constraint.");
    }

    if (!report.result().warnings().isEmpty()) {
      doc.heading(2, "Warnings");
      HtmlTable w = HtmlTable.of("Warning");
      report.result().warnings().forEach(x -> w.row(x));
      doc.table(w);
    }

    doc.heading(2, "Unmatched — why not");
    if (report.unmatchedByReason().isEmpty()) {
      doc.paragraph("Everyone has a partner.");
    }
    for (Map.Entry<UnmatchedReason, ImmutableList<Unmatched>> e : report.unmatchedByReason().entrySet()) {
      doc.heading(3, e.getKey().name() + " (" + n.integer(e.getValue().size()) + ")");
      doc.paragraph(MatchReport.describe(e.getKey()));
      HtmlTable t = HtmlTable.of("Id", "Role", "Detail");
      if (report.includesNames()) {
        t = HtmlTable.of("Id", "Name", "Role", "Detail");
      }
      for (Unmatched u : e.getValue()) {
        if (report.includesNames()) {
          t.row(u.participantId().value(), report.displayName(u.participantId()).orElse(""), u.role().id(), u.detail());
        } else {
          t.row(u.participantId().value(), u.role().id(), u.detail());
        }
      }
      doc.table(t);
    }
    doc.note(MatchReportText.peopleNote(report));
    doc.render(out);
    out.flush();
  }

  private static SafeHtml why(PairSummary p, LocalizedNumbers n) {
    Explanation e = p.pairing().explanation();
    StringBuilder sb = new StringBuilder();
    if (p.topReasons().isEmpty()) {
      sb.append("<span class=\"muted\">No criterion found matching evidence.</span>");
    } else {
      sb.append("<ul class=\"reasons\">");
      for (String r : p.topReasons()) {
        sb.append("<li>").append(Html.escape(r)).append("</li>");
      }
      sb.append("</ul>");
    }
    sb.append("<details><summary>Full explanation</summary>");
    sb.append("<table><thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\" class=\"num\">Weight</th>"
        + "<th scope=\"col\" class=\"num\">Score</th><th scope=\"col\" class=\"num\">Adds</th>"
        + "<th scope=\"col\">Evidence</th></tr></thead><tbody>");
    for (Explanation.Contribution c : e.contributions()) {
      sb.append("<tr><td>").append(Html.escape(c.criterionId())).append("</td><td class=\"num\">")
          .append(Html.escape(n.decimal(c.weight(), 2))).append("</td><td class=\"num\">")
          .append(Html.escape(n.decimal(c.score(), 2))).append("</td><td class=\"num\">")
          .append(Html.escape(n.decimal(c.contribution(), 3))).append("</td><td>")
          .append(Html.escape(String.join("; ", c.reasons()))).append("</td></tr>");
    }
    sb.append("</tbody></table>");
    if (e.verdicts().isEmpty()) {
      sb.append("<p class=\"muted\">No hard constraint applies.</p>");
    } else {
      sb.append("<ul class=\"reasons\">");
      for (Explanation.Verdict v : e.verdicts()) {
        sb.append("<li>").append(Html.escape(v.constraintId())).append(": ")
            .append(v.allowed() ? "allowed" : "forbidden — " + Html.escape(v.reason())).append("</li>");
      }
      sb.append("</ul>");
    }
    sb.append("</details>");
    return SafeHtml.trusted(sb.toString());
  }
}
