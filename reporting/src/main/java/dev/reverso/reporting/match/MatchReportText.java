package dev.reverso.reporting.match;

import dev.reverso.core.Role;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchStatistics;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.reporting.i18n.Texts;
import dev.reverso.reporting.render.Histogram;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words shared by the Markdown and HTML renderings of a {@link MatchReport} and by {@link ExplanationText}: all
 * from the {@code match} bundle through {@link Texts}, so every rendering speaks the report's language.
 */
final class MatchReportText {
  private MatchReportText() {}

  /** The summary facts, in display order. */
  static Map<String, String> facts(MatchReport report, Texts t) {
    MatchStatistics s = report.statistics();
    var n = t.numbers();
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put(t.get("match.facts.strategy"), report.result().strategy());
    facts.put(t.get("match.facts.pairs"), n.integer(s.pairs()));
    facts.put(t.get("match.facts.mean"), s.pairs() == 0 ? "–" : n.decimal(s.meanScore(), 2));
    facts.put(t.get("match.facts.range"), s.pairs() == 0 ? "–" : n.decimal(s.minScore(), 2) + "–" + n.decimal(s.maxScore(), 2));
    facts.put(t.get("match.facts.mentees"), t.get("match.facts.of", "matched", s.matchedMentees(),
        "total", s.matchedMentees() + s.unmatchedMentees(), "share", s.menteeCoverage()));
    facts.put(t.get("match.facts.mentors"), t.get("match.facts.of", "matched", s.matchedMentors(),
        "total", s.matchedMentors() + s.unmatchedMentors(), "share", s.mentorCoverage()));
    facts.put(t.get("match.facts.unmatched"), n.integer(s.unmatchedMentors() + s.unmatchedMentees()));
    return facts;
  }

  /** The score range of histogram bin {@code k}, such as {@code 0.4–0.5}. */
  static String range(Histogram h, int k, Texts t) {
    return t.numbers().decimal(h.binLower(k), 1) + "–" + t.numbers().decimal(h.binUpper(k), 1);
  }

  /** Says how small departments are merged. */
  static String groupNote(MatchReport report, Texts t) {
    return t.get("match.departments.note", "min", report.minGroupSize(), "other", t.get("match.departments.other"));
  }

  /** A group label of {@link MatchReport#scoreByMenteeDepartment()} in words (the merged rows are translated). */
  static String group(String label, Texts t) {
    return label.equals(MatchReport.OTHER_GROUPS) ? t.get("match.departments.other")
        : label.equals(MatchReport.NO_DEPARTMENT) ? t.get("match.departments.unknown") : label;
  }

  /** Says how people are identified and whether names are shown. */
  static String peopleNote(MatchReport report, Texts t) {
    return t.get(report.includesNames() ? "match.people.names" : "match.people.ids");
  }

  /** An unmatched reason as a short phrase ("No partner meets the rules"). */
  static String reason(UnmatchedReason reason, Texts t) {
    return t.get("match.unmatched.reason." + reason.name());
  }

  /** An unmatched reason as a sentence a programme manager can act on. */
  static String explain(UnmatchedReason reason, Texts t) {
    return t.get("match.unmatched.explain." + reason.name());
  }

  /** A role as a word. */
  static String role(Role role, Texts t) {
    return t.get("match.role." + role.id());
  }

  /** How a pair was kept, as a sentence, or empty for a pair the strategy chose. */
  static String kept(Pairing p, Texts t) {
    return p.active() && p.pinned() ? t.get("match.pairs.kept.active-pinned")
        : p.active() ? t.get("match.pairs.kept.active") : p.pinned() ? t.get("match.pairs.kept.pinned") : "";
  }

  /** A criterion's name in words, or its id for a criterion without one (a user's own). */
  static String criterion(String id, Texts t) {
    return t.has("criterion." + id) ? t.get("criterion." + id) : id;
  }

  /** A hard rule's name in words, or its id for a rule without one (a user's own). */
  static String constraint(String id, Texts t) {
    return t.has("constraint." + id) ? t.get("constraint." + id) : id;
  }

  /** A verdict as a sentence: the rule's name and, when it forbids the pair, why. */
  static String verdict(Explanation.Verdict v, Texts t) {
    String rule = constraint(v.constraintId(), t);
    return v.allowed() ? t.get("match.pairs.allowed", "rule", rule)
        : t.get("match.pairs.forbidden", "rule", rule, "reason", t.reason(v.reason().orElseThrow()));
  }
}
