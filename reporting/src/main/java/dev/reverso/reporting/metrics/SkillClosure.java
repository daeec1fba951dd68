package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * Skill-gap closure of one skill across the programme, for one side's learning: every matched pair contributes
 * each of its learner's goals in the skill ({@link GoalClosure}) — the mentees' goals ("what seniors learned")
 * or the mentors' goals ("what juniors learned"), see {@link ProgramMetrics#skillClosure(dev.reverso.reporting.journal.Side)}.
 *
 * @param skill the skill id
 * @param goals goals in this skill, one per pair and goal
 * @param reported goals for which the learner reported a level
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
