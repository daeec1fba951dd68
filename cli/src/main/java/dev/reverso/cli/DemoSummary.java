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
 * a comment or a skill profile. Deterministic for the same inputs.
 */
final class DemoSummary {
  private DemoSummary() {}

  /** The summary of a demo run that wrote {@code files} into {@code dir}. */
  static ImmutableList<String> lines(DemoRun run, Path dir, List<String> files) {
    List<String> lines = new ArrayList<>();
    String label = run.program().cohort().orElse("current");
    String firstLabel = run.first().program().cohort().orElse("first");
    lines.add(String.format(Locale.ROOT, "Reverso demo: %d people, 2 cohorts; %s has %s and %s (seed %d)",
        run.program().everyone().size(), label, ProgramSummary.counted(run.program().mentors().size(), "mentor"),
        ProgramSummary.counted(run.program().mentees().size(), "mentee"), run.seed()));
    DemoSimulation.Result first = run.first().simulation();
    long completed = first.events().stream()
        .filter(e -> e instanceof PairClosed c && c.reason() == CloseReason.COMPLETED).count();
    lines.add(String.format(Locale.ROOT, "Cohort %s, %s to %s: %s with %s (%d re-matched); %d closed early, "
        + "%d completed", firstLabel, first.start(), first.end(), ProgramSummary.counted(first.matches().pairs().size(),
        "pair"), run.first().initial().strategy(), first.rematched().size(), first.closedEarly().size(), completed));
    lines.add(String.format(Locale.ROOT, "Next cohort %s: %s kept running, %s into history (never repeated), "
        + "%d left, %d joined", label, ProgramSummary.counted(run.handover().active().size(), "pair"),
        ProgramSummary.counted(run.handover().newHistory().size(), "pair"), run.handover().leavers().size(),
        run.handover().joiners().size()));
    lines.add(matched(run.initial()));
    lines.add(unmatched(run.initial()));

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
    lines.add(String.format(Locale.ROOT,
        "Simulated %s to %s: %d sessions held, %d cancelled (%d by mentees, %d by mentors), %s",
        run.simulation().start(), run.simulation().end(), held, cancelledByMentee + cancelledByMentor,
        cancelledByMentee, cancelledByMentor, ProgramSummary.counted(feedbacks, "feedback answer")));
    Map<CloseReason, Integer> closes = new EnumMap<>(CloseReason.class);
    for (PairClosed c : run.simulation().closedEarly()) {
      closes.merge(c.reason(), 1, Integer::sum);
    }
    List<String> byReason = new ArrayList<>();
    closes.forEach((reason, n) -> byReason.add(n + " " + words(reason.name())));
    lines.add(String.format(Locale.ROOT, "Closed early: %s%s; re-matched with %s: %s",
        ProgramSummary.counted(run.simulation().closedEarly().size(), "pair"),
        byReason.isEmpty() ? "" : " (" + String.join(", ", byReason) + ")", run.rematchStrategy(),
        ProgramSummary.counted(run.simulation().rematched().size(), "new pair")));
    lines.add(threeRs(run.metrics().reciprocity(), run.metrics().recognition(), run.metrics().relationship()));
    lines.add(health(run.metrics().healthCounts(), run.simulation().end().toString()));
    lines.add(trends(run.trends()));
    lines.add("Wrote " + dir + ": " + String.join(", ", files));
    return ImmutableList.copyOf(lines);
  }

  /**
   * {@code Trends 2025-H2 -> 2026-H1: reciprocity 0.70 -> 0.74, NPS 12 -> 20, retention 0.91 -> 0.95, seniors
   * learned 0.41 -> 0.44, juniors learned 0.36 -> 0.40}; a suppressed cohort shows {@code suppressed}.
   */
  static String trends(CohortTrends trends) {
    List<CohortTrends.Row> rows = trends.rows();
    StringBuilder b = new StringBuilder("Trends ");
    b.append(String.join(" -> ", rows.stream().map(CohortTrends.Row::cohort).toList())).append(':');
    List<String> parts = new ArrayList<>();
    parts.add("reciprocity " + series(rows, CohortTrends.Row::reciprocity, "%.2f"));
    parts.add("NPS " + series(rows, CohortTrends.Row::nps, "%.0f"));
    parts.add("retention " + series(rows, CohortTrends.Row::retention, "%.2f"));
    parts.add("seniors learned " + series(rows, CohortTrends.Row::seniorsLearned, "%.2f"));
    parts.add("juniors learned " + series(rows, CohortTrends.Row::juniorsLearned, "%.2f"));
    return b.append(' ').append(String.join(", ", parts)).toString();
  }

