package dev.reverso.reporting.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.MentoringPair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The {@link Journal} contract as tests; every implementation's test extends this class. Implementations
 * supply a fresh journal, a view of their storage (to prove that a rejected event writes nothing) and a
 * reopened journal (to prove that what was recorded is what comes back).
 */
abstract class JournalContract {
  static final MentoringPair P1 = MentoringPair.of("m1", "s1");
  static final MentoringPair P2 = MentoringPair.of("m2", "s2");
  static final MentoringPair P3 = MentoringPair.of("m1", "s2");
  static final MentoringPair UNKNOWN = MentoringPair.of("m9", "s9");
  static final Set<MentoringPair> ROSTER = Set.of(P1, P2, P3);
  static final LocalDate D0 = LocalDate.of(2026, 1, 5);

  /** A new, empty journal for this roster. */
  abstract Journal newJournal(Set<MentoringPair> roster);

  /** What the journal has stored, to compare before and after a rejected append. */
  Object storage(Journal journal) {
    return journal.events();
  }

  /** The journal's events as seen after closing and reopening it (in-memory: the same journal). */
  List<JournalEvent> reopenedEvents(Journal journal) {
    return journal.events();
  }

  static Feedback feedback(String id, MentoringPair pair, LocalDate date, Side from) {
    return Feedback.builder(id, pair, date, from).ratings(4, 4, 5).nps(9).progress("genai", 3)
        .comment("private words").build();
  }

  @Test
  void recordsEventsInAppendOrder() {
    try (Journal j = newJournal(ROSTER)) {
      List<JournalEvent> events = List.of(
          SessionHeld.of("a", "m1", "s1", D0.plusDays(7), 60),
          SessionHeld.of("b", "m2", "s2", D0, 45),
          SessionCancelled.of("c", P1, D0.plusDays(1), Side.MENTEE),
          feedback("d", P1, D0.plusDays(8), Side.MENTOR),
          PairClosed.of("e", P2, D0.plusDays(30), CloseReason.COMPLETED));
      for (JournalEvent e : events) {
        assertThat(j.append(e)).isEqualTo(AppendResult.APPENDED);
      }
      assertThat(j.events()).containsExactlyElementsOf(events);
      assertThat(j.roster()).containsExactlyInAnyOrderElementsOf(ROSTER);
      assertThat(reopenedEvents(j)).containsExactlyElementsOf(events);
    }
  }

  @Test
  void eventsIsAnImmutableSnapshot() {
    try (Journal j = newJournal(ROSTER)) {
      j.append(SessionHeld.of("a", "m1", "s1", D0, 60));
      ImmutableList<JournalEvent> before = j.events();
      j.append(SessionHeld.of("b", "m1", "s1", D0, 60));
      assertThat(before).hasSize(1);
      assertThat(j.events()).hasSize(2);
    }
  }

  @Test
  void theSameEventTwiceIsAnIdempotentRepeat() {
    try (Journal j = newJournal(ROSTER)) {
      Feedback f = feedback("f1", P1, D0, Side.MENTEE);
      assertThat(j.append(f)).isEqualTo(AppendResult.APPENDED);
      Object stored = storage(j);
      assertThat(j.append(feedback("f1", P1, D0, Side.MENTEE))).isEqualTo(AppendResult.ALREADY_PRESENT);
      assertThat(storage(j)).isEqualTo(stored);
      assertThat(j.events()).containsExactly(f);
    }
  }

  @Test
  void aRepeatedCloseIsAnIdempotentRepeatNotASecondClose() {
    try (Journal j = newJournal(ROSTER)) {
      PairClosed close = PairClosed.of("x", P1, D0, CloseReason.MISMATCH).withNote("they argued");
      j.append(close);
      assertThat(j.append(close)).isEqualTo(AppendResult.ALREADY_PRESENT);
    }
  }

