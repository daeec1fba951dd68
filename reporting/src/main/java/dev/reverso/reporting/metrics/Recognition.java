package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * <b>Recognition — the junior's voice counts.</b> Whether the mentors (the juniors) feel heard, and whether
 * they actually speak:
 * <ul>
 *   <li>{@link #meanMentorRecognition()}: the mean, over pairs where the mentor has given feedback, of the
 *       mentor's latest recognition rating (Likert 1..5, "my voice and knowledge are valued in this pair");</li>
 *   <li>{@link #mentorFeedbackShare()}: mentor-side feedbacks among all feedbacks; 0.5 means both sides
 *       speak equally often.</li>
 * </ul>
 * The headline {@link #score()} in [0, 1] is the mean of {@code (meanMentorRecognition - 1) / 4} and
 * {@code min(1, 2 · mentorFeedbackShare)} (a share of one half or more counts fully), over the parts that are
 * defined; empty when there is no feedback at all.
 *
 * @param mentorRatings pairs with at least one mentor feedback
 * @param meanMentorRecognition mean latest mentor recognition rating (1..5)
 * @param mentorFeedbacks feedbacks given by mentors
 * @param feedbacks feedbacks given by either side
 * @param mentorFeedbackShare {@code mentorFeedbacks / feedbacks}
 * @param score the headline score in [0, 1]
 */
public record Recognition(int mentorRatings, OptionalDouble meanMentorRecognition, int mentorFeedbacks,
    int feedbacks, OptionalDouble mentorFeedbackShare, OptionalDouble score) {
  /** Validates the components. */
  public Recognition {
    requireNonNull(meanMentorRecognition, "meanMentorRecognition");
    requireNonNull(mentorFeedbackShare, "mentorFeedbackShare");
    requireNonNull(score, "score");
  }
}
