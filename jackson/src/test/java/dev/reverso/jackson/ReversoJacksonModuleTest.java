package dev.reverso.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.reporting.journal.CircleFeedback;
import dev.reverso.reporting.journal.CircleSessionHeld;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Combinators;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.match.MatchesJson;
import dev.reverso.reporting.scoring.ScoringModelFiles;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A plain {@code ObjectMapper}, as a Spring Boot application has one, writes and reads Reverso's values. */
class ReversoJacksonModuleTest {
  /** What {@code ObjectMapper.findAndRegisterModules()} gives: the module comes through the service loader. */
  private static final ObjectMapper SPRING_LIKE = new ObjectMapper().findAndRegisterModules();
  private static final MatchResult RESULT = match(80, 7);

  private static MatchResult match(int people, long seed) {
    Program program = SampleOrganization.generate(people, seed);
    return Matcher.builder().strategy("optimal").build().match(program);
  }

  @Test
  void theModuleIsFoundByTheServiceLoader() {
    assertThat(SPRING_LIKE.getRegisteredModuleIds()).contains(ReversoJacksonModule.class.getName());
  }

  @Test
  void withoutTheModuleAPlainMapperCannotWriteAResult() {
    // the friction the module removes: Jackson alone finds no serializer for Reverso's value types
    assertThatThrownBy(() -> new ObjectMapper().writeValueAsString(RESULT))
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("No serializer found");
    assertThatThrownBy(() -> new ObjectMapper().writeValueAsString(RESULT.pairs().get(0)))
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("ParticipantId");
  }

  @Test
  void aResultIsWrittenAsTheMatchesFile() throws Exception {
    assertThat(RESULT.pairs()).isNotEmpty();
    assertThat(RESULT.unmatched()).isNotEmpty();
    JsonNode file = SPRING_LIKE.readTree(MatchesJson.idsOnly().toJson(RESULT));
    assertThat(SPRING_LIKE.readTree(SPRING_LIKE.writeValueAsString(RESULT))).isEqualTo(file);
    assertThat(SPRING_LIKE.<JsonNode>valueToTree(RESULT)).isEqualTo(file);
    // pretty printing is the caller's: same tree
    assertThat(SPRING_LIKE.readTree(SPRING_LIKE.writerWithDefaultPrettyPrinter().writeValueAsString(RESULT)))
        .isEqualTo(file);
  }

  @Property(tries = 15)
  void aResultAndItsPartsSurviveARoundTrip(@ForAll @IntRange(min = 2, max = 60) int people,
      @ForAll @IntRange(min = 0, max = 1000) int seed) throws Exception {
    MatchResult result = match(people, seed);
    String json = SPRING_LIKE.writeValueAsString(result);
    assertThat(SPRING_LIKE.readValue(json, MatchResult.class)).isEqualTo(result);
    for (Pairing p : result.pairs()) {
      String pair = SPRING_LIKE.writeValueAsString(p);
      assertThat(SPRING_LIKE.readValue(pair, Pairing.class)).isEqualTo(p);
      assertThat(SPRING_LIKE.readTree(pair)).isEqualTo(SPRING_LIKE.readTree(MatchesJson.idsOnly().pairToJson(p)));
      Explanation e = p.explanation();
      JsonNode explanation = SPRING_LIKE.valueToTree(e);
      assertThat(explanation.get("mentor").asText()).isEqualTo(p.mentorId().value());
      assertThat(explanation.get("total").asDouble()).isEqualTo(e.total());
      assertThat(SPRING_LIKE.treeToValue(explanation, Explanation.class)).isEqualTo(e);
    }
    for (Unmatched u : result.unmatched()) {
      assertThat(SPRING_LIKE.readValue(SPRING_LIKE.writeValueAsString(u), Unmatched.class)).isEqualTo(u);
    }
  }

