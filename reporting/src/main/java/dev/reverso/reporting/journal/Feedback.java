package dev.reverso.reporting.journal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Problems;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * One side's feedback on the relationship: three Likert ratings, an optional Net Promoter answer, the
 * skills this side feels it has learnt, and an optional private comment.
 *
 * <p><b>Skill progress is recorded as the new self-rated level, not as a delta.</b> {@link #progress()}
 * maps a skill id to the level (0..5, the Dreyfus scale of {@link Participant#skills()}) the giver now
 * believes to have. Absolute levels make replay simple and robust: the latest feedback of a side wins,
 * a lost or repeated event cannot make levels drift, and the level compares directly with a
 * {@link dev.reverso.core.LearningGoal}'s current and target levels. The progress since the match is
 * the latest self-rated level minus the level the goal started from.
 *
 * <p>Build with {@link #builder(String, MentoringPair, LocalDate, Side)}.
 *
 * @param id the caller's event id
 * @param pair the mentor and mentee
 * @param date the day the feedback was given
 * @param from the side giving the feedback
 * @param relationship Likert 1..5: "we trust each other and keep meeting"
 * @param learning Likert 1..5: "I am learning from my partner"
 * @param recognition Likert 1..5: "my voice and knowledge are valued in this pair"
 * @param nps optional Net Promoter answer 0..10: "would you recommend the programme to a colleague?"
 * @param progress skill id → new self-rated level 0..5, ordered by skill id; may be empty
 * @param comment optional private comment, at most {@value JournalEvent#MAX_TEXT_LENGTH} characters;
 *     never shown by {@link #toString()} and never aggregated
 */
public record Feedback(String id, MentoringPair pair, LocalDate date, Side from, int relationship, int learning,
    int recognition, OptionalInt nps, ImmutableSortedMap<String, Integer> progress, Optional<String> comment)
    implements JournalEvent {

  /** Lowest Likert rating. */
  public static final int MIN_LIKERT = 1;
  /** Highest Likert rating. */
  public static final int MAX_LIKERT = 5;
  /** Lowest Net Promoter answer. */
  public static final int MIN_NPS = 0;
  /** Highest Net Promoter answer. */
  public static final int MAX_NPS = 10;

  /**
   * Validates the components; {@code progress} is copied and ordered by skill id.
   *
   * @throws InvalidInputException listing every problem (field names as locations, such as
   *     {@code learning} or {@code progress.genai})
   */
  public Feedback {
    requireNonNull(from, "from");
    requireNonNull(nps, "nps");
    requireNonNull(progress, "progress");
    progress = ImmutableSortedMap.copyOf(progress);
    Problems problems = new Problems();
    EventChecks.id(id, problems);
    EventChecks.pairAndDate(pair, date, problems);
    EventChecks.range(relationship, MIN_LIKERT, MAX_LIKERT, "relationship", problems);
    EventChecks.range(learning, MIN_LIKERT, MAX_LIKERT, "learning", problems);
    EventChecks.range(recognition, MIN_LIKERT, MAX_LIKERT, "recognition", problems);
    if (nps.isPresent()) {
      EventChecks.range(nps.getAsInt(), MIN_NPS, MAX_NPS, "nps", problems);
    }
    for (Map.Entry<String, Integer> e : progress.entrySet()) {
      String why = Participant.keyProblem(e.getKey());
      if (why != null) {
        problems.error("progress", why);
      } else {
        EventChecks.range(e.getValue(), Participant.MIN_LEVEL, Participant.MAX_LEVEL, "progress." + e.getKey(),
            problems);
      }
    }
    EventChecks.text(comment, "comment", problems);
    problems.throwIfErrors();
  }

  /** Starts a feedback of one side; ratings must be given before {@link Builder#build()}. */
  public static Builder builder(String id, MentoringPair pair, LocalDate date, Side from) {
    return new Builder(id, pair, date, from);
  }

  /** A builder holding this feedback's content, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(id, pair, date, from).ratings(relationship, learning, recognition);
    nps.ifPresent(b::nps);
    b.progress.putAll(progress);
    comment.ifPresent(b::comment);
    return b;
  }

  /** Ids, date, side and ratings; never the comment nor the skills. */
  @Override
  public String toString() {
    return "Feedback[id=" + id + ", pair=" + pair + ", date=" + date + ", from=" + from
        + ", relationship=" + relationship + ", learning=" + learning + ", recognition=" + recognition
        + ", nps=" + (nps.isPresent() ? Integer.toString(nps.getAsInt()) : "none")
        + ", progress=" + progress.size() + " skills, comment=" + (comment.isPresent() ? "<private>" : "none") + "]";
  }

  /** Collects a feedback; {@link #build()} validates everything at once. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final MentoringPair pair;
    private final LocalDate date;
    private final Side from;
    private int relationship;
    private int learning;
    private int recognition;
    private boolean ratingsGiven;
    private OptionalInt nps = OptionalInt.empty();
    private final Map<String, Integer> progress = new TreeMap<>();
    private Optional<String> comment = Optional.empty();

    private Builder(String id, MentoringPair pair, LocalDate date, Side from) {
      this.id = requireNonNull(id, "id");
      this.pair = requireNonNull(pair, "pair");
      this.date = requireNonNull(date, "date");
      this.from = requireNonNull(from, "from");
    }

    /** The three Likert ratings, each 1..5. */
    public Builder ratings(int relationship, int learning, int recognition) {
      this.relationship = relationship;
      this.learning = learning;
      this.recognition = recognition;
      this.ratingsGiven = true;
      return this;
    }

    /** The Net Promoter answer, 0..10. */
    public Builder nps(int nps) {
      this.nps = OptionalInt.of(nps);
      return this;
    }

    /** The new self-rated level (0..5) in a skill; a skill given twice keeps the last level. */
    public Builder progress(String skill, int level) {
      progress.put(requireNonNull(skill, "skill"), level);
      return this;
    }

    /** The private comment. */
    public Builder comment(String comment) {
      this.comment = Optional.of(requireNonNull(comment, "comment"));
      return this;
    }

    /**
     * The feedback.
     *
     * @throws InvalidInputException listing every invalid value, and the ratings (located at {@code ratings})
     *     if {@link #ratings(int, int, int)} was not called
     */
    public Feedback build() {
      if (!ratingsGiven) {
        dev.reverso.core.Problems problems = new dev.reverso.core.Problems();
        problems.error("ratings", "missing required field: expected ratings(relationship, learning, recognition),"
            + " each 1..5");
        try {
          // the other values, checked with stand-in ratings, so that every problem is reported at once
          new Feedback(id, pair, date, from, 3, 3, 3, nps, ImmutableSortedMap.copyOf(progress), comment);
        } catch (InvalidInputException e) {
          e.problems().forEach(problems::add);
        }
        problems.throwIfErrors();
      }
      return new Feedback(id, pair, date, from, relationship, learning, recognition, nps,
          ImmutableSortedMap.copyOf(progress), comment);
    }
  }
}
