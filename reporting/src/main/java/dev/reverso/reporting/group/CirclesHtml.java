package dev.reverso.reporting.group;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ParticipantId;
import dev.reverso.matching.group.Circle;
import dev.reverso.matching.group.CircleExplanation;
import dev.reverso.matching.group.CircleResult;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.reporting.i18n.Texts;
import dev.reverso.reporting.internal.ReportFiles;
import dev.reverso.reporting.render.ChartText;
import dev.reverso.reporting.render.Histogram;
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
import java.util.stream.Collectors;

/**
 * {@code circles-report.html}: a self-contained page (no script, nothing fetched) for the programme manager:
 * key facts, the distribution of circle scores, every circle with its members, terms, languages and which
 * junior credits which of the senior's goals, and everyone in no circle with the reason. HR ids only, never
 * names. In English or Italian ({@link #render(CircleResult, Locale)}). Stateless and thread-safe.
 */
public final class CirclesHtml {
  /** The usual file name. */
  public static final String FILE_NAME = "circles-report.html";

  private CirclesHtml() {}

  /** The page in English. */
  public static String render(CircleResult result) {
    return render(result, Locale.ROOT);
  }

  /**
   * The page in this locale's language (English or Italian, see {@link Texts}), numbers in the locale.
   * The detail of why someone is in no circle is evidence in English and is shown only on English pages; every
   * page says the reason in its own language and {@code circles.json} keeps the detail.
   */
  public static String render(CircleResult result, Locale locale) {
    requireNonNull(result, "result");
    requireNonNull(locale, "locale");
    Texts t = Texts.of(locale);
    LocalizedNumbers n = t.numbers();
    HtmlDocument doc = HtmlDocument.create(t.get("circlesReport.title"), locale);
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put(t.get("circlesReport.fact.circles"), n.integer(result.circles().size()));
    facts.put(t.get("circlesReport.fact.mentorsPlaced"), n.integer(result.assignedMentors()));
    facts.put(t.get("circlesReport.fact.unassigned"), n.integer(result.unassigned().size()));
    facts.put(t.get("circlesReport.fact.totalScore"), n.decimal(result.totalScore(), 3));
    facts.put(t.get("circlesReport.fact.greedy"), n.decimal(result.greedyScore(), 3));
    facts.put(t.get("circlesReport.fact.mentorsPerCircle"), n.integer(result.minMentors()) + "–"
        + n.integer(result.maxMentors()));
    doc.facts(facts);
    doc.note(t.get("circlesReport.method", "coverage", n.decimal(result.objective().coverageWeight(), 2),
        "reciprocity", n.decimal(result.objective().reciprocityWeight(), 2),
        "diversity", n.decimal(result.objective().diversityWeight(), 2)));
    if (!result.circles().isEmpty()) {
      double[] scores = result.circles().stream().mapToDouble(Circle::score).toArray();
      doc.chart(SvgCharts.histogram(new ChartText("circle-scores", t.get("circlesReport.chart.title"),
          t.get("circlesReport.chart.description")), Histogram.of(0, 1, 10, scores), t.get("circlesReport.chart.axis"),
          1, n), t.get("circlesReport.chart.caption", "n", result.circles().size()));
    }
    doc.heading(2, t.get("circlesReport.circles"));
    HtmlTable table = HtmlTable.of(t.get("circlesReport.col.circle"), t.get("col.mentee"), t.get("col.mentors"),
        t.get("circlesReport.col.score"), t.get("circlesReport.col.coverage"), t.get("r.reciprocity"),
        t.get("circlesReport.col.diversity"), t.get("circlesReport.col.languages"),
        t.get("circlesReport.col.goalsCredited")).numeric(3).numeric(4).numeric(5).numeric(6).wide(8);
    for (Circle c : result.circles()) {
      CircleExplanation e = c.explanation();
      List<String> goals = new ArrayList<>();
      for (CircleExplanation.GoalCredit g : e.goals()) {
        goals.add(t.get(g.mentor().isPresent() ? "circlesReport.goal" : "circlesReport.goalNone",
            "skill", g.skill(), "from", g.current(), "to", g.target(),
            "mentor", g.mentor().map(ParticipantId::value).orElse(""), "credit", n.percent(g.credit(), 0)));
      }
      table.row(c.id(), ids(c.mentees()), ids(c.mentors()), n.decimal(c.score(), 3), n.decimal(e.coverage(), 3),
          n.decimal(e.reciprocity(), 3), n.decimal(e.diversity(), 3),
          e.languages().isEmpty() ? t.get("circlesReport.anyLanguage") : String.join(", ", e.languages()),
          String.join("; ", goals));
    }
    doc.table(table);
    doc.heading(2, t.get("circlesReport.unassigned"));
    if (result.unassigned().isEmpty()) {
      doc.paragraph(t.get("circlesReport.everyone"));
    } else {
      HtmlTable un = HtmlTable.of(t.get("col.id"), t.get("col.role"), t.get("col.reason"), t.get("col.detail"));
      for (Unmatched u : result.unassigned()) {
        String role = t.get("role." + u.role().name());
        String reason = t.has("unassigned." + u.reason().name()) ? t.get("unassigned." + u.reason().name())
            : u.reason().name();
        un.row(u.participantId().value(), role, reason, t.unmatched(u));
      }
      doc.table(un);
    }
    return doc.render();
  }

  /** Writes the page in English to a file, replacing it. */
  public static void write(CircleResult result, Path file) {
    write(result, file, Locale.ROOT);
  }

  /** Writes the page in this locale's language to a file, replacing it. */
  public static void write(CircleResult result, Path file, Locale locale) {
    String html = render(result, locale);
    ReportFiles.write(file, out -> out.write(html));
  }

  private static String ids(List<ParticipantId> ids) {
    return ids.stream().map(ParticipantId::value).collect(Collectors.joining(", "));
  }
}
