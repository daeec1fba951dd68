package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import org.junit.jupiter.api.Test;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.score.ScoringModel;

class ScoringModelTest {

  @Test
  void defaultsRankForwardCoverageFirstAndSumToOne() {
    ScoringModel m = ScoringModel.reverseMentoringDefaults();
    assertThat(m.weights().keySet()).containsExactly("forward-coverage", "reverse-coverage", "value-alignment",
        "seniority-distance", "cross-boundary", "time-zone-overlap", "availability-fit");
    assertThat(m.totalWeight()).isCloseTo(1.0, within(1e-12));
    assertThat(m.weight("forward-coverage")).isGreaterThan(m.weight("reverse-coverage"));
    assertThat(m.weight("reverse-coverage")).isGreaterThan(m.weight("value-alignment"));
  }

  @Test
  void withCopiesAreIndependent() {
    ScoringModel m = ScoringModel.reverseMentoringDefaults();
    ScoringModel changed = m.withWeight(Criteria.VALUES, 0.2);
    assertThat(changed.weight("value-alignment")).isEqualTo(0.2);
    assertThat(m.weight("value-alignment")).isEqualTo(0.15);
    assertThat(changed.withWeight("value-alignment", 0.15)).isEqualTo(m);
    ScoringModel small = ScoringModel.builder().add(Criteria.FORWARD_COVERAGE, 1).build();
    assertThat(small.withWeight("availability-fit", 0.5).weights()).containsEntry("availability-fit", 0.5);
    assertThat(m.without("availability-fit").criteria()).hasSize(6);
    assertThatThrownBy(() -> m.withWeight("no-such", 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("forward-coverage");
    assertThatThrownBy(() -> small.without("forward-coverage")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void everyProblemIsReportedWithItsLocation() {
    assertThatThrownBy(() -> ScoringModel.builder().add(Criteria.VALUES, -1).add(Criteria.TIME_ZONE, Double.NaN)
        .add(Criteria.VALUES, 1).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::location)
            .containsExactly("weights.value-alignment", "weights.time-zone-overlap", "criteria[2].id"));
    assertThatThrownBy(() -> ScoringModel.builder().add(Criteria.VALUES, 0).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).message())
            .contains("at least one weight above 0"));
    assertThatThrownBy(() -> ScoringModel.builder().build()).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ScoringModel.reverseMentoringDefaults().withWeight("seniority-distance",
        Double.POSITIVE_INFINITY)).isInstanceOf(InvalidInputException.class);
  }
}
