package dev.reverso.reporting.journal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import dev.reverso.reporting.journal.CircleFeedback;
import dev.reverso.reporting.journal.CircleSessionHeld;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalArbitraries;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.EventChecks;

class EventCodecTest {
  private static final MentoringPair PAIR = MentoringPair.of("m-17", "s-042");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Provide
  Arbitrary<JournalEvent> anyEvent() {
    return JournalArbitraries.events();
  }

  @Property
  void everyEventSurvivesARoundTrip(@ForAll("anyEvent") JournalEvent event) {
    String line = EventCodec.encode(event);
    JournalEvent back = EventCodec.decode(line);
    assertThat(back).isEqualTo(event);
    assertThat(EventCodec.encode(back)).isEqualTo(line);
  }

  @Property
  void aLineIsOneLineOfUtf8StartingWithTheFormat(@ForAll("anyEvent") JournalEvent event) {
    byte[] bytes = EventCodec.encodeLine(event);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n");
    assertThat(text.indexOf('\n')).isEqualTo(text.length() - 1);
    assertThat(text).startsWith("{\"format\":\"reverso/event@1\",\"type\":\"" + EventChecks.typeOf(event) + "\",\"id\":");
    assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
  }

  /** toString depends on no private content: replacing texts and skills leaves it unchanged. */
  @Property
  void toStringNeverShowsPrivateText(@ForAll("anyEvent") JournalEvent event) {
    JournalEvent other;
    if (event instanceof Feedback f) {
      Feedback.Builder b = Feedback.builder(f.id(), f.pair(), f.date(), f.from())
          .ratings(f.relationship(), f.learning(), f.recognition());
      f.nps().ifPresent(b::nps);
      for (int i = 0; i < f.progress().size(); i++) {
        b.progress("other-skill-" + i, i % 6);
      }
      f.comment().ifPresent(c -> b.comment("another comment"));
      other = b.build();
    } else if (event instanceof SessionCancelled c) {
      other = c.note().isPresent() ? c.withNote("another note") : c;
    } else if (event instanceof PairClosed p) {
      other = p.note().isPresent() ? p.withNote("another note") : p;
    } else if (event instanceof CircleFeedback f) {
      other = f.comment().isPresent() ? f.withComment("another comment") : f;
    } else if (event instanceof dev.reverso.reporting.journal.EventRetracted r) {
      other = r.reason().isPresent() ? r.withReason("another reason") : r;
    } else {
      other = event;
    }
    assertThat(other.toString()).isEqualTo(event.toString());
  }

  @Test
  void circleEventsHaveKnownLines() {
    CircleSessionHeld session = CircleSessionHeld.of("c1", "circle-s-042", "s-042", java.util.List.of("m-9", "m-17"),
        DAY, 60);
    assertThat(session.pair()).isEqualTo(PAIR); // "m-17" sorts before "m-9"
    assertThat(EventCodec.encode(session)).isEqualTo(
        "{\"format\":\"reverso/event@1\",\"type\":\"circle-session-held\",\"id\":\"c1\",\"mentor\":\"m-17\","
            + "\"mentee\":\"s-042\",\"date\":\"2026-03-02\",\"circle\":\"circle-s-042\",\"minutes\":60,"
            + "\"present\":[\"m-17\",\"m-9\"]}");
    CircleFeedback feedback = CircleFeedback.of("c2", "circle-s-042", "m-17", "s-042", DAY, Side.MENTEE, 5, 4, 3)
        .withComment("kind words");
    assertThat(EventCodec.encode(feedback)).isEqualTo(
        "{\"format\":\"reverso/event@1\",\"type\":\"circle-feedback\",\"id\":\"c2\",\"mentor\":\"m-17\","
            + "\"mentee\":\"s-042\",\"date\":\"2026-03-02\",\"circle\":\"circle-s-042\",\"from\":\"MENTEE\","
            + "\"relationship\":5,\"learning\":4,\"recognition\":3,\"comment\":\"kind words\"}");
    assertThat(feedback.toString()).doesNotContain("kind words");
  }

