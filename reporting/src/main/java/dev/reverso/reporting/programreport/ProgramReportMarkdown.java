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
    md.append(Markdown.heading(1, "Programme report as of " + r.asOf()));
    Summary s = r.summary();
    md.append(Markdown.table("Fact", "Value").align(1, Markdown.Align.RIGHT)
        .row("Pairs started", r.start().toString())
        .row("Matching strategy", r.strategy())
        .row("Headcount", t.integer(s.headcount()))
        .row("Mentors (matched)", t.integer(s.mentors()) + " (" + t.integer(s.matchedMentors()) + ")")
        .row("Mentees (matched)", t.integer(s.mentees()) + " (" + t.integer(s.matchedMentees()) + ")")
        .row("Pairs: open / closed", t.integer(s.openPairs()) + " / " + t.integer(s.closedPairs()))
        .render());

    md.append(Markdown.heading(2, "The three Rs"));
    md.append(Markdown.table("Lens", "Score (0–1)", "Parts").align(1, Markdown.Align.RIGHT)
        .row("Reciprocity", t.headline(r.reciprocity().score()), "mean index " + t.score(r.reciprocity().meanIndex())
            + ", both learn " + t.share(r.reciprocity().shareBothLearning()) + " of "
            + t.integer(r.reciprocity().pairsRatedByBoth()) + " pairs rated by both, closure balance "
            + t.score(r.reciprocity().meanClosureBalance()) + " over " + t.integer(r.reciprocity().pairsWithBothProgress())
            + " pairs with progress on both sides")
        .row("Recognition", t.headline(r.recognition().score()), "mentor recognition "
            + t.rating(r.recognition().meanMentorRecognition()) + " of 5, mentors give "
            + t.share(r.recognition().mentorFeedbackShare()) + " of feedback")
        .row("Relationship", t.headline(r.relationship().score()), "active " + t.share(r.relationship().shareActive())
            + ", retention " + t.share(r.relationship().retention()) + ", relationship "
            + t.rating(r.relationship().meanRelationship()) + " of 5")
        .render());
    md.append(Markdown.escape(ReportText.RECIPROCITY)).append("\n\n");
    md.append(Markdown.escape(ReportText.RECOGNITION)).append("\n\n");
    md.append(Markdown.escape(ReportText.RELATIONSHIP)).append("\n\n");

    md.append(Markdown.heading(2, "Pair health"));
    Markdown.Table health = Markdown.table("Status", "Pairs").align(1, Markdown.Align.RIGHT);
    for (PairHealth h : PairHealth.values()) {
      health.row(ReportText.status(PairStatus.of(h)), t.integer(r.healthCounts().get(h)));
    }
    for (Map.Entry<CloseReason, Integer> e : r.closedCounts().entrySet()) {
      health.row("closed: " + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '), t.integer(e.getValue()));
    }
    md.append(health.render());

    md.append(Markdown.heading(2, "Net Promoter Score"));
    Markdown.Table nps = Markdown.table("Side", "Respondents", "Promoters", "Passives", "Detractors", "NPS");
    for (int c = 1; c <= 5; c++) {
      nps.align(c, Markdown.Align.RIGHT);
    }
    for (PublishedGroup<NetPromoterScore> g : r.npsBySide().groups()) {
      nps.row(npsRow(t, g.group(), g.value()));
    }
    nps.row(npsRow(t, "both", r.nps()));
    md.append(nps.render());

    for (Side learner : List.of(Side.MENTEE, Side.MENTOR)) {
      md.append(Markdown.heading(2, learner == Side.MENTEE
          ? "What seniors learned: skill-gap closure of the mentees' goals"
          : "What juniors learned: skill-gap closure of the mentors' goals"));
      Markdown.Table skills = Markdown.table("Skill", "Goals", "Reported", "Mean closure", "Closed")
          .align(1, Markdown.Align.RIGHT).align(2, Markdown.Align.RIGHT).align(3, Markdown.Align.RIGHT)
          .align(4, Markdown.Align.RIGHT);
      for (PublishedGroup<SkillClosure> g : r.skillClosure(learner).groups()) {
        Optional<SkillClosure> v = g.value();
        skills.row(g.group(), v.map(x -> t.integer(x.goals())).orElse(ReportText.SUPPRESSED),
            v.map(x -> t.integer(x.reported())).orElse(""), v.map(x -> t.share(x.meanClosure())).orElse(""),
            v.map(x -> t.integer(x.closed())).orElse(""));
      }
      md.append(skills.render());
    }

    for (GroupDimension dim : GroupDimension.values()) {
      md.append(Markdown.heading(2, "Coverage by " + ReportText.dimensionTitle(dim)));
      Markdown.Table cov = Markdown.table("Group", "Headcount", "Mentors", "Mentees", "In programme", "Matched");
      for (int c = 1; c <= 5; c++) {
        cov.align(c, Markdown.Align.RIGHT);
      }
      for (PublishedGroup<GroupCoverage> g : r.coverage(dim).groups()) {
        Optional<GroupCoverage> v = g.value();
        cov.row(g.group(), v.map(x -> t.integer(x.headcount())).orElse(ReportText.SUPPRESSED),
            v.map(x -> t.integer(x.mentors())).orElse(""), v.map(x -> t.integer(x.mentees())).orElse(""),
            v.map(x -> t.share(x.participation())).orElse(""), v.map(x -> t.share(x.coverage())).orElse(""));
      }
      md.append(cov.render());
    }

    for (GroupBreakdown<GroupRepresentation> b : r.representation()) {
      md.append(Markdown.heading(2, "Who stays unheard, by " + b.id()));
      md.append(Markdown.escape(ReportText.FUNNEL_NOTE)).append("\n\n");
      Markdown.Table rep = Markdown.table("Group", "Headcount", "Volunteers", "Consenting", "Matched", "Feedback",
          "Learning", "Voice share");
      for (int c = 1; c <= 7; c++) {
        rep.align(c, Markdown.Align.RIGHT);
      }
      for (PublishedGroup<GroupRepresentation> g : b.groups()) {
        Optional<GroupRepresentation> v = g.value();
        rep.row(g.group(), v.map(x -> t.integer(x.headcount())).orElse(ReportText.SUPPRESSED),
            v.map(x -> ReportText.stage(t, x, x.volunteers())).orElse(""),
            v.map(x -> ReportText.stage(t, x, x.consenting())).orElse(""),
            v.map(x -> ReportText.stage(t, x, x.matched())).orElse(""),
            v.map(x -> ReportText.stage(t, x, x.feedback())).orElse(""),
            v.map(x -> ReportText.stage(t, x, x.learning())).orElse(""),
            v.map(x -> t.share(x.voiceShare())).orElse(""));
      }
      md.append(rep.render());
    }

    md.append(Markdown.heading(2, "Match scores"));
    ScoreDistribution d = r.scores();
    md.append(Markdown.escape("Pairs " + t.integer(d.count()) + ", mean " + t.score(d.mean()) + ", median "
        + t.score(d.median()) + ", min " + t.score(d.min()) + ", max " + t.score(d.max()) + ".")).append("\n\n");
    Markdown.Table hist = Markdown.table("Score", "Pairs").align(1, Markdown.Align.RIGHT);
    for (int k = 0; k < ScoreDistribution.BINS; k++) {
      hist.row(t.score(k / 10.0) + "–" + t.score((k + 1) / 10.0), t.integer(d.histogram().get(k)));
    }
    md.append(hist.render());
    for (GroupBreakdown<ScoreDistribution> b : r.scoresByGroup()) {
      md.append(Markdown.heading(3, "Scores by " + ReportText.scoreGroupTitle(b.id())));
      Markdown.Table sg = Markdown.table("Group", "Pairs", "Mean", "Median").align(1, Markdown.Align.RIGHT)
          .align(2, Markdown.Align.RIGHT).align(3, Markdown.Align.RIGHT);
      for (PublishedGroup<ScoreDistribution> g : b.groups()) {
        Optional<ScoreDistribution> v = g.value();
        sg.row(g.group(), v.map(x -> t.integer(x.count())).orElse(ReportText.SUPPRESSED),
            v.map(x -> t.score(x.mean())).orElse(""), v.map(x -> t.score(x.median())).orElse(""));
      }
      md.append(sg.render());
    }

    md.append(Markdown.heading(2, "Pairs"));
    List<String> headers = new ArrayList<>(List.of("Pair"));
    if (r.namesIncluded()) {
      headers.addAll(List.of("Mentor", "Mentee"));
    }
    headers.addAll(List.of("Status", "Sessions", "Cancelled (mentor/mentee)", "Last session", "Reciprocity",
        "Ratings mentor", "Ratings mentee", "Goal closure", "Why"));
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
      row.add(ReportText.status(p.status())
          + p.closeReason().map(c -> " (" + c.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")").orElse(""));
      row.add(t.integer(p.sessionsHeld()));
      row.add(t.integer(p.cancelledByMentor()) + " / " + t.integer(p.cancelledByMentee()));
      row.add(p.lastSession().map(Object::toString).orElse(ReportText.NONE));
      row.add(t.score(p.reciprocityIndex()));
      row.add(ratings(t, p.mentorRatings()));
      row.add(ratings(t, p.menteeRatings()));
      row.add(t.share(p.meanGoalClosure()));
      row.add(p.reasons().isEmpty() ? "" : String.join("; ", p.reasons()));
      pairs.row(row);
    }
    md.append(pairs.render());
    r.circles().ifPresent(c -> md.append(c.markdown(t)));

    md.append(Markdown.heading(2, "Method and privacy"));
    md.append(Markdown.escape(notes(r))).append('\n');
    out.write(md.toString());
    out.flush();
  }

  private static List<String> npsRow(ReportText t, String label, Optional<NetPromoterScore> v) {
    return List.of(label, v.map(x -> t.integer(x.respondents())).orElse(ReportText.SUPPRESSED),
        v.map(x -> t.integer(x.promoters())).orElse(""), v.map(x -> t.integer(x.passives())).orElse(""),
        v.map(x -> t.integer(x.detractors())).orElse(""), v.map(x -> t.nps(x.score())).orElse(""));
  }

  /** A side's latest ratings as {@code relationship/learning/recognition}, such as {@code 4/5/4}. */
  static String ratings(ReportText t, Optional<Ratings> r) {
    return r.map(x -> t.numbers().decimal(x.relationship(), 0) + "/" + t.numbers().decimal(x.learning(), 0) + "/"
        + t.numbers().decimal(x.recognition(), 0)).orElse(ReportText.NONE);
  }

  /** The method and privacy note shared by Markdown and HTML. */
  static String notes(ProgramReport r) {
    return "Ratings are each side's latest feedback (Likert 1–5: relationship / learning / recognition). "
        + "Groups smaller than " + r.minGroupSize() + " are suppressed, together with further groups when needed "
        + "so that no small group can be worked out from the totals in any column (" + r.suppressedGroups()
        + " groups suppressed); score groups under " + ProgramReport.rangeGroupSize(r.minGroupSize())
        + " pairs show no min, median or max, and pair rows show no match score. Pairs are named by a keyed pseudonym (HMAC-SHA256, "
        + (r.randomKey() ? "a random key drawn for this report" : "the organisation's key")
        + "); no HR id appears and comments are never included. " + r.summary().eventsOutsideMatch()
        + " journal events of unmatched pairs and " + r.summary().eventsAfterAsOf()
        + " events after the report date were not counted.";
  }
}
