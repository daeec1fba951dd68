package dev.reverso.reporting.journal;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid journal events, built with the events' own constructors and builders. */
public final class JournalArbitraries {
  private JournalArbitraries() {}

  public static Arbitrary<String> eventIds() {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange('!', '~').withChars("éß漢").ofMinLength(1)
        .ofMaxLength(JournalEvent.MAX_ID_LENGTH);
    return Arbitraries.oneOf(plain, plain.map(s -> s.length() < 60 ? s + " x😀" : s));
  }

  public static Arbitrary<ParticipantId> participantIds() {
    return Arbitraries.strings().alpha().numeric().withChars("-_.é").ofMinLength(1).ofMaxLength(20)
        .map(ParticipantId::of);
  }

  public static Arbitrary<MentoringPair> pairs() {
    return Combinators.combine(participantIds(), participantIds()).as(MentoringPair::new);
  }

  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 1800).map(d -> LocalDate.of(2020, 1, 1).plusDays(d)); // in the past: EventDates
  }

  /** Private free text: any BMP text without surrogates (quotes, backslashes, controls, U+2028), maybe an emoji. */
  public static Arbitrary<String> texts() {
    Arbitrary<String> bmp = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withChars("\"\\\n\r\t\u2028")
        .ofMaxLength(80);
    return Arbitraries.oneOf(bmp, bmp.map(s -> s + "🙂"));
  }

  public static Arbitrary<Optional<String>> optionalTexts() {
    return texts().optional(0.5);
  }

  public static Arbitrary<SessionHeld> sessionsHeld() {
    return Combinators.combine(eventIds(), pairs(), dates(), Arbitraries.integers().between(1, SessionHeld.MAX_MINUTES))
        .as(SessionHeld::new);
  }

  public static Arbitrary<SessionCancelled> sessionsCancelled() {
    return Combinators.combine(eventIds(), pairs(), dates(), Arbitraries.of(Side.class), optionalTexts())
        .as(SessionCancelled::new);
  }

  public static Arbitrary<PairClosed> pairsClosed() {
    return Combinators.combine(eventIds(), pairs(), dates(), Arbitraries.of(CloseReason.class), optionalTexts())
        .as(PairClosed::new);
  }

  public static Arbitrary<Feedback> feedbacks() {
    Arbitrary<Integer> likert = Arbitraries.integers().between(Feedback.MIN_LIKERT, Feedback.MAX_LIKERT);
    Arbitrary<Map<String, Integer>> progress = Arbitraries.maps(
        Arbitraries.strings().withCharRange('a', 'z').withChars("-").ofMinLength(1).ofMaxLength(12),
        Arbitraries.integers().between(0, 5)).ofMaxSize(5);
    Arbitrary<int[]> ratings = Combinators.combine(likert, likert, likert).as((r, l, c) -> new int[] {r, l, c});
    return Combinators.combine(eventIds(), pairs(), dates(), Arbitraries.of(Side.class), ratings,
        Arbitraries.integers().between(Feedback.MIN_NPS, Feedback.MAX_NPS).optional(0.7), progress, optionalTexts())
        .as((id, pair, date, side, r, nps, skills, comment) -> {
          Feedback.Builder b = Feedback.builder(id, pair, date, side).ratings(r[0], r[1], r[2]);
          nps.ifPresent(b::nps);
          skills.forEach(b::progress);
          comment.ifPresent(b::comment);
          return b.build();
        });
  }

  public static Arbitrary<String> circleIds() {
    return Arbitraries.strings().withCharRange('!', '~').withChars("é").ofMinLength(1).ofMaxLength(40)
        .map(s -> "circle-" + s);
  }

  public static Arbitrary<CircleSessionHeld> circleSessions() {
    return Combinators.combine(eventIds(), circleIds(), participantIds(), participantIds().set().ofMinSize(1).ofMaxSize(6),
        dates(), Arbitraries.integers().between(1, SessionHeld.MAX_MINUTES))
        .as((id, circle, senior, present, date, minutes) -> {
          java.util.Set<ParticipantId> juniors = new java.util.HashSet<>(present);
          juniors.remove(senior);
          if (juniors.isEmpty()) {
            juniors.add(ParticipantId.of(senior.value() + "-j"));
          }
          return new CircleSessionHeld(id, circle, senior, com.google.common.collect.ImmutableSortedSet.copyOf(juniors),
              date, minutes);
        });
  }

  public static Arbitrary<CircleFeedback> circleFeedbacks() {
    Arbitrary<Integer> likert = Arbitraries.integers().between(Feedback.MIN_LIKERT, Feedback.MAX_LIKERT);
    Arbitrary<int[]> ratings = Combinators.combine(likert, likert, likert).as((r, l, c) -> new int[] {r, l, c});
    return Combinators.combine(eventIds(), circleIds(), pairs(), dates(), Arbitraries.of(Side.class), ratings,
        optionalTexts())
        .as((id, circle, pair, date, side, r, comment) -> new CircleFeedback(id, circle, pair, date, side, r[0], r[1],
            r[2], comment));
  }

  public static Arbitrary<EventRetracted> retractions() {
    return Combinators.combine(eventIds(), pairs(), dates(), eventIds(), optionalTexts())
        .filter((id, pair, date, target, reason) -> !id.equals(target))
        .as(EventRetracted::new);
  }

  public static Arbitrary<JournalEvent> events() {
    return Arbitraries.oneOf(sessionsHeld(), sessionsCancelled(), feedbacks(), pairsClosed(), circleSessions(),
        circleFeedbacks(), retractions());
  }
}
