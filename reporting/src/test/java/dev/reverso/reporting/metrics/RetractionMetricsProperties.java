package dev.reverso.reporting.metrics;

import static dev.reverso.reporting.metrics.MetricsFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.MentoringPair;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Retractions;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.programreport.NextCohort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Retracted events count in no metric: a journal with retractions measures like the journal without those events. */
class RetractionMetricsProperties {
  private static final List<JournalEvent> JOURNAL = ProgramMetricsTest.journal();

  @Provide
  Arbitrary<Set<Integer>> retracted() {
    return Arbitraries.integers().between(0, JOURNAL.size() - 1).set();
  }

  /** The journal with a retraction of each chosen event appended (dated after the as-of date), and without them. */
  private static List<List<JournalEvent>> withAndWithout(Set<Integer> chosen) {
    List<JournalEvent> with = new ArrayList<>(JOURNAL);
    List<JournalEvent> without = new ArrayList<>();
    for (int i = 0; i < JOURNAL.size(); i++) {
      JournalEvent e = JOURNAL.get(i);
      if (chosen.contains(i)) {
        with.add(EventRetracted.of("retract-" + i, e, day(90)).withReason("typed twice"));
      } else {
        without.add(e);
      }
    }
    return List.of(with, without);
  }

  @Property(tries = 100)
  void programMetricsIgnoreRetractedEvents(@ForAll("retracted") Set<Integer> chosen) {
    List<List<JournalEvent>> j = withAndWithout(chosen);
    MetricsOptions options = MetricsOptions.defaults();
    ProgramMetrics with = ProgramMetrics.compute(ProgramMetricsTest.PROGRAM, ProgramMetricsTest.MATCHES, j.get(0),
        day(60), options);
    ProgramMetrics without = ProgramMetrics.compute(ProgramMetricsTest.PROGRAM, ProgramMetricsTest.MATCHES, j.get(1),
        day(60), options);
    assertThat(with).isEqualTo(without);
    // streaming: the retractions collected in a first pass, then one pass of the tally; no as-of date given
    ProgramMetrics.Tally tally = ProgramMetrics.tally(ProgramMetricsTest.PROGRAM, ProgramMetricsTest.MATCHES,
        Optional.empty(), options, Retractions.of(j.get(0)));
    j.get(0).forEach(tally);
    ProgramMetrics.Tally reference = ProgramMetrics.tally(ProgramMetricsTest.PROGRAM, ProgramMetricsTest.MATCHES,
        Optional.empty(), options);
    j.get(1).forEach(reference);
    assertThat(tally.asOf()).isEqualTo(reference.asOf());
    assertThat(tally.finish()).isEqualTo(reference.finish());
  }

  @Property(tries = 50)
  void pairMetricsIgnoreRetractedEvents(@ForAll("retracted") Set<Integer> chosen) {
    List<List<JournalEvent>> j = withAndWithout(chosen);
    MentoringPair a = MetricsFixtures.pairOf(ProgramMetricsTest.P1);
    PairMetrics with = PairMetrics.replay(a, 0.8, List.of(), j.get(0), day(60), day(0), MetricsOptions.defaults());
    PairMetrics without = PairMetrics.replay(a, 0.8, List.of(), j.get(1), day(60), day(0), MetricsOptions.defaults());
    assertThat(with).isEqualTo(without);
  }

  @Test
  void aRetractedCloseKeepsThePairRunningInTheNextCohort() {
    List<List<JournalEvent>> j = withAndWithout(Set.of(8)); // close-c
    NextCohort.Result with = NextCohort.build(ProgramMetricsTest.PROGRAM, ProgramMetricsTest.MATCHES, j.get(0), day(60),
        Optional.empty(), "2027");
    NextCohort.Result without = NextCohort.build(ProgramMetricsTest.PROGRAM, ProgramMetricsTest.MATCHES, j.get(1),
        day(60), Optional.empty(), "2027");
    assertThat(with.program().active()).isEqualTo(without.program().active())
        .contains(MetricsFixtures.pairOf(ProgramMetricsTest.P3));
  }

  @Test
  void aTallyWithoutTheRetractionsRefusesOneRatherThanCountTheEventItTookBack() {
    ProgramMetrics.Tally tally = ProgramMetrics.tally(ProgramMetricsTest.PROGRAM, ProgramMetricsTest.MATCHES,
        Optional.empty(), MetricsOptions.defaults());
    SessionHeld s = SessionHeld.of("s", MetricsFixtures.pairOf(ProgramMetricsTest.P1), day(3), 60);
    tally.accept(s);
    assertThatThrownBy(() -> tally.accept(EventRetracted.of("r", s, day(4))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Retractions");
  }
}
