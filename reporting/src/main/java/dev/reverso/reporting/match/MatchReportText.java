package dev.reverso.reporting.match;

import dev.reverso.matching.result.MatchStatistics;
import dev.reverso.reporting.render.Histogram;
import dev.reverso.reporting.render.LocalizedNumbers;
import java.util.LinkedHashMap;
import java.util.Map;

/** The words and number formats shared by the Markdown and HTML renderings of a {@link MatchReport}. */
final class MatchReportText {
  private MatchReportText() {}

  /** The summary facts, in display order. */
  static Map<String, String> facts(MatchReport report, LocalizedNumbers n) {
    MatchStatistics s = report.statistics();
    Map<String, String> facts = new LinkedHashMap<>();
    String solver = report.result().solverPath();
    facts.put("Strategy", report.result().strategy() + (solver.isEmpty() ? "" : " (" + solver + ")"));
    facts.put("Pairs", n.integer(s.pairs()));
    facts.put("Mean score", s.pairs() == 0 ? "–" : n.decimal(s.meanScore(), 2));
    facts.put("Score range", s.pairs() == 0 ? "–" : n.decimal(s.minScore(), 2) + "–" + n.decimal(s.maxScore(), 2));
    facts.put("Mentees matched", n.integer(s.matchedMentees()) + " of " + n.integer(s.matchedMentees()
        + s.unmatchedMentees()) + " (" + n.percent(s.menteeCoverage(), 0) + ")");
    facts.put("Mentors matched", n.integer(s.matchedMentors()) + " of " + n.integer(s.matchedMentors()
        + s.unmatchedMentors()) + " (" + n.percent(s.mentorCoverage(), 0) + ")");
    facts.put("Unmatched", n.integer(s.unmatchedMentors() + s.unmatchedMentees()));
    return facts;
  }

  /** The score range of histogram bin {@code k}, such as {@code 0.4–0.5}. */
  static String range(Histogram h, int k, LocalizedNumbers n) {
    return n.decimal(h.binLower(k), 1) + "–" + n.decimal(h.binUpper(k), 1);
  }

  /** Says how small departments are merged. */
  static String groupNote(MatchReport report) {
    return "Departments with fewer than " + report.minGroupSize() + " pairs are merged into \""
        + MatchReport.OTHER_GROUPS + "\".";
  }

  /** Says how people are identified and whether names are shown. */
  static String peopleNote(MatchReport report) {
    return report.includesNames()
        ? "People are identified by HR id; display names are shown because the caller asked for them."
        : "People are identified by HR id only; display names are left out.";
  }
}