  @Test
  void badCircleEventsAreLocatedAllAtOnce() {
    String line = "{\"format\":\"reverso/event@1\",\"type\":\"circle-session-held\",\"id\":\"c1\","
        + "\"mentor\":\"m-9\",\"mentee\":\"s-042\",\"date\":\"2026-03-02\",\"circle\":\"\",\"minutes\":0,"
        + "\"present\":[\"m-17\",7,\"m-17\"]}";
    assertThatThrownBy(() -> EventCodec.decode(line)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).extracting(Problem::location)
            .contains("minutes", "present[1]", "present[2]"));
    String wrongLead = "{\"format\":\"reverso/event@1\",\"type\":\"circle-session-held\",\"id\":\"c1\","
        + "\"mentor\":\"m-9\",\"mentee\":\"s-042\",\"date\":\"2026-03-02\",\"circle\":\"c\",\"minutes\":5,"
        + "\"present\":[\"m-9\",\"m-17\"]}";
    assertThatThrownBy(() -> EventCodec.decode(wrongLead)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mentor: expected the present junior whose id sorts first (m-17)");
    String emptyCircle = "{\"format\":\"reverso/event@1\",\"type\":\"circle-feedback\",\"id\":\"c2\","
        + "\"mentor\":\"m-17\",\"mentee\":\"s-042\",\"date\":\"2026-03-02\",\"circle\":\" x\",\"from\":\"BOTH\","
        + "\"relationship\":6,\"learning\":4,\"recognition\":3,\"present\":[]}";
    assertThatThrownBy(() -> EventCodec.decode(emptyCircle)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).extracting(Problem::location)
            .contains("present", "from", "relationship"));
    assertThatThrownBy(() -> CircleSessionHeld.of("c3", " c", "s-042", java.util.List.of(), DAY, 0))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(Problem::location).containsExactlyInAnyOrder("circle", "present", "minutes"));
  }

  @Test
  void knownLinesOfEveryType() {
    assertThat(EventCodec.encode(SessionHeld.of("s1", "m-17", "s-042", DAY, 45))).isEqualTo(
        "{\"format\":\"reverso/event@1\",\"type\":\"session-held\",\"id\":\"s1\",\"mentor\":\"m-17\","
            + "\"mentee\":\"s-042\",\"date\":\"2026-03-02\",\"minutes\":45}");
    assertThat(EventCodec.encode(SessionCancelled.of("c1", PAIR, DAY, Side.MENTEE).withNote("board meeting"))).isEqualTo(
        "{\"format\":\"reverso/event@1\",\"type\":\"session-cancelled\",\"id\":\"c1\",\"mentor\":\"m-17\","
            + "\"mentee\":\"s-042\",\"date\":\"2026-03-02\",\"by\":\"MENTEE\",\"note\":\"board meeting\"}");
    Feedback f = Feedback.builder("f1", PAIR, DAY, Side.MENTEE).ratings(5, 4, 3).nps(9)
        .progress("genai", 3).progress("social-media", 2).comment("Très utile \"vraiment\"").build();
    assertThat(EventCodec.encode(f)).isEqualTo(
        "{\"format\":\"reverso/event@1\",\"type\":\"feedback\",\"id\":\"f1\",\"mentor\":\"m-17\",\"mentee\":\"s-042\","
            + "\"date\":\"2026-03-02\",\"from\":\"MENTEE\",\"relationship\":5,\"learning\":4,\"recognition\":3,"
            + "\"nps\":9,\"progress\":{\"genai\":3,\"social-media\":2},\"comment\":\"Très utile \\\"vraiment\\\"\"}");
    assertThat(EventCodec.encode(PairClosed.of("x1", PAIR, DAY, CloseReason.COMPLETED))).isEqualTo(
        "{\"format\":\"reverso/event@1\",\"type\":\"pair-closed\",\"id\":\"x1\",\"mentor\":\"m-17\","
            + "\"mentee\":\"s-042\",\"date\":\"2026-03-02\",\"reason\":\"COMPLETED\"}");
  }

  @Test
  void progressIsWrittenInSkillOrderWhateverTheInsertionOrder() {
    Feedback a = Feedback.builder("f", PAIR, DAY, Side.MENTOR).ratings(3, 3, 3).progress("b", 1).progress("a", 2).build();
    Feedback b = Feedback.builder("f", PAIR, DAY, Side.MENTOR).ratings(3, 3, 3).progress("a", 2).progress("b", 1).build();
    assertThat(EventCodec.encode(a)).isEqualTo(EventCodec.encode(b)).contains("{\"a\":2,\"b\":1}");
  }

  @Test
  void fieldOrderAndBlanksDoNotMatterWhenDecoding() {
    JournalEvent e = EventCodec.decode("  {\"minutes\": 30, \"date\": \"2026-03-02\", \"mentee\": \"s-042\", "
        + "\"mentor\": \"m-17\", \"id\": \"s9\", \"type\": \"session-held\", \"format\": \"reverso/event@1\"}\r\n");
    assertThat(e).isEqualTo(SessionHeld.of("s9", "m-17", "s-042", DAY, 30));
  }

  @Test
  void everyProblemOfALineIsReportedAtOnce() {
    String line = "{\"format\":\"reverso/event@1\",\"type\":\"feedback\",\"id\":\"f1\",\"mentor\":\"m\",\"mentee\":\"s\","
        + "\"date\":\"2026-03-02\",\"from\":\"MENTEE\",\"relationship\":0,\"learning\":6,\"recognition\":3,"
        + "\"nps\":11,\"progress\":{\"genai\":7},\"comment\":\"secret words\"}";
    assertThatThrownBy(() -> EventCodec.decode(line))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).extracting(Problem::location)
              .containsExactly("relationship", "learning", "nps", "progress.genai");
          assertThat(e.getMessage()).contains("expected an integer from 1 to 5, found the integer 0").doesNotContain("secret");
        });
  }

  @Test
  void structuralProblemsAreReportedTogether() {
    String line = "{\"format\":\"reverso/event@2\",\"type\":\"session-held\",\"id\":\"\",\"mentor\":\" m\","
        + "\"date\":\"2026-02-30\",\"minutes\":\"45\",\"colour\":\"blue\",\"id\":\"again\"}";
    assertThatThrownBy(() -> EventCodec.decode(line))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::location)
            .containsExactlyInAnyOrder("id", "format", "colour", "mentor", "mentee", "date", "minutes"));
  }

  @Test
  void unknownTypeAndWrongEnumValuesAreNamed() {
    assertThatThrownBy(() -> EventCodec.decode("{\"format\":\"reverso/event@1\",\"type\":\"party\",\"id\":\"p\","
        + "\"mentor\":\"m\",\"mentee\":\"s\",\"date\":\"2026-03-02\"}"))
        .hasMessageContaining("type: expected one of [circle-feedback, circle-session-held, event-retracted, feedback, pair-closed, session-cancelled, session-held], found 'party'");
    assertThatThrownBy(() -> EventCodec.decode("{\"format\":\"reverso/event@1\",\"type\":\"session-cancelled\","
        + "\"id\":\"p\",\"mentor\":\"m\",\"mentee\":\"s\",\"date\":\"2026-03-02\",\"by\":\"mentee\"}"))
        .hasMessageContaining("by: expected one of [MENTOR, MENTEE], found 'mentee'");
  }

  @Test
  void malformedJsonIsReportedByColumnWithoutQuotingIt() {
    assertThatThrownBy(() -> EventCodec.decode("{\"format\":\"reverso/event@1\",\"comment\":\"my secret"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("column")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> EventCodec.decode("[1,2]")).hasMessageContaining("expected a JSON object, found an array");
    assertThatThrownBy(() -> EventCodec.decode("{} {}")).hasMessageContaining("expected the line to end");
  }

  @Test
  void decodingReportsMalformedSeparatelyFromInvalid() {
    byte[] torn = "{\"format\":\"reverso/ev".getBytes(StandardCharsets.UTF_8);
    assertThat(EventCodec.decode(torn, 0, torn.length, "j.jsonl:3").malformed()).isTrue();
    byte[] invalid = "{\"format\":\"reverso/event@1\"}".getBytes(StandardCharsets.UTF_8);
    EventCodec.Decoded d = EventCodec.decode(invalid, 0, invalid.length, "j.jsonl:3");
    assertThat(d.malformed()).isFalse();
    assertThat(d.problems()).extracting(Problem::location).contains("j.jsonl:3:type", "j.jsonl:3:id");
  }
}
