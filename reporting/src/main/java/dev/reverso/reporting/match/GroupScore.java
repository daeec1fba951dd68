package dev.reverso.reporting.match;

import static java.util.Objects.requireNonNull;

/**
 * Pair scores of one group of mentees (such as a department).
 *
 * @param group the group's label; {@link MatchReport#OTHER_GROUPS} for the merged small groups
 * @param pairs the number of pairs whose mentee is in the group, at least 1
 * @param meanScore the mean score of those pairs
 * @param minScore the lowest score
 * @param maxScore the highest score
 */
public record GroupScore(String group, int pairs, double meanScore, double minScore, double maxScore) {
  /** Validates the components. */
  public GroupScore {
    requireNonNull(group, "group");
    if (pairs < 1 || !(minScore <= meanScore && meanScore <= maxScore)) {
      throw new IllegalArgumentException("expected at least one pair and min <= mean <= max");
    }
  }
}
