package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.plugin.FirstFitStrategy;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.score.ScoringModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The glue every integrating team wrote itself: pairs as MentoringPairs, and the model a result was scored with. */
class ResultGlueTest {
  private static final Program SAMPLE = SampleOrganization.generate(300, 7);

  @Test
  void aPairingIsAMentoringPairAndTheRosterHoldsEveryPairInOrder() {
    MatchResult result = Matcher.builder().strategy("greedy").build().match(SAMPLE);
    assertThat(result.pairs()).isNotEmpty();
    for (Pairing p : result.pairs()) {
      assertThat(p.pair()).isEqualTo(MentoringPair.of(p.mentorId().value(), p.menteeId().value()));
    }
    List<MentoringPair> expected = result.pairs().stream()
        .map(p -> new MentoringPair(p.mentorId(), p.menteeId())).toList();
    assertThat(result.roster()).containsExactlyElementsOf(expected);
  }

  @Test
  void aResultRecordsTheModelItWasScoredWith() {
    ScoringModel model = ScoringModel.reverseMentoringDefaults().withWeight(Criteria.VALUE_ALIGNMENT_ID, 0.4);
    Matcher matcher = Matcher.builder().scoring(model).build();
    MatchResult result = matcher.match(SAMPLE);
    // the problem's model: the matcher's, with the zero-weight preference criterion when people stated any
    ScoringModel used = ScoringModel.usedBy(result);
    assertThat(used.weights()).containsAllEntriesOf(model.weights());
    assertThat(used.weights()).isEqualTo(matcher.problem(SAMPLE).weights());
    assertThat(result.scoringModel()).containsSame(used);
    // also through match(MatchingProblem), with the problem's own model
    assertThat(ScoringModel.usedBy(matcher.match(matcher.problem(SAMPLE)))).isEqualTo(used);
  }

  @Test
  void aPlugInStrategyOutsideTheTemplateGetsTheModelRecordedToo() {
    ScoringModel model = ScoringModel.builder().add(Criteria.FORWARD_COVERAGE, 1).build();
    MatchResult result = Matcher.builder().strategy(new FirstFitStrategy()).scoring(model).build().match(SAMPLE);
    assertThat(ScoringModel.usedBy(result).weights()).containsEntry(Criteria.FORWARD_COVERAGE_ID, 1.0);
  }

  @Test
  void theModelIsNotPartOfEqualityAndAResultWithoutOneSaysSo() {
    MatchResult bare = MatchResult.builder("custom").build();
    assertThat(bare.scoringModel()).isEmpty();
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ScoringModel.usedBy(bare));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("result.scoringModel");
      assertThat(p.message()).contains("pass the model explicitly");
    });
    MatchResult with = bare.withScoringModel(ScoringModel.reverseMentoringDefaults());
    assertThat(with).isEqualTo(bare);
    assertThat(ScoringModel.usedBy(with)).isEqualTo(ScoringModel.reverseMentoringDefaults());
  }
}
