package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.matching.spi.Beneficiary;
import dev.reverso.matching.spi.Criterion;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.spi.Constraint;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.score.ScoringModel;

/** A user-defined criterion reads participant attributes, counts in the score and shows in explanations. */
class CustomCriterionTest {

  /** Rewards pairs on the same office floor; precomputes the floors once per programme. */
  static final class SameFloor implements Criterion {
    @Override
    public String id() {
      return "same-floor";
    }

    @Override
    public Scorer bind(Program program) {
      String[] mentorFloor = program.mentors().stream().map(p -> p.attributes().get("office-floor")).toArray(String[]::new);
      String[] menteeFloor = program.mentees().stream().map(p -> p.attributes().get("office-floor")).toArray(String[]::new);
      return new Scorer() {
        @Override
        public double score(int mentor, int mentee) {
          return mentorFloor[mentor] != null && mentorFloor[mentor].equals(menteeFloor[mentee]) ? 1 : 0;
        }

        @Override
        public List<Reason> evidence(int mentor, int mentee) {
          return score(mentor, mentee) > 0 ? List.of(Reason.of("same-floor", "floor", mentorFloor[mentor])) : List.of();
        }
      };
    }
  }

  private static Program program() {
    return Program.builder()
        .mentor(Participant.builder("m1").seniority(1).attribute("office-floor", "3").build())
        .mentor(Participant.builder("m2").seniority(1).attribute("office-floor", "5").build())
        .mentee(Participant.builder("e1").seniority(6).attribute("office-floor", "3").build())
        .build();
  }

  @Test
  void attributeCriterionCountsAndExplains() {
    ScoringModel base = ScoringModel.reverseMentoringDefaults();
    ScoringModel model = base.with(new SameFloor(), 0.25);
    MatchingProblem with = MatchingProblems.of(program(), model, List.of());
    MatchingProblem without = MatchingProblems.of(program(), base, List.of());
    // Same floor: the total moves towards 1 by the criterion's share 0.25 / 1.25.
    assertThat(with.score(0, 0)).isCloseTo((without.score(0, 0) + 0.25) / 1.25, within(1e-9));
    assertThat(with.score(1, 0)).isCloseTo(without.score(1, 0) / 1.25, within(1e-9));
    Explanation e = with.explain(0, 0);
    Explanation.Contribution floor = e.contribution("same-floor").orElseThrow();
    assertThat(floor.score()).isEqualTo(1.0);
    assertThat(floor.contribution()).isCloseTo(0.2, within(1e-12));
    assertThat(floor.reasons()).containsExactly(Reason.of("same-floor", "floor", "3"));
    assertThat(e.contributions().get(e.contributions().size() - 1).criterionId()).isEqualTo("same-floor");
  }

  @Test
  void lambdaCriterionAndViews() {
    Criterion sameFloor = Criterion.of("same-floor", Beneficiary.MENTEE, (mentor, mentee) ->
        mentor.attributes().getOrDefault("office-floor", "").equals(mentee.attributes().get("office-floor")) ? 1 : 0);
    ScoringModel model = ScoringModel.builder().add(Criteria.REVERSE_COVERAGE, 1).add(sameFloor, 1).build();
    MatchingProblem p = MatchingProblems.of(program(), model, List.of());
    assertThat(p.menteeView(0, 0)).as("only the mentee-side criterion").isEqualTo(1.0);
    assertThat(p.mentorView(0, 0)).as("reverse coverage only: no goals").isEqualTo(0.0);
    assertThat(p.score(0, 0)).isEqualTo(0.5);
  }

  @Test
  void aScoreOutsideTheUnitIntervalIsRefused() {
    Criterion broken = Criterion.of("broken", Beneficiary.BOTH, (a, b) -> 1.5);
    MatchingProblem p = MatchingProblems.of(program(), ScoringModel.builder().add(broken, 1).build(), List.of());
    assertThatThrownBy(() -> p.score(0, 0)).isInstanceOf(dev.reverso.core.InvalidInputException.class)
        .hasMessageContaining("criteria.broken: expected a score in [0, 1] from the criterion 'broken', found 1.5"
            + " for mentor m1 and mentee e1");
  }

  @Test
  void aLambdaCriterionGivesItsEvidence() {
    Criterion sameFloor = Criterion.of("same-floor", Beneficiary.BOTH,
        (mentor, mentee) -> mentor.attributes().get("office-floor").equals(mentee.attributes().get("office-floor")) ? 1 : 0,
        (mentor, mentee) -> mentor.attributes().get("office-floor").equals(mentee.attributes().get("office-floor"))
            ? List.of(Reason.of("same-floor", "floor", mentor.attributes().get("office-floor"))) : List.of());
    MatchingProblem p = MatchingProblems.of(program(), ScoringModel.builder().add(sameFloor, 1).build(), List.of());
    assertThat(p.explain(0, 0).contribution("same-floor").orElseThrow().reasons())
        .containsExactly(Reason.of("same-floor", "floor", "3"));
    assertThat(p.explain(1, 0).contribution("same-floor").orElseThrow().reasons()).isEmpty();
    Criterion broken = Criterion.of("broken", Beneficiary.BOTH, (a, b) -> 0.5, (a, b) -> null);
    MatchingProblem q = MatchingProblems.of(program(), ScoringModel.builder().add(broken, 1).build(), List.of());
    assertThatThrownBy(() -> q.explain(0, 0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("broken");
  }

  @Test
  void aLambdaConstraintTakesTheMentorFirstAndGivesATextReason() {
    // m1 is on floor 3 like e1; m2 on floor 5. The rule forbids a mentor on a higher floor than the mentee.
    Constraint notAbove = Constraint.of("not-above",
        (mentor, mentee) -> Integer.parseInt(mentor.attributes().get("office-floor"))
            <= Integer.parseInt(mentee.attributes().get("office-floor")),
        (mentor, mentee) -> mentor.id() + " sits above " + mentee.id());
    MatchingProblem p = MatchingProblems.builder(program()).constraint(notAbove).build();
    assertThat(p.allowed(0, 0)).isTrue();
    assertThat(p.allowed(1, 0)).isFalse();
    assertThat(p.explain(1, 0).forbiddingVerdicts()).containsExactly(
        Explanation.Verdict.forbid("not-above", Reason.text("m2 sits above e1")));
    assertThat(notAbove.toString()).isEqualTo("Constraint[not-above]");
  }
}
