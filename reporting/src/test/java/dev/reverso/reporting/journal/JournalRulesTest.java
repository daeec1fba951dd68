package dev.reverso.reporting.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import dev.reverso.reporting.journal.storage.InMemoryJournal;

/** The public rules API: {@link JournalRules#check} and the in-memory {@link JournalHistory#of}. */
class JournalRulesTest {
  private static final MentoringPair P1 = MentoringPair.of("m1", "s1");
  private static final MentoringPair P2 = MentoringPair.of("m2", "s2");
  private static final Set<MentoringPair> ROSTER = Set.of(P1, P2);
  private static final LocalDate D0 = LocalDate.of(2026, 1, 5);

  @Test
  void anEmptyHistoryAcceptsAnyRosterEvent() {
    JournalHistory empty = JournalHistory.empty();
    assertThat(JournalRules.check(SessionHeld.of("a", "m1", "s1", D0, 30), ROSTER, empty))
        .isEqualTo(AppendResult.APPENDED);
    assertThat(JournalRules.check(PairClosed.of("b", P2, D0, CloseReason.COMPLETED), ROSTER, empty))
        .isEqualTo(AppendResult.APPENDED);
    assertThatThrownBy(() -> JournalRules.check(SessionHeld.of("c", "m9", "s9", D0, 30), ROSTER, empty))
        .isInstanceOfSatisfying(EventRejectedException.class,
            e -> assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.UNKNOWN_PAIR));
  }

  @Test
  void historyOfAnswersTheThreeLookUpsAndCountsExactRepeatsOnce() {
    SessionHeld s = SessionHeld.of("s", "m1", "s1", D0.plusDays(3), 30);
    PairClosed c = PairClosed.of("c", P1, D0.plusDays(9), CloseReason.COMPLETED);
    SessionHeld other = SessionHeld.of("o", "m9", "s9", D0, 30); // not in any roster: history stands
    JournalHistory h = JournalHistory.of(List.of(s, s, c, other));
    assertThat(h.eventWithId("s")).contains(s);
    assertThat(h.eventWithId("x")).isEmpty();
    assertThat(h.closeOf(P1)).contains(c);
    assertThat(h.closeOf(P2)).isEmpty();
    assertThat(h.latestDateOf(P1)).contains(D0.plusDays(9));
    assertThat(h.latestDateOf(MentoringPair.of("m9", "s9"))).contains(D0);
    assertThat(h.latestDateOf(P2)).isEmpty();
    assertThat(JournalRules.check(s, ROSTER, h)).isEqualTo(AppendResult.ALREADY_PRESENT);
    assertThatThrownBy(() -> JournalRules.check(SessionHeld.of("n", "m1", "s1", D0, 30), ROSTER, h))
        .isInstanceOfSatisfying(EventRejectedException.class,
            e -> assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.PAIR_CLOSED));
    assertThat(h.toString()).doesNotContain("m1", "s1");
  }

  @Test
  void historyOfRefusesAHistoryThatBreaksTheRulesListingEveryProblem() {
    Feedback f = Feedback.builder("f", P1, D0, Side.MENTEE).ratings(3, 3, 3).comment("secret words").build();
    List<JournalEvent> bad = List.of(
        f,
        f.toBuilder().comment("other secret").build(),
        PairClosed.of("c1", P2, D0, CloseReason.COMPLETED),
        PairClosed.of("c2", P2, D0.plusDays(1), CloseReason.OTHER),
        SessionHeld.of("late", "m2", "s2", D0.plusDays(5), 30));
    assertThatThrownBy(() -> JournalHistory.of(bad)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.problems()).extracting(Problem::location).containsExactly("events[1]", "events[3]", "events[4]");
      assertThat(e.getMessage()).contains("comment", "ALREADY_CLOSED", "DATED_AFTER_CLOSE")
          .doesNotContain("secret");
    });
  }

  @Test
  void checkNeverRecords() {
    JournalHistory h = JournalHistory.of(List.of(SessionHeld.of("a", "m1", "s1", D0, 30)));
    SessionHeld b = SessionHeld.of("b", "m1", "s1", D0, 30);
    assertThat(JournalRules.check(b, ROSTER, h)).isEqualTo(AppendResult.APPENDED);
    assertThat(JournalRules.check(b, ROSTER, h)).isEqualTo(AppendResult.APPENDED);
    assertThat(h.eventWithId("b")).isEmpty();
  }

  @Provide
  Arbitrary<List<JournalEvent>> histories() {
    Arbitrary<String> ids = Arbitraries.integers().between(0, 9).map(i -> "e" + i);
    Arbitrary<MentoringPair> pairs = Arbitraries.of(P1, P2, MentoringPair.of("m9", "s9"));
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 10).map(D0::plusDays);
    return Combinators.combine(ids, pairs, dates, Arbitraries.integers().between(0, 3))
        .as((id, pair, date, kind) -> switch (kind) {
          case 0 -> new SessionHeld(id, pair, date, 45);
          case 1 -> SessionCancelled.of(id, pair, date, Side.MENTOR);
          case 2 -> (JournalEvent) Feedback.builder(id, pair, date, Side.MENTEE).ratings(4, 4, 4).build();
          default -> PairClosed.of(id, pair, date, CloseReason.COMPLETED);
        }).list().ofMaxSize(30);
  }

  /**
   * For any sequence of appends, checking against {@code JournalHistory.of(accepted so far)} gives the same
   * outcome as {@link InMemoryJournal}, and the view's look-ups agree with a brute-force scan of the accepted
   * events.
   */
  @Property(tries = 100)
  void historyOfAgreesWithAJournalAndWithABruteForceScan(@ForAll("histories") List<JournalEvent> appends) {
    InMemoryJournal journal = InMemoryJournal.of(ROSTER);
    List<JournalEvent> accepted = new ArrayList<>();
    for (JournalEvent e : appends) {
      JournalHistory h = JournalHistory.of(accepted);
      Object viaRules = outcome(() -> JournalRules.check(e, ROSTER, h));
      Object viaJournal = outcome(() -> journal.append(e));
      assertThat(viaRules).isEqualTo(viaJournal);
      if (viaRules == AppendResult.APPENDED) {
        accepted.add(e);
      }
    }
    assertThat(journal.events()).isEqualTo(accepted);
    JournalHistory h = JournalHistory.of(accepted);
    Map<MentoringPair, LocalDate> latest = new LinkedHashMap<>();
    accepted.forEach(e -> latest.merge(e.pair(), e.date(), (a, b) -> a.isAfter(b) ? a : b));
    for (MentoringPair p : List.of(P1, P2, MentoringPair.of("m9", "s9"))) {
      assertThat(h.latestDateOf(p)).isEqualTo(Optional.ofNullable(latest.get(p)));
      assertThat(h.closeOf(p)).isEqualTo(accepted.stream()
          .filter(e -> e instanceof PairClosed && e.pair().equals(p)).map(e -> (PairClosed) e).findFirst());
    }
    for (JournalEvent e : accepted) {
      assertThat(h.eventWithId(e.id())).contains(e);
    }
  }

  private interface Append {
    AppendResult run();
  }

  /** The result, or the exception type and rule: what a caller can observe. */
  private static Object outcome(Append append) {
    Throwable t = catchThrowable(() -> {
      throw new Returned(append.run());
    });
    if (t instanceof Returned r) {
      return r.result;
    }
    if (t instanceof EventRejectedException r) {
      return r.rule();
    }
    return t.getClass();
  }

  private static final class Returned extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient AppendResult result;

    Returned(AppendResult result) {
      super(null, null, false, false);
      this.result = result;
    }
  }
}
