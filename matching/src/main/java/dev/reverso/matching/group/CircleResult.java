package dev.reverso.matching.group;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.ParticipantId;
import dev.reverso.matching.result.Unmatched;
import java.util.Locale;
import java.util.Optional;

/**
 * The circles formed by {@link CircleMatcher}, and everyone left in none.
 *
 * <p>{@link #circles()} are in programme order of their mentee; {@link #unassigned()} lists mentors first,
 * then mentees, each by id ({@link Unmatched#BY_ROLE_THEN_ID}). A mentor with room for more circles is not
 * unassigned once in one circle. {@link #totalScore()} is the objective: the sum of the circles' scores.
 * {@link #greedyScore()} is the objective of the first feasible solution (greedy, then the minimum-size
 * repair), before local search, so callers can see what the search added.
 *
 * @param circles the circles
 * @param unassigned the participants in no circle, with the reason
 * @param totalScore the sum of the circles' scores
 * @param greedyScore the objective after greedy and the minimum-size repair
 * @param minMentors the smallest circle size used
 * @param maxMentors the largest circle size used
 * @param objective the objective that was maximised
 */
public record CircleResult(ImmutableList<Circle> circles, ImmutableList<Unmatched> unassigned, double totalScore,
    double greedyScore, int minMentors, int maxMentors, CircleObjective objective) {

  /** Validates and copies. */
  public CircleResult {
    circles = ImmutableList.copyOf(circles);
    unassigned = ImmutableList.copyOf(unassigned);
    requireNonNull(objective, "objective");
    if (!(totalScore >= 0) || !(greedyScore >= 0)) {
      throw new IllegalArgumentException("scores must be at least 0, found " + totalScore + ", " + greedyScore);
    }
  }

  /** The circle with this id, if any. */
  public Optional<Circle> circle(String id) {
    return circles.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The circles this person belongs to, in either role. */
  public ImmutableList<Circle> circlesOf(ParticipantId id) {
    return circles.stream().filter(c -> c.contains(id)).collect(ImmutableList.toImmutableList());
  }

  /** The number of distinct mentors placed in at least one circle. */
  public int assignedMentors() {
    return (int) circles.stream().flatMap(c -> c.mentors().stream()).distinct().count();
  }

  /** Counts and scores only. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CircleResult[circles=%d, unassigned=%d, total=%.4f, greedy=%.4f]",
        circles.size(), unassigned.size(), totalScore, greedyScore);
  }
}
