package dev.reverso.reporting.journal;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problems;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One member's feedback in a reverse-mentoring circle, on the three Rs. A junior rates the circle with its
 * senior ({@code from = MENTOR}); the senior rates each junior member ({@code from = MENTEE}), once per junior.
 * The {@link #pair()} is always the junior with the circle's senior, so a journal checks it like a pair's
 * feedback: the pair must be in the roster (the member pairs of the circles) and not closed.
 *
 * @param id the caller's event id
 * @param circle the circle's id as {@code circles.json} names it, 1 to {@value JournalEvent#MAX_ID_LENGTH}
 *     characters
 * @param pair the junior (mentor) and the circle's senior (mentee)
 * @param date the day the feedback was given
 * @param from the side giving it: {@code MENTOR} for the junior, {@code MENTEE} for the senior
 * @param relationship Likert 1..5: "we trust each other and keep meeting"
 * @param learning Likert 1..5: "I am learning in this circle" (from the senior: "from this member")
 * @param recognition Likert 1..5: "my voice and knowledge are valued in this circle"
 * @param comment optional private comment, at most {@value JournalEvent#MAX_TEXT_LENGTH} characters; never shown
 *     by {@link #toString()} and never aggregated
 */
public record CircleFeedback(String id, String circle, MentoringPair pair, LocalDate date, Side from, int relationship,
    int learning, int recognition, Optional<String> comment) implements JournalEvent {

  /**
   * Validates the components.
   *
   * @throws InvalidInputException listing every problem (field names as locations)
   */
  public CircleFeedback {
    requireNonNull(from, "from");
    Problems problems = new Problems();
    EventChecks.id(id, problems);
    EventChecks.circle(circle, problems);
    EventChecks.pairAndDate(pair, date, problems);
    EventChecks.range(relationship, Feedback.MIN_LIKERT, Feedback.MAX_LIKERT, "relationship", problems);
    EventChecks.range(learning, Feedback.MIN_LIKERT, Feedback.MAX_LIKERT, "learning", problems);
    EventChecks.range(recognition, Feedback.MIN_LIKERT, Feedback.MAX_LIKERT, "recognition", problems);
    EventChecks.text(comment, "comment", problems);
    problems.throwIfErrors();
  }

  /** A feedback without a comment, filed under {@code pair} (the junior with the circle's senior). */
  public static CircleFeedback of(String id, String circle, MentoringPair pair, LocalDate date, Side from,
      int relationship, int learning, int recognition) {
    return new CircleFeedback(id, circle, pair, date, from, relationship, learning, recognition, Optional.empty());
  }

  /** A feedback without a comment, of these raw ids. */
  public static CircleFeedback of(String id, String circle, String juniorId, String seniorId, LocalDate date, Side from,
      int relationship, int learning, int recognition) {
    return new CircleFeedback(id, circle, MentoringPair.of(juniorId, seniorId), date, from, relationship, learning,
        recognition, Optional.empty());
  }

  /** The same feedback with this private comment. */
  public CircleFeedback withComment(String comment) {
    return new CircleFeedback(id, circle, pair, date, from, relationship, learning, recognition, Optional.of(comment));
  }

  /** Ids, date, side and ratings; never the comment. */
  @Override
  public String toString() {
    return "CircleFeedback[id=" + id + ", circle=" + circle + ", pair=" + pair + ", date=" + date + ", from=" + from
        + ", relationship=" + relationship + ", learning=" + learning + ", recognition=" + recognition
        + ", comment=" + (comment.isPresent() ? "<private>" : "none") + "]";
  }
}
