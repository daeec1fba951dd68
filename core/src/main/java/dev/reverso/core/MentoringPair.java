package dev.reverso.core;

import static java.util.Objects.requireNonNull;

/**
 * A mentor and a mentee paired together: an earlier pairing (history) or one that is active now.
 *
 * @param mentorId the junior who mentors
 * @param menteeId the senior who is mentored
 */
public record MentoringPair(ParticipantId mentorId, ParticipantId menteeId) implements Comparable<MentoringPair> {

  /** Validates the components. */
  public MentoringPair {
    requireNonNull(mentorId, "mentorId");
    requireNonNull(menteeId, "menteeId");
  }

  /** The pair of these raw ids. */
  public static MentoringPair of(String mentorId, String menteeId) {
    return new MentoringPair(ParticipantId.of(mentorId), ParticipantId.of(menteeId));
  }

  /** Orders by mentor id, then mentee id. */
  @Override
  public int compareTo(MentoringPair o) {
    int c = mentorId.compareTo(o.mentorId);
    return c != 0 ? c : menteeId.compareTo(o.menteeId);
  }

  /** {@code mentorId->menteeId}. */
  @Override
  public String toString() {
    return mentorId + "->" + menteeId;
  }
}
