package dev.reverso.reporting.programreport;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.metrics.GroupCoverage;
import dev.reverso.reporting.metrics.GroupDimension;
import dev.reverso.reporting.metrics.GroupRepresentation;
import dev.reverso.reporting.metrics.NetPromoterScore;
import dev.reverso.reporting.metrics.PairHealth;
import dev.reverso.reporting.metrics.ScoreDistribution;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.SkillClosure;
import dev.reverso.reporting.render.AbstractReportRenderer;
import dev.reverso.reporting.render.Bar;
import dev.reverso.reporting.render.ChartText;
import dev.reverso.reporting.render.Histogram;
import dev.reverso.reporting.render.Html;
import dev.reverso.reporting.render.HtmlDocument;
import dev.reverso.reporting.render.HtmlTable;
import dev.reverso.reporting.render.SafeHtml;
import dev.reverso.reporting.render.StackedBar;
import dev.reverso.reporting.render.SvgCharts;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code program-report.html}: one self-contained page ({@link HtmlDocument}: inline CSS, no JavaScript,
 * nothing fetched from the network) with inline SVG charts of the score histogram, the three Rs, pair health,
 * skill-gap closure by skill and coverage by department, each followed or preceded by a table with the same
 * numbers, so the page is readable without colour and without the charts. A programme of more than
 * {@value #FULL_TABLE_PAIRS} pairs shows the pairs that need attention and the distribution of all pairs instead of
 * one row per pair (the full table is in the CSV and JSON reports).
 */
final class ProgramReportHtml extends AbstractReportRenderer<ProgramReport> {
  /** Up to this many pairs, the page lists every pair. */
  static final int FULL_TABLE_PAIRS = 500;
  /** Above {@link #FULL_TABLE_PAIRS}, at most this many pairs that need attention are listed. */
  static final int ATTENTION_ROWS = 1_000;
  /** Bins of the sessions-held chart: 0, 1, ..., and the last one for that many or more. */
  private static final int SESSION_BINS = 13;

  ProgramReportHtml(Locale locale) {
    super(ReportFormat.HTML, locale, ProgramReportHtml::new);
  }

  @Override
  public void render(ProgramReport r, Writer out) throws IOException {
    requireNonNull(r, "report");
    requireNonNull(out, "out");
    ReportText t = new ReportText(locale());
    HtmlDocument doc = HtmlDocument.create("Programme report as of " + r.asOf(), locale());
    Summary s = r.summary();
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Reciprocity", t.headline(r.reciprocity().score()));
    facts.put("Recognition", t.headline(r.recognition().score()));
    facts.put("Relationship", t.headline(r.relationship().score()));
    facts.put("NPS", r.nps().map(n -> t.nps(n.score())).orElse(ReportText.SUPPRESSED));
    facts.put("Pairs (open)", t.integer(s.pairs()) + " (" + t.integer(s.openPairs()) + ")");
    facts.put("Mentors matched", t.integer(s.matchedMentors()) + " of " + t.integer(s.mentors()));
    facts.put("Mentees matched", t.integer(s.matchedMentees()) + " of " + t.integer(s.mentees()));
    facts.put("Headcount", t.integer(s.headcount()));
    doc.facts(facts);
    doc.note("Pairs started " + r.start() + "; matched by the " + r.strategy() + " strategy.");

    doc.heading(2, "The three Rs");
    List<StackedBar> rs = List.of(rBar("Reciprocity", r.reciprocity().score()),
        rBar("Recognition", r.recognition().score()), rBar("Relationship", r.relationship().score()));
    doc.chart(SvgCharts.stackedBarChart(new ChartText("three-rs", "The three Rs",
        "Headline scores from 0 to 1: reciprocity " + t.headline(r.reciprocity().score()) + ", recognition "
            + t.headline(r.recognition().score()) + ", relationship " + t.headline(r.relationship().score()) + "."),
        List.of("score", "gap to 1"), rs, 2, t.numbers()), "Each bar is a score from 0 to 1; undefined scores show as 0.");
    doc.table(HtmlTable.of("Lens", "Score", "Parts").numeric(1)
        .row("Reciprocity", t.headline(r.reciprocity().score()), "mean index " + t.score(r.reciprocity().meanIndex())
            + "; both sides learn in " + t.share(r.reciprocity().shareBothLearning()) + " of "
            + t.integer(r.reciprocity().pairsRatedByBoth()) + " pairs rated by both; closure balance "
            + t.score(r.reciprocity().meanClosureBalance()) + " over " + t.integer(r.reciprocity().pairsWithBothProgress())
            + " pairs with progress on both sides")
        .row("Recognition", t.headline(r.recognition().score()), "mentors' recognition "
            + t.rating(r.recognition().meanMentorRecognition()) + " of 5; mentors give "
            + t.share(r.recognition().mentorFeedbackShare()) + " of all feedback")
        .row("Relationship", t.headline(r.relationship().score()), "active " + t.share(r.relationship().shareActive())
            + "; retention " + t.share(r.relationship().retention()) + "; relationship "
            + t.rating(r.relationship().meanRelationship()) + " of 5"));
    doc.note(ReportText.RECIPROCITY);
    doc.note(ReportText.RECOGNITION);
    doc.note(ReportText.RELATIONSHIP);

    doc.heading(2, "Pair health");
    List<Bar> health = new ArrayList<>();
    for (PairHealth h : PairHealth.values()) {
      int n = r.healthCounts().get(h);
      health.add(new Bar(ReportText.status(PairStatus.of(h)), n, t.integer(n)));
    }
    int closed = r.closedCounts().values().stream().mapToInt(Integer::intValue).sum();
    health.add(new Bar("closed", closed, t.integer(closed)));
    doc.chart(SvgCharts.barChart(new ChartText("health", "Pair health", "Pairs by status: "
        + String.join(", ", health.stream().map(b -> b.label() + " " + b.valueText()).toList()) + "."), health),
        "");
    if (!r.closedCounts().isEmpty()) {
      HtmlTable closedTable = HtmlTable.of("Closed because", "Pairs").numeric(1);
      for (Map.Entry<CloseReason, Integer> e : r.closedCounts().entrySet()) {
        closedTable.row(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '), t.integer(e.getValue()));
      }
      doc.table(closedTable);
    }

    doc.heading(2, "Match scores");
    ScoreDistribution d = r.scores();
    doc.chart(SvgCharts.histogram(new ChartText("scores", "Match-score distribution", "Pairs by match score in "
        + "ten bins from 0 to 1; mean " + t.score(d.mean()) + ", median " + t.score(d.median()) + "."),
        new Histogram(0, 1, d.histogram()), "match score", 1, t.numbers()),
        "Pairs " + t.integer(d.count()) + ", mean " + t.score(d.mean()) + ", median " + t.score(d.median())
            + ", min " + t.score(d.min()) + ", max " + t.score(d.max()) + ".");

    skillClosure(doc, r, t, Side.MENTEE, "What seniors learned: skill-gap closure of the mentees' goals", "skills",
        "mentees");
    skillClosure(doc, r, t, Side.MENTOR, "What juniors learned: skill-gap closure of the mentors' goals",
        "junior-skills", "mentors");

    doc.heading(2, "Net Promoter Score");
    HtmlTable nps = HtmlTable.of("Side", "Respondents", "Promoters", "Passives", "Detractors", "NPS").numeric(1)
        .numeric(2).numeric(3).numeric(4).numeric(5);
    for (PublishedGroup<NetPromoterScore> g : r.npsBySide().groups()) {
      nps.row(npsRow(t, g.group(), g.value()));
    }
    nps.row(npsRow(t, "both", r.nps()));
    doc.table(nps);

    doc.heading(2, "Which voices are unheard: coverage");
    for (GroupDimension dim : GroupDimension.values()) {
      GroupBreakdown<GroupCoverage> b = r.coverage(dim);
      if (dim == GroupDimension.DEPARTMENT) {
        List<StackedBar> bars = new ArrayList<>();
        for (PublishedGroup<GroupCoverage> g : b.groups()) {
          g.value().ifPresent(c -> bars.add(StackedBar.of(g.group(), 100 * c.mentorShare(), 100 * c.menteeShare(),
              100 * (1 - c.participation()))));
        }
        if (!bars.isEmpty()) {
          doc.chart(SvgCharts.stackedBarChart(new ChartText("coverage-department", "Coverage by department",
              "Percent of each department's headcount who mentor, who are mentored, and who are not in the "
                  + "programme."), List.of("mentors %", "mentees %", "not in programme %"), bars, 0, t.numbers()),
              "Departments with fewer than " + r.minGroupSize() + " people are suppressed.");
        }
      }
      HtmlTable cov = HtmlTable.of("Group", "Headcount", "Mentors", "Mentees", "In programme", "Matched")
          .caption("By " + ReportText.dimensionTitle(dim)).numeric(1).numeric(2).numeric(3).numeric(4).numeric(5);
      for (PublishedGroup<GroupCoverage> g : b.groups()) {
        Optional<GroupCoverage> v = g.value();
        cov.row(g.group(), v.map(x -> t.integer(x.headcount())).orElse(ReportText.SUPPRESSED),
            v.map(x -> t.integer(x.mentors())).orElse(""), v.map(x -> t.integer(x.mentees())).orElse(""),
            v.map(x -> t.share(x.participation())).orElse(""), v.map(x -> t.share(x.coverage())).orElse(""));
      }
      doc.table(cov);
    }

    for (GroupBreakdown<GroupRepresentation> b : r.representation()) {
      doc.heading(2, "Who stays unheard, by " + b.id());
      doc.note(ReportText.FUNNEL_NOTE);
      List<StackedBar> bars = new ArrayList<>();
      for (PublishedGroup<GroupRepresentation> g : b.groups()) {
        g.value().ifPresent(x -> bars.add(StackedBar.of(g.group(), 100 * x.share(x.feedback()),
            100 * x.share(x.matched() - x.feedback()), 100 * x.share(x.consenting() - x.matched()),
            100 * x.share(x.volunteers() - x.consenting()), 100 * x.share(x.headcount() - x.volunteers()))));
      }
      if (!bars.isEmpty()) {
        doc.chart(SvgCharts.stackedBarChart(new ChartText("representation-" + b.id(), "Representation funnel by "
            + b.id(), "Percent of each group's headcount at the stage where they stopped: gave feedback, matched "
                + "without feedback, consenting but unmatched, volunteered without consent, not in the programme."),
            List.of("feedback %", "matched %", "consenting %", "no consent %", "not in programme %"), bars, 0,
            t.numbers()), "Groups with fewer than " + r.minGroupSize() + " people are suppressed.");
      }
      HtmlTable rep = HtmlTable.of("Group", "Headcount", "Volunteers", "Consenting", "Matched", "Feedback", "Learning",
          "Voice share").caption("Representation by " + b.id()).numeric(1).numeric(2).numeric(3).numeric(4)
          .numeric(5).numeric(6).numeric(7);
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
      doc.table(rep);
    }

    doc.heading(2, "Match scores by group");
    for (GroupBreakdown<ScoreDistribution> b : r.scoresByGroup()) {
      HtmlTable sg = HtmlTable.of("Group", "Pairs", "Mean", "Median", "Min", "Max")
          .caption("By " + ReportText.scoreGroupTitle(b.id())).numeric(1).numeric(2).numeric(3).numeric(4).numeric(5);
      for (PublishedGroup<ScoreDistribution> g : b.groups()) {
        Optional<ScoreDistribution> v = g.value();
        sg.row(g.group(), v.map(x -> t.integer(x.count())).orElse(ReportText.SUPPRESSED),
            v.map(x -> t.score(x.mean())).orElse(""), v.map(x -> t.score(x.median())).orElse(""),
            v.map(x -> t.score(x.min())).orElse(""), v.map(x -> t.score(x.max())).orElse(""));
      }
      doc.table(sg);
    }

    pairSection(r, t, doc);
    r.circles().ifPresent(c -> c.html(t, doc));

    doc.heading(2, "Method and privacy");
    doc.note(ProgramReportMarkdown.notes(r));
    doc.render(out);
    out.flush();
  }

  /**
   * Every pair, up to {@value #FULL_TABLE_PAIRS} pairs; above that the distribution of pairs by status and by
   * sessions held, and a table of the pairs that need attention (dormant first, then at risk; at most
   * {@value #ATTENTION_ROWS}), so that the page stays readable (and under 5 MB) at 20 000 pairs. The full
   * per-pair table is in {@code program-report.csv} and {@code program-report.json} at any size.
   */
  private static void pairSection(ProgramReport r, ReportText t, HtmlDocument doc) {
    List<PairRow> all = r.pairs();
    if (all.size() <= FULL_TABLE_PAIRS) {
      doc.heading(2, "Pairs");
      doc.table(pairTable(r, t, all));
      return;
    }
    doc.heading(2, "Pairs that need attention");
    Map<PairStatus, Integer> byStatus = new EnumMap<>(PairStatus.class);
    int[] sessions = new int[SESSION_BINS];
    for (PairRow p : all) {
      byStatus.merge(p.status(), 1, Integer::sum);
      if (p.status() != PairStatus.CLOSED) {
        sessions[Math.min(p.sessionsHeld(), SESSION_BINS - 1)]++;
      }
    }
    HtmlTable statusTable = HtmlTable.of("Status", "Pairs", "Share").numeric(1).numeric(2)
        .caption("All " + t.integer(all.size()) + " pairs by status");
    for (PairStatus status : PairStatus.values()) {
      int n = byStatus.getOrDefault(status, 0);
      statusTable.row(ReportText.status(status), t.integer(n),
          t.share((double) n / all.size()));
    }
    doc.table(statusTable);
    List<Bar> sessionBars = new ArrayList<>();
    for (int k = 0; k < SESSION_BINS; k++) {
      sessionBars.add(new Bar(k == SESSION_BINS - 1 ? k + "+" : Integer.toString(k), sessions[k],
          t.integer(sessions[k])));
    }
    doc.chart(SvgCharts.barChart(new ChartText("sessions", "Open pairs by sessions held", "Open pairs by the number "
        + "of sessions they held: " + String.join(", ", sessionBars.stream().map(b -> b.label() + " sessions "
        + b.valueText()).toList()) + "."), sessionBars), "");
    List<PairRow> attention = new ArrayList<>();
    for (PairStatus status : List.of(PairStatus.DORMANT, PairStatus.AT_RISK)) {
      for (PairRow p : all) {
        if (p.status() == status && attention.size() < ATTENTION_ROWS) {
          attention.add(p);
        }
      }
    }
    int needing = byStatus.getOrDefault(PairStatus.DORMANT, 0) + byStatus.getOrDefault(PairStatus.AT_RISK, 0);
    doc.note("This programme has " + t.integer(all.size()) + " pairs, too many for one page: below are "
        + (needing > attention.size() ? "the first " + t.integer(attention.size()) + " of the " : "the ")
        + t.integer(needing) + " open pairs that are dormant or at risk, dormant first. Every pair is in "
        + "program-report.csv and program-report.json.");
    if (!attention.isEmpty()) {
      doc.table(pairTable(r, t, attention));
    }
  }

  private static HtmlTable pairTable(ProgramReport r, ReportText t, List<PairRow> rows) {
    List<String> headers = new ArrayList<>(List.of("Pair"));
    if (r.namesIncluded()) {
      headers.addAll(List.of("Mentor", "Mentee"));
    }
    headers.addAll(List.of("Status", "Sessions", "Cancelled (mentor / mentee)", "Last session", "Reciprocity",
        "Ratings mentor", "Ratings mentee", "Goal closure", "Why"));
    HtmlTable pairs = HtmlTable.of(headers);
    int offset = r.namesIncluded() ? 2 : 0;
    pairs.numeric(2 + offset).numeric(5 + offset).numeric(8 + offset)
        .caption("Ratings: relationship / learning / recognition, each side's latest, 1–5");
    for (PairRow p : rows) {
      List<SafeHtml> row = new ArrayList<>();
      row.add(Html.element("code", "", p.pseudonym()));
      if (r.namesIncluded()) {
        row.add(Html.text(p.mentorName().orElse(ReportText.NONE)));
        row.add(Html.text(p.menteeName().orElse(ReportText.NONE)));
      }
      row.add(Html.element("span", "tag", ReportText.status(p.status())
          + p.closeReason().map(c -> ": " + c.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("")));
      row.add(Html.text(t.integer(p.sessionsHeld())));
      row.add(Html.element("span", "num", t.integer(p.cancelledByMentor()) + " / " + t.integer(p.cancelledByMentee())));
      row.add(Html.element("span", "num", p.lastSession().map(Object::toString).orElse(ReportText.NONE)));
      row.add(Html.text(t.score(p.reciprocityIndex())));
      row.add(Html.text(ProgramReportMarkdown.ratings(t, p.mentorRatings())));
      row.add(Html.text(ProgramReportMarkdown.ratings(t, p.menteeRatings())));
      row.add(Html.text(t.share(p.meanGoalClosure())));
      row.add(reasons(p.reasons()));
      pairs.htmlRow(row);
    }
    return pairs;
  }

  private static void skillClosure(HtmlDocument doc, ProgramReport r, ReportText t, Side learner, String title,
      String chartId, String learners) {
    doc.heading(2, title);
    List<StackedBar> skillBars = new ArrayList<>();
    HtmlTable skills = HtmlTable.of("Skill", "Goals", "Reported", "Mean closure", "Closed").numeric(1).numeric(2)
        .numeric(3).numeric(4);
    for (PublishedGroup<SkillClosure> g : r.skillClosure(learner).groups()) {
      Optional<SkillClosure> v = g.value();
      if (v.isPresent() && v.get().meanClosure().isPresent()) {
        double c = v.get().meanClosure().getAsDouble();
        skillBars.add(StackedBar.of(g.group(), 100 * c, 100 * (1 - c)));
      }
      skills.row(g.group(), v.map(x -> t.integer(x.goals())).orElse(ReportText.SUPPRESSED),
          v.map(x -> t.integer(x.reported())).orElse(""), v.map(x -> t.share(x.meanClosure())).orElse(""),
          v.map(x -> t.integer(x.closed())).orElse(""));
    }
    if (!skillBars.isEmpty()) {
      doc.chart(SvgCharts.stackedBarChart(new ChartText(chartId, title,
          "Mean share of the " + learners + "' skill gaps closed, in percent, for each skill with enough goals."),
          List.of("closed %", "open %"), skillBars, 0, t.numbers()), "Percent of the gap closed, by the " + learners
              + "' own latest self-rating; skills with fewer than " + r.minGroupSize() + " goals are suppressed.");
    }
    doc.table(skills);
  }

  private static StackedBar rBar(String label, java.util.OptionalDouble score) {
    double v = score.orElse(0);
    return StackedBar.of(label, v, 1 - v);
  }

  private static SafeHtml reasons(ImmutableList<String> reasons) {
    if (reasons.isEmpty()) {
      return SafeHtml.EMPTY;
    }
    StringBuilder sb = new StringBuilder("<ul class=\"reasons\">");
    for (String reason : reasons) {
      sb.append("<li>").append(Html.escape(reason)).append("</li>");
    }
    return SafeHtml.trusted(sb.append("</ul>").toString());
  }

  private static String[] npsRow(ReportText t, String label, Optional<NetPromoterScore> v) {
    return new String[] {label, v.map(x -> t.integer(x.respondents())).orElse(ReportText.SUPPRESSED),
        v.map(x -> t.integer(x.promoters())).orElse(""), v.map(x -> t.integer(x.passives())).orElse(""),
        v.map(x -> t.integer(x.detractors())).orElse(""), v.map(x -> t.nps(x.score())).orElse("")};
  }
}
