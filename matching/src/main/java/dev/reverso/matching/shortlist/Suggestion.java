package dev.reverso.matching.shortlist;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ParticipantId;
import dev.reverso.matching.result.Explanation;

/**
 * One suggested partner on a shortlist.
 *
 * @param partnerId the suggested person (of the other role)
 * @param rank 1 for the best suggestion of the list, then 2, 3, ...
 * @param score the pair's score in [0, 1]
 * @param explanation why the pair scores what it scores
 */
public record Suggestion(ParticipantId partnerId, int rank, double score, Explanation explanation) {
  /** Validates. */
  public Suggestion {
    requireNonNull(partnerId, "partnerId");
    requireNonNull(explanation, "explanation");
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be at least 1, was " + rank);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], was " + score);
    }
  }

  /** Id, rank and score only. */
  @Override
  public String toString() {
    return "#" + rank + " " + partnerId + " (" + String.format(java.util.Locale.ROOT, "%.4f", score) + ")";
  }
}
