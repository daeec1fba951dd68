package dev.reverso.core;

import static java.util.Objects.requireNonNull;

/**
 * A skill gap someone wants to close: from the current level to a higher target level (levels 0..5,
 * see {@link Participant#MAX_LEVEL}).
 *
 * @param skill the skill id
 * @param current the level today, 0..5
 * @param target the level wanted, above {@code current} and at most 5
 * @param priority how much the goal matters
 */
public record LearningGoal(String skill, int current, int target, Priority priority) {

  /**
   * Validates the goal.
   *
   * @throws InvalidInputException naming every problem (skill id, levels, target not above current)
   */
  public LearningGoal {
    requireNonNull(skill, "skill");
    requireNonNull(priority, "priority");
    Problems problems = new Problems();
    check(skill, current, target, problems);
    problems.throwIfErrors();
  }

  /** Records every problem of a goal with these components, located at {@code skill}, {@code current}, {@code target}. */
  static void check(String skill, int current, int target, Problems problems) {
    Participant.checkKey(skill, "skill", problems);
    Participant.checkLevel(current, "current", problems);
    Participant.checkLevel(target, "target", problems);
    if (target <= current) {
      problems.error("target", "expected a target level above the current level " + current + ", found " + target);
    }
  }

  /** A goal with {@link Priority#MEDIUM} priority. */
  public static LearningGoal of(String skill, int current, int target) {
    return new LearningGoal(skill, current, target, Priority.MEDIUM);
  }

  /** The number of levels to close, {@code target - current}. */
  public int gap() {
    return target - current;
  }
}
