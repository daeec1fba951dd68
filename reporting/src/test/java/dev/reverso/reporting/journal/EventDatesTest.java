package dev.reverso.reporting.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.storage.FileJournal;
import dev.reverso.reporting.journal.storage.FileJournalOptions;
import dev.reverso.reporting.journal.storage.InMemoryJournal;
import dev.reverso.reporting.journal.storage.JournalReader;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 12 item 5: implausible event dates are refused on append and on read, with the line of the file. */
class EventDatesTest {
  private static final MentoringPair PAIR = MentoringPair.of("m1", "s1");
  private static final Set<MentoringPair> ROSTER = Set.of(PAIR);
  private static final Clock NOON_2026_03_10 = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

  private static SessionHeld session(String id, LocalDate date) {
    return SessionHeld.of(id, "m1", "s1", date, 45);
  }

  @Test
  void fileJournalRefusesYearMinus5000And9999AndWritesNothing() throws IOException {
    Path file = TempFiles.newJournalPath();
    try (FileJournal journal = FileJournal.open(file, ROSTER)) {
      assertThatThrownBy(() -> journal.append(session("old", LocalDate.of(-5000, 1, 1))))
          .isInstanceOfSatisfying(EventRejectedException.class,
              e -> assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.DATED_BEFORE_START))
          .hasMessageContaining("2000-01-01");
      assertThatThrownBy(() -> journal.append(session("far", LocalDate.of(9999, 12, 31))))
          .isInstanceOfSatisfying(EventRejectedException.class,
              e -> assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.DATED_IN_FUTURE));
      assertThatThrownBy(() -> journal.append(session("1900", LocalDate.of(1900, 1, 1))))
          .isInstanceOf(EventRejectedException.class);
      assertThat(journal.events()).isEmpty();
    }
    assertThat(Files.size(file)).isZero();
  }

  @Test
  void theCeilingIsTheInjectedClocksTodayPlusOneDay() {
    EventDates dates = EventDates.of(NOON_2026_03_10);
    assertThat(dates.latestAccepted()).isEqualTo(LocalDate.of(2026, 3, 11));
    try (FileJournal journal = FileJournal.open(TempFiles.newJournalPath(), ROSTER,
        FileJournalOptions.defaults().withEventDates(dates))) {
      assertThat(journal.append(session("tomorrow", LocalDate.of(2026, 3, 11)))).isEqualTo(AppendResult.APPENDED);
      assertThatThrownBy(() -> journal.append(session("later", LocalDate.of(2026, 3, 12))))
          .isInstanceOfSatisfying(EventRejectedException.class,
              e -> assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.DATED_IN_FUTURE))
          .hasMessageContaining("expected a date on or before 2026-03-11")
          .hasMessageContaining("found 2026-03-12");
    }
  }

  @Test
  void aKnownPairStartRaisesTheFloor() {
    EventDates dates = EventDates.of(NOON_2026_03_10).withPairStarts(Map.of(PAIR, LocalDate.of(2026, 1, 5)));
    InMemoryJournal journal = InMemoryJournal.of(ROSTER, dates);
    assertThatThrownBy(() -> journal.append(session("early", LocalDate.of(2026, 1, 4))))
        .isInstanceOfSatisfying(EventRejectedException.class,
            e -> assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.DATED_BEFORE_START))
        .hasMessageContaining("the pair's start on 2026-01-05");
    assertThat(journal.append(session("first", LocalDate.of(2026, 1, 5)))).isEqualTo(AppendResult.APPENDED);
    // another pair keeps the general floor
    assertThat(dates.earliestAccepted(MentoringPair.of("m2", "s2"))).isEqualTo(EventDates.EARLIEST);
  }

  @Test
  void theRulesCheckDatesForThirdPartyJournalsToo() {
    assertThatThrownBy(() -> JournalRules.check(session("far", LocalDate.of(9999, 12, 31)), ROSTER,
        JournalHistory.empty())).isInstanceOf(EventRejectedException.class);
    assertThat(JournalRules.check(session("ok", LocalDate.of(2026, 3, 11)), ROSTER, JournalHistory.empty(),
        EventDates.of(NOON_2026_03_10))).isEqualTo(AppendResult.APPENDED);
  }

  @Test
  void aReaderNamesTheLineOfAFarFutureEvent() throws IOException {
    Path file = TempFiles.newJournalPath();
    String lines = EventCodec.encode(session("a", LocalDate.of(2026, 2, 1))) + "\n"
        + EventCodec.encode(session("b", LocalDate.of(9999, 12, 31))) + "\n"
        + EventCodec.encode(session("c", LocalDate.of(1900, 1, 1))) + "\n";
    Files.write(file, lines.getBytes(UTF_8));
    String name = file.getFileName().toString();
    assertThatThrownBy(() -> JournalReader.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::location).containsExactly(name + ":2", name + ":3"));
    assertThatThrownBy(() -> FileJournal.open(file, ROSTER))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::location).containsExactly(name + ":2", name + ":3"));
    // with a clock far ahead, the 9999 line is plausible and only the 1900 one remains wrong
    Clock future = Clock.fixed(Instant.parse("9999-12-31T00:00:00Z"), ZoneOffset.UTC);
    assertThatThrownBy(() -> JournalReader.read(file, EventDates.of(future)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::location).containsExactly(name + ":3"));
  }

  @Test
  void theStreamingReaderAppliesTheSameRuleAsTheCollectingOne() throws IOException {
    Path file = TempFiles.newJournalPath();
    String lines = EventCodec.encode(session("a", LocalDate.of(2026, 2, 1))) + "\n"
        + EventCodec.encode(session("b", LocalDate.of(9999, 12, 31))) + "\n"
        + EventCodec.encode(session("c", LocalDate.of(1900, 1, 1))) + "\n";
    Files.write(file, lines.getBytes(UTF_8));
    String name = file.getFileName().toString();
    assertThatThrownBy(() -> JournalReader.forEach(file, e -> { }))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::location).containsExactly(name + ":2", name + ":3"));
    Clock future = Clock.fixed(Instant.parse("9999-12-31T00:00:00Z"), ZoneOffset.UTC);
    assertThatThrownBy(() -> JournalReader.forEach(file, EventDates.of(future), e -> { }))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::location).containsExactly(name + ":3"));
    // the day after the clock's today is accepted, the day after that is not
    Files.write(file, (EventCodec.encode(session("d", LocalDate.of(2026, 3, 11))) + "\n"
        + EventCodec.encode(session("e", LocalDate.of(2026, 3, 12))) + "\n").getBytes(UTF_8));
    java.util.List<String> seen = new java.util.ArrayList<>();
    assertThatThrownBy(() -> JournalReader.forEach(file, EventDates.of(NOON_2026_03_10), e -> seen.add(e.id())))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::location).containsExactly(name + ":2"));
    assertThat(seen).containsExactly("d");
  }

  @Test
  void fileJournalAppendAllChecksDatesWithItsClock() throws IOException {
    Path file = TempFiles.newJournalPath();
    FileJournalOptions options = FileJournalOptions.defaults().withEventDates(EventDates.of(NOON_2026_03_10));
    try (FileJournal journal = FileJournal.open(file, ROSTER, options)) {
      assertThatThrownBy(() -> journal.appendAll(java.util.List.of(session("ok", LocalDate.of(2026, 3, 11)),
          session("late", LocalDate.of(2026, 3, 12)))))
          .isInstanceOfSatisfying(EventRejectedException.class,
              e -> assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.DATED_IN_FUTURE));
    }
    assertThat(JournalReader.read(file, EventDates.of(NOON_2026_03_10)).events())
        .extracting(JournalEvent::id).doesNotContain("late");
  }

  @Test
  void toStringShowsNoDates() {
    assertThat(EventDates.of(NOON_2026_03_10).withPairStarts(Map.of(PAIR, LocalDate.of(2026, 1, 5))).toString())
        .contains("pairStarts=1").doesNotContain("m1");
  }
}
