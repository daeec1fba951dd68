package dev.reverso.matching;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problems;
import dev.reverso.core.Program;
import dev.reverso.matching.constraint.Constraints;
import dev.reverso.matching.internal.EncodedProblem;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.Constraint;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link MatchingProblem}s: a programme encoded once, with a {@link ScoringModel} and
 * {@link Constraint}s bound to it. {@link Matcher} uses it; call it directly to hand a strategy an encoded
 * problem (tests of a plug-in strategy) or to ask "why" for any pair.
 */
public final class MatchingProblems {
  private MatchingProblems() {}

  /**
   * The programme with {@link ScoringModel#reverseMentoringDefaults()} and {@link Constraints#defaults()}.
   *
   * @param program the programme
   * @return the encoded problem
   */
  public static MatchingProblem of(Program program) {
    return builder(program).build();
  }

  /**
   * The programme with this model and these constraints (in this order).
   *
   * @param program the programme
   * @param model the scoring model
   * @param constraints the constraints, in the order they are checked and reported
   * @return the encoded problem
   * @throws InvalidInputException if two constraints share an id
   */
  public static MatchingProblem of(Program program, ScoringModel model, Iterable<? extends Constraint> constraints) {
    return builder(program).scoring(model).constraints(constraints).build();
  }

  /**
   * A builder starting from the default model and the default constraints.
   *
   * @param program the programme
   * @return a new builder
   */
  public static Builder builder(Program program) {
    return new Builder(program);
  }

  /**
   * Builds a {@link MatchingProblem}. Starts from {@link ScoringModel#reverseMentoringDefaults()} and
   * {@link Constraints#defaults()}. Not thread-safe.
   */
  public static final class Builder {
    private final Program program;
    private ScoringModel model = ScoringModel.reverseMentoringDefaults();
    private final List<Constraint> constraints = new ArrayList<>(Constraints.defaults());

    private Builder(Program program) {
      this.program = requireNonNull(program, "program");
    }

    /**
     * Sets the scoring model.
     *
     * @param model the model
     * @return this builder
     */
    public Builder scoring(ScoringModel model) {
      this.model = requireNonNull(model, "model");
      return this;
    }

    /**
     * Replaces all constraints by these (an empty list means no constraint).
     *
     * @param constraints the constraints, in order
     * @return this builder
     * @throws InvalidInputException if two constraints share an id
     */
    public Builder constraints(Iterable<? extends Constraint> constraints) {
      requireNonNull(constraints, "constraints");
      List<Constraint> list = new ArrayList<>();
      constraints.forEach(c -> list.add(requireNonNull(c, "constraint")));
      Problems problems = new Problems();
      for (int c = 0; c < list.size(); c++) {
        for (int d = 0; d < c; d++) {
          if (list.get(d).id().equals(list.get(c).id())) {
            problems.error("constraints[" + c + "].id", "expected each constraint once, found '" + list.get(c).id()
                + "' again (first at constraints[" + d + "])");
            break;
          }
        }
      }
      problems.throwIfErrors();
      this.constraints.clear();
      this.constraints.addAll(list);
      return this;
    }

    /**
     * Adds a constraint, or replaces the one with the same id in place.
     *
     * @param constraint the constraint
     * @return this builder
     */
    public Builder constraint(Constraint constraint) {
      requireNonNull(constraint, "constraint");
      for (int c = 0; c < constraints.size(); c++) {
        if (constraints.get(c).id().equals(constraint.id())) {
          constraints.set(c, constraint);
          return this;
        }
      }
      constraints.add(constraint);
      return this;
    }

    /**
     * Removes the constraint with this id, if present.
     *
     * @param id the constraint's id
     * @return this builder
     */
    public Builder withoutConstraint(String id) {
      constraints.removeIf(c -> c.id().equals(id));
      return this;
    }

    /**
     * Encodes the programme and binds the model and the constraints.
     *
     * @return the encoded problem
     * @throws InvalidInputException if a constraint id is blank
     */
    public MatchingProblem build() {
      Problems problems = new Problems();
      for (int c = 0; c < constraints.size(); c++) {
        String id = constraints.get(c).id();
        if (id == null || id.isBlank()) {
          problems.error("constraints[" + c + "].id", "expected a non-blank constraint id");
        }
      }
      problems.throwIfErrors();
      ScoringModel scoring = withStatedPreferences(program, model);
      return new EncodedProblem(program, scoring.criteria(), scoring.weights(), ImmutableList.copyOf(constraints),
          scoring);
    }

    /**
     * When somebody stated preferences and the model does not weigh them, the {@code preference} criterion
     * joins at weight 0: scores stay the same, and every explanation says how each side ranked the other
     * ("ranked 2nd of 5 by the mentee").
     */
    private static ScoringModel withStatedPreferences(Program program, ScoringModel model) {
      if (model.criterion(Criteria.PREFERENCE_ID).isPresent()) {
        return model;
      }
      boolean stated = program.mentors().stream().anyMatch(p -> !p.preferences().isEmpty())
          || program.mentees().stream().anyMatch(p -> !p.preferences().isEmpty());
      return stated ? model.with(Criteria.PREFERENCE, 0) : model;
    }
  }
}
