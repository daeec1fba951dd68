package dev.reverso.matching.group;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.ParticipantId;
import java.util.Locale;

/**
 * One circle: a senior (the mentee) with a few juniors (the mentors), its score under the
 * {@link CircleObjective} and the evidence behind it. Every mentee–mentor pair of the circle is allowed by
 * every constraint, and the whole circle shares a language.
 *
 * @param id a stable id, {@code circle-} followed by the mentee's id
 * @param mentees the senior(s) of the circle (one with {@link CircleMatcher})
 * @param mentors the juniors, by programme order
 * @param score the circle's score, in [0, 1]
 * @param explanation the terms of the score and who credits which goal
 */
public record Circle(String id, ImmutableList<ParticipantId> mentees, ImmutableList<ParticipantId> mentors,
    double score, CircleExplanation explanation) {

  /** Validates the components and copies the lists. */
  public Circle {
    requireNonNull(id, "id");
    mentees = ImmutableList.copyOf(mentees);
    mentors = ImmutableList.copyOf(mentors);
    requireNonNull(explanation, "explanation");
    if (mentees.isEmpty() || mentors.isEmpty()) {
      throw new IllegalArgumentException("a circle has at least one mentee and one mentor");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], was " + score);
    }
  }

  /** Whether this person is a member, in either role. */
  public boolean contains(ParticipantId id) {
    return mentees.contains(id) || mentors.contains(id);
  }

  /** The id, sizes and score; never names or profiles. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Circle[%s, mentees=%d, mentors=%d, score=%.4f]", id, mentees.size(),
        mentors.size(), score);
  }
}
