package dev.reverso.reporting.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.MentoringPair;
import dev.reverso.reporting.journal.storage.FileJournal;
import dev.reverso.reporting.journal.storage.FileJournalOptions;
import dev.reverso.reporting.journal.storage.InMemoryJournal;
import dev.reverso.reporting.journal.storage.JournalReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The story: a session typed as 2031, refused by the clock or, once recorded, retracted. */
class CorrectionTest {
  private static final MentoringPair PAIR = MentoringPair.of("E0101", "E0007");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  @Test
  void anInjectedClockRefusesAFutureDateWithAClearMessage() {
    try (InMemoryJournal j = InMemoryJournal.of(Set.of(PAIR), CLOCK)) {
      assertThatThrownBy(() -> j.append(SessionHeld.of("s1", PAIR, LocalDate.of(2031, 2, 12), 60)))
          .isInstanceOfSatisfying(EventRejectedException.class,
              e -> assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.DATED_IN_FUTURE))
          .hasMessageContaining("expected a date on or before 2026-03-02 (today 2026-03-01 plus 1 day), found 2031-02-12");
      assertThat(j.append(SessionHeld.of("s1", PAIR, TODAY.plusDays(1), 60))).isEqualTo(AppendResult.APPENDED);
    }
    try (FileJournal f = FileJournal.open(TempFiles.newJournalPath(), Set.of(PAIR),
        FileJournalOptions.defaults().withClock(CLOCK))) {
      assertThatThrownBy(() -> f.append(SessionHeld.of("s1", PAIR, LocalDate.of(2031, 2, 12), 60)))
          .isInstanceOf(EventRejectedException.class).hasMessageContaining("DATED_IN_FUTURE");
    }
  }

  @Test
  void aRetractedTypoNoLongerBlocksTheCloseInTheFileAndInEveryWayOfReadingIt() {
    Clock later = Clock.fixed(LocalDate.of(2031, 3, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    FileJournalOptions options = FileJournalOptions.defaults().withClock(later);
    Path file = TempFiles.newJournalPath();
    SessionHeld typo = SessionHeld.of("s2", PAIR, LocalDate.of(2031, 2, 12), 60);
    List<JournalEvent> all = List.of(SessionHeld.of("s1", PAIR, LocalDate.of(2026, 2, 12), 60), typo,
        EventRetracted.of("r1", typo, LocalDate.of(2026, 6, 1)).withReason("the year was wrong"),
        SessionHeld.of("s3", PAIR, LocalDate.of(2026, 2, 26), 60),
        PairClosed.of("c1", PAIR, LocalDate.of(2026, 6, 1), CloseReason.COMPLETED));
    try (FileJournal j = FileJournal.open(file, Set.of(PAIR), options)) {
      j.append(all.get(0));
      j.append(typo);
      assertThatThrownBy(() -> j.append(all.get(4))).isInstanceOfSatisfying(EventRejectedException.class,
          e -> assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.DATED_AFTER_CLOSE));
      j.append(all.get(2));
      j.append(all.get(3));
      assertThat(j.append(all.get(4))).isEqualTo(AppendResult.APPENDED);
    }
    // reopening replays the history through the rules; the streaming reader checks it too
    try (FileJournal j = FileJournal.open(file, Set.of(PAIR), options)) {
      assertThat(j.events()).containsExactlyElementsOf(all);
      List<JournalEvent> streamed = new ArrayList<>();
      j.forEach(streamed::add);
      assertThat(streamed).containsExactlyElementsOf(all);
    }
    assertThat(JournalReader.read(file, EventDates.of(later)).events()).containsExactlyElementsOf(all);
    List<JournalEvent> streamed = new ArrayList<>();
    JournalReader.forEach(file, EventDates.of(later), streamed::add);
    assertThat(streamed).containsExactlyElementsOf(all);
    assertThat(Retractions.countingEvents(streamed)).containsExactly(all.get(0), all.get(3), all.get(4));
  }

  @Test
  void theCheapFirstPassFindsTheSameRetractionsAsAFullOne() throws Exception {
    Path file = TempFiles.newJournalPath();
    SessionHeld s1 = SessionHeld.of("s1", PAIR, LocalDate.of(2026, 1, 12), 60);
    SessionHeld s2 = SessionHeld.of("s2", PAIR, LocalDate.of(2026, 1, 19), 60);
    try (FileJournal j = FileJournal.open(file, Set.of(PAIR), FileJournalOptions.defaults().withClock(CLOCK))) {
      j.append(s1);
      j.append(s2);
      j.append(EventRetracted.of("r1", s1, LocalDate.of(2026, 2, 1)));
    }
    // a hand-edited line that spells its type with a unicode escape is still a retraction
    String escaped = java.nio.file.Files.readAllLines(file).get(2).replace("r1", "r2").replace("\"s1\"", "\"s2\"")
        .replace("event-retracted", "event\\u002dretracted");
    java.nio.file.Files.writeString(file, escaped + "\n", java.nio.file.StandardOpenOption.APPEND);
    Retractions.Collector full = Retractions.collector();
    JournalReader.forEach(file, EventDates.of(CLOCK), full);
    assertThat(full.retractions().retractedIds()).containsExactly("s1", "s2");
    assertThat(JournalReader.retractions(file)).isEqualTo(full.retractions());
  }

  @Test
  void aRetractionNeverShowsItsReasonAndValidatesItsFields() {
    EventRetracted r = EventRetracted.of("r1", PAIR, TODAY, "s1").withReason("Anna typed 2031");
    assertThat(r.toString()).contains("r1", "s1").doesNotContain("Anna");
    assertThatThrownBy(() -> EventRetracted.of("r1", PAIR, TODAY, "r1"))
        .hasMessageContaining("retracts: expected the id of another event");
    assertThatThrownBy(() -> EventRetracted.of("r1", PAIR, TODAY, " s1"))
        .hasMessageContaining("retracts: expected no leading or trailing blanks");
  }
}
