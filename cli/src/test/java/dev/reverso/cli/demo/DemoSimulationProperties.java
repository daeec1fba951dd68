package dev.reverso.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.storage.InMemoryJournal;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The simulation's guarantees for any organisation and seed, and the outcome model's direction. */
class DemoSimulationProperties {
  static final Matcher OPTIMAL = Matcher.builder().strategy("optimal").build();
  static final Matcher INCREMENTAL = Matcher.builder().strategy("incremental").build();
  static final LocalDate START = DemoSimulation.DEFAULT_START;

  static DemoSimulation.Result simulate(Program program, long seed) {
    return DemoSimulation.run(program, OPTIMAL.match(program), INCREMENTAL, seed, START,
        DemoSimulation.DayListener.NONE);
  }

  @Property(tries = 12)
  void everyRunKeepsTheJournalRulesTheCadenceAndTheCapacities(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 60, max = 600) int people) {
    Program program = SampleOrganization.generate(people, seed);
    MatchResult initial = OPTIMAL.match(program);
    DemoSimulation.Result r = DemoSimulation.run(program, initial, INCREMENTAL, seed, START,
        DemoSimulation.DayListener.NONE);

    assertThat(r.start()).isEqualTo(START);
    assertThat(r.end()).isEqualTo(START.plusMonths(6).minusDays(1));
    // every event is accepted by a journal of the roster: known pairs, unique ids, nothing after a close
    try (InMemoryJournal journal = InMemoryJournal.of(r.roster())) {
      for (JournalEvent e : r.events()) {
        assertThat(journal.append(e)).isEqualTo(AppendResult.APPENDED);
      }
    }
    // in date order, inside the programme
    for (int k = 1; k < r.events().size(); k++) {
      assertThat(r.events().get(k).date()).isAfterOrEqualTo(r.events().get(k - 1).date());
    }
    assertThat(r.events()).allSatisfy(e -> assertThat(e.date()).isBetween(r.start(), r.end()));

    // sessions of a pair are one cadence apart; feedback only on the survey days
    Map<MentoringPair, LocalDate> lastSession = new HashMap<>();
    Set<LocalDate> surveyDays = DemoSimulation.FEEDBACK_WEEKS.stream().map(START::plusWeeks).collect(Collectors.toSet());
    for (JournalEvent e : r.events()) {
      if (e instanceof SessionHeld || e instanceof SessionCancelled) {
        LocalDate before = lastSession.put(e.pair(), e.date());
        if (before != null) {
          assertThat(ChronoUnit.DAYS.between(before, e.date())).isEqualTo(DemoSimulation.CADENCE_DAYS);
        }
      } else if (e instanceof Feedback f) {
        assertThat(surveyDays).contains(f.date());
        assertThat(lastSession).as("feedback only after a planned session").containsKey(f.pair());
      }
    }

    // all pairs = the initial pairs, then the re-matches; the unmatched are the initial ones still unpaired
    List<Pairing> expected = new ArrayList<>(initial.pairs());
    expected.addAll(r.rematched());
    expected.sort(Pairing.BY_MENTEE_THEN_MENTOR);
    assertThat(r.matches().pairs()).containsExactlyElementsOf(expected);
    assertThat(expected.stream().map(p -> new MentoringPair(p.mentorId(), p.menteeId())).distinct())
        .as("no pair is made twice: a closed pair is never made again").hasSize(expected.size());
    assertThat(r.matches().strategy()).isEqualTo(initial.strategy());
    Set<ParticipantId> paired = new HashSet<>();
    expected.forEach(p -> {
      paired.add(p.mentorId());
      paired.add(p.menteeId());
    });
    assertThat(r.matches().unmatched()).containsExactlyElementsOf(
        initial.unmatched().stream().filter(u -> !paired.contains(u.participantId())).toList());

    // early closes and what re-matching may do
    List<PairClosed> closes = r.events().stream().filter(e -> e instanceof PairClosed).map(e -> (PairClosed) e).toList();
    assertThat(r.closedEarly()).containsExactlyElementsOf(closes);
    Set<MentoringPair> closed = closes.stream().map(PairClosed::pair).collect(Collectors.toSet());
    // a mentee who left has every pair closed that day and nothing after
    for (PairClosed c : closes) {
      if (c.reason() == CloseReason.MENTEE_LEFT) {
        ParticipantId mentee = c.pair().menteeId();
        assertThat(r.events()).filteredOn(e -> e.pair().menteeId().equals(mentee))
            .allSatisfy(e -> assertThat(e.date()).isBeforeOrEqualTo(c.date()));
        assertThat(r.matches().pairsOf(mentee)).allSatisfy(p -> assertThat(closed)
            .contains(new MentoringPair(p.mentorId(), p.menteeId())));
      }
    }
    for (Pairing p : r.rematched()) {
      assertThat(program.history()).doesNotContain(new MentoringPair(p.mentorId(), p.menteeId()));
      assertThat(p.explanation().allowed()).isTrue();
    }
    assertThat(closes).allSatisfy(c -> assertThat(c.reason()).isIn(CloseReason.MISMATCH, CloseReason.MENTEE_LEFT));

    // the open pairs at the end respect every capacity
    Map<ParticipantId, Integer> open = new HashMap<>();
    for (Pairing p : r.matches().pairs()) {
      if (!closed.contains(new MentoringPair(p.mentorId(), p.menteeId()))) {
        open.merge(p.mentorId(), 1, Integer::sum);
        open.merge(p.menteeId(), 1, Integer::sum);
      }
    }
    open.forEach((id, n) -> assertThat(n).isLessThanOrEqualTo(program.participant(id).orElseThrow().capacity()));
  }

  @Property(tries = 5)
  void theSameInputsGiveTheSameEvents(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Program program = SampleOrganization.generate(300, seed);
    DemoSimulation.Result first = simulate(program, seed);
    DemoSimulation.Result second = simulate(program, seed);
    assertThat(second.events()).isEqualTo(first.events());
    assertThat(second.matches()).isEqualTo(first.matches());
    assertThat(second.rematched()).isEqualTo(first.rematched());
  }

  @Test
  void betterScoredPairsHoldMoreSessionsAndLearnMore() {
    Program program = SampleOrganization.generate(4000, 5);
    DemoSimulation.Result r = simulate(program, 5);
    List<Pairing> initial = new ArrayList<>(r.matches().pairs());
    initial.removeAll(r.rematched());
    assertThat(initial).hasSizeGreaterThan(200);
    initial.sort(Comparator.comparingDouble(Pairing::score).thenComparing(Pairing::menteeId));
    int half = initial.size() / 2;
    Set<MentoringPair> low = pairs(initial.subList(0, half));
    Set<MentoringPair> high = pairs(initial.subList(initial.size() - half, initial.size()));

    assertThat(heldShare(r.events(), high)).isGreaterThan(heldShare(r.events(), low) + 0.03);
    assertThat(meanLearning(r.events(), high)).isGreaterThan(meanLearning(r.events(), low) + 0.1);
    assertThat(closedCount(r.events(), low, CloseReason.MISMATCH))
        .isGreaterThan(closedCount(r.events(), high, CloseReason.MISMATCH));
  }

  @Test
  void theDefaultDemoHasSeniorsCancellingEarlyClosesAndReMatches() {
    Program program = SampleOrganization.generate(SampleOrganization.DEFAULT_PEOPLE, SampleOrganization.DEFAULT_SEED);
    DemoSimulation.Result r = simulate(program, SampleOrganization.DEFAULT_SEED);
    long byMentee = r.events().stream().filter(e -> e instanceof SessionCancelled c && c.cancelledBy() == Side.MENTEE)
        .count();
    long byMentor = r.events().stream().filter(e -> e instanceof SessionCancelled c && c.cancelledBy() == Side.MENTOR)
        .count();
    assertThat(byMentee).isGreaterThan(byMentor).isPositive();
    // "a few" pairs close early, for both reasons, and their people are matched again
    assertThat(r.closedEarly()).hasSizeBetween(2, r.matches().pairs().size() / 4);
    assertThat(r.closedEarly()).anySatisfy(c -> assertThat(c.reason()).isEqualTo(CloseReason.MENTEE_LEFT))
        .anySatisfy(c -> assertThat(c.reason()).isEqualTo(CloseReason.MISMATCH));
    assertThat(r.rematched()).isNotEmpty();
    // the re-matched pairs start after the close that freed them and appear in the journal
    LocalDate firstClose = r.closedEarly().get(0).date();
    for (Pairing p : r.rematched()) {
      MentoringPair pair = new MentoringPair(p.mentorId(), p.menteeId());
      assertThat(r.events().stream().filter(e -> e.pair().equals(pair)))
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.date()).isAfter(firstClose));
    }
    assertThat(r.events().stream().filter(e -> e instanceof Feedback f && f.comment().isPresent())).isNotEmpty();
    assertThat(r.toString()).doesNotContain(program.mentors().get(0).displayName().orElseThrow());
  }

  @Property(tries = 8)
  void aCompletingCohortClosesOrCarriesOnEveryPairOnItsLastDayWithNumberedIds(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 60, max = 400) int people,
      @ForAll @IntRange(min = 1, max = 5_000) int firstNumber) {
    Program program = SampleOrganization.generate(people, seed);
    LocalDate start = LocalDate.of(2025, 7, 7);
    LocalDate end = LocalDate.of(2026, 1, 4);
    MatchResult initial = OPTIMAL.match(program);
    DemoSimulation.Result r = DemoSimulation.run(program, initial, INCREMENTAL, seed, start, end, firstNumber,
        DemoSimulation.Ending.COMPLETE, DemoSimulation.DayListener.NONE);
    assertThat(r.start()).isEqualTo(start);
    assertThat(r.end()).isEqualTo(end);
    assertThat(r.events()).allSatisfy(e -> assertThat(e.date()).isBetween(start, end));
    for (int k = 0; k < r.events().size(); k++) {
      assertThat(r.events().get(k).id()).isEqualTo(String.format(java.util.Locale.ROOT, "demo-%06d", firstNumber + k));
    }
    try (InMemoryJournal journal = InMemoryJournal.of(r.roster())) {
      for (JournalEvent e : r.events()) {
        assertThat(journal.append(e)).isEqualTo(AppendResult.APPENDED);
      }
    }
    // completed closes only on the last day, never counted as early; the pairs left open have held sessions
    // until the end (a pair that went quiet is closed) or begin after the last day
    Map<MentoringPair, PairClosed> closes = new HashMap<>();
    for (JournalEvent e : r.events()) {
      if (e instanceof PairClosed c) {
        closes.put(c.pair(), c);
        if (c.reason() == CloseReason.COMPLETED) {
          assertThat(c.date()).isEqualTo(end);
          assertThat(r.closedEarly()).doesNotContain(c);
        }
      }
    }
    Map<MentoringPair, LocalDate> lastEvent = new HashMap<>();
    r.events().forEach(e -> lastEvent.put(e.pair(), e.date()));
    int open = 0;
    for (Pairing p : r.matches().pairs()) {
      MentoringPair pair = new MentoringPair(p.mentorId(), p.menteeId());
      if (!closes.containsKey(pair) && lastEvent.containsKey(pair)) {
        open++;
        assertThat(lastEvent.get(pair)).as("a pair that goes on still met lately")
            .isAfter(end.minusDays(DemoSimulation.CADENCE_DAYS + 1));
      }
    }
    long completed = closes.values().stream().filter(c -> c.reason() == CloseReason.COMPLETED).count();
    assertThat(completed + open + r.closedEarly().size()).as("every journalled pair is completed, early or going on")
        .isEqualTo(lastEvent.size());
    // the same inputs give the same events; OPEN leaves every pair open
    assertThat(DemoSimulation.run(program, initial, INCREMENTAL, seed, start, end, firstNumber,
        DemoSimulation.Ending.COMPLETE, DemoSimulation.DayListener.NONE).events()).isEqualTo(r.events());
    DemoSimulation.Result openEnded = DemoSimulation.run(program, initial, INCREMENTAL, seed, start, end, firstNumber,
        DemoSimulation.Ending.OPEN, DemoSimulation.DayListener.NONE);
    assertThat(openEnded.events()).noneMatch(e -> e instanceof PairClosed c && c.reason() == CloseReason.COMPLETED);
    assertThat(r.events()).startsWith(openEnded.events().toArray(new JournalEvent[0]));
  }

  @Test
  void aPairOutsideTheProgrammeIsRefused() {
    Program program = SampleOrganization.generate(200, 1);
    Program other = Program.builder().mentor(Participant.builder("x1").seniority(1).build())
        .mentee(Participant.builder("y1").seniority(9).build()).build();
    MatchResult foreign = OPTIMAL.match(other);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemoSimulation.run(program, foreign, INCREMENTAL, 1, START,
        DemoSimulation.DayListener.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x1");
  }

  private static Set<MentoringPair> pairs(List<Pairing> pairings) {
    return pairings.stream().map(p -> new MentoringPair(p.mentorId(), p.menteeId())).collect(Collectors.toSet());
  }

  private static double heldShare(List<JournalEvent> events, Set<MentoringPair> pairs) {
    long held = events.stream().filter(e -> e instanceof SessionHeld && pairs.contains(e.pair())).count();
    long cancelled = events.stream().filter(e -> e instanceof SessionCancelled && pairs.contains(e.pair())).count();
    return (double) held / (held + cancelled);
  }

  private static double meanLearning(List<JournalEvent> events, Set<MentoringPair> pairs) {
    return events.stream().filter(e -> e instanceof Feedback && pairs.contains(e.pair()))
        .mapToInt(e -> ((Feedback) e).learning()).average().orElseThrow();
  }

  private static long closedCount(List<JournalEvent> events, Set<MentoringPair> pairs, CloseReason reason) {
    return events.stream().filter(e -> e instanceof PairClosed c && c.reason() == reason && pairs.contains(e.pair()))
        .count();
  }
}
