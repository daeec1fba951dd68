package dev.reverso.matching.result;

/**
 * Summary numbers of a {@link MatchResult}.
 *
 * <p>With no pairs, the mean, minimum and maximum score are 0 (never NaN, so the value serialises to
 * JSON as it is).
 *
 * @param pairs the number of pairs
 * @param totalScore the sum of the pair scores
 * @param meanScore the mean pair score, 0 without pairs
 * @param minScore the lowest pair score, 0 without pairs
 * @param maxScore the highest pair score, 0 without pairs
 * @param matchedMentors mentors with at least one pair
 * @param matchedMentees mentees with at least one pair
 * @param unmatchedMentors mentors reported in {@link MatchResult#unmatched()}
 * @param unmatchedMentees mentees reported in {@link MatchResult#unmatched()}
 */
public record MatchStatistics(int pairs, double totalScore, double meanScore, double minScore, double maxScore,
    int matchedMentors, int matchedMentees, int unmatchedMentors, int unmatchedMentees) {

  /** Validates that counts are not negative and scores are ordered. */
  public MatchStatistics {
    if (pairs < 0 || matchedMentors < 0 || matchedMentees < 0 || unmatchedMentors < 0 || unmatchedMentees < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (pairs > 0 && !(minScore <= meanScore && meanScore <= maxScore)) {
      throw new IllegalArgumentException("expected min <= mean <= max, found " + minScore + ", " + meanScore
          + ", " + maxScore);
    }
  }

  /** The share of mentees with a partner, in [0, 1]; 0 when there are no mentees. */
  public double menteeCoverage() {
    int all = matchedMentees + unmatchedMentees;
    return all == 0 ? 0 : (double) matchedMentees / all;
  }

  /** The share of mentors with a partner, in [0, 1]; 0 when there are no mentors. */
  public double mentorCoverage() {
    int all = matchedMentors + unmatchedMentors;
    return all == 0 ? 0 : (double) matchedMentors / all;
  }
}
