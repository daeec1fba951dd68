package dev.reverso.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.reporting.journal.CircleFeedback;
import dev.reverso.reporting.journal.CircleSessionHeld;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.match.MatchesJson;
import dev.reverso.reporting.scoring.ScoringModelFiles;
import java.util.List;

/**
 * Lets a plain Jackson 2 {@code ObjectMapper} (a Spring controller's, for example) write and read Reverso's values
 * in their documented JSON shapes:
 * <ul>
 *   <li>{@link MatchResult}: the {@code reverso/matches@2} document ({@code matches.json}, HR ids only);</li>
 *   <li>{@link Pairing} and {@link Unmatched}: an object of its {@code pairs} / {@code unmatched} array, self-describing (contributions, verdicts and reasons in full, as no header is shared);</li>
 *   <li>{@link Explanation}: a pair's {@code explanation} object with {@code mentor} and {@code mentee} in front;</li>
 *   <li>every {@link JournalEvent}: its {@code reverso/event@1} object, as one line of a journal file;</li>
 *   <li>{@link ScoringModel}: the {@code reverso/scoring@1} document ({@code scoring.json});</li>
 *   <li>{@link ParticipantId}: its HR id string; {@link dev.reverso.core.MentoringPair}: {@code {"mentor", "mentee"}}.</li>
 * </ul>
 * Each value is written by the writer of its file format and read by that format's strict reader, so the JSON
 * cannot drift from the files, and {@code read(write(x)).equals(x)}. A value the reader refuses is a
 * {@link com.fasterxml.jackson.databind.JsonMappingException} whose message lists every problem with its JSON
 * path (its cause is the {@link dev.reverso.core.InvalidInputException}).
 *
 * <p>Register it with {@code mapper.registerModule(new ReversoJacksonModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} (Spring Boot does the equivalent for module beans) find it through
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module}. Stateless and thread-safe.
 */
public final class ReversoJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module with every serializer and deserializer. */
  public ReversoJacksonModule() {
    super(ReversoJacksonModule.class.getName(), Version.unknownVersion());
    addSerializer(MatchResult.class, new DocumentSerializer<>(MatchResult.class, r -> MatchesJson.idsOnly().toJson(r)));
    addDeserializer(MatchResult.class, new DocumentDeserializer<>(MatchResult.class, "MatchResult",
        MatchesJson::fromJson));
    addSerializer(Pairing.class, new DocumentSerializer<>(Pairing.class, p -> MatchesJson.idsOnly().pairToJson(p)));
    addDeserializer(Pairing.class, new DocumentDeserializer<>(Pairing.class, "Pairing", MatchesJson::pairFromJson));
    addSerializer(Unmatched.class, new DocumentSerializer<>(Unmatched.class, MatchesJson::unmatchedToJson));
    addDeserializer(Unmatched.class, new DocumentDeserializer<>(Unmatched.class, "Unmatched",
        MatchesJson::unmatchedFromJson));
    addSerializer(Explanation.class, new ExplanationJson.Serializer());
    addDeserializer(Explanation.class, new ExplanationJson.Deserializer());
    addSerializer(ScoringModel.class, new DocumentSerializer<>(ScoringModel.class, ScoringModelFiles::toJson));
    addDeserializer(ScoringModel.class, new DocumentDeserializer<>(ScoringModel.class, "ScoringModel",
        ScoringModelFiles::fromJson));
    addSerializer(JournalEvent.class, new DocumentSerializer<>(JournalEvent.class, EventCodec::encode));
    addDeserializer(JournalEvent.class, events(JournalEvent.class));
    for (Class<? extends JournalEvent> kind : List.of(SessionHeld.class, SessionCancelled.class, Feedback.class,
        PairClosed.class, CircleSessionHeld.class, CircleFeedback.class, EventRetracted.class)) {
      register(kind);
    }
    addSerializer(ParticipantId.class, new IdJson.IdSerializer());
    addDeserializer(ParticipantId.class, new IdJson.IdDeserializer());
    addSerializer(MentoringPair.class, new IdJson.PairSerializer());
    addDeserializer(MentoringPair.class, new IdJson.PairDeserializer());
  }

  private <E extends JournalEvent> void register(Class<E> kind) {
    addDeserializer(kind, events(kind));
  }

  /** Reads any event and checks that it is of the kind asked for. */
  private static <E extends JournalEvent> DocumentDeserializer<E> events(Class<E> kind) {
    return new DocumentDeserializer<>(kind, kind.getSimpleName(), (json, source) -> {
      JournalEvent e = EventCodec.decode(json);
      if (!kind.isInstance(e)) {
        throw dev.reverso.core.InvalidInputException.of("type", "expected a " + kind.getSimpleName() + " event, found "
            + EventCodec.typeOf(e));
      }
      return kind.cast(e);
    });
  }
}
