package dev.reverso.reporting.metrics;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Builders of pairings, match results and journal events for the reporting tests. */
public final class MetricsFixtures {
  public static final LocalDate START = LocalDate.of(2026, 1, 5);

  private final AtomicInteger ids = new AtomicInteger();

  /** A pairing with an explanation of no criteria, as a hand-made match result would have. */
  public static Pairing pairing(String mentor, String mentee, double score) {
    ParticipantId a = ParticipantId.of(mentor);
    ParticipantId b = ParticipantId.of(mentee);
    return new Pairing(a, b, score, new Explanation(a, b, score, true, ImmutableList.of(), ImmutableList.of()));
  }

  /** A match result of these pairings. */
  public static MatchResult matches(Pairing... pairings) {
    MatchResult.Builder b = MatchResult.builder("hand-made");
    for (Pairing p : pairings) {
      b.pair(p);
    }
    return b.build();
  }

  /** The pair of a pairing. */
  public static MentoringPair pairOf(Pairing p) {
    return new MentoringPair(p.mentorId(), p.menteeId());
  }

  /** The day {@code days} after {@link #START}. */
  public static LocalDate day(int days) {
    return START.plusDays(days);
  }

  public SessionHeld held(MentoringPair pair, int day, int minutes) {
    return new SessionHeld(nextId(), pair, day(day), minutes);
  }

  public SessionCancelled cancelled(MentoringPair pair, int day, Side by) {
    return SessionCancelled.of(nextId(), pair, day(day), by);
  }

  /** A feedback with these ratings and no NPS. */
  public Feedback.Builder feedback(MentoringPair pair, int day, Side from, int relationship, int learning,
      int recognition) {
    return Feedback.builder(nextId(), pair, day(day), from).ratings(relationship, learning, recognition);
  }

  private String nextId() {
    return "evt-" + ids.incrementAndGet();
  }
}
