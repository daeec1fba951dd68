package dev.reverso.reporting.programreport;

import static java.util.Objects.requireNonNull;

import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.metrics.GroupCoverage;
import dev.reverso.reporting.metrics.GroupDimension;
import dev.reverso.reporting.metrics.GroupRepresentation;
import dev.reverso.reporting.metrics.NetPromoterScore;
import dev.reverso.reporting.metrics.PairHealth;
import dev.reverso.reporting.metrics.Ratings;
import dev.reverso.reporting.metrics.ScoreDistribution;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.SkillClosure;
import dev.reverso.reporting.render.AbstractReportRenderer;
import dev.reverso.reporting.render.Markdown;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Writes the programme report as CommonMark with GitHub-style tables; numbers in the renderer's locale. */
final class ProgramReportMarkdown extends AbstractReportRenderer<ProgramReport> {
  ProgramReportMarkdown(Locale locale) {
    super(ReportFormat.MARKDOWN, locale, ProgramReportMarkdown::new);
  }

  @Override
  public void render(ProgramReport r, Writer out) throws IOException {
    requireNonNull(r, "report");
    requireNonNull(out, "out");
    ReportText t = new ReportText(locale());
    StringBuilder md = new StringBuilder();
    md.append(Markdown.heading(1, t.get("report.title", "date", t.date(r.asOf()))));
    Summary s = r.summary();
    md.append(Markdown.table(t.get("md.col.fact"), t.get("md.col.value")).align(1, Markdown.Align.RIGHT)
        .row(t.get("md.pairsStarted"), t.date(r.start()))
        .row(t.get("md.strategy"), r.strategy())
        .row(t.get("facts.headcount"), t.integer(s.headcount()))
        .row(t.get("md.mentorsMatched"), t.integer(s.mentors()) + " (" + t.integer(s.matchedMentors()) + ")")
        .row(t.get("md.menteesMatched"), t.integer(s.mentees()) + " (" + t.integer(s.matchedMentees()) + ")")
        .row(t.get("md.openClosed"), t.integer(s.openPairs()) + " / " + t.integer(s.closedPairs()))
        .render());

    md.append(Markdown.heading(2, t.get("r.title")));
    md.append(Markdown.table(t.get("r.col.lens"), t.get("r.col.score"), t.get("r.col.parts"))
        .align(1, Markdown.Align.RIGHT)
        .row(t.get("r.reciprocity"), t.headline(r.reciprocity().score()), t.parts(r.reciprocity()))
        .row(t.get("r.recognition"), t.headline(r.recognition().score()), t.parts(r.recognition()))
        .row(t.get("r.relationship"), t.headline(r.relationship().score()), t.parts(r.relationship()))
        .render());
    md.append(Markdown.escape(t.get("r.reciprocity.note"))).append("\n\n");
    md.append(Markdown.escape(t.get("r.recognition.note"))).append("\n\n");
    md.append(Markdown.escape(t.get("r.relationship.note"))).append("\n\n");

    md.append(Markdown.heading(2, t.get("health.title")));
    Markdown.Table health = Markdown.table(t.get("col.status"), t.get("col.pairs")).align(1, Markdown.Align.RIGHT);
    for (PairHealth h : PairHealth.values()) {
      health.row(t.status(PairStatus.of(h)), t.integer(r.healthCounts().get(h)));
    }
    for (Map.Entry<CloseReason, Integer> e : r.closedCounts().entrySet()) {
      health.row(t.status(PairStatus.CLOSED) + ": " + t.closeReason(e.getKey()), t.integer(e.getValue()));
    }
    md.append(health.render());

    md.append(Markdown.heading(2, t.get("nps.title")));
    Markdown.Table nps = Markdown.table(t.get("nps.col.side"), t.get("nps.col.respondents"),
        t.get("nps.col.promoters"), t.get("nps.col.passives"), t.get("nps.col.detractors"), t.get("nps.short"));
    for (int c = 1; c <= 5; c++) {
      nps.align(c, Markdown.Align.RIGHT);
    }
    for (PublishedGroup<NetPromoterScore> g : r.npsBySide().groups()) {
      nps.row(npsRow(t, t.sideLabel(g.group()), g.value()));
    }
    nps.row(npsRow(t, t.get("nps.both"), r.nps()));
    md.append(nps.render());

    for (Side learner : List.of(Side.MENTEE, Side.MENTOR)) {
      md.append(Markdown.heading(2, t.get("skills.title." + learner.name())));
      Markdown.Table skills = Markdown.table(t.get("skills.col.skill"), t.get("skills.col.goals"),
          t.get("skills.col.reported"), t.get("skills.col.meanClosure"), t.get("skills.col.closed"))
          .align(1, Markdown.Align.RIGHT).align(2, Markdown.Align.RIGHT).align(3, Markdown.Align.RIGHT)
          .align(4, Markdown.Align.RIGHT);
      for (PublishedGroup<SkillClosure> g : r.skillClosure(learner).groups()) {
        Optional<SkillClosure> v = g.value();
        skills.row(g.group(), v.map(x -> t.integer(x.goals())).orElse(t.suppressed()),
            v.map(x -> t.integer(x.reported())).orElse(""), v.map(x -> t.share(x.meanClosure())).orElse(""),
            v.map(x -> t.integer(x.closed())).orElse(""));
      }
      md.append(skills.render());
    }

    for (GroupDimension dim : GroupDimension.values()) {
      md.append(Markdown.heading(2, t.get("md.coverageBy", "dimension", t.dimensionTitle(dim))));
      Markdown.Table cov = Markdown.table(t.get("col.group"), t.get("col.headcount"), t.get("col.mentors"),
          t.get("col.mentees"), t.get("coverage.col.inProgramme"), t.get("coverage.col.matched"));
      for (int c = 1; c <= 5; c++) {
        cov.align(c, Markdown.Align.RIGHT);
      }
      for (PublishedGroup<GroupCoverage> g : r.coverage(dim).groups()) {
        Optional<GroupCoverage> v = g.value();
        cov.row(g.group(), v.map(x -> t.integer(x.headcount())).orElse(t.suppressed()),
            v.map(x -> t.integer(x.mentors())).orElse(""), v.map(x -> t.integer(x.mentees())).orElse(""),
            v.map(x -> t.share(x.participation())).orElse(""), v.map(x -> t.share(x.coverage())).orElse(""));
      }
      md.append(cov.render());
    }

    for (GroupBreakdown<GroupRepresentation> b : r.representation()) {
      md.append(Markdown.heading(2, t.get("funnel.title", "dimension",
          t.dimensionTitle(GroupDimension.parse(b.id())))));
      md.append(Markdown.escape(t.get("funnel.note"))).append("\n\n");
      Markdown.Table rep = Markdown.table(t.funnelHeaders().toArray(new String[0]));
      for (int c = 1; c <= 7; c++) {
        rep.align(c, Markdown.Align.RIGHT);
      }
      for (PublishedGroup<GroupRepresentation> g : b.groups()) {
        rep.row(t.funnelRow(g));
      }
      md.append(rep.render());
    }

    md.append(Markdown.heading(2, t.get("scores.title")));
    ScoreDistribution d = r.scores();
    md.append(Markdown.escape(t.get("scores.summary", "pairs", d.count(), "mean", t.score(d.mean()),
        "median", t.score(d.median()), "min", t.score(d.min()), "max", t.score(d.max())))).append("\n\n");
    Markdown.Table hist = Markdown.table(t.get("md.col.score"), t.get("col.pairs")).align(1, Markdown.Align.RIGHT);
    for (int k = 0; k < ScoreDistribution.BINS; k++) {
      hist.row(t.score(k / 10.0) + "–" + t.score((k + 1) / 10.0), t.integer(d.histogram().get(k)));
    }
    md.append(hist.render());
    for (GroupBreakdown<ScoreDistribution> b : r.scoresByGroup()) {
      md.append(Markdown.heading(3, t.get("md.scoresBy", "dimension", t.scoreGroupTitle(b.id()))));
      Markdown.Table sg = Markdown.table(t.get("col.group"), t.get("col.pairs"), t.get("col.mean"),
          t.get("col.median")).align(1, Markdown.Align.RIGHT).align(2, Markdown.Align.RIGHT)
          .align(3, Markdown.Align.RIGHT);
      for (PublishedGroup<ScoreDistribution> g : b.groups()) {
        Optional<ScoreDistribution> v = g.value();
        sg.row(g.group(), v.map(x -> t.integer(x.count())).orElse(t.suppressed()),
            v.map(x -> t.score(x.mean())).orElse(""), v.map(x -> t.score(x.median())).orElse(""));
      }
      md.append(sg.render());
    }

    md.append(Markdown.heading(2, t.get("pairs.title")));
    List<String> headers = new ArrayList<>(List.of(t.get("pairs.col.pair")));
    if (r.namesIncluded()) {
      headers.addAll(List.of(t.get("col.mentor"), t.get("col.mentee")));
    }
    headers.addAll(List.of(t.get("col.status"), t.get("pairs.col.sessions"), t.get("pairs.col.cancelled"),
        t.get("pairs.col.lastSession"), t.get("r.reciprocity"), t.get("pairs.col.ratingsMentor"),
        t.get("pairs.col.ratingsMentee"), t.get("pairs.col.goalClosure"), t.get("pairs.col.why")));
    Markdown.Table pairs = Markdown.table(headers.toArray(String[]::new));
    int offset = r.namesIncluded() ? 2 : 0;
    pairs.align(2 + offset, Markdown.Align.RIGHT).align(5 + offset, Markdown.Align.RIGHT)
        .align(8 + offset, Markdown.Align.RIGHT);
    for (PairRow p : r.pairs()) {
      List<String> row = new ArrayList<>(List.of(p.pseudonym()));
      if (r.namesIncluded()) {
        row.add(p.mentorName().orElse(ReportText.NONE));
        row.add(p.menteeName().orElse(ReportText.NONE));
      }
      row.add(t.status(p.status()) + p.closeReason().map(c -> " (" + t.closeReason(c) + ")").orElse(""));
      row.add(t.integer(p.sessionsHeld()));
      row.add(t.integer(p.cancelledByMentor()) + " / " + t.integer(p.cancelledByMentee()));
      row.add(t.date(p.lastSession()));
      row.add(t.score(p.reciprocityIndex()));
      row.add(ratings(t, p.mentorRatings()));
      row.add(ratings(t, p.menteeRatings()));
      row.add(t.share(p.meanGoalClosure()));
      row.add(String.join("; ", p.health().stream().map(t::healthReason).toList()));
      pairs.row(row);
    }
    md.append(pairs.render());
    r.circles().ifPresent(c -> md.append(c.markdown(t)));

    md.append(Markdown.heading(2, t.get("method.title")));
    md.append(Markdown.escape(notes(r, t))).append('\n');
    out.write(md.toString());
    out.flush();
  }

