package dev.reverso.reporting.programreport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.metrics.MetricsFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The next cohort keeps only the decisions (pins, preferences) that are still open. */
class NextCohortTest {
  static final LocalDate D0 = LocalDate.of(2026, 1, 5);

  @Test
  void pinsAndPreferencesCarriedOutAreDroppedOpenOnesKept() {
    Program current = Program.builder()
        .mentor(Participant.builder("m1").seniority(2).pin("s1").build())
        .mentor(Participant.builder("m2").seniority(2).build())
        .mentor(Participant.builder("m3").seniority(2).build())
        .mentee(Participant.builder("s1").seniority(9).pin("m1").build())
        .mentee(Participant.builder("s2").seniority(9).preference("m2").preference("m3").build())
        .build();
    var matches = MetricsFixtures.matches(MetricsFixtures.pairing("m1", "s1", 0.8),
        MetricsFixtures.pairing("m2", "s2", 0.7));
    List<PairClosed> journal = List.of(PairClosed.of("c", MentoringPair.of("m2", "s2"), D0.plusDays(90),
        CloseReason.COMPLETED));

    NextCohort.Result r = NextCohort.build(current, matches, journal, D0.plusDays(180), Optional.empty(), "c2");

    Program next = r.program();
    assertThat(next.active()).containsExactly(MentoringPair.of("m1", "s1"));
    assertThat(next.history()).containsExactly(MentoringPair.of("m2", "s2"));
    // the pinned pair runs: the pin was carried out, on both sides
    assertThat(next.participant(ParticipantId.of("m1")).orElseThrow().pin()).isEmpty();
    assertThat(next.participant(ParticipantId.of("s1")).orElseThrow().pin()).isEmpty();
    assertThat(next.pinned()).isEmpty();
    // m2 -> s2 is history now; m3 is still a possible partner
    assertThat(next.participant(ParticipantId.of("s2")).orElseThrow().preferences())
        .containsExactly(ParticipantId.of("m3"));
    assertThat(next.cohort()).contains("c2");
  }

  @Test
  void aFreshPinOfTheNewExportIsKeptAndALeaverKeepsNoDecision() {
    Program current = Program.builder()
        .mentor(Participant.builder("m1").seniority(2).build())
        .mentor(Participant.builder("m2").seniority(2).build())
        .mentee(Participant.builder("s1").seniority(9).build())
        .mentee(Participant.builder("s2").seniority(9).preference("m1").build())
        .build();
    var matches = MetricsFixtures.matches(MetricsFixtures.pairing("m1", "s1", 0.8));
    List<PairClosed> journal = List.of(PairClosed.of("c", MentoringPair.of("m1", "s1"), D0.plusDays(30),
        CloseReason.MENTOR_LEFT));
    // the new export: m1 still listed (the close says they left), m2 and s2 pinned to each other
    Program export = Program.builder()
        .mentor(Participant.builder("m1").seniority(2).preference("s2").build())
        .mentor(Participant.builder("m2").seniority(2).pin("s2").build())
        .mentee(Participant.builder("s1").seniority(9).build())
        .mentee(Participant.builder("s2").seniority(9).pin("m2").preference("m1").build())
        .build();

    NextCohort.Result r = NextCohort.build(current, matches, journal, D0.plusDays(60), Optional.of(export), "c2");

    Program next = r.program();
    assertThat(r.leavers()).containsExactly(ParticipantId.of("m1"));
    assertThat(next.pinned()).containsExactly(MentoringPair.of("m2", "s2"));
    // m1 left: in the org chart only, without decisions; s2's preference for m1 is gone
    assertThat(next.people()).extracting(Participant::id).contains(ParticipantId.of("m1"));
    assertThat(next.participant(ParticipantId.of("m1")).orElseThrow().preferences()).isEmpty();
    assertThat(next.participant(ParticipantId.of("s2")).orElseThrow().preferences()).isEmpty();
  }
}
