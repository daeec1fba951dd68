package dev.reverso.reporting.match;

import static java.util.Objects.requireNonNull;

import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.i18n.Texts;
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
    Texts t = Texts.of(locale());
    LocalizedNumbers n = t.numbers();
    StringBuilder md = new StringBuilder();
    md.append(Markdown.heading(1, t.get("match.title")));
    for (Map.Entry<String, String> fact : MatchReportText.facts(report, t).entrySet()) {
      md.append("- ").append(Markdown.escape(fact.getKey())).append(": ").append(Markdown.escape(fact.getValue()))
          .append('\n');
    }
    if (!report.result().solverPath().isEmpty()) {
      md.append("- ").append(Markdown.escape(t.get("match.facts.solver"))).append(" `")
          .append(report.result().solverPath().replace("`", "'")).append("`\n");
    }
    md.append('\n');

    md.append(Markdown.heading(2, t.get("match.histogram.heading")));
    Histogram h = report.scoreHistogram();
    Markdown.Table dist = Markdown.table(t.get("match.pairs.score"), t.get("match.departments.pairs"))
        .align(1, Markdown.Align.RIGHT);
    for (int k = 0; k < h.bins(); k++) {
      dist.row(MatchReportText.range(h, k, t), n.integer(h.count(k)));
    }
    md.append(dist.render());

    if (report.program().isPresent()) {
      md.append(Markdown.heading(2, t.get("match.departments.heading")));
      if (report.scoreByMenteeDepartment().isEmpty()) {
        md.append(Markdown.escape(t.get("match.departments.none"))).append("\n\n");
      } else {
        Markdown.Table groups = Markdown.table(t.get("match.departments.department"), t.get("match.departments.pairs"),
            t.get("match.departments.mean"), t.get("match.departments.min"), t.get("match.departments.max"));
        for (int c = 1; c < 5; c++) {
          groups.align(c, Markdown.Align.RIGHT);
        }
        for (GroupScore g : report.scoreByMenteeDepartment()) {
          groups.row(MatchReportText.group(g.group(), t), n.integer(g.pairs()), n.decimal(g.meanScore(), 2),
              n.decimal(g.minScore(), 2), n.decimal(g.maxScore(), 2));
        }
        md.append(groups.render());
        md.append(Markdown.escape(MatchReportText.groupNote(report, t))).append("\n\n");
      }
    }

    md.append(Markdown.heading(2, t.get("match.pairs.heading")));
    if (report.pairs().isEmpty()) {
      md.append(Markdown.escape(t.get("match.pairs.none"))).append("\n\n");
    } else {
      List<String> header = new ArrayList<>(List.of(t.get("match.pairs.mentor"), t.get("match.pairs.mentee")));
      if (report.includesNames()) {
        header.add(t.get("match.pairs.mentor-name"));
        header.add(t.get("match.pairs.mentee-name"));
      }
      header.add(t.get("match.pairs.score"));
      header.add(t.get("match.pairs.why"));
      Markdown.Table pairs = Markdown.table(header.toArray(String[]::new)).align(header.size() - 2, Markdown.Align.RIGHT);
      for (PairSummary p : report.pairs()) {
        List<String> row = new ArrayList<>(List.of(p.mentorId().value(), p.menteeId().value()));
        if (report.includesNames()) {
          row.add(p.mentorName().orElse(""));
          row.add(p.menteeName().orElse(""));
        }
        row.add(n.decimal(p.score(), 2));
        List<String> why = new ArrayList<>();
        String kept = MatchReportText.kept(p.pairing(), t);
        if (!kept.isEmpty()) {
          why.add(kept);
        }
        p.topReasons().forEach(r -> why.add(t.reason(r)));
        row.add(String.join(" ", why));
        pairs.row(row);
      }
      md.append(pairs.render());
    }

    md.append(Markdown.heading(2, t.get("match.unmatched.heading")));
    if (report.unmatchedByReason().isEmpty()) {
      md.append(Markdown.escape(t.get("match.unmatched.none"))).append("\n\n");
    }
    for (Map.Entry<UnmatchedReason, com.google.common.collect.ImmutableList<Unmatched>> e
        : report.unmatchedByReason().entrySet()) {
      md.append(Markdown.heading(3, t.get("match.unmatched.group", "reason", MatchReportText.reason(e.getKey(), t),
          "n", e.getValue().size())));
      md.append(Markdown.escape(MatchReportText.explain(e.getKey(), t))).append("\n\n");
      Markdown.Table table = Markdown.table(t.get("match.unmatched.id"), t.get("match.unmatched.role"),
          t.get("match.unmatched.detail"));
      for (Unmatched u : e.getValue()) {
        table.row(u.participantId().value(), MatchReportText.role(u.role(), t), t.unmatched(u));
      }
      md.append(table.render());
    }
    md.append(Markdown.escape(MatchReportText.peopleNote(report, t))).append('\n');
    out.write(md.toString());
    out.flush();
  }
}
