package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * Skill-gap closure of one skill across the programme: every matched pair contributes each of its mentee's
 * goals in the skill ({@link GoalClosure}).
 *
 * @param skill the skill id
 * @param goals goals in this skill, one per pair and goal
 * @param reported goals for which the mentee reported a level
 * @param meanClosure mean {@link GoalClosure#closure()} of the reported goals; empty if none was reported
 * @param closed reported goals fully closed (closure 1)
 */
public record SkillClosure(String skill, int goals, int reported, OptionalDouble meanClosure, int closed) {
  /** Validates the components. */
  public SkillClosure {
    requireNonNull(skill, "skill");
    requireNonNull(meanClosure, "meanClosure");
  }
}
