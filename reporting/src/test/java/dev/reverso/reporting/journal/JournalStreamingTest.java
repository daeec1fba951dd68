package dev.reverso.reporting.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.storage.JournalReader;
import org.junit.jupiter.api.Test;

/**
 * {@link JournalReader#forEach}: the same events as {@link JournalReader#read}, with the journal rules checked on
 * the compact state (per pair its close and latest date, a fingerprint per id) instead of the events.
 */
class JournalStreamingTest {

  private static Path journalOf(List<JournalEvent> events, String tail) {
    Path file = TempFiles.newJournalPath();
    StringBuilder content = new StringBuilder();
    events.forEach(e -> content.append(new String(EventCodec.encodeLine(e), UTF_8)));
    FileJournalTest.write(file, (content + tail).getBytes(UTF_8));
    return file;
  }

  @Test
  void streamsWhatReadCollectsSkippingExactRepeatsAndReportingTheTornTail() {
    List<JournalEvent> events = new ArrayList<>(FileJournalTest.history(12));
    events.add(events.get(3)); // an exact repeat: skipped, as a journal skips it
    Path file = journalOf(events, "{\"format\":\"rev");
    List<JournalEvent> streamed = new ArrayList<>();
    Optional<Recovery> torn = JournalReader.forEach(file, streamed::add);
    JournalContents read = JournalReader.read(file);
    assertThat(streamed).containsExactlyElementsOf(read.events()).containsExactlyElementsOf(events.subList(0, 12));
    assertThat(torn).isEqualTo(read.recovery()).map(Recovery::line).contains(14L);
  }

  @Test
  void aDifferentEventUnderARepeatedIdAndEventsAfterACloseAreLocatedErrors() {
    List<JournalEvent> events = new ArrayList<>(FileJournalTest.history(4));
    JournalEvent first = events.get(0);
    events.add(new SessionHeld(first.id(), first.pair(), first.date(), 59)); // line 5: same id, other content
    events.add(PairClosed.of("close", first.pair(), first.date().plusDays(30), CloseReason.COMPLETED)); // line 6
    events.add(new SessionHeld("late", first.pair(), first.date().plusDays(31), 30)); // line 7: after the close
    Path file = journalOf(events, "");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> JournalReader.forEach(file, x -> { }));
    assertThat(e.errors()).extracting(Problem::location).containsExactly("journal.jsonl:5", "journal.jsonl:7");
    assertThat(e.errors().get(0).message()).contains("already recorded").contains("'" + first.id() + "'");
    // the collecting reader finds the same lines
    InvalidInputException read = catchThrowableOfType(InvalidInputException.class, () -> JournalReader.read(file));
    assertThat(read.errors()).extracting(Problem::location).containsExactly("journal.jsonl:5", "journal.jsonl:7");
  }

  @Test
  void streamsFromAnInputStreamToo() {
    List<JournalEvent> events = FileJournalTest.history(5);
    StringBuilder content = new StringBuilder();
    events.forEach(e -> content.append(new String(EventCodec.encodeLine(e), UTF_8)));
    List<JournalEvent> streamed = new ArrayList<>();
    JournalReader.forEach(new ByteArrayInputStream(content.toString().getBytes(UTF_8)), "j.jsonl", streamed::add);
    assertThat(streamed).containsExactlyElementsOf(events);
  }
}