  @Test
  void aDifferentEventUnderARecordedIdIsAConflictAndWritesNothing() {
    try (Journal j = newJournal(ROSTER)) {
      Feedback f = feedback("f1", P1, D0, Side.MENTEE);
      j.append(f);
      Object stored = storage(j);
      Feedback changed = f.toBuilder().comment("other private words").build();
      assertThatThrownBy(() -> j.append(changed))
          .isInstanceOfSatisfying(EventConflictException.class, e -> {
            assertThat(e.eventId()).isEqualTo("f1");
            assertThat(e.getMessage()).contains("f1", "comment").doesNotContain("private words");
          });
      assertThatThrownBy(() -> j.append(SessionHeld.of("f1", "m1", "s1", D0, 30)))
          .isInstanceOf(EventConflictException.class).hasMessageContaining("feedback");
      assertThat(storage(j)).isEqualTo(stored);
      assertThat(j.events()).containsExactly(f);
    }
  }

  @Test
  void anUnknownPairIsRejected() {
    try (Journal j = newJournal(ROSTER)) {
      assertRejected(j, SessionHeld.of("s", "m9", "s9", D0, 30), EventRejectedException.Rule.UNKNOWN_PAIR, "m9->s9");
      // Mentor and mentee swapped is another pair.
      assertRejected(j, SessionHeld.of("t", "s1", "m1", D0, 30), EventRejectedException.Rule.UNKNOWN_PAIR, "s1->m1");
    }
  }

  @Test
  void noSessionOrFeedbackForAClosedPair() {
    try (Journal j = newJournal(ROSTER)) {
      j.append(SessionHeld.of("s1", "m1", "s1", D0, 30));
      j.append(PairClosed.of("x", P1, D0.plusDays(10), CloseReason.MENTEE_LEFT));
      assertRejected(j, SessionHeld.of("s2", "m1", "s1", D0.plusDays(5), 30), EventRejectedException.Rule.PAIR_CLOSED, "'x'");
      assertRejected(j, SessionCancelled.of("c2", P1, D0.plusDays(10), Side.MENTOR), EventRejectedException.Rule.PAIR_CLOSED, "closed");
      assertRejected(j, feedback("f2", P1, D0.plusDays(2), Side.MENTEE), EventRejectedException.Rule.PAIR_CLOSED, "closed");
      // Other pairs go on.
      assertThat(j.append(SessionHeld.of("s3", "m2", "s2", D0.plusDays(20), 30))).isEqualTo(AppendResult.APPENDED);
    }
  }

  @Test
  void nothingDatedAfterTheClose() {
    try (Journal j = newJournal(ROSTER)) {
      j.append(PairClosed.of("x", P1, D0, CloseReason.COMPLETED));
      assertRejected(j, SessionHeld.of("s", "m1", "s1", D0.plusDays(1), 30),
          EventRejectedException.Rule.DATED_AFTER_CLOSE, "found " + D0.plusDays(1));
      assertRejected(j, feedback("f", P1, D0.plusDays(3), Side.MENTEE),
          EventRejectedException.Rule.DATED_AFTER_CLOSE, "on or before");
    }
  }

  @Test
  void aCloseMayNotPrecedeRecordedEvents() {
    try (Journal j = newJournal(ROSTER)) {
      j.append(SessionHeld.of("s", "m1", "s1", D0.plusDays(9), 30));
      assertRejected(j, PairClosed.of("x", P1, D0, CloseReason.COMPLETED),
          EventRejectedException.Rule.DATED_AFTER_CLOSE, "latest event (" + D0.plusDays(9) + ")");
      assertThat(j.append(PairClosed.of("y", P1, D0.plusDays(9), CloseReason.COMPLETED))).isEqualTo(AppendResult.APPENDED);
    }
  }

  @Test
  void aSecondCloseIsRejected() {
    try (Journal j = newJournal(ROSTER)) {
      j.append(PairClosed.of("x", P1, D0, CloseReason.COMPLETED));
      assertRejected(j, PairClosed.of("y", P1, D0.plusDays(1), CloseReason.OTHER).withNote("again"),
          EventRejectedException.Rule.ALREADY_CLOSED, "already closed by event 'x' on " + D0);
    }
  }