  private static String series(List<CohortTrends.Row> rows, Function<CohortTrends.Row, OptionalDouble> value,
      String format) {
    List<String> out = new ArrayList<>();
    for (CohortTrends.Row r : rows) {
      OptionalDouble v = value.apply(r);
      out.add(r.suppressed() ? "suppressed" : v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble())
          : "no data");
    }
    return String.join(" -> ", out);
  }

  /** {@code Matched 38 pairs with optimal, mean score 0.612 (0.410 to 0.830)}. */
  static String matched(MatchResult result) {
    MatchStatistics s = result.statistics();
    if (s.pairs() == 0) {
      return "Matched no pairs with " + result.strategy();
    }
    long active = result.pairs().stream().filter(p -> p.active()).count();
    long pinned = result.pairs().stream().filter(p -> p.pinned() && !p.active()).count();
    String kept = active + pinned == 0 ? "" : String.format(Locale.ROOT, " (%d kept active, %d pinned, %d new)",
        active, pinned, s.pairs() - active - pinned);
    return String.format(Locale.ROOT, "Matched %s%s with %s, mean score %s (%s to %s)",
        ProgramSummary.counted(s.pairs(), "pair"), kept, result.strategy(), CommandInputs.score(s.meanScore()),
        CommandInputs.score(s.minScore()), CommandInputs.score(s.maxScore()));
  }

  /** {@code Unmatched: 1 mentor, 2 mentees (no feasible partner: 2, capacity exhausted: 1)}. */
  static String unmatched(MatchResult result) {
    if (result.unmatched().isEmpty()) {
      return "Unmatched: nobody";
    }
    Map<UnmatchedReason, Integer> byReason = new EnumMap<>(UnmatchedReason.class);
    for (Unmatched u : result.unmatched()) {
      byReason.merge(u.reason(), 1, Integer::sum);
    }
    List<String> reasons = new ArrayList<>();
    byReason.forEach((reason, n) -> reasons.add(words(reason.name()) + ": " + n));
    MatchStatistics s = result.statistics();
    return String.format(Locale.ROOT, "Unmatched: %s, %s (%s)", ProgramSummary.counted(s.unmatchedMentors(), "mentor"),
        ProgramSummary.counted(s.unmatchedMentees(), "mentee"), String.join(", ", reasons));
  }

  /** {@code The three Rs: reciprocity 0.78, recognition 0.71, relationship 0.66 (0 to 1)}. */
  static String threeRs(Reciprocity reciprocity, Recognition recognition, Relationship relationship) {
    return "The three Rs (0 to 1): reciprocity " + optional(reciprocity.score()) + ", recognition "
        + optional(recognition.score()) + ", relationship " + optional(relationship.score());
  }

  /** {@code Pairs at risk on 2026-07-04: 5 of 36 open pairs (3 at risk, 2 dormant)}. */
  static String health(Map<PairHealth, Integer> counts, String asOf) {
    int atRisk = counts.getOrDefault(PairHealth.AT_RISK, 0);
    int dormant = counts.getOrDefault(PairHealth.DORMANT, 0);
    int open = atRisk + dormant + counts.getOrDefault(PairHealth.ACTIVE, 0);
    return String.format(Locale.ROOT, "Pairs at risk on %s: %d of %s (%d at risk, %d dormant)", asOf,
        atRisk + dormant, ProgramSummary.counted(open, "open pair"), atRisk, dormant);
  }

  private static String optional(OptionalDouble x) {
    return x.isPresent() ? String.format(Locale.ROOT, "%.2f", x.getAsDouble()) : "no data";
  }

  /** {@code NO_FEASIBLE_PARTNER} → {@code no feasible partner}. */
  static String words(String code) {
    return code.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