  private static List<String> npsRow(ReportText t, String label, Optional<NetPromoterScore> v) {
    return List.of(label, v.map(x -> t.integer(x.respondents())).orElse(t.suppressed()),
        v.map(x -> t.integer(x.promoters())).orElse(""), v.map(x -> t.integer(x.passives())).orElse(""),
        v.map(x -> t.integer(x.detractors())).orElse(""), v.map(x -> t.nps(x.score())).orElse(""));
  }

  /** A side's latest ratings as {@code relationship/learning/recognition}, such as {@code 4/5/4}. */
  static String ratings(ReportText t, Optional<Ratings> r) {
    return r.map(x -> t.numbers().decimal(x.relationship(), 0) + "/" + t.numbers().decimal(x.learning(), 0) + "/"
        + t.numbers().decimal(x.recognition(), 0)).orElse(ReportText.NONE);
  }

  /** The method and privacy note shared by Markdown and HTML. */
  static String notes(ProgramReport r, ReportText t) {
    return t.get("method.note", "min", r.minGroupSize(), "suppressed", r.suppressedGroups(),
        "rangeMin", ProgramReport.rangeGroupSize(r.minGroupSize()),
        "key", t.get(r.randomKey() ? "method.key.random" : "method.key.organisation"),
        "outside", r.summary().eventsOutsideMatch(), "after", r.summary().eventsAfterAsOf());
  }
}
