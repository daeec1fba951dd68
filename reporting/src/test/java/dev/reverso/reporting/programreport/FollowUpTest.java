package dev.reverso.reporting.programreport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.MetricsFixtures;
import dev.reverso.reporting.metrics.MetricsOptions;
import dev.reverso.reporting.metrics.ProgramMetrics;
import dev.reverso.reporting.programreport.FollowUp.Action;
import dev.reverso.reporting.programreport.FollowUp.Reason;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The follow-up list: which pairs, why, what to do; HR ids always, names only on request. */
class FollowUpTest {
  static final LocalDate D0 = LocalDate.of(2026, 1, 5);

  static Participant person(String id, String name, int grade) {
    return Participant.builder(id).displayName(name).seniority(grade).build();
  }

  static final Program PROGRAM = Program.builder()
      .mentor(person("m1", "Ada", 2)).mentor(person("m2", "Bo", 2)).mentor(person("m3", "Cy", 2))
      .mentor(person("m4", "Di", 2))
      .mentee(person("s1", "Eve", 9)).mentee(person("s2", "Fay", 9)).mentee(person("s3", "Gus", 9))
      .mentee(person("s4", "Hal", 9))
      .build();

  static MatchResult matches() {
    return MetricsFixtures.matches(MetricsFixtures.pairing("m1", "s1", 0.8), MetricsFixtures.pairing("m2", "s2", 0.7),
        MetricsFixtures.pairing("m3", "s3", 0.6), MetricsFixtures.pairing("m4", "s4", 0.5));
  }

  static Feedback feedback(String id, MentoringPair p, int day, Side side, int relationship) {
    return Feedback.builder(id, p, D0.plusDays(day), side).ratings(relationship, 4, 4).build();
  }

  @Test
  void listsDormantAtRiskClosedEarlyAndOneSidedPairsWithActions() throws IOException {
    MentoringPair a = MentoringPair.of("m1", "s1"); // healthy, both sides spoke
    MentoringPair b = MentoringPair.of("m2", "s2"); // met once, long ago: dormant; only the mentor spoke
    MentoringPair c = MentoringPair.of("m3", "s3"); // closed: mentee left
    MentoringPair d = MentoringPair.of("m4", "s4"); // meets, low relationship rating from the mentee
    List<JournalEvent> events = List.of(
        SessionHeld.of("a1", "m1", "s1", D0, 60), SessionHeld.of("a2", "m1", "s1", D0.plusDays(90), 60),
        feedback("a3", a, 91, Side.MENTOR, 5), feedback("a4", a, 91, Side.MENTEE, 5),
        SessionHeld.of("b1", "m2", "s2", D0, 60), feedback("b2", b, 1, Side.MENTOR, 4),
        SessionHeld.of("c1", "m3", "s3", D0, 60), PairClosed.of("c2", c, D0.plusDays(30), CloseReason.MENTEE_LEFT),
        SessionHeld.of("d1", "m4", "s4", D0.plusDays(85), 60), feedback("d2", d, 86, Side.MENTEE, 1),
        feedback("d3", d, 86, Side.MENTOR, 4));
    ProgramMetrics m = ProgramMetrics.compute(PROGRAM, matches(), events, D0.plusDays(100), MetricsOptions.defaults());
    FollowUp list = FollowUp.of(m);
    assertThat(list.items()).extracting(FollowUp.Item::pair, FollowUp.Item::reason, FollowUp.Item::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(b, Reason.DORMANT, Action.REMATCH_OR_CLOSE),
            org.assertj.core.groups.Tuple.tuple(b, Reason.ONE_SIDED_FEEDBACK, Action.CHECK_IN),
            org.assertj.core.groups.Tuple.tuple(c, Reason.CLOSED_EARLY, Action.REMATCH),
            org.assertj.core.groups.Tuple.tuple(d, Reason.AT_RISK, Action.CHECK_IN));
    assertThat(list.items().get(1).detail()).isEqualTo("the mentor gave 1 feedback, the mentee none after 1 sessions");
    assertThat(list.items().get(2).detail()).isEqualTo("closed on 2026-02-04: mentee left; the mentor is free for a "
        + "new mentee");
    assertThat(list.items().get(3).detail()).contains("rated the relationship 1 of 5");

    StringWriter csv = new StringWriter();
    list.writeCsv(csv, PROGRAM, false);
    assertThat(csv.toString().lines().findFirst().orElseThrow())
        .isEqualTo("mentor_id,mentee_id,reason,detail,suggested_action");
    assertThat(csv.toString()).contains("m2,s2,DORMANT,").doesNotContain("Bo").doesNotContain("Fay");
    StringWriter named = new StringWriter();
    list.writeCsv(named, PROGRAM, true);
    assertThat(named.toString()).startsWith("mentor_id,mentee_id,mentor_name,mentee_name,reason")
        .contains("m2,s2,Bo,Fay,DORMANT,");
    StringWriter html = new StringWriter();
    list.writeHtml(html, PROGRAM, false);
    assertThat(html.toString()).contains("Operational list").contains("m3").doesNotContain("Gus");
    assertThat(list.toString()).isEqualTo("FollowUp[asOf=2026-04-15, items=4]");
  }
}
