package dev.reverso.matching.group;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.ParticipantId;
import java.util.Optional;

/**
 * Why a circle scores what it scores: the three terms of the {@link CircleObjective}, the senior's goals with
 * the junior who credits each best, the shared languages and the counts behind diversity. Names only ids,
 * skill ids and language codes — never display names.
 *
 * @param coverage the coverage term, in [0, 1]
 * @param reciprocity the reciprocity term, in [0, 1]
 * @param diversity the diversity term, in [0, 1]
 * @param goals the senior's goals in profile order, each with its best junior
 * @param languages the primary language codes every member speaks, sorted (empty if nobody lists one)
 * @param departments distinct known departments among the juniors
 * @param locations distinct known locations among the juniors
 * @param seniorityBands distinct seniority bands among the juniors
 */
public record CircleExplanation(double coverage, double reciprocity, double diversity,
    ImmutableList<GoalCredit> goals, ImmutableList<String> languages, int departments, int locations,
    int seniorityBands) {

  /** Validates and copies. */
  public CircleExplanation {
    goals = ImmutableList.copyOf(goals);
    languages = ImmutableList.copyOf(languages);
    for (double v : new double[] {coverage, reciprocity, diversity}) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("terms must be in [0, 1], found " + v);
      }
    }
  }

  /**
   * One goal of the senior and the junior of the circle who credits it best.
   *
   * @param skill the goal's skill id
   * @param current the senior's current level
   * @param target the target level
   * @param weight the goal's weight in coverage (the senior's goal weights add up to 1)
   * @param mentor the junior with the highest credit, empty if nobody earns any
   * @param credit that credit, in [0, 1]
   */
  public record GoalCredit(String skill, int current, int target, double weight, Optional<ParticipantId> mentor,
      double credit) {

    /** Validates. */
    public GoalCredit {
      requireNonNull(skill, "skill");
      requireNonNull(mentor, "mentor");
      if (!(credit >= 0 && credit <= 1) || !(weight >= 0 && weight <= 1)) {
        throw new IllegalArgumentException("weight and credit must be in [0, 1], found " + weight + ", " + credit);
      }
    }
  }
}
