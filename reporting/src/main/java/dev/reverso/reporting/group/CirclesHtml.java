package dev.reverso.reporting.group;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ParticipantId;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.group.Circle;
import dev.reverso.matching.group.CircleExplanation;
import dev.reverso.matching.group.CircleResult;
import dev.reverso.reporting.render.ChartText;
import dev.reverso.reporting.render.Histogram;
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
import java.util.stream.Collectors;

/**
 * {@code circles-report.html}: a self-contained page (no script, nothing fetched) for the programme manager:
 * key facts, the distribution of circle scores, every circle with its members, terms, languages and which
 * junior credits which of the senior's goals, and everyone in no circle with the reason. HR ids only, never
 * names. English, numbers in {@link Locale#ROOT}. Stateless and thread-safe.
 */
public final class CirclesHtml {
  /** The usual file name. */
  public static final String FILE_NAME = "circles-report.html";

  private CirclesHtml() {}

  /** The page. */
  public static String render(CircleResult result) {
    requireNonNull(result, "result");
    LocalizedNumbers n = LocalizedNumbers.root();
    HtmlDocument doc = HtmlDocument.create("Reverso circles", Locale.ROOT);
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Circles", n.integer(result.circles().size()));
    facts.put("Mentors placed", n.integer(result.assignedMentors()));
    facts.put("Unassigned", n.integer(result.unassigned().size()));
    facts.put("Total score", n.decimal(result.totalScore(), 3));
    facts.put("After greedy", n.decimal(result.greedyScore(), 3));
    facts.put("Mentors per circle", result.minMentors() + "–" + result.maxMentors());
    doc.facts(facts);
    doc.note(String.format(Locale.ROOT, "Each circle's score is %s × coverage + %s × reciprocity + %s × diversity "
        + "(weights normalised to sum 1): coverage credits each of the senior's goals by the circle's best junior "
        + "for it; reciprocity adds up what each junior learns from the senior; diversity counts distinct "
        + "departments, locations and seniority bands among the juniors. Every senior–junior pair is allowed by "
        + "every constraint and each circle shares a language.",
        LocalizedNumbers.plain(result.objective().coverageWeight(), 2),
        LocalizedNumbers.plain(result.objective().reciprocityWeight(), 2),
        LocalizedNumbers.plain(result.objective().diversityWeight(), 2)));
    if (!result.circles().isEmpty()) {
      double[] scores = result.circles().stream().mapToDouble(Circle::score).toArray();
      doc.chart(SvgCharts.histogram(new ChartText("circle-scores", "Circle scores",
          "How many circles score in each band from 0 to 1"), Histogram.of(0, 1, 10, scores), "circle score", 1, n),
          "Circle scores");
    }
    doc.heading(2, "Circles");
    HtmlTable table = HtmlTable.of("Circle", "Mentee", "Mentors", "Score", "Coverage", "Reciprocity", "Diversity",
        "Languages", "Goals credited").numeric(3).numeric(4).numeric(5).numeric(6);
    for (Circle c : result.circles()) {
      CircleExplanation e = c.explanation();
      List<String> goals = new ArrayList<>();
      for (CircleExplanation.GoalCredit g : e.goals()) {
        goals.add(g.skill() + " " + g.current() + "→" + g.target() + ": "
            + g.mentor().map(ParticipantId::value).orElse("none") + " (" + n.decimal(g.credit(), 2) + ")");
      }
      table.row(c.id(), ids(c.mentees()), ids(c.mentors()), n.decimal(c.score(), 3), n.decimal(e.coverage(), 3),
          n.decimal(e.reciprocity(), 3), n.decimal(e.diversity(), 3),
          e.languages().isEmpty() ? "any" : String.join(", ", e.languages()), String.join("; ", goals));
    }
    doc.table(table);
    doc.heading(2, "In no circle");
    if (result.unassigned().isEmpty()) {
      doc.paragraph("Everyone is in a circle.");
    } else {
      HtmlTable un = HtmlTable.of("Id", "Role", "Reason", "Detail");
      for (Unmatched u : result.unassigned()) {
        un.row(u.participantId().value(), u.role().id(), u.reason().name(), u.detail());
      }
      doc.table(un);
    }
    return doc.render();
  }

  /** Writes the page to a file, replacing it. */
  public static void write(CircleResult result, Path file) {
    String html = render(result);
    ReportFiles.write(file, out -> out.write(html));
  }

  private static String ids(List<ParticipantId> ids) {
    return ids.stream().map(ParticipantId::value).collect(Collectors.joining(", "));
  }
}
