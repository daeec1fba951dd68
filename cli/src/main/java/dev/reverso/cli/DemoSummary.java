package dev.reverso.cli;

import com.google.common.collect.ImmutableList;
import dev.reverso.cli.DemoCommand.DemoRun;
import dev.reverso.cli.demo.DemoSimulation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchStatistics;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.PairHealth;
import dev.reverso.reporting.metrics.Reciprocity;
import dev.reverso.reporting.metrics.Recognition;
import dev.reverso.reporting.metrics.Relationship;
import dev.reverso.reporting.i18n.Texts;
import dev.reverso.reporting.programreport.CohortTrends;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The text the commands print after their work: counts, scores and file names only — never a display name,
 * a comment or a skill profile. Every word comes from the {@code messages} bundle of the command's
 * {@code --locale} ({@code cli.*} keys), numbers follow it; English without a locale. Deterministic for the same
 * inputs.
 */
final class DemoSummary {
  /** The texts of commands without {@code --locale}. */
  static final Texts ENGLISH = Texts.of(Locale.ENGLISH);

  private DemoSummary() {}

  /** {@code 1 pair}, {@code 3 pairs}: a count and its noun ({@code cli.count.<noun>.one/other}). */
  static String counted(Texts t, int count, String noun) {
    return t.get("cli.count." + noun + (count == 1 ? ".one" : ".other"), "n", count);
  }

  /** The summary of a demo run that wrote {@code files} into {@code dir}. */
  static ImmutableList<String> lines(Texts t, DemoRun run, Path dir, List<String> files) {
    List<String> lines = new ArrayList<>();
    String label = run.program().cohort().orElse("current");
    String firstLabel = run.first().program().cohort().orElse("first");
    lines.add(t.get("cli.demo.header", "people", run.program().everyone().size(), "cohort", label,
        "mentors", counted(t, run.program().mentors().size(), "mentor"),
        "mentees", counted(t, run.program().mentees().size(), "mentee"), "seed", Long.toString(run.seed())));
    DemoSimulation.Result first = run.first().simulation();
    long completed = first.events().stream()
        .filter(e -> e instanceof PairClosed c && c.reason() == CloseReason.COMPLETED).count();
    lines.add(t.get("cli.demo.firstCohort", "cohort", firstLabel, "from", first.start().toString(),
        "to", first.end().toString(), "pairs", counted(t, first.matches().pairs().size(), "pair"),
        "strategy", run.first().initial().strategy(), "rematched", first.rematched().size(),
        "closedEarly", first.closedEarly().size(), "completed", completed));
    lines.add(t.get("cli.demo.nextCohort", "cohort", label, "kept", counted(t, run.handover().active().size(), "pair"),
        "history", counted(t, run.handover().newHistory().size(), "pair"), "left", run.handover().leavers().size(),
        "joined", run.handover().joiners().size()));
    lines.add(matched(t, run.initial()));
    lines.add(unmatched(t, run.initial()));

    int held = 0;
    int cancelledByMentee = 0;
    int cancelledByMentor = 0;
    int feedbacks = 0;
    for (JournalEvent e : run.simulation().events()) {
      if (e instanceof SessionHeld) {
        held++;
      } else if (e instanceof SessionCancelled c) {
        if (c.cancelledBy() == Side.MENTEE) {
          cancelledByMentee++;
        } else {
          cancelledByMentor++;
        }
      } else if (e instanceof Feedback) {
        feedbacks++;
      }
    }
    lines.add(t.get("cli.demo.simulated", "from", run.simulation().start().toString(),
        "to", run.simulation().end().toString(), "held", held, "cancelled", cancelledByMentee + cancelledByMentor,
        "byMentees", cancelledByMentee, "byMentors", cancelledByMentor,
        "feedback", counted(t, feedbacks, "feedbackAnswer")));
    Map<CloseReason, Integer> closes = new EnumMap<>(CloseReason.class);
    for (PairClosed c : run.simulation().closedEarly()) {
      closes.merge(c.reason(), 1, Integer::sum);
    }
    List<String> byReason = new ArrayList<>();
    closes.forEach((reason, n) -> byReason.add(t.get("cli.demo.closedBy", "n", n,
        "reason", t.get("closeReason." + reason.name()))));
    lines.add(t.get("cli.demo.closedEarly", "closed", counted(t, run.simulation().closedEarly().size(), "pair"),
        "reasons", byReason.isEmpty() ? "" : " (" + String.join(", ", byReason) + ")", "strategy", run.rematchStrategy(),
        "rematched", counted(t, run.simulation().rematched().size(), "newPair")));
    lines.add(threeRs(t, run.metrics().reciprocity(), run.metrics().recognition(), run.metrics().relationship()));
    lines.add(health(t, run.metrics().healthCounts(), run.simulation().end().toString()));
    lines.add(trends(t, run.trends()));
    lines.add(wrote(t, dir, files));
    return ImmutableList.copyOf(lines);
  }

  /** {@code Wrote DIR: a, b, c}. */
  static String wrote(Texts t, Path dir, List<String> files) {
    return t.get("cli.wrote", "dir", dir.toString(), "files", String.join(", ", files));
  }

