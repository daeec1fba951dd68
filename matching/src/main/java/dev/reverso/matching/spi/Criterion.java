package dev.reverso.matching.spi;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.matching.result.Reason;
import java.util.List;
import java.util.function.BiFunction;
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
 * <p>Evidence is structured: a list of {@link Reason}s (a code and named arguments) that the reporting module
 * renders per locale. A criterion of one's own may use its own codes (shown as the code and its arguments
 * unless a template {@code reason.<code>} is added to the reporting bundles) or {@link Reason#text(String)}.
 * The built-in codes are listed in {@link dev.reverso.matching.result.ReasonCodes}. Implementations need no
 * Guava: the SPI speaks JDK collections.
 *
 * <p>Example: reward pairs who work on the same office floor, and say so.
 *
 * <pre>{@code
 * Criterion sameFloor = Criterion.of("same-floor", Beneficiary.BOTH,
 *     (mentor, mentee) -> floor(mentor).isPresent() && floor(mentor).equals(floor(mentee)) ? 1 : 0,
 *     (mentor, mentee) -> floor(mentor).isPresent() && floor(mentor).equals(floor(mentee))
 *         ? List.of(Reason.of("same-floor", "floor", floor(mentor).get())) : List.of());
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
     * The evidence behind the score, for explanations: reasons naming only what actually matched (ids, levels,
     * grades, numbers), never display names or comments. Called rarely; may allocate. Empty by default.
     */
    default List<Reason> evidence(int mentor, int mentee) {
      return List.of();
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
    return of(id, beneficiary, function, (mentor, mentee) -> List.of());
  }

  /**
   * A criterion computed from the two participants by a function, with its evidence from a second function.
   * Both must be thread-safe; the score must be in [0, 1]; the evidence function is called only to explain a
   * pair, and must not return null.
   *
   * @param id the criterion id
   * @param beneficiary whose gain it measures
   * @param function (mentor, mentee) → score
   * @param evidence (mentor, mentee) → the reasons behind the score (copied)
   */
  static Criterion of(String id, Beneficiary beneficiary, ToDoubleBiFunction<Participant, Participant> function,
      BiFunction<Participant, Participant, ? extends List<Reason>> evidence) {
    requireNonNull(id, "id");
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(function, "function");
    requireNonNull(evidence, "evidence");
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
        List<Participant> mentors = program.mentors();
        List<Participant> mentees = program.mentees();
        return new Scorer() {
          @Override
          public double score(int mentor, int mentee) {
            return function.applyAsDouble(mentors.get(mentor), mentees.get(mentee));
          }

          @Override
          public List<Reason> evidence(int mentor, int mentee) {
            List<Reason> reasons = evidence.apply(mentors.get(mentor), mentees.get(mentee));
            if (reasons == null) {
              throw new IllegalStateException("the evidence of criterion '" + id + "' is null");
            }
            return List.copyOf(reasons);
          }
        };
      }

      @Override
      public String toString() {
        return "Criterion[" + id + "]";
      }
    };
  }
}
