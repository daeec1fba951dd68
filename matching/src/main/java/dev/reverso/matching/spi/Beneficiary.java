package dev.reverso.matching.spi;

/**
 * Whose gain a criterion measures. The one-sided views of a matching problem
 * ({@code MatchingProblem.menteeView} and {@code mentorView}) use it to decide which criteria each side
 * ranks its partners by.
 */
public enum Beneficiary {
  /** What the mentee (senior) gains, such as forward skill coverage. Counts in the mentee's view only. */
  MENTEE,
  /** What the mentor (junior) gains, such as reverse skill coverage. Counts in the mentor's view only. */
  MENTOR,
  /** A property of the pair that both sides share, such as value alignment. Counts in both views. */
  BOTH
}
