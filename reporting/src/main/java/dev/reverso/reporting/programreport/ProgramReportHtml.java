package dev.reverso.reporting.programreport;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.metrics.GroupCoverage;
import dev.reverso.reporting.metrics.GroupDimension;
import dev.reverso.reporting.metrics.GroupRepresentation;
import dev.reverso.reporting.metrics.HealthReason;
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
import dev.reverso.reporting.render.Tone;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

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
    HtmlDocument doc = HtmlDocument.create(t.get("report.title", "date", t.date(r.asOf())), locale());
    Summary s = r.summary();
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put(t.get("r.reciprocity"), t.headline(r.reciprocity().score()));
    facts.put(t.get("r.recognition"), t.headline(r.recognition().score()));
    facts.put(t.get("r.relationship"), t.headline(r.relationship().score()));
    facts.put(t.get("nps.short"), r.nps().map(n -> t.nps(n.score())).orElse(t.suppressed()));
    facts.put(t.get("facts.pairsOpen"), t.get("facts.pairsOpen.value", "pairs", s.pairs(), "open", s.openPairs()));
    facts.put(t.get("facts.mentorsMatched"), t.get("facts.ofTotal", "n", s.matchedMentors(), "total", s.mentors()));
    facts.put(t.get("facts.menteesMatched"), t.get("facts.ofTotal", "n", s.matchedMentees(), "total", s.mentees()));
    facts.put(t.get("facts.headcount"), t.integer(s.headcount()));
    doc.facts(facts);
    doc.note(t.get("report.started", "date", t.date(r.start()), "strategy", r.strategy()));

    doc.heading(2, t.get("r.title"));
    List<Bar> rs = List.of(rBar(t, "r.reciprocity", r.reciprocity().score()),
        rBar(t, "r.recognition", r.recognition().score()), rBar(t, "r.relationship", r.relationship().score()));
    doc.chart(SvgCharts.barChart(new ChartText("three-rs", t.get("r.title"), t.get("r.chart.description",
        "reciprocity", t.headline(r.reciprocity().score()), "recognition", t.headline(r.recognition().score()),
        "relationship", t.headline(r.relationship().score()))), rs, 1), t.get("r.chart.caption"));
    doc.table(HtmlTable.of(t.get("r.col.lens"), t.get("r.col.score"), t.get("r.col.parts")).numeric(1).wide(2)
        .row(t.get("r.reciprocity"), t.headline(r.reciprocity().score()), t.parts(r.reciprocity()))
        .row(t.get("r.recognition"), t.headline(r.recognition().score()), t.parts(r.recognition()))
        .row(t.get("r.relationship"), t.headline(r.relationship().score()), t.parts(r.relationship())));
    doc.note(t.get("r.reciprocity.note"));
    doc.note(t.get("r.recognition.note"));
    doc.note(t.get("r.relationship.note"));

    doc.heading(2, t.get("health.title"));
    List<Bar> health = new ArrayList<>();
    for (PairHealth h : PairHealth.values()) {
      int n = r.healthCounts().get(h);
      PairStatus status = PairStatus.of(h);
      health.add(new Bar(t.status(status), n, t.integer(n), ReportText.tone(status)));
    }
    int closed = r.closedCounts().values().stream().mapToInt(Integer::intValue).sum();
    health.add(new Bar(t.status(PairStatus.CLOSED), closed, t.integer(closed), Tone.CLOSED));
    doc.chart(SvgCharts.barChart(new ChartText("health", t.get("health.title"), t.get("health.chart.description",
        "list", String.join(", ", health.stream().map(b -> b.label() + " " + b.valueText()).toList()))), health),
        t.get("health.chart.caption"));
    if (!r.closedCounts().isEmpty()) {
      HtmlTable closedTable = HtmlTable.of(t.get("health.col.closedBecause"), t.get("col.pairs")).numeric(1);
      for (Map.Entry<CloseReason, Integer> e : r.closedCounts().entrySet()) {
        closedTable.row(t.closeReason(e.getKey()), t.integer(e.getValue()));
      }
      doc.table(closedTable);
    }

    doc.heading(2, t.get("scores.title"));
    ScoreDistribution d = r.scores();
    doc.chart(SvgCharts.histogram(new ChartText("scores", t.get("scores.chart.title"), t.get("scores.chart.description",
        "mean", t.score(d.mean()), "median", t.score(d.median()))),
        new Histogram(0, 1, d.histogram()), t.get("scores.axis"), 1, t.numbers()),
        t.get("scores.summary", "pairs", d.count(), "mean", t.score(d.mean()), "median", t.score(d.median()),
            "min", t.score(d.min()), "max", t.score(d.max())));

    skillClosure(doc, r, t, Side.MENTEE, "skills");
    skillClosure(doc, r, t, Side.MENTOR, "junior-skills");

    doc.heading(2, t.get("nps.title"));
    HtmlTable nps = HtmlTable.of(t.get("nps.col.side"), t.get("nps.col.respondents"), t.get("nps.col.promoters"),
        t.get("nps.col.passives"), t.get("nps.col.detractors"), t.get("nps.short")).numeric(1)
        .numeric(2).numeric(3).numeric(4).numeric(5).caption(t.get("nps.caption"));
    for (PublishedGroup<NetPromoterScore> g : r.npsBySide().groups()) {
      nps.row(npsRow(t, t.sideLabel(g.group()), g.value()));
    }
    nps.row(npsRow(t, t.get("nps.both"), r.nps()));
    doc.table(nps);

    doc.heading(2, t.get("coverage.title"));
    for (GroupDimension dim : GroupDimension.values()) {
      GroupBreakdown<GroupCoverage> b = r.coverage(dim);
      if (dim == GroupDimension.DEPARTMENT) {
        List<StackedBar> bars = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (PublishedGroup<GroupCoverage> g : b.groups()) {
          if (g.value().isPresent()) {
            GroupCoverage c = g.value().get();
            bars.add(StackedBar.of(g.group(), 100 * c.mentorShare(), 100 * c.menteeShare(),
                100 * (1 - c.participation())));
          } else {
            left.add(g.group());
          }
        }
        if (!bars.isEmpty()) {
          doc.chart(SvgCharts.stackedBarChart(new ChartText("coverage-department", t.get("coverage.chart.title"),
              t.get("coverage.chart.description")), List.of(t.get("coverage.series.mentors"),
                  t.get("coverage.series.mentees"), t.get("coverage.series.out")), bars, 0, t.numbers()),
              omitted(t, left, r.minGroupSize(), "coverage.chart.caption"));
        }
      }
      HtmlTable cov = HtmlTable.of(t.get("col.group"), t.get("col.headcount"), t.get("col.mentors"),
          t.get("col.mentees"), t.get("coverage.col.inProgramme"), t.get("coverage.col.matched"))
          .caption(t.get("col.by", "dimension", t.dimensionTitle(dim))).numeric(1).numeric(2).numeric(3).numeric(4)
          .numeric(5);
      for (PublishedGroup<GroupCoverage> g : b.groups()) {
        Optional<GroupCoverage> v = g.value();
        cov.row(g.group(), v.map(x -> t.integer(x.headcount())).orElse(t.suppressed()),
            v.map(x -> t.integer(x.mentors())).orElse(""), v.map(x -> t.integer(x.mentees())).orElse(""),
            v.map(x -> t.share(x.participation())).orElse(""), v.map(x -> t.share(x.coverage())).orElse(""));
      }
      doc.table(cov);
    }

    for (GroupBreakdown<GroupRepresentation> b : r.representation()) {
      String dimension = t.dimensionTitle(GroupDimension.parse(b.id()));
      doc.heading(2, t.get("funnel.title", "dimension", dimension));
      doc.note(t.get("funnel.note"));
      List<StackedBar> bars = new ArrayList<>();
      List<String> left = new ArrayList<>();
      for (PublishedGroup<GroupRepresentation> g : b.groups()) {
        if (g.value().isPresent()) {
          GroupRepresentation x = g.value().get();
          bars.add(StackedBar.of(g.group(), 100 * x.share(x.feedback()),
              100 * x.share(x.matched() - x.feedback()), 100 * x.share(x.consenting() - x.matched()),
              100 * x.share(x.volunteers() - x.consenting()), 100 * x.share(x.headcount() - x.volunteers())));
        } else {
          left.add(g.group());
        }
      }
      if (!bars.isEmpty()) {
        doc.chart(SvgCharts.stackedBarChart(new ChartText("representation-" + b.id(), t.get("funnel.chart.title",
            "dimension", dimension), t.get("funnel.chart.description")),
            List.of(t.get("funnel.series.feedback"), t.get("funnel.series.matched"), t.get("funnel.series.consenting"),
                t.get("funnel.series.noConsent"), t.get("funnel.series.out")), bars, 0, t.numbers()),
            omitted(t, left, r.minGroupSize(), "funnel.chart.caption"));
      }
      HtmlTable rep = HtmlTable.of(t.funnelHeaders())
          .caption(t.get("funnel.caption", "dimension", dimension)).numeric(1).numeric(2).numeric(3).numeric(4)
          .numeric(5).numeric(6).numeric(7);
      for (PublishedGroup<GroupRepresentation> g : b.groups()) {
        rep.row(t.funnelRow(g));
      }
      doc.table(rep);
    }

    doc.heading(2, t.get("scoresByGroup.title"));
    for (GroupBreakdown<ScoreDistribution> b : r.scoresByGroup()) {
      HtmlTable sg = HtmlTable.of(t.get("col.group"), t.get("col.pairs"), t.get("col.mean"), t.get("col.median"),
          t.get("col.min"), t.get("col.max"))
          .caption(t.get("col.by", "dimension", t.scoreGroupTitle(b.id()))).numeric(1).numeric(2).numeric(3)
          .numeric(4).numeric(5);
      for (PublishedGroup<ScoreDistribution> g : b.groups()) {
        Optional<ScoreDistribution> v = g.value();
        sg.row(g.group(), v.map(x -> t.integer(x.count())).orElse(t.suppressed()),
            v.map(x -> t.score(x.mean())).orElse(""), v.map(x -> t.score(x.median())).orElse(""),
            v.map(x -> t.score(x.min())).orElse(""), v.map(x -> t.score(x.max())).orElse(""));
      }
      doc.table(sg);
    }

    pairSection(r, t, doc);
    r.circles().ifPresent(c -> c.html(t, doc));

    doc.heading(2, t.get("method.title"));
    doc.note(ProgramReportMarkdown.notes(r, t));
    doc.render(out);
    out.flush();
  }

  /**
   * A chart caption that names every group left out of the chart: the suppressed groups by name when the
   * breakdown labels them, their number otherwise.
   */
  private static String omitted(ReportText t, List<String> left, int minGroupSize, String key) {
    String base = t.get(key, "min", minGroupSize);
    if (left.isEmpty()) {
      return base + " " + t.get("chart.omitted.none");
    }
    return base + " " + t.get("chart.omitted", "n", left.size(), "groups", String.join(", ", left));
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
      doc.heading(2, t.get("pairs.title"));
      doc.table(pairTable(r, t, all));
      return;
    }
    doc.heading(2, t.get("pairs.attention.title"));
    Map<PairStatus, Integer> byStatus = new EnumMap<>(PairStatus.class);
    int[] sessions = new int[SESSION_BINS];
    for (PairRow p : all) {
      byStatus.merge(p.status(), 1, Integer::sum);
      if (p.status() != PairStatus.CLOSED) {
        sessions[Math.min(p.sessionsHeld(), SESSION_BINS - 1)]++;
      }
    }
    HtmlTable statusTable = HtmlTable.of(t.get("col.status"), t.get("col.pairs"), t.get("col.share")).numeric(1)
        .numeric(2).caption(t.get("pairs.byStatus", "n", all.size()));
    for (PairStatus status : PairStatus.values()) {
      int n = byStatus.getOrDefault(status, 0);
      statusTable.htmlRow(List.of(statusTag(t, status, ""), Html.text(t.integer(n)),
          Html.text(t.share((double) n / all.size()))));
    }
    doc.table(statusTable);
    List<Bar> sessionBars = new ArrayList<>();
    for (int k = 0; k < SESSION_BINS; k++) {
      sessionBars.add(new Bar(k == SESSION_BINS - 1 ? t.get("pairs.sessions.orMore", "n", k) : t.integer(k),
          sessions[k], t.integer(sessions[k])));
    }
    doc.chart(SvgCharts.barChart(new ChartText("sessions", t.get("pairs.sessions.title"),
        t.get("pairs.sessions.description", "list", String.join(", ", sessionBars.stream()
            .map(b -> t.get("pairs.sessions.item", "sessions", b.label(), "pairs", b.valueText())).toList()))),
        sessionBars), t.get("pairs.sessions.caption"));
    List<PairRow> attention = new ArrayList<>();
    for (PairStatus status : List.of(PairStatus.DORMANT, PairStatus.AT_RISK)) {
      for (PairRow p : all) {
        if (p.status() == status && attention.size() < ATTENTION_ROWS) {
          attention.add(p);
        }
      }
    }
    int needing = byStatus.getOrDefault(PairStatus.DORMANT, 0) + byStatus.getOrDefault(PairStatus.AT_RISK, 0);
    doc.note(needing > attention.size()
        ? t.get("pairs.attention.notePart", "pairs", all.size(), "shown", attention.size(), "needing", needing)
        : t.get("pairs.attention.note", "pairs", all.size(), "needing", needing));
    if (!attention.isEmpty()) {
      doc.table(pairTable(r, t, attention));
    }
  }

  private static SafeHtml statusTag(ReportText t, PairStatus status, String suffix) {
    return Html.element("span", "tag " + ReportText.tone(status).cssClass(), t.status(status) + suffix);
  }

  private static HtmlTable pairTable(ProgramReport r, ReportText t, List<PairRow> rows) {
    List<String> headers = new ArrayList<>(List.of(t.get("pairs.col.pair")));
    if (r.namesIncluded()) {
      headers.addAll(List.of(t.get("col.mentor"), t.get("col.mentee")));
    }
    headers.addAll(List.of(t.get("col.status"), t.get("pairs.col.sessions"), t.get("pairs.col.cancelled"),
        t.get("pairs.col.lastSession"), t.get("r.reciprocity"), t.get("pairs.col.ratingsMentor"),
        t.get("pairs.col.ratingsMentee"), t.get("pairs.col.goalClosure"), t.get("pairs.col.why")));
    HtmlTable pairs = HtmlTable.of(headers);
    int offset = r.namesIncluded() ? 2 : 0;
    pairs.numeric(2 + offset).numeric(5 + offset).numeric(8 + offset).wide(headers.size() - 1)
        .caption(t.get("pairs.caption"));
    for (PairRow p : rows) {
      List<SafeHtml> row = new ArrayList<>();
      row.add(Html.element("code", "", p.pseudonym()));
      if (r.namesIncluded()) {
        row.add(Html.text(p.mentorName().orElse(ReportText.NONE)));
        row.add(Html.text(p.menteeName().orElse(ReportText.NONE)));
      }
      row.add(statusTag(t, p.status(), p.closeReason().map(c -> ": " + t.closeReason(c)).orElse("")));
      row.add(Html.text(t.integer(p.sessionsHeld())));
      row.add(Html.element("span", "num", t.integer(p.cancelledByMentor()) + " / " + t.integer(p.cancelledByMentee())));
      row.add(Html.element("span", "num", t.date(p.lastSession())));
      row.add(Html.text(t.score(p.reciprocityIndex())));
      row.add(Html.text(ProgramReportMarkdown.ratings(t, p.mentorRatings())));
      row.add(Html.text(ProgramReportMarkdown.ratings(t, p.menteeRatings())));
      row.add(Html.text(t.share(p.meanGoalClosure())));
      row.add(reasons(t, p.health()));
      pairs.htmlRow(row);
    }
    return pairs;
  }

  private static void skillClosure(HtmlDocument doc, ProgramReport r, ReportText t, Side learner, String chartId) {
    String side = learner.name();
    String title = t.get("skills.title." + side);
    doc.heading(2, title);
    List<Bar> skillBars = new ArrayList<>();
    List<String> left = new ArrayList<>();
    HtmlTable skills = HtmlTable.of(t.get("skills.col.skill"), t.get("skills.col.goals"), t.get("skills.col.reported"),
        t.get("skills.col.meanClosure"), t.get("skills.col.closed")).numeric(1).numeric(2).numeric(3).numeric(4);
    for (PublishedGroup<SkillClosure> g : r.skillClosure(learner).groups()) {
      Optional<SkillClosure> v = g.value();
      if (v.isPresent() && v.get().meanClosure().isPresent()) {
        double c = v.get().meanClosure().getAsDouble();
        skillBars.add(new Bar(g.group(), 100 * c, t.share(c)));
      } else {
        left.add(g.group());
      }
      skills.row(g.group(), v.map(x -> t.integer(x.goals())).orElse(t.suppressed()),
          v.map(x -> t.integer(x.reported())).orElse(""), v.map(x -> t.share(x.meanClosure())).orElse(""),
          v.map(x -> t.integer(x.closed())).orElse(""));
    }
    if (!skillBars.isEmpty()) {
      doc.chart(SvgCharts.barChart(new ChartText(chartId, title, t.get("skills.chart.description." + side)),
          skillBars, 100), omitted(t, left, r.minGroupSize(), "skills.chart.caption." + side));
    }
    doc.table(skills);
  }

  /** A headline score on a 0–1 scale; an undefined score has no bar and reads "no data", never 0. */
  private static Bar rBar(ReportText t, String key, OptionalDouble score) {
    return new Bar(t.get(key), score.orElse(0), t.headline(score));
  }

  private static SafeHtml reasons(ReportText t, ImmutableList<HealthReason> reasons) {
    if (reasons.isEmpty()) {
      return SafeHtml.EMPTY;
    }
    StringBuilder sb = new StringBuilder("<ul class=\"reasons\">");
    for (HealthReason reason : reasons) {
      sb.append("<li>").append(Html.escape(t.healthReason(reason))).append("</li>");
    }
    return SafeHtml.trusted(sb.append("</ul>").toString());
  }

  private static String[] npsRow(ReportText t, String label, Optional<NetPromoterScore> v) {
    return new String[] {label, v.map(x -> t.integer(x.respondents())).orElse(t.suppressed()),
        v.map(x -> t.integer(x.promoters())).orElse(""), v.map(x -> t.integer(x.passives())).orElse(""),
        v.map(x -> t.integer(x.detractors())).orElse(""), v.map(x -> t.nps(x.score())).orElse("")};
  }
}
