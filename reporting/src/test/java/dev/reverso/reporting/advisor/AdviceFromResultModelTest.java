package dev.reverso.reporting.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.score.ScoringModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The advisor takes the model from the result, so that the caller cannot pass another one. */
class AdviceFromResultModelTest {
  private static final ScoringModel THREE = ScoringModel.builder()
      .add(Criteria.FORWARD_COVERAGE, 0.5)
      .add(Criteria.VALUES, 0.3)
      .add(Criteria.seniorityDistance(2, 6), 0.2)
      .build();

  @Test
  void theModelOfAMatcherResultIsTheOneAdvisedFrom() {
    MatchResult result = Matcher.builder().scoring(THREE).build().match(SampleOrganization.generate(200, 3));
    // the wrong model: every pair's explanation lacks its criteria
    ScoringModel wrong = ScoringModel.reverseMentoringDefaults();
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> WeightAdvisor.withDefaults().advise(wrong, result, List.of()));
    assertThat(e.problems()).hasSize(result.pairs().size());
    // the model from the result: no input error, only the refusal for want of outcomes
    AdviceRefusedException refused = catchThrowableOfType(AdviceRefusedException.class,
        () -> WeightAdvisor.withDefaults().advise(result, List.of()));
    assertThat(refused.reason()).isEqualTo(RefusalReason.TOO_FEW_PAIRS);
  }

  @Test
  void aResultWithoutAModelIsALocatedInputError() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> WeightAdvisor.withDefaults().advise(MatchResult.builder("optimal").build(), List.of()));
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.location()).isEqualTo("result.scoringModel"));
  }
}
