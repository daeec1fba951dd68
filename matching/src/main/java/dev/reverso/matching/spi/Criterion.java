package dev.reverso.matching.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import java.util.function.ToDoubleBiFunction;

/**
 * One scoring aspect of a (mentor, mentee) pair: a score in [0, 1] and the evidence behind it.
 *
 * <p>A criterion is a thread-safe, immutable description (its id and parameters). Before scoring, it is
 * {@linkplain #bind(Program) bound} once to a programme: the bound {@link Scorer} may precompute whatever
 * it needs (arrays indexed by mentor and mentee index) so that {@link Scorer#score(int, int)} is cheap.
 * Mentor index {@code i} is {@code program.mentors().get(i)} and mentee index {@code j} is
 * {@code program.mentees().get(j)}, so a user-defined criterion can read any {@link Participant} data,
 * such as {@link Participant#attributes()}.
 *
 * <p>The built-in criteria ({@code dev.reverso.matching.score.Criteria}) also implement this interface, but a
 * matching problem evaluates them on its shared primitive encoding (their fast path); user criteria are
 * called through their scorer.
 *
 * <p>Example: reward pairs who work on the same office floor.
 *
 * <pre>{@code
 * Criterion sameFloor = Criterion.of("same-floor", Beneficiary.BOTH, (mentor, mentee) ->
 *     mentor.attributes().containsKey("office-floor")
 *         && mentor.attributes().get("office-floor").equals(mentee.attributes().get("office-floor")) ? 1 : 0);
 * ScoringModel model = ScoringModel.reverseMentoringDefaults().with(sameFloor, 0.1);
 * }</pre>
 */
public interface Criterion {

  /**
   * The stable id used in scoring models, explanations and JSON, such as {@code forward-coverage}:
   * lower-case words joined by {@code -} are recommended. Unique within a scoring model.
   */
  String id();

  /** Whose gain this criterion measures; {@link Beneficiary#BOTH} unless overridden. */
  default Beneficiary beneficiary() {
    return Beneficiary.BOTH;
  }

  /**
   * Prepares to score the pairs of this programme. Called once per matching problem.
   *
   * @param program the programme; mentor index {@code i} and mentee index {@code j} refer to its lists
   * @return a thread-safe scorer for the programme's pairs
   */
  Scorer bind(Program program);

  /**
   * Scores the pairs of one programme. Implementations must be thread-safe (matrices are computed in
   * parallel) and deterministic, and {@link #score(int, int)} should not allocate.
   */
  interface Scorer {
    /**
     * The score of the pair of mentor index {@code mentor} and mentee index {@code mentee}, in [0, 1].
     * A value outside [0, 1] or NaN is a bug: the matching problem refuses it with an
     * {@link IllegalStateException}.
     */
    double score(int mentor, int mentee);

    /**
     * The evidence behind the score, for explanations: short sentences naming only what actually matched
     * (ids, levels, grades), never display names. Called rarely; may allocate. Empty by default.
     */
    default ImmutableList<String> evidence(int mentor, int mentee) {
      return ImmutableList.of();
    }
  }

  /**
   * A criterion computed from the two participants by a function, for simple custom criteria. The
   * function must be thread-safe and return a value in [0, 1].
   *
   * @param id the criterion id
   * @param beneficiary whose gain it measures
   * @param function (mentor, mentee) → score
   */
  static Criterion of(String id, Beneficiary beneficiary, ToDoubleBiFunction<Participant, Participant> function) {
    requireNonNull(id, "id");
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(function, "function");
    return new Criterion() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Beneficiary beneficiary() {
        return beneficiary;
      }

      @Override
      public Scorer bind(Program program) {
        ImmutableList<Participant> mentors = program.mentors();
        ImmutableList<Participant> mentees = program.mentees();
        return (mentor, mentee) -> function.applyAsDouble(mentors.get(mentor), mentees.get(mentee));
      }

      @Override
      public String toString() {
        return "Criterion[" + id + "]";
      }
    };
  }
}
