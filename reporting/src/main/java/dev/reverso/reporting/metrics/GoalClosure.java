package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * How far one side of a pair (the mentee, or the mentor) has closed one of its own learning goals, by its own
 * account.
 *
 * <p>{@code closure = clamp((level - current) / (target - current), 0, 1)} where {@code level} is the latest
 * self-rated level for the goal's skill in that side's feedback of this pair; when that side has not
 * reported the skill, {@code level} is taken as {@code current} (closure 0) and {@link #reported()} is false.
 *
 * @param skill the goal's skill id
 * @param current the level when the programme started (from the goal)
 * @param target the level wanted (from the goal)
 * @param latestLevel the latest self-rated level, if reported
 * @param closure the share of the gap closed, in [0, 1]
 */
public record GoalClosure(String skill, int current, int target, OptionalInt latestLevel, double closure) {
  /** Validates the components. */
  public GoalClosure {
    requireNonNull(skill, "skill");
    requireNonNull(latestLevel, "latestLevel");
    if (!(closure >= 0 && closure <= 1) || target <= current) {
      throw new IllegalArgumentException("closure must be in [0, 1] and target above current");
    }
  }

  /** The closure of a goal from {@code current} to {@code target} given a reported level (or none). */
  public static GoalClosure of(String skill, int current, int target, OptionalInt latestLevel) {
    int level = latestLevel.orElse(current);
    double c = (double) (level - current) / (target - current);
    return new GoalClosure(skill, current, target, latestLevel, Math.max(0, Math.min(1, c)));
  }

  /** Whether the learner reported a level for this skill. */
  public boolean reported() {
    return latestLevel.isPresent();
  }

  /** {@code skill=closure} without levels (self-rated levels are personal). */
  @Override
  public String toString() {
    return "GoalClosure[skill=" + skill + ", reported=" + reported() + "]";
  }
}
