package dev.reverso.reporting.metrics;

import dev.reverso.reporting.journal.Feedback;

/**
 * The three Likert ratings of a {@link Feedback} (1..5), or their means over several feedbacks.
 *
 * @param relationship "we trust each other and keep meeting"
 * @param learning "I am learning from my partner"
 * @param recognition "my voice and knowledge are valued in this pair"
 */
public record Ratings(double relationship, double learning, double recognition) {
  /** Validates that each rating is in 1..5. */
  public Ratings {
    check(relationship, "relationship");
    check(learning, "learning");
    check(recognition, "recognition");
  }

  /** The ratings of one feedback. */
  public static Ratings of(Feedback f) {
    return new Ratings(f.relationship(), f.learning(), f.recognition());
  }

  private static void check(double v, String name) {
    if (!(v >= Feedback.MIN_LIKERT && v <= Feedback.MAX_LIKERT)) {
      throw new IllegalArgumentException(name + " must be in 1..5, was " + v);
    }
  }
}
