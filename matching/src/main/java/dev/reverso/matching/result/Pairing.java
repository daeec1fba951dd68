package dev.reverso.matching.result;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import java.util.Comparator;

/**
 * One pair chosen by a strategy: a mentor, a mentee, the pair's score and why.
 *
 * @param mentorId the mentor (junior)
 * @param menteeId the mentee (senior)
 * @param score the pair's weighted total score in [0, 1], {@linkplain Explanation#round(double) rounded} to six
 *     decimals as its explanation's total
 * @param explanation why the pair scores what it scores; its ids and total match this pairing
 * @param active the pair was already running ({@link dev.reverso.core.Program#active()}): kept, not new
 * @param pinned the programme manager fixed the pair ({@link dev.reverso.core.Program#pinned()})
 */
public record Pairing(ParticipantId mentorId, ParticipantId menteeId, double score, Explanation explanation,
    boolean active, boolean pinned) {
  /** The order of {@link MatchResult#pairs()}: by mentee id, then mentor id. */
  public static final Comparator<Pairing> BY_MENTEE_THEN_MENTOR =
      Comparator.comparing(Pairing::menteeId).thenComparing(Pairing::mentorId);

  /** Validates that the explanation belongs to this pair and that the score is in [0, 1]; rounds the score. */
  public Pairing {
    score = Explanation.round(score);
    requireNonNull(mentorId, "mentorId");
    requireNonNull(menteeId, "menteeId");
    requireNonNull(explanation, "explanation");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], was " + score);
    }
    if (!explanation.mentorId().equals(mentorId) || !explanation.menteeId().equals(menteeId)) {
      throw new IllegalArgumentException("the explanation of " + explanation.mentorId() + "->"
          + explanation.menteeId() + " does not belong to the pair " + mentorId + "->" + menteeId);
    }
  }

  /** A pair chosen by the strategy: neither active nor pinned. */
  public Pairing(ParticipantId mentorId, ParticipantId menteeId, double score, Explanation explanation) {
    this(mentorId, menteeId, score, explanation, false, false);
  }

  /** This pair marked as already active and/or pinned. */
  public Pairing withOrigin(boolean active, boolean pinned) {
    return active == this.active && pinned == this.pinned ? this
        : new Pairing(mentorId, menteeId, score, explanation, active, pinned);
  }

  /** The mentor and the mentee as a {@link MentoringPair}, as the journal and the programme name a pair. */
  public MentoringPair pair() {
    return new MentoringPair(mentorId, menteeId);
  }

  /** Whether the pair starts now: not {@linkplain #active() active} (a pinned pair is new). */
  public boolean isNew() {
    return !active;
  }

  /** {@code mentor->mentee (score)}, with {@code active} / {@code pinned} when so: ids only. */
  @Override
  public String toString() {
    return mentorId + "->" + menteeId + " (" + String.format(java.util.Locale.ROOT, "%.4f", score) + ")"
        + (active ? " active" : "") + (pinned ? " pinned" : "");
  }
}
