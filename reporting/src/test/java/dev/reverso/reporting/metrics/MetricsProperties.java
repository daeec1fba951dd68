package dev.reverso.reporting.metrics;

import static dev.reverso.reporting.metrics.MetricsFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.MentoringPair;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MetricsProperties {
  private static final MatchResult MATCHES = ProgramMetricsTest.MATCHES;
  private static final List<MentoringPair> PAIRS = MATCHES.pairs().stream().map(MetricsFixtures::pairOf).toList();

  @Property
  void reciprocityIndexIsInUnitIntervalAndSymmetric(@ForAll @IntRange(min = 1, max = 5) int a,
      @ForAll @IntRange(min = 1, max = 5) int b) {
    double r = PairMetrics.reciprocityIndex(a, b);
    assertThat(r).isBetween(0.0, 1.0);
    assertThat(PairMetrics.reciprocityIndex(b, a)).isEqualTo(r);
    assertThat(r == 1.0).isEqualTo(a == b);
  }

  @Property
  void pairReciprocityIsSymmetricInTheSides(@ForAll("perPair") List<List<JournalEvent>> journal) {
    for (List<JournalEvent> events : journal) {
      if (events.isEmpty()) {
        continue;
      }
      MentoringPair pair = events.get(0).pair();
      PairMetrics m = PairMetrics.replay(pair, 0.5, List.of(), events, day(200), day(0), MetricsOptions.defaults());
      PairMetrics swapped = PairMetrics.replay(pair, 0.5, List.of(), events.stream().map(MetricsProperties::swapSides)
          .toList(), day(200), day(0), MetricsOptions.defaults());
      assertThat(swapped.reciprocityIndex()).isEqualTo(m.reciprocityIndex());
      m.reciprocityIndex().ifPresent(r -> assertThat(r).isBetween(0.0, 1.0));
    }
  }

  /**
   * Interleaving the events of different pairs in any way, while keeping each pair's own order, gives equal
   * metrics.
   */
  @Property
  void replayDoesNotDependOnHowPairsInterleave(@ForAll("perPair") List<List<JournalEvent>> journal,
      @ForAll Random random, @ForAll @IntRange(min = 0, max = 200) int asOf) {
    List<JournalEvent> concatenated = new ArrayList<>();
    journal.forEach(concatenated::addAll);
    List<JournalEvent> interleaved = interleave(journal, random);
    ProgramMetrics a = ProgramMetrics.compute(ProgramMetricsTest.PROGRAM, MATCHES, concatenated, day(asOf),
        MetricsOptions.defaults());
    ProgramMetrics b = ProgramMetrics.compute(ProgramMetricsTest.PROGRAM, MATCHES, interleaved, day(asOf),
        MetricsOptions.defaults());
    assertThat(b).isEqualTo(a);
  }

  /**
   * The replay keeps running state instead of sorting the events, so a pair's events may come in any date
   * order: the result equals that of the same events sorted by date (same-date events in their given order),
   * which is the order the replay defines.
   */
  @Property
  void replayInAnyDateOrderEqualsReplayInDateOrder(@ForAll("perPair") List<List<JournalEvent>> journal,
      @ForAll @IntRange(min = 0, max = 200) int asOf) {
    for (List<JournalEvent> events : journal) {
      if (events.isEmpty()) {
        continue;
      }
      MentoringPair pair = events.get(0).pair();
      List<JournalEvent> sorted = new ArrayList<>(events);
      sorted.sort(java.util.Comparator.comparing(JournalEvent::date)); // stable
      List<dev.reverso.core.LearningGoal> goals = List.of(dev.reverso.core.LearningGoal.of("genai", 1, 4));
      PairMetrics given = PairMetrics.replay(pair, 0.5, goals, events, day(asOf), day(0), MetricsOptions.defaults());
      PairMetrics inOrder = PairMetrics.replay(pair, 0.5, goals, sorted, day(asOf), day(0), MetricsOptions.defaults());
      assertThat(given).isEqualTo(inOrder);
      assertThat(given.healthReasons()).isEqualTo(inOrder.healthReasons());
      assertThat(given.goals()).isEqualTo(inOrder.goals());
    }
  }

  private static List<JournalEvent> interleave(List<List<JournalEvent>> lists, Random random) {
    List<JournalEvent> out = new ArrayList<>();
    int[] next = new int[lists.size()];
    int remaining = lists.stream().mapToInt(List::size).sum();
    while (remaining > 0) {
      int pick = random.nextInt(lists.size());
      if (next[pick] < lists.get(pick).size()) {
        out.add(lists.get(pick).get(next[pick]++));
        remaining--;
      }
    }
    return out;
  }

  private static JournalEvent swapSides(JournalEvent e) {
    if (e instanceof Feedback f) {
      Side other = f.from() == Side.MENTOR ? Side.MENTEE : Side.MENTOR;
      return new Feedback(f.id(), f.pair(), f.date(), other, f.relationship(), f.learning(), f.recognition(),
          f.nps(), f.progress(), f.comment());
    }
    return e;
  }

  @Provide
  Arbitrary<List<List<JournalEvent>>> perPair() {
    return Combinators.combine(events(PAIRS.get(0)), events(PAIRS.get(1)), events(PAIRS.get(2)))
        .as(List::of);
  }

  private static Arbitrary<List<JournalEvent>> events(MentoringPair pair) {
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 180);
    Arbitrary<Integer> likert = Arbitraries.integers().between(1, 5);
    Arbitrary<JournalEvent> held = Combinators.combine(days, Arbitraries.integers().between(15, 120))
        .as((d, min) -> new SessionHeld("h", pair, day(d), min));
    Arbitrary<JournalEvent> cancelled = Combinators.combine(days, Arbitraries.of(Side.class))
        .as((d, s) -> SessionCancelled.of("c", pair, day(d), s));
    Arbitrary<JournalEvent> feedback = Combinators.combine(days, Arbitraries.of(Side.class), likert, likert, likert,
        Arbitraries.integers().between(0, 10).optional(), Arbitraries.integers().between(0, 5))
        .as((d, s, r, l, c, nps, genai) -> {
          Feedback.Builder b = Feedback.builder("f", pair, day(d), s).ratings(r, l, c).progress("genai", genai);
          nps.ifPresent(b::nps);
          return b.build();
        });
    Arbitrary<JournalEvent> closed = Combinators.combine(days, Arbitraries.of(CloseReason.class))
        .as((d, r) -> PairClosed.of("x", pair, day(d), r));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, held), net.jqwik.api.Tuple.of(2, cancelled),
        net.jqwik.api.Tuple.of(3, feedback), net.jqwik.api.Tuple.of(1, closed)).list().ofMaxSize(12)
        .map(list -> {
          List<JournalEvent> numbered = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            numbered.add(renumber(list.get(i), pair + "#" + i));
          }
          return numbered;
        });
  }

  private static JournalEvent renumber(JournalEvent e, String id) {
    if (e instanceof SessionHeld s) {
      return new SessionHeld(id, s.pair(), s.date(), s.minutes());
    } else if (e instanceof SessionCancelled c) {
      return new SessionCancelled(id, c.pair(), c.date(), c.cancelledBy(), c.note());
    } else if (e instanceof Feedback f) {
      return new Feedback(id, f.pair(), f.date(), f.from(), f.relationship(), f.learning(), f.recognition(), f.nps(),
          f.progress(), f.comment());
    }
    PairClosed p = (PairClosed) e;
    return new PairClosed(id, p.pair(), p.date(), p.reason(), p.note());
  }

}