  @Test
  void aClosedJournalRefusesAppends() {
    Journal j = newJournal(ROSTER);
    j.close();
    j.close();
    assertThatThrownBy(() -> j.append(SessionHeld.of("s", "m1", "s1", D0, 30)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRetractedSessionNoLongerBlocksThePairsRealClose() {
    try (Journal j = newJournal(ROSTER)) {
      SessionHeld typo = SessionHeld.of("s-typo", P1, D0.plusDays(300), 60); // the year typed wrong
      j.append(SessionHeld.of("s1", P1, D0, 60));
      j.append(typo);
      assertRejected(j, PairClosed.of("close", P1, D0.plusDays(30), CloseReason.COMPLETED),
          EventRejectedException.Rule.DATED_AFTER_CLOSE, "latest event (" + D0.plusDays(300) + ")");
      EventRetracted retraction = EventRetracted.of("r1", typo, D0.plusDays(31)).withReason("private words");
      assertThat(j.append(retraction)).isEqualTo(AppendResult.APPENDED);
      assertThat(j.append(retraction)).isEqualTo(AppendResult.ALREADY_PRESENT);
      // a retry of the retracted event is still an idempotent repeat: it stays retracted
      assertThat(j.append(typo)).isEqualTo(AppendResult.ALREADY_PRESENT);
      PairClosed close = PairClosed.of("close", P1, D0.plusDays(30), CloseReason.COMPLETED);
      assertThat(j.append(close)).isEqualTo(AppendResult.APPENDED);
      List<JournalEvent> all = List.of(SessionHeld.of("s1", P1, D0, 60), typo, retraction, close);
      assertThat(j.events()).containsExactlyElementsOf(all);
      assertThat(reopenedEvents(j)).containsExactlyElementsOf(all);
      assertThat(Retractions.countingEvents(j.events())).containsExactly(all.get(0), close);
    }
  }

  @Test
  void aRetractedCloseReopensThePair() {
    try (Journal j = newJournal(ROSTER)) {
      PairClosed early = PairClosed.of("x", P1, D0, CloseReason.MISMATCH);
      j.append(early);
      assertRejected(j, SessionHeld.of("s", P1, D0, 30), EventRejectedException.Rule.PAIR_CLOSED, "'x'");
      // a retraction may follow the close, and is dated the day the mistake was seen
      assertThat(j.append(EventRetracted.of("r", early, D0.plusDays(3)))).isEqualTo(AppendResult.APPENDED);
      assertThat(j.append(SessionHeld.of("s", P1, D0.plusDays(2), 30))).isEqualTo(AppendResult.APPENDED);
      assertThat(j.append(PairClosed.of("y", P1, D0.plusDays(2), CloseReason.COMPLETED))).isEqualTo(AppendResult.APPENDED);
      assertRejected(j, PairClosed.of("z", P1, D0.plusDays(4), CloseReason.OTHER),
          EventRejectedException.Rule.ALREADY_CLOSED, "event 'y'");
    }
  }

  @Test
  void aRetractionNamesARecordedEventOfItsPairOnce() {
    try (Journal j = newJournal(ROSTER)) {
      SessionHeld s = SessionHeld.of("s", P1, D0, 30);
      j.append(s);
      j.append(SessionHeld.of("t", P2, D0, 30));
      assertRejected(j, EventRetracted.of("r0", P1, D0, "nothing"), EventRejectedException.Rule.RETRACTS_UNKNOWN_EVENT,
          "'nothing'");
      assertRejected(j, EventRetracted.of("r0", P1, D0, "t"), EventRejectedException.Rule.RETRACTS_UNKNOWN_EVENT,
          "pair " + P2);
      assertRejected(j, EventRetracted.of("r0", UNKNOWN, D0, "s"), EventRejectedException.Rule.UNKNOWN_PAIR, "m9->s9");
      EventRetracted r1 = EventRetracted.of("r1", s, D0);
      j.append(r1);
      assertRejected(j, EventRetracted.of("r2", s, D0.plusDays(1)), EventRejectedException.Rule.ALREADY_RETRACTED,
          "already retracted by event 'r1'");
      assertRejected(j, EventRetracted.of("r3", r1, D0.plusDays(1)), EventRejectedException.Rule.RETRACTS_UNKNOWN_EVENT,
          "record it under a new id");
    }
  }

  @Test
  void theRosterGrowsAsPairsAreAdded() {
    try (Journal j = newJournal(ROSTER)) {
      assertRejected(j, SessionHeld.of("s", UNKNOWN, D0, 30), EventRejectedException.Rule.UNKNOWN_PAIR, "m9->s9");
      assertThat(j.addToRoster(List.of(UNKNOWN, P1))).containsExactlyInAnyOrder(P1, P2, P3, UNKNOWN);
      assertThat(j.roster()).contains(UNKNOWN);
      assertThat(j.append(SessionHeld.of("s", UNKNOWN, D0, 30))).isEqualTo(AppendResult.APPENDED);
      assertThat(reopenedEvents(j)).containsExactly(SessionHeld.of("s", UNKNOWN, D0, 30));
    }
  }

  private void assertRejected(Journal j, JournalEvent e, EventRejectedException.Rule rule, String reason) {
    Object stored = storage(j);
    List<JournalEvent> before = j.events();
    assertThatThrownBy(() -> j.append(e)).isInstanceOfSatisfying(EventRejectedException.class, ex -> {
      assertThat(ex.rule()).isEqualTo(rule);
      assertThat(ex.eventId()).isEqualTo(e.id());
      assertThat(ex.getMessage()).contains("'" + e.id() + "'", reason).doesNotContain("private words", "again");
    });
    assertThat(storage(j)).isEqualTo(stored);
    assertThat(j.events()).isEqualTo(before);
  }

  // ----- Model-based property: the journal behaves like a plain reference model of the rules.

  @Provide
  Arbitrary<List<JournalEvent>> histories() {
    Arbitrary<String> ids = Arbitraries.integers().between(0, 14).map(i -> "e" + i);
    Arbitrary<MentoringPair> pairs = Arbitraries.of(P1, P2, P3, UNKNOWN);
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 20).map(D0::plusDays);
    // circles: s2 with m1 and m2 (P3, P2: both in the roster), s1 with m1 and m2 (only P1 in the roster)
    Arbitrary<JournalEvent> event = Combinators.combine(ids, pairs, dates, Arbitraries.integers().between(0, 12))
        .as((id, pair, date, kind) -> switch (kind) {
          case 0, 1 -> new SessionHeld(id, pair, date, 30 + 15 * kind);
          case 2 -> SessionCancelled.of(id, pair, date, Side.MENTEE);
          case 3 -> feedback(id, pair, date, Side.MENTOR);
          case 4 -> PairClosed.of(id, pair, date, CloseReason.COMPLETED);
          case 5 -> PairClosed.of(id, pair, date, CloseReason.OTHER);
          case 6 -> CircleSessionHeld.of(id, "circle-" + pair.menteeId(), pair.menteeId().value(),
              List.of("m1", "m2"), date, 60);
          case 7 -> CircleSessionHeld.of(id, "circle-" + pair.menteeId(), pair.menteeId().value(),
              List.of(pair.mentorId().value()), date, 45);
          case 8, 9 -> CircleFeedback.of(id, "circle-" + pair.menteeId(), pair.mentorId().value(),
              pair.menteeId().value(), date, kind == 8 ? Side.MENTOR : Side.MENTEE, 4, 5, 3);
          // a retraction of some id (recorded or not, of this pair or not); the target is drawn from the date
          default -> EventRetracted.of(id, pair, date, target(id, date));
        });
    return event.list().ofMaxSize(40);
  }

  /** Some event id other than {@code id}, drawn from the date. */
  private static String target(String id, LocalDate date) {
    String t = "e" + date.getDayOfMonth() % 15;
    return t.equals(id) ? "e" + (date.getDayOfMonth() + 1) % 15 : t;
  }

  @Property(tries = 80)
  void behavesLikeTheReferenceModel(@ForAll("histories") List<JournalEvent> history) {
    Map<String, JournalEvent> byId = new HashMap<>();
    List<JournalEvent> expected = new ArrayList<>();
    try (Journal j = newJournal(ROSTER)) {
      for (JournalEvent e : history) {
        Object outcome = expectedOutcome(e, byId, expected);
        Throwable thrown = catchThrowable(() -> {
          AppendResult r = j.append(e);
          assertThat(r).isEqualTo(outcome);
        });
        if (outcome instanceof AppendResult) {
          assertThat(thrown).isNull();
        } else if (outcome instanceof EventRejectedException.Rule rule) {
          assertThat(thrown).isInstanceOfSatisfying(EventRejectedException.class, ex -> assertThat(ex.rule()).isEqualTo(rule));
        } else {
          assertThat(thrown).isInstanceOf(EventConflictException.class);
        }
        if (outcome == AppendResult.APPENDED) {
          expected.add(e);
          byId.put(e.id(), e);
        }
      }
      assertThat(j.events()).containsExactlyElementsOf(expected);
      assertThat(reopenedEvents(j)).containsExactlyElementsOf(expected);
    }
  }

  /** The rules restated plainly: closes and latest dates recomputed from the events that count, every time. */
  private static Object expectedOutcome(JournalEvent e, Map<String, JournalEvent> byId, List<JournalEvent> recorded) {
    if (byId.containsKey(e.id())) {
      return byId.get(e.id()).equals(e) ? AppendResult.ALREADY_PRESENT : "conflict";
    }
    for (MentoringPair p : e.pairs()) {
      if (!ROSTER.contains(p)) {
        return EventRejectedException.Rule.UNKNOWN_PAIR;
      }
    }
    Set<String> retracted = new java.util.HashSet<>();
    for (JournalEvent r : recorded) {
      if (r instanceof EventRetracted x) {
        retracted.add(x.retracts());
      }
    }
    if (e instanceof EventRetracted r) {
      JournalEvent target = byId.get(r.retracts());
      if (target == null || target instanceof EventRetracted || !target.pair().equals(r.pair())) {
        return EventRejectedException.Rule.RETRACTS_UNKNOWN_EVENT;
      }
      return retracted.contains(r.retracts()) ? EventRejectedException.Rule.ALREADY_RETRACTED : AppendResult.APPENDED;
    }
    Map<MentoringPair, PairClosed> closes = new HashMap<>();
    Map<MentoringPair, LocalDate> latest = new HashMap<>();
    for (JournalEvent r : recorded) {
      if (r instanceof EventRetracted || retracted.contains(r.id())) {
        continue;
      }
      latest.merge(r.pair(), r.date(), (a, b) -> a.isAfter(b) ? a : b);
      if (r instanceof PairClosed c) {
        closes.put(r.pair(), c);
      }
    }
    for (MentoringPair p : e.pairs()) {
      PairClosed other = closes.get(p);
      if (!p.equals(e.pair()) && other != null) {
        return e.date().isAfter(other.date()) ? EventRejectedException.Rule.DATED_AFTER_CLOSE
            : EventRejectedException.Rule.PAIR_CLOSED;
      }
    }
    PairClosed close = closes.get(e.pair());
    if (e instanceof PairClosed) {
      if (close != null) {
        return EventRejectedException.Rule.ALREADY_CLOSED;
      }
      LocalDate last = latest.get(e.pair());
      return last != null && last.isAfter(e.date()) ? EventRejectedException.Rule.DATED_AFTER_CLOSE : AppendResult.APPENDED;
    }
    if (close == null) {
      return AppendResult.APPENDED;
    }
    return e.date().isAfter(close.date()) ? EventRejectedException.Rule.DATED_AFTER_CLOSE
        : EventRejectedException.Rule.PAIR_CLOSED;
  }
}