  @Provide
  Arbitrary<JournalEvent> events() {
    Arbitrary<String> ids = Arbitraries.strings().withCharRange('!', '~').withChars("éß€").ofMinLength(1)
        .ofMaxLength(20).filter(s -> !s.startsWith(" ") && !s.endsWith(" "));
    Arbitrary<MentoringPair> pairs = Arbitraries.of(MentoringPair.of("E0101", "E0007"), MentoringPair.of("m-1", "s/2"));
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    Arbitrary<Optional<String>> texts = Arbitraries.strings().ofMaxLength(50).optional(0.5);
    Arbitrary<Integer> likert = Arbitraries.integers().between(1, 5);
    return Arbitraries.oneOf(
        Combinators.combine(ids, pairs, dates, Arbitraries.integers().between(1, 600)).as(SessionHeld::new),
        Combinators.combine(ids, pairs, dates, Arbitraries.of(Side.class), texts).as(SessionCancelled::new),
        Combinators.combine(ids, pairs, dates, Arbitraries.of(CloseReason.class), texts).as(PairClosed::new),
        Combinators.combine(ids, pairs, dates, Arbitraries.of(Side.class), likert, likert,
            Arbitraries.integers().between(0, 10).optional(0.5), texts)
            .as((id, pair, date, side, r, l, nps, comment) -> {
              Feedback.Builder b = Feedback.builder(id, pair, date, side).ratings(r, l, 6 - r).progress("genai", l);
              nps.ifPresent(b::nps);
              comment.ifPresent(b::comment);
              return b.build();
            }),
        Combinators.combine(ids, pairs, dates, Arbitraries.of(Side.class), likert, texts)
            .as((id, pair, date, side, r, comment) -> new CircleFeedback(id, "circle-" + id, pair, date, side, r, r, r,
                comment)),
        Combinators.combine(ids, dates, Arbitraries.integers().between(1, 600))
            .as((id, date, minutes) -> CircleSessionHeld.of(id, "c1", "s-9", List.of("m-2", "m-1"), date, minutes)),
        Combinators.combine(ids, pairs, dates, texts)
            .as((id, pair, date, reason) -> new EventRetracted(id, pair, date, id + "-typo", reason)));
  }

  @Property(tries = 300)
  void everyJournalEventIsItsJournalLineAndReadsBack(@ForAll("events") JournalEvent event) throws Exception {
    String json = SPRING_LIKE.writeValueAsString(event);
    assertThat(SPRING_LIKE.readTree(json)).isEqualTo(SPRING_LIKE.readTree(EventCodec.encode(event)));
    assertThat(SPRING_LIKE.readValue(json, JournalEvent.class)).isEqualTo(event);
    assertThat(SPRING_LIKE.readValue(json, event.getClass())).isEqualTo(event);
  }

  @Provide
  Arbitrary<ScoringModel> models() {
    ScoringModel defaults = ScoringModel.reverseMentoringDefaults();
    List<String> ids = new java.util.ArrayList<>(defaults.weights().keySet());
    return Arbitraries.doubles().between(0, 5).list().ofSize(ids.size()).map(weights -> {
      ScoringModel m = defaults;
      for (int k = 0; k < ids.size(); k++) {
        m = m.withWeight(ids.get(k), k == 0 ? weights.get(k) + 0.1 : weights.get(k));
      }
      return m;
    });
  }

  @Property(tries = 50)
  void aScoringModelIsItsScoringFile(@ForAll("models") ScoringModel model) throws Exception {
    String json = SPRING_LIKE.writeValueAsString(model);
    assertThat(SPRING_LIKE.readTree(json)).isEqualTo(SPRING_LIKE.readTree(ScoringModelFiles.toJson(model)));
    assertThat(SPRING_LIKE.readValue(json, ScoringModel.class)).isEqualTo(model);
  }

  /** What a controller returns: Reverso's values inside the application's own record. */
  record Answer(MatchResult result, List<JournalEvent> events, MentoringPair pair, ParticipantId who) {}

  @Test
  void valuesInsideTheApplicationsOwnTypesRoundTrip() throws Exception {
    Pairing first = RESULT.pairs().get(0);
    MentoringPair pair = new MentoringPair(first.mentorId(), first.menteeId());
    Answer answer = new Answer(RESULT, List.of(SessionHeld.of("s1", pair,
        java.time.LocalDate.of(2026, 3, 2), 45)), pair, first.mentorId());
    String json = SPRING_LIKE.writeValueAsString(answer);
    assertThat(SPRING_LIKE.readTree(json).get("pair").toString())
        .isEqualTo("{\"mentor\":\"" + pair.mentorId().value() + "\",\"mentee\":\"" + pair.menteeId().value() + "\"}");
    assertThat(SPRING_LIKE.readTree(json).get("who").asText()).isEqualTo(first.mentorId().value());
    assertThat(SPRING_LIKE.readValue(json, Answer.class)).isEqualTo(answer);
  }

  @Test
  void badInputIsAMappingErrorListingEveryProblemWithItsPath() {
    String json = "{\"mentor\":\"m1\",\"mentee\":\" x\",\"score\":1.5,\"explanation\":{}}";
    assertThatThrownBy(() -> SPRING_LIKE.readValue(json, Pairing.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("$.mentee").hasMessageContaining("$.score").hasMessageContaining("$.explanation.total")
        .hasCauseInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> SPRING_LIKE.readValue("{\"format\":\"reverso/event@1\",\"type\":\"session-held\","
        + "\"id\":\"s\",\"mentor\":\"m\",\"mentee\":\"n\",\"date\":\"2026-01-05\",\"minutes\":30}",
        PairClosed.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("expected a PairClosed event, found session-held");
    assertThatThrownBy(() -> SPRING_LIKE.readValue("\"\"", ParticipantId.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("HR id");
  }
}