  /**
   * {@code Trends 2025-H2 -> 2026-H1: reciprocity 0.70 -> 0.74, NPS 12 -> 20, retention 0.91 -> 0.95, seniors
   * learned 0.41 -> 0.44, juniors learned 0.36 -> 0.40}; a suppressed cohort shows {@code suppressed}.
   */
  static String trends(Texts t, CohortTrends trends) {
    List<CohortTrends.Row> rows = trends.rows();
    return t.get("cli.trends", "cohorts", String.join(" -> ", rows.stream().map(CohortTrends.Row::cohort).toList()),
        "reciprocity", series(t, rows, CohortTrends.Row::reciprocity, 2),
        "nps", series(t, rows, CohortTrends.Row::nps, 0),
        "retention", series(t, rows, CohortTrends.Row::retention, 2),
        "seniors", series(t, rows, CohortTrends.Row::seniorsLearned, 2),
        "juniors", series(t, rows, CohortTrends.Row::juniorsLearned, 2));
  }

  private static String series(Texts t, List<CohortTrends.Row> rows, Function<CohortTrends.Row, OptionalDouble> value,
      int digits) {
    List<String> out = new ArrayList<>();
    for (CohortTrends.Row r : rows) {
      OptionalDouble v = value.apply(r);
      out.add(r.suppressed() ? t.get("report.suppressed")
          : v.isPresent() ? t.get("cli.number.dec" + digits, "x", v.getAsDouble()) : t.get("report.noData"));
    }
    return String.join(" -> ", out);
  }

  /** {@code Matched 38 pairs with optimal, mean score 0.612 (0.410 to 0.830)}, in English. */
  static String matched(MatchResult result) {
    return matched(ENGLISH, result);
  }

  /** {@code Matched 38 pairs with optimal, mean score 0.612 (0.410 to 0.830)}. */
  static String matched(Texts t, MatchResult result) {
    MatchStatistics s = result.statistics();
    if (s.pairs() == 0) {
      return t.get("cli.matched.none", "strategy", result.strategy());
    }
    long active = result.pairs().stream().filter(p -> p.active()).count();
    long pinned = result.pairs().stream().filter(p -> p.pinned() && !p.active()).count();
    String kept = active + pinned == 0 ? "" : t.get("cli.matched.kept", "active", active, "pinned", pinned,
        "fresh", s.pairs() - active - pinned);
    return t.get("cli.matched", "pairs", counted(t, s.pairs(), "pair"), "kept", kept, "strategy", result.strategy(),
        "mean", score(t, s.meanScore()), "min", score(t, s.minScore()), "max", score(t, s.maxScore()));
  }

  /** {@code Unmatched: 1 mentor, 2 mentees (no feasible partner: 2, capacity exhausted: 1)}, in English. */
  static String unmatched(MatchResult result) {
    return unmatched(ENGLISH, result);
  }

  /** {@code Unmatched: 1 mentor, 2 mentees (no feasible partner: 2, capacity exhausted: 1)}. */
  static String unmatched(Texts t, MatchResult result) {
    if (result.unmatched().isEmpty()) {
      return t.get("cli.unmatched.nobody");
    }
    Map<UnmatchedReason, Integer> byReason = new EnumMap<>(UnmatchedReason.class);
    for (Unmatched u : result.unmatched()) {
      byReason.merge(u.reason(), 1, Integer::sum);
    }
    List<String> reasons = new ArrayList<>();
    byReason.forEach((reason, n) -> reasons.add(t.get("cli.unmatched.reason", "reason",
        t.get("cli.unmatchedReason." + reason.name()), "n", n)));
    MatchStatistics s = result.statistics();
    return t.get("cli.unmatched", "mentors", counted(t, s.unmatchedMentors(), "mentor"),
        "mentees", counted(t, s.unmatchedMentees(), "mentee"), "reasons", String.join(", ", reasons));
  }

  /** {@code The three Rs (0 to 1): reciprocity 0.78, recognition 0.71, relationship 0.66}. */
  static String threeRs(Texts t, Reciprocity reciprocity, Recognition recognition, Relationship relationship) {
    return t.get("cli.threeRs", "reciprocity", optional(t, reciprocity.score()),
        "recognition", optional(t, recognition.score()), "relationship", optional(t, relationship.score()));
  }

  /** {@code Pairs at risk on 2026-07-04: 5 of 36 open pairs (3 at risk, 2 dormant)}. */
  static String health(Texts t, Map<PairHealth, Integer> counts, String asOf) {
    int atRisk = counts.getOrDefault(PairHealth.AT_RISK, 0);
    int dormant = counts.getOrDefault(PairHealth.DORMANT, 0);
    int open = atRisk + dormant + counts.getOrDefault(PairHealth.ACTIVE, 0);
    return t.get("cli.health", "date", asOf, "needing", atRisk + dormant, "open", counted(t, open, "openPair"),
        "atRisk", atRisk, "dormant", dormant);
  }

  private static String optional(Texts t, OptionalDouble x) {
    return x.isPresent() ? t.get("cli.number.dec2", "x", x.getAsDouble()) : t.get("report.noData");
  }

  /** A match score with three decimals, in the locale's numbers. */
  static String score(Texts t, double x) {
    return t.get("cli.number.dec3", "x", x);
  }
}
