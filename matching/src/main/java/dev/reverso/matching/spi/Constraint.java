package dev.reverso.matching.spi;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.matching.result.Reason;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * A hard rule: a pair it forbids is never matched, whatever its score.
 *
 * <p>A constraint is a thread-safe, immutable description; it is {@linkplain #bind(Program) bound} once
 * to a programme, and the bound {@link Check} answers for pairs of mentor index {@code i}
 * ({@code program.mentors().get(i)}) and mentee index {@code j} ({@code program.mentees().get(j)}).
 * Built-ins are in {@code dev.reverso.matching.constraint.Constraints}; the reasons they give are listed in
 * {@link dev.reverso.matching.result.ReasonCodes}.
 *
 * <p>A one-line rule of one's own is {@link #of(String, BiPredicate, BiFunction)}:
 *
 * <pre>{@code
 * Constraint sameSite = Constraint.of("same-site",
 *     (mentor, mentee) -> mentor.location().equals(mentee.location()),
 *     (mentor, mentee) -> mentor.id() + " and " + mentee.id() + " work on different sites");
 * }</pre>
 */
public interface Constraint {

  /** The stable id used in explanations and JSON, such as {@code reporting-chain}; unique within a problem. */
  String id();

  /**
   * Prepares to check the pairs of this programme. Called once per matching problem.
   *
   * @return a thread-safe check for the programme's pairs
   */
  Check bind(Program program);

  /** Checks the pairs of one programme. Thread-safe and deterministic. */
  interface Check {
    /** Whether the rule allows this pair. Called for many pairs: should be O(1) and not allocate. */
    boolean allows(int mentor, int mentee);

    /**
     * Why the rule forbids this pair, for explanations: a {@link Reason} naming HR ids (and org data such as
     * grades), never display names. Only called for a pair that {@link #allows(int, int)} rejects; never null.
     */
    Reason reason(int mentor, int mentee);
  }

  /**
   * A constraint given by two functions of the participants, mentor first, mentee second. Both must be
   * thread-safe; {@code allows} is called for many pairs (keep it cheap), {@code reason} only to explain a
   * forbidden pair. The reason is plain text ({@link Reason#text(String)}), shown as it is in every language:
   * name HR ids, never display names.
   *
   * @param id the constraint's id, unique within a problem
   * @param allows (mentor, mentee) → whether the rule allows the pair
   * @param reason (mentor, mentee) → why the rule forbids the pair
   */
  static Constraint of(String id, BiPredicate<Participant, Participant> allows,
      BiFunction<Participant, Participant, String> reason) {
    requireNonNull(id, "id");
    requireNonNull(allows, "allows");
    requireNonNull(reason, "reason");
    if (id.isBlank()) {
      throw dev.reverso.core.InvalidInputException.of("constraint.id", "expected a constraint id, found a blank string");
    }
    return new Constraint() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Check bind(Program program) {
        List<Participant> mentors = program.mentors();
        List<Participant> mentees = program.mentees();
        return new Check() {
          @Override
          public boolean allows(int mentor, int mentee) {
            return allows.test(mentors.get(mentor), mentees.get(mentee));
          }

          @Override
          public Reason reason(int mentor, int mentee) {
            String text = reason.apply(mentors.get(mentor), mentees.get(mentee));
            if (text == null || text.isBlank()) {
              throw new IllegalStateException("constraint '" + id + "' gave no reason for a pair it forbids");
            }
            return Reason.text(text);
          }
        };
      }

      @Override
      public String toString() {
        return "Constraint[" + id + "]";
      }
    };
  }
}
