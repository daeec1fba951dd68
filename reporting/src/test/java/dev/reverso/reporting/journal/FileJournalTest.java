package dev.reverso.reporting.journal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.Journal;
import dev.reverso.reporting.journal.JournalContents;
import dev.reverso.reporting.journal.JournalContract;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.journal.TempFiles;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.EventConflictException;
import dev.reverso.reporting.journal.EventRejectedException;
import dev.reverso.reporting.journal.JournalStorageException;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.Recovery;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.storage.FileJournal;
import dev.reverso.reporting.journal.storage.FileJournalOptions;
import dev.reverso.reporting.journal.storage.JournalReader;

class FileJournalTest extends JournalContract {
  private static final String SECRET = "Confidential: my manager is difficult";

  @Override
  Journal newJournal(Set<MentoringPair> roster) {
    return FileJournal.open(TempFiles.newJournalPath(), roster);
  }

  @Override
  Object storage(Journal journal) {
    return new String(bytes(((FileJournal) journal).file()), ISO_8859_1);
  }

  @Override
  List<JournalEvent> reopenedEvents(Journal journal) {
    Path file = ((FileJournal) journal).file();
    List<JournalEvent> fromReader = JournalReader.read(file).events();
    try (FileJournal again = FileJournal.open(file, ROSTER)) {
      assertThat(again.events()).isEqualTo(fromReader);
      assertThat(again.recovery()).isEmpty();
      return again.events();
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, byte[] data) {
    try {
      Files.write(file, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A mixed history of n events on two pairs, with private texts and non-ASCII characters. */
  static List<JournalEvent> history(int n) {
    List<JournalEvent> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      MentoringPair pair = i % 2 == 0 ? P1 : P2;
      JournalEvent e = switch (i % 3) {
        case 0 -> new SessionHeld("h" + i, pair, D0.plusDays(i), 30 + i);
        case 1 -> SessionCancelled.of("c" + i, pair, D0.plusDays(i), Side.MENTOR).withNote("Zürich ✈ " + i);
        default -> Feedback.builder("f" + i, pair, D0.plusDays(i), Side.MENTEE).ratings(4, 5, 3).nps(8)
            .progress("genai", 2 + i % 3).comment(SECRET + " \"" + i + "\"\n😀").build();
      };
      events.add(e);
    }
    return events;
  }

  @Test
  void appendAllWritesWhatAppendWouldAndStopsAtTheFirstRefusal() {
    Path one = TempFiles.newJournalPath();
    Path batch = TempFiles.newJournalPath();
    List<JournalEvent> events = new ArrayList<>(history(9));
    events.add(events.get(2)); // an exact repeat: already present
    try (FileJournal j = FileJournal.open(one, ROSTER)) {
      events.forEach(j::append);
    }
    try (FileJournal j = FileJournal.open(batch, ROSTER)) {
      assertThat(j.appendAll(events)).hasSize(10).last().isEqualTo(AppendResult.ALREADY_PRESENT);
      assertThat(j.events()).containsExactlyElementsOf(events.subList(0, 9));
    }
    assertThat(bytes(batch)).isEqualTo(bytes(one));

    // a close, then an event after it: the close and everything before it are recorded, the rest is not
    Path refused = TempFiles.newJournalPath();
    List<JournalEvent> more = new ArrayList<>(history(3));
    more.add(PairClosed.of("x", P1, D0.plusDays(10), CloseReason.COMPLETED));
    more.add(new SessionHeld("late", P1, D0.plusDays(11), 30));
    more.add(new SessionHeld("never-looked-at", P2, D0.plusDays(12), 30));
    try (FileJournal j = FileJournal.open(refused, ROSTER)) {
      assertThatThrownBy(() -> j.appendAll(more)).isInstanceOf(EventRejectedException.class);
      assertThat(j.events()).containsExactlyElementsOf(more.subList(0, 4));
    }
    assertThat(JournalReader.read(refused).events()).containsExactlyElementsOf(more.subList(0, 4));
  }

  @Test
  void theFileHoldsOneEncodedLinePerEvent() {
    Path file = TempFiles.newJournalPath();
    List<JournalEvent> events = history(7);
    StringBuilder expected = new StringBuilder();
    try (FileJournal j = FileJournal.open(file, ROSTER)) {
      for (JournalEvent e : events) {
        j.append(e);
        expected.append(new String(EventCodec.encodeLine(e), UTF_8));
      }
    }
    assertThat(new String(bytes(file), UTF_8)).isEqualTo(expected.toString());
    assertThat(JournalReader.read(file)).isEqualTo(new JournalContents(
        com.google.common.collect.ImmutableList.copyOf(events), java.util.Optional.empty()));
  }

  @Test
  void aTornLastRecordCutAtAnyByteIsRecoveredAndReported() {
    Path file = TempFiles.newJournalPath();
    List<JournalEvent> events = history(12);
    events.set(11, Feedback.builder("last", P1, D0.plusDays(40), Side.MENTOR).ratings(5, 5, 5).nps(10)
        .progress("strategy", 4).comment(SECRET + " ünïcødé 😀").build());
    try (FileJournal j = FileJournal.open(file, ROSTER)) {
      events.forEach(j::append);
    }
    byte[] whole = bytes(file);
    int lastStart = whole.length - EventCodec.encodeLine(events.get(11)).length;
    List<JournalEvent> earlier = events.subList(0, 11);
    for (int cut = lastStart; cut < whole.length; cut++) {
      byte[] torn = Arrays.copyOf(whole, cut);
      write(file, torn);
      JournalContents read = JournalReader.read(file);
      assertThat(read.events()).containsExactlyElementsOf(earlier);
      assertThat(bytes(file)).hasSize(cut);
      try (FileJournal j = FileJournal.open(file, ROSTER)) {
        assertThat(j.events()).containsExactlyElementsOf(earlier);
        if (cut == lastStart) {
          assertThat(j.recovery()).isEmpty();
          assertThat(read.recovery()).isEmpty();
        } else {
          Recovery expected = new Recovery("journal.jsonl", 12, lastStart, cut - lastStart);
          assertThat(j.recovery()).contains(expected);
          assertThat(read.recovery()).contains(expected);
        }
        assertThat(bytes(file)).hasSize(lastStart);
        // The lost event was never acknowledged: appending it again restores the file exactly.
        assertThat(j.append(events.get(11))).isEqualTo(AppendResult.APPENDED);
      }
      assertThat(bytes(file)).isEqualTo(whole);
    }
  }

  /**
   * An append writes its whole line, line end last, in one write: a crash can cut a line short but never leave a
   * complete bad line. So a complete but unparsable last line is corruption, reported like any other bad line,
   * and the file is left as it was (it used to be truncated away as a torn write).
   */
  @Test
  void aCompleteButUnparsableLastLineIsAnErrorAndIsNotTruncated() {
    for (String tail : List.of("{\"format\":\"reverso/ev\n", "\0\0\0\0\0\0\n", "garbage\n")) {
      Path file = TempFiles.newJournalPath();
      List<JournalEvent> events = history(3);
      StringBuilder content = new StringBuilder();
      events.forEach(e -> content.append(new String(EventCodec.encodeLine(e), UTF_8)));
      byte[] data = (content + tail).getBytes(UTF_8);
      write(file, data);
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> FileJournal.open(file, ROSTER));
      assertThat(e).as(tail).isNotNull();
      assertThat(e.errors()).extracting(Problem::location).allMatch(l -> l.startsWith("journal.jsonl:4"));
      assertThat(bytes(file)).as("nothing truncated").isEqualTo(data);
      InvalidInputException read = catchThrowableOfType(InvalidInputException.class, () -> JournalReader.read(file));
      assertThat(read.errors()).extracting(Problem::location).allMatch(l -> l.startsWith("journal.jsonl:4"));
    }
  }

  @Test
  void aNewJournalFileIsReadableAndWritableByItsOwnerOnly() throws IOException {
    Path file = TempFiles.newJournalPath();
    Files.deleteIfExists(file);
    try (FileJournal j = FileJournal.open(file, ROSTER)) {
      j.append(history(1).get(0));
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void aCorruptLineElsewhereIsInvalidInputNamingEveryBadLine() {
    Path file = TempFiles.newJournalPath();
    List<JournalEvent> events = history(5);
    List<String> lines = new ArrayList<>();
    events.forEach(e -> lines.add(EventCodec.encode(e)));
    lines.set(1, lines.get(1).substring(0, 30));                              // torn in the middle: line 2
    lines.set(2, lines.get(2).replace("\"relationship\":4", "\"relationship\":9")); // invalid value: line 3
    byte[] content = (String.join("\n", lines) + "\n{\"format\":\"rev").getBytes(UTF_8); // torn tail: line 6
    write(file, content);
    assertThatThrownBy(() -> FileJournal.open(file, ROSTER))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).extracting(Problem::location)
              .containsExactly("journal.jsonl:2:column 31", "journal.jsonl:3:relationship");
          assertThat(e.getMessage()).doesNotContain("Confidential");
        });
    assertThatThrownBy(() -> JournalReader.read(file)).isInstanceOf(InvalidInputException.class);
    assertThat(bytes(file)).isEqualTo(content);
  }

  @Test
  void recordedHistoryMustKeepTheRulesButNotTheCurrentRoster() {
    Path file = TempFiles.newJournalPath();
    String lines = EventCodec.encode(PairClosed.of("x", UNKNOWN, D0, CloseReason.COMPLETED)) + "\n\n"
        + EventCodec.encode(SessionHeld.of("s", "m9", "s9", D0.plusDays(1), 30)) + "\n"
        + EventCodec.encode(SessionHeld.of("x", "m1", "s1", D0, 30)) + "\n";
    write(file, lines.getBytes(UTF_8));
    assertThatThrownBy(() -> FileJournal.open(file, ROSTER))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::location).containsExactly("journal.jsonl:3", "journal.jsonl:4"))
        .hasMessageContaining("DATED_AFTER_CLOSE")
        .hasMessageContaining("already recorded");
    // A pair closed before the roster changed stays in the history.
    write(file, (EventCodec.encode(PairClosed.of("x", UNKNOWN, D0, CloseReason.COMPLETED)) + "\n").getBytes(UTF_8));
    try (FileJournal j = FileJournal.open(file, ROSTER)) {
      assertThat(j.events()).hasSize(1);
      assertThatThrownBy(() -> j.append(SessionHeld.of("s", "m9", "s9", D0, 30)))
          .isInstanceOf(EventRejectedException.class);
    }
  }

  @Test
  void anotherInstanceSeesEveryEventForRulesAndIdempotency() {
    Path file = TempFiles.newJournalPath();
    try (FileJournal a = FileJournal.open(file, ROSTER); FileJournal b = FileJournal.open(file, ROSTER)) {
      SessionHeld s = SessionHeld.of("s", "m1", "s1", D0, 30);
      assertThat(a.append(s)).isEqualTo(AppendResult.APPENDED);
      assertThat(b.append(s)).isEqualTo(AppendResult.ALREADY_PRESENT);
      assertThatThrownBy(() -> b.append(SessionHeld.of("s", "m1", "s1", D0, 45))).isInstanceOf(EventConflictException.class);
      b.append(PairClosed.of("x", P1, D0.plusDays(3), CloseReason.COMPLETED));
      assertThatThrownBy(() -> a.append(SessionHeld.of("t", "m1", "s1", D0.plusDays(2), 30)))
          .isInstanceOfSatisfying(EventRejectedException.class,
              e -> assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.PAIR_CLOSED));
      assertThat(a.events()).isEqualTo(b.events()).hasSize(2);
    }
  }

  @Test
  void aTornTailLeftByAnotherWriterWhileOpenIsRecoveredBeforeTheNextAppend() throws IOException {
    Path file = TempFiles.newJournalPath();
    try (FileJournal j = FileJournal.open(file, ROSTER)) {
      j.append(SessionHeld.of("a", "m1", "s1", D0, 30));
      long good = Files.size(file);
      byte[] torn = "{\"format\":\"reverso/event@1\",\"ty".getBytes(UTF_8);
      Files.write(file, torn, StandardOpenOption.APPEND);
      assertThat(j.append(SessionHeld.of("b", "m1", "s1", D0, 30))).isEqualTo(AppendResult.APPENDED);
      assertThat(j.recovery()).contains(new Recovery("journal.jsonl", 2, good, torn.length));
      assertThat(j.events()).extracting(JournalEvent::id).containsExactly("a", "b");
    }
    assertThat(JournalReader.read(file).events()).extracting(JournalEvent::id).containsExactly("a", "b");
  }

  @Test
  void aFileThatShrinksBehindTheJournalsBackIsAStorageError() throws IOException {
    Path file = TempFiles.newJournalPath();
    try (FileJournal j = FileJournal.open(file, ROSTER)) {
      j.append(SessionHeld.of("a", "m1", "s1", D0, 30));
      write(file, new byte[0]);
      assertThatThrownBy(() -> j.append(SessionHeld.of("b", "m1", "s1", D0, 30)))
          .isInstanceOf(JournalStorageException.class).hasMessageContaining("shrank");
    }
  }

  @Test
  void anInterruptedAppendFailsCleanlyAndTheJournalKeepsWorking() {
    Path file = TempFiles.newJournalPath();
    try (FileJournal j = FileJournal.open(file, ROSTER)) {
      j.append(SessionHeld.of("a", "m1", "s1", D0, 30));
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(() -> j.append(SessionHeld.of("b", "m1", "s1", D0, 30)))
            .isInstanceOf(JournalStorageException.class).hasMessageContaining("appending the same event again is safe");
      } finally {
        Thread.interrupted();
      }
      // The interrupt closed the channel; the next append reopens it, and the retry is accepted once.
      assertThat(j.append(SessionHeld.of("b", "m1", "s1", D0, 30))).isIn(AppendResult.APPENDED, AppendResult.ALREADY_PRESENT);
      assertThat(j.events()).extracting(JournalEvent::id).containsExactly("a", "b");
    }
    assertThat(JournalReader.read(file).events()).extracting(JournalEvent::id).containsExactly("a", "b");
  }

  @Test
  void storageErrorsAndMissingFilesAreReversoExceptions() {
    Path missingDir = TempFiles.newJournalPath().resolveSibling("no-such-dir").resolve("journal.jsonl");
    assertThatThrownBy(() -> FileJournal.open(missingDir, ROSTER))
        .isInstanceOf(JournalStorageException.class).hasMessageContaining("directory does not exist");
    assertThatThrownBy(() -> JournalReader.read(missingDir))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString).containsExactly("ERROR journal.jsonl: expected a journal file, found no such file"));
  }

  @Test
  void theReaderAlsoReadsStreams() {
    byte[] data = (EventCodec.encode(SessionHeld.of("a", "m1", "s1", D0, 30)) + "\n{\"form").getBytes(UTF_8);
    JournalContents c = JournalReader.read(new ByteArrayInputStream(data), "stdin");
    assertThat(c.events()).hasSize(1);
    assertThat(c.recovery()).hasValueSatisfying(r -> assertThat(r.file()).isEqualTo("stdin"));
    assertThat(c.toString()).isEqualTo("JournalContents[events=1, recovered=true]");
  }

  @Test
  void batchedJournalsForceOnSyncAndClose() {
    Path file = TempFiles.newJournalPath();
    FileJournalOptions options = FileJournalOptions.defaults().withForceEvery(100);
    assertThat(options.forceEvery()).isEqualTo(100);
    assertThat(options).isEqualTo(FileJournalOptions.defaults().withForceEvery(100)).isNotEqualTo(FileJournalOptions.defaults());
    assertThatThrownBy(() -> options.withForceEvery(0)).isInstanceOf(IllegalArgumentException.class);
    try (FileJournal j = FileJournal.open(file, ROSTER, options)) {
      assertThat(j.options()).isEqualTo(options);
      history(10).forEach(j::append);
      j.sync();
      assertThat(JournalReader.read(file).events()).hasSize(10);
    }
  }

  @Test
  void logsCarryNoPrivateText() {
    Logger logger = (Logger) LoggerFactory.getLogger(FileJournal.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Level before = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    logger.addAppender(appender);
    try {
      Path file = TempFiles.newJournalPath();
      List<JournalEvent> events = history(6);
      try (FileJournal j = FileJournal.open(file, ROSTER)) {
        events.forEach(j::append);
      }
      byte[] whole = bytes(file);
      write(file, Arrays.copyOf(whole, whole.length - 20));
      try (FileJournal j = FileJournal.open(file, ROSTER)) {
        assertThat(j.toString()).isEqualTo("FileJournal[journal.jsonl, events=5]");
      }
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(before);
    }
    assertThat(appender.list).anySatisfy(e -> {
      assertThat(e.getLevel()).isEqualTo(Level.WARN);
      assertThat(e.getFormattedMessage()).contains("journal.jsonl:6: dropped a torn last line");
    });
    assertThat(appender.list).allSatisfy(e -> assertThat(e.getFormattedMessage())
        .doesNotContain("Confidential", "Zürich", "genai", "m1", "s1"));
  }

  /** The streaming reader (which keeps no events) accepts every history the journal accepted, retractions included. */
  @net.jqwik.api.Property(tries = 60)
  void theStreamingReaderAcceptsEveryHistoryTheJournalAccepted(
      @net.jqwik.api.ForAll("histories") List<JournalEvent> history) {
    Path file = TempFiles.newJournalPath();
    try (FileJournal j = FileJournal.open(file, ROSTER)) {
      for (JournalEvent e : history) {
        try {
          j.append(e);
        } catch (EventRejectedException | EventConflictException refused) {
          // the contract's property checks each outcome; here only what was recorded matters
        }
      }
    }
    List<JournalEvent> streamed = new ArrayList<>();
    assertThat(JournalReader.forEach(file, streamed::add)).isEmpty();
    assertThat(streamed).isEqualTo(JournalReader.read(file).events());
  }
}
