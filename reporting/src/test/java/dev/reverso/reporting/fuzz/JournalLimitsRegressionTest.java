package dev.reverso.reporting.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.InvalidInputException;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.storage.FileJournal;
import dev.reverso.reporting.journal.storage.JournalReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the fuzzer in {@link EventCodec}: a line beyond one of Jackson's limits (a number of more than
 * 1 000 digits, nesting deeper than 1 000 levels, a string of more than 20 million characters) threw a
 * {@link NullPointerException} (the limit exception has no location); an empty field name threw an
 * {@link IllegalArgumentException} (a problem location cannot be empty). Both are now located problems, and
 * a complete last line beyond the limits is reported as a bad line, not dropped as a torn write.
 */
class JournalLimitsRegressionTest {
  private static final String VALID = "{\"format\":\"reverso/event@1\",\"type\":\"session-held\",\"id\":\"ev-1\","
      + "\"mentor\":\"m1\",\"mentee\":\"s1\",\"date\":\"2026-03-01\",\"minutes\":MINUTES}";

  @TempDir
  Path dir;

  private static InvalidInputException decodeFailure(String line) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> EventCodec.decode(line));
    assertThat(e).as("an InvalidInputException").isNotNull();
    return e;
  }

  @Test
  void aNumberLongerThanTheParserLimitIsALocatedProblem() {
    String line = VALID.replace("MINUTES", "1" + "0".repeat(1200));
    assertThat(decodeFailure(line).errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).matches("column \\d+");
      assertThat(p.message()).startsWith("expected valid JSON within the import limits").contains("Number value length");
    });
  }

  @Test
  void nestingDeeperThanTheParserLimitIsALocatedProblem() {
    String line = VALID.replace("MINUTES", "[".repeat(1500) + "]".repeat(1500));
    assertThat(decodeFailure(line).errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).matches("column \\d+");
      assertThat(p.message()).isEqualTo("expected JSON nested at most 64 levels deep, found deeper nesting");
    });
  }

  @Test
  void anEmptyFieldNameIsALocatedProblem() {
    String line = VALID.replace("MINUTES", "30").replace("{", "{\"\":1,");
    assertThat(decodeFailure(line).errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("\"\"");
      assertThat(p.message()).startsWith("expected no such field");
    });
    String repeated = VALID.replace("MINUTES", "30").replace("{", "{\"\":1,\"\":2,");
    assertThat(decodeFailure(repeated).errors()).extracting(p -> p.location()).containsOnly("\"\"");
    String emptyKey = VALID.replace("session-held", "feedback").replace(",\"minutes\":MINUTES",
        ",\"from\":\"MENTOR\",\"relationship\":4,\"learning\":4,\"recognition\":4,\"progress\":{\"\":9}");
    assertThat(decodeFailure(emptyKey).errors()).extracting(p -> p.location()).contains("progress.\"\"");
  }

  @Test
  void aCompleteLastLineBeyondTheLimitsIsABadLineNotATornOne() throws IOException {
    byte[] data = (VALID.replace("MINUTES", "30") + "\n" + VALID.replace("ev-1", "ev-2")
        .replace("MINUTES", "9".repeat(1001)) + "\n").getBytes(StandardCharsets.UTF_8);
    InvalidInputException read = catchThrowableOfType(InvalidInputException.class,
        () -> JournalReader.read(new ByteArrayInputStream(data), "journal.jsonl"));
    assertThat(read).isNotNull();
    assertThat(read.errors()).singleElement().satisfies(p -> assertThat(p.location()).startsWith("journal.jsonl:2:column "));
    Path file = Files.write(dir.resolve("journal.jsonl"), data);
    InvalidInputException opened = catchThrowableOfType(InvalidInputException.class,
        () -> FileJournal.open(file, JournalCorpus.ROSTER).close());
    assertThat(opened).isNotNull();
    assertThat(opened.errors()).singleElement().satisfies(p -> assertThat(p.location()).startsWith("journal.jsonl:2:"));
    assertThat(Files.readAllBytes(file)).as("the file is left as it was").isEqualTo(data);
  }

  @Test
  void aFiftyMegabyteCommentFailsFastWithALineLengthError() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    String head = "{\"format\":\"reverso/event@1\",\"type\":\"feedback\",\"id\":\"fb-1\",\"mentor\":\"m1\",\"mentee\":\"s1\","
        + "\"date\":\"2026-03-01\",\"from\":\"MENTEE\",\"relationship\":4,\"learning\":4,\"recognition\":4,\"comment\":\"";
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JournalReader.read(file));
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(p -> {
      // the line is refused by its length before anything parses it (the reader never holds it whole)
      assertThat(p.location()).isEqualTo("journal.jsonl:1");
      assertThat(p.message()).contains("expected a line of at most 1048576 bytes, found one of " + (head.length()
          + 50 * (1 << 20) + 2) + " bytes");
    });
  }

  @Test
  void aShortCommentOverTheTextLimitIsRefusedByTheEvent() {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    line.writeBytes(VALID.replace("session-held", "session-cancelled")
        .replace("\"minutes\":MINUTES", "\"by\":\"MENTOR\",\"note\":\"" + "n".repeat(100_000) + "\"")
        .getBytes(StandardCharsets.UTF_8));
    InvalidInputException e = decodeFailure(line.toString(StandardCharsets.UTF_8));
    assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.location()).isEqualTo("note"));
  }

  @Test
  void fiftyMegabytesOfBadLinesStopAtTheBadLineLimit() {
    byte[] data = "{}\n".repeat(50 * 1024 * 1024 / 3).getBytes(StandardCharsets.UTF_8);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> JournalReader.read(new ByteArrayInputStream(data), "journal.jsonl"));
    assertThat(e).isNotNull();
    // each line misses its six common fields (the type's own fields are not checked without a type)
    assertThat(e.errors()).hasSize(1_000 * 6 + 1);
    assertThat(e.errors()).filteredOn(p -> p.message().startsWith("stopped reading after 1000 bad lines"))
        .singleElement().satisfies(p -> assertThat(p.location()).isEqualTo("journal.jsonl:1000"));
  }

  @Test
  void aLineOfManyFieldsStopsAtTheFieldLimit() {
    StringBuilder line = new StringBuilder("{\"format\":\"reverso/event@1\"");
    for (int i = 0; i < 100_000; i++) {
      line.append(",\"f").append(i).append("\":1");
    }
    assertThat(decodeFailure(line.append('}').toString()).errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("line");
      assertThat(p.message()).isEqualTo("expected at most 64 fields in an event, found more");
    });
  }

  @Test
  void aProgressOfManyKeysStopsAtTheKeyLimit() {
    StringBuilder progress = new StringBuilder("{\"a\":1");
    for (int i = 0; i < 100_000; i++) {
      progress.append(",\"a\":1");
    }
    String line = VALID.replace("session-held", "feedback").replace(",\"minutes\":MINUTES",
        ",\"from\":\"MENTOR\",\"relationship\":4,\"learning\":4,\"recognition\":4,\"progress\":" + progress + "}");
    assertThat(decodeFailure(line).errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("progress");
      assertThat(p.message()).isEqualTo("expected at most 1000 keys, found more");
    });
  }

  @Test
  void aLineReportsAtMostTwentyProblemsAndHowManyMore() {
    StringBuilder line = new StringBuilder("{\"format\":\"reverso/event@1\"");
    for (int i = 0; i < 40; i++) {
      line.append(",\"f").append(i).append("\":1");
    }
    InvalidInputException e = decodeFailure(line.append('}').toString());
    // 40 unknown fields, no type, no id, mentor, mentee or date: 45 problems
    assertThat(e.errors()).hasSize(21);
    assertThat(e.errors().get(20).location()).isEqualTo("line");
    assertThat(e.errors().get(20).message()).isEqualTo("found 25 more problems in this line; fix those listed first");
  }

  @Test
  void eventsBreakingTheRulesStopAtTheBadLineLimit() {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    data.writeBytes(EventCodec.encodeLine(dev.reverso.reporting.journal.PairClosed.of("close", JournalCorpus.ROSTER.get(0),
        java.time.LocalDate.of(2026, 1, 1), dev.reverso.reporting.journal.CloseReason.COMPLETED)));
    for (int i = 0; i < 1_500; i++) {
      data.writeBytes(EventCodec.encodeLine(new dev.reverso.reporting.journal.SessionHeld("s" + i,
          JournalCorpus.ROSTER.get(0), java.time.LocalDate.of(2026, 2, 1), 30)));
    }
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> JournalReader.read(new ByteArrayInputStream(data.toByteArray()), "journal.jsonl"));
    assertThat(e).isNotNull();
    assertThat(e.errors()).hasSize(1_001);
    assertThat(e.errors().get(1_000).message()).startsWith("stopped checking after 1000 events");
    assertThat(e.errors().get(1_000).location()).isEqualTo("journal.jsonl:1001");
  }
}
