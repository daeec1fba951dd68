package dev.reverso.reporting.match;

import static java.util.Objects.requireNonNull;

import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.render.AbstractReportRenderer;
import dev.reverso.reporting.render.Histogram;
import dev.reverso.reporting.render.LocalizedNumbers;
import dev.reverso.reporting.render.Markdown;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Markdown rendering of a {@link MatchReport}: summary, distribution, groups, pairs, unmatched. */
final class MatchMarkdownRenderer extends AbstractReportRenderer<MatchReport> {
  MatchMarkdownRenderer(Locale locale) {
    super(ReportFormat.MARKDOWN, locale, MatchMarkdownRenderer::new);
  }

  @Override
  public void render(MatchReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    LocalizedNumbers n = LocalizedNumbers.of(locale());
    StringBuilder md = new StringBuilder();
    md.append(Markdown.heading(1, "Match report"));
    for (Map.Entry<String, String> fact : MatchReportText.facts(report, n).entrySet()) {
      md.append("- ").append(Markdown.escape(fact.getKey())).append(": ").append(Markdown.escape(fact.getValue()))
          .append('\n');
    }
    md.append('\n');

    md.append(Markdown.heading(2, "Score distribution"));
    Histogram h = report.scoreHistogram();
    Markdown.Table dist = Markdown.table("score", "pairs").align(1, Markdown.Align.RIGHT);
    for (int k = 0; k < h.bins(); k++) {
      dist.row(MatchReportText.range(h, k, n), n.integer(h.count(k)));
    }
    md.append(dist.render());

    if (report.program().isPresent()) {
      md.append(Markdown.heading(2, "Score by mentee department"));
      if (report.scoreByMenteeDepartment().isEmpty()) {
        md.append("No pairs.\n\n");
      } else {
        Markdown.Table groups = Markdown.table("department", "pairs", "mean", "min", "max");
        for (int c = 1; c < 5; c++) {
          groups.align(c, Markdown.Align.RIGHT);
        }
        for (GroupScore g : report.scoreByMenteeDepartment()) {
          groups.row(g.group(), n.integer(g.pairs()), n.decimal(g.meanScore(), 2), n.decimal(g.minScore(), 2),
              n.decimal(g.maxScore(), 2));
        }
        md.append(groups.render());
        md.append(Markdown.escape(MatchReportText.groupNote(report))).append("\n\n");
      }
    }

    md.append(Markdown.heading(2, "Pairs"));
    if (report.pairs().isEmpty()) {
      md.append("No pairs.\n\n");
    } else {
      List<String> header = new ArrayList<>(List.of("mentor", "mentee"));
      if (report.includesNames()) {
        header.add("mentor name");
        header.add("mentee name");
      }
      header.add("score");
      header.add("why");
      Markdown.Table pairs = Markdown.table(header.toArray(String[]::new)).align(header.size() - 2, Markdown.Align.RIGHT);
      for (PairSummary p : report.pairs()) {
        List<String> row = new ArrayList<>(List.of(p.mentorId().value(), p.menteeId().value()));
        if (report.includesNames()) {
          row.add(p.mentorName().orElse(""));
          row.add(p.menteeName().orElse(""));
        }
        row.add(n.decimal(p.score(), 2));
        row.add(String.join("; ", p.topReasons()));
        pairs.row(row);
      }
      md.append(pairs.render());
    }

    md.append(Markdown.heading(2, "Unmatched"));
    if (report.unmatchedByReason().isEmpty()) {
      md.append("Everyone has a partner.\n\n");
    }
    for (Map.Entry<UnmatchedReason, com.google.common.collect.ImmutableList<Unmatched>> e
        : report.unmatchedByReason().entrySet()) {
      md.append(Markdown.heading(3, e.getKey().name() + " (" + n.integer(e.getValue().size()) + ")"));
      md.append(Markdown.escape(MatchReport.describe(e.getKey()))).append("\n\n");
      Markdown.Table t = Markdown.table("id", "role", "detail");
      for (Unmatched u : e.getValue()) {
        t.row(u.participantId().value(), u.role().id(), u.detail());
      }
      md.append(t.render());
    }
    md.append(Markdown.escape(MatchReportText.peopleNote(report))).append('\n');
    out.write(md.toString());
    out.flush();
  }
}
