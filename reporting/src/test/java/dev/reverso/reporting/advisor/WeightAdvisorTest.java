package dev.reverso.reporting.advisor;

import static dev.reverso.reporting.advisor.AdvisorFixtures.pair;
import static dev.reverso.reporting.advisor.AdvisorFixtures.pairing;
import static dev.reverso.reporting.advisor.AdvisorFixtures.simulate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.MetricsOptions;
import dev.reverso.reporting.metrics.PairMetrics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Known answers, refusals and the path from matches and journal metrics to advice. */
class WeightAdvisorTest {
  private static final ScoringModel THREE = ScoringModel.builder()
      .add(Criteria.FORWARD_COVERAGE, 0.5)
      .add(Criteria.VALUES, 0.3)
      .add(Criteria.seniorityDistance(2, 6), 0.2)
      .build();
  private static final LocalDate START = LocalDate.of(2026, 2, 1);
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 1);

  @Test
  void noiselessLinearOutcomesAreFittedExactly() {
    List<PairObservation> obs = simulate(THREE, new double[] {0.5, 0.3, 0.0}, 60, 0.1, 0.8, 0, 7);
    Advice a = WeightAdvisor.withDefaults().advise(THREE, obs);
    assertThat(a.weights()).extracting(WeightEstimate::suggestedWeight)
        .satisfiesExactly(w -> assertThat(w).isCloseTo(0.625, within(1e-9)),
            w -> assertThat(w).isCloseTo(0.375, within(1e-9)),
            w -> assertThat(w).isCloseTo(0.0, within(1e-9)));
    assertThat(a.weights()).extracting(WeightEstimate::coefficient)
        .satisfiesExactly(c -> assertThat(c).isCloseTo(0.5, within(1e-9)),
            c -> assertThat(c).isCloseTo(0.3, within(1e-9)),
            c -> assertThat(c).isCloseTo(0.0, within(1e-9)));
    assertThat(a.intercept()).isCloseTo(0.1, within(1e-9));
    assertThat(a.rSquared()).isCloseTo(1.0, within(1e-9));
    assertThat(a.weights()).extracting(WeightEstimate::currentWeight).containsExactly(0.5, 0.3, 0.2);
    assertThat(a.pairsUsed()).isEqualTo(60);
    assertThat(a.usableResamples()).isEqualTo(500);
    assertThat(a.weights().get(0).interval()).hasValueSatisfying(i -> {
      assertThat(i.lower()).isCloseTo(0.625, within(1e-9));
      assertThat(i.upper()).isCloseTo(0.625, within(1e-9));
    });
  }

  @Test
  void suggestedModelIsTheCurrentOneWithNewWeights() {
    Advice a = WeightAdvisor.withDefaults().advise(THREE, simulate(THREE, new double[] {0, 1, 0}, 40, 0.2, 0.6, 0, 3));
    assertThat(a.suggested().criteria()).containsExactlyElementsOf(THREE.criteria());
    assertThat(a.suggested().weight(Criteria.VALUE_ALIGNMENT_ID)).isCloseTo(1.0, within(1e-9));
    assertThat(a.suggested().weight(Criteria.FORWARD_COVERAGE_ID)).isEqualTo(0.0);
    assertThat(a.suggested().totalWeight()).isCloseTo(1.0, within(1e-12));
    assertThat(a.current()).isSameAs(THREE);
  }

  @Test
  void aCriterionThatDoesNotVaryKeepsItsCurrentShare() {
    List<PairObservation> obs = new ArrayList<>();
    for (PairObservation o : simulate(THREE, new double[] {1, 1, 0}, 50, 0.1, 0.8, 0, 11)) {
      Map<String, Double> scores = new LinkedHashMap<>(o.scores());
      scores.put(Criteria.SENIORITY_DISTANCE_ID, 0.75);
      obs.add(PairObservation.of(o.pair(), scores, o.outcome()));
    }
    Advice a = WeightAdvisor.withDefaults().advise(THREE, obs);
    WeightEstimate seniority = a.weight(Criteria.SENIORITY_DISTANCE_ID).orElseThrow();
    assertThat(seniority.varies()).isFalse();
    assertThat(seniority.suggestedWeight()).isEqualTo(0.2);
    assertThat(a.weight(Criteria.FORWARD_COVERAGE_ID).orElseThrow().suggestedWeight()).isCloseTo(0.4, within(1e-9));
    assertThat(a.weight(Criteria.VALUE_ALIGNMENT_ID).orElseThrow().suggestedWeight()).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void tooFewPairsIsRefusedWithCounts() {
    AdviceRefusedException e = catchThrowableOfType(AdviceRefusedException.class, () ->
        WeightAdvisor.withDefaults().advise(THREE, simulate(THREE, new double[] {1, 1, 1}, 29, 0.2, 0.5, 0.05, 1)));
    assertThat(e.reason()).isEqualTo(RefusalReason.TOO_FEW_PAIRS);
    assertThat(e.pairsUsed()).isEqualTo(29);
    assertThat(e.getMessage()).contains("29 pairs", "at least 30");
    // the minimum is configurable
    assertThat(WeightAdvisor.of(AdviceOptions.defaults().withMinPairs(20))
        .advise(THREE, simulate(THREE, new double[] {1, 1, 1}, 29, 0.2, 0.5, 0.05, 1)).pairsUsed()).isEqualTo(29);
  }

  @Test
  void constantOutcomesAreRefused() {
    List<PairObservation> obs = new ArrayList<>();
    for (PairObservation o : simulate(THREE, new double[] {1, 1, 1}, 40, 0.2, 0.5, 0.05, 1)) {
      obs.add(new PairObservation(o.pair(), o.scores(), 0.75));
    }
    assertThat(catchThrowableOfType(AdviceRefusedException.class, () -> WeightAdvisor.withDefaults().advise(THREE, obs))
        .reason()).isEqualTo(RefusalReason.CONSTANT_OUTCOMES);
  }

  @Test
  void noVaryingCriterionIsRefused() {
    List<PairObservation> obs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      obs.add(PairObservation.of(pair(i), Map.of(Criteria.FORWARD_COVERAGE_ID, 0.5, Criteria.VALUE_ALIGNMENT_ID, 0.25,
          Criteria.SENIORITY_DISTANCE_ID, 1.0), (i % 5) / 4.0));
    }
    assertThat(catchThrowableOfType(AdviceRefusedException.class, () -> WeightAdvisor.withDefaults().advise(THREE, obs))
        .reason()).isEqualTo(RefusalReason.NO_VARYING_CRITERION);
  }

  @Test
  void outcomesThatFallWithEveryCriterionAreRefused() {
    List<PairObservation> obs = new ArrayList<>();
    for (PairObservation o : simulate(THREE, new double[] {1, 1, 1}, 60, 0.1, 0.8, 0.01, 5)) {
      obs.add(new PairObservation(o.pair(), o.scores(), 1 - o.outcome()));
    }
    AdviceRefusedException e = catchThrowableOfType(AdviceRefusedException.class,
        () -> WeightAdvisor.withDefaults().advise(THREE, obs));
    assertThat(e.reason()).isEqualTo(RefusalReason.NO_POSITIVE_EFFECT);
    assertThat(e.getMessage()).contains("60 pairs");
  }

  @Test
  void sameInputSameAdviceAndTheSeedOnlyMovesTheIntervals() {
    List<PairObservation> obs = simulate(THREE, new double[] {0.6, 0.3, 0.1}, 120, 0.2, 0.6, 0.1, 9);
    Advice a = WeightAdvisor.withDefaults().advise(THREE, obs);
    Advice b = WeightAdvisor.withDefaults().advise(THREE, List.copyOf(obs));
    assertThat(b.weights()).isEqualTo(a.weights());
    Advice c = WeightAdvisor.of(AdviceOptions.defaults().withSeed(1)).advise(THREE, obs);
    assertThat(c.weights()).extracting(WeightEstimate::suggestedWeight)
        .containsExactlyElementsOf(a.weights().stream().map(WeightEstimate::suggestedWeight).toList());
    assertThat(c.weights()).extracting(WeightEstimate::interval)
        .isNotEqualTo(a.weights().stream().map(WeightEstimate::interval).toList());
  }

  @Test
  void noResamplesMeansNoIntervals() {
    Advice a = WeightAdvisor.of(AdviceOptions.defaults().withResamples(0))
        .advise(THREE, simulate(THREE, new double[] {0.6, 0.3, 0.1}, 40, 0.2, 0.6, 0.1, 9));
    assertThat(a.weights()).allSatisfy(w -> assertThat(w.interval()).isEmpty());
    assertThat(a.usableResamples()).isZero();
  }

  @Test
  void observationsMustScoreEveryCriterion() {
    List<PairObservation> obs = new ArrayList<>(simulate(THREE, new double[] {1, 1, 1}, 40, 0.2, 0.5, 0.05, 1));
    obs.set(3, PairObservation.of(pair(3), Map.of(Criteria.FORWARD_COVERAGE_ID, 0.5), 0.5));
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> WeightAdvisor.withDefaults().advise(THREE, obs));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("observations[3].scores");
      assertThat(p.message()).contains("value-alignment, seniority-distance");
    });
  }

  // ----------------------------------------------------------------- from matches and journal metrics

  private static PairMetrics metrics(MentoringPair pair, JournalEvent... events) {
    return PairMetrics.replay(pair, 0.5, List.of(), List.of(events), AS_OF, START, MetricsOptions.defaults());
  }

  private static Feedback feedback(MentoringPair pair, String id, Side side, int relationship, int learning) {
    return Feedback.builder(id, pair, START.plusDays(30), side).ratings(relationship, learning, 1).build();
  }

  @Test
  void outcomeIsTheMeanOfTheLatestRelationshipAndLearningRatingsOfBothSides() {
    MentoringPair p = pair(1);
    WeightAdvisor advisor = WeightAdvisor.withDefaults();
    assertThat(advisor.outcome(metrics(p))).isEmpty();
    assertThat(advisor.outcome(metrics(p, feedback(p, "a", Side.MENTOR, 5, 3)))).hasValue(0.75);
    Feedback later = Feedback.builder("c", p, START.plusDays(60), Side.MENTOR).ratings(1, 1, 5).build();
    assertThat(advisor.outcome(metrics(p, feedback(p, "a", Side.MENTOR, 5, 3), feedback(p, "b", Side.MENTEE, 4, 2),
        later))).hasValue((0 + 0 + 0.75 + 0.25) / 4);
  }

  @Test
  void pairsClosedEarlyScoreZeroAndCompletedPairsTheirRatings() {
    MentoringPair p = pair(1);
    WeightAdvisor advisor = WeightAdvisor.withDefaults();
    PairClosed mismatch = PairClosed.of("z", p, START.plusDays(90), CloseReason.MISMATCH);
    PairClosed left = PairClosed.of("z", p, START.plusDays(90), CloseReason.MENTEE_LEFT);
    PairClosed completed = PairClosed.of("z", p, START.plusDays(90), CloseReason.COMPLETED);
    Feedback good = feedback(p, "a", Side.MENTEE, 5, 5);
    assertThat(advisor.outcome(metrics(p, good, mismatch))).hasValue(0);
    assertThat(advisor.outcome(metrics(p, mismatch))).hasValue(0);
    assertThat(advisor.outcome(metrics(p, good, completed))).hasValue(1);
    assertThat(advisor.outcome(metrics(p, completed))).isEmpty();
    WeightAdvisor lenient = advisor.withOptions(AdviceOptions.defaults()
        .withPoorOutcomeCloseReasons(Set.of(CloseReason.MISMATCH)));
    assertThat(lenient.outcome(metrics(p, good, left))).hasValue(1);
    assertThat(lenient.outcome(metrics(p, good, mismatch))).hasValue(0);
  }

  @Test
  void advisesFromMatchesAndPairMetricsCountingPairsLeftOut() {
    List<PairObservation> sim = simulate(THREE, new double[] {0.7, 0.3, 0}, 45, 0, 1, 0.03, 21);
    MatchResult.Builder result = MatchResult.builder("optimal");
    List<PairMetrics> metrics = new ArrayList<>();
    int closedEarly = 0;
    for (int i = 0; i < sim.size(); i++) {
      PairObservation o = sim.get(i);
      result.pair(pairing(o.pair(), THREE, o.scores()));
      if (i % 9 == 8) {
        continue; // no metrics at all
      }
      if (i % 9 == 7) {
        metrics.add(metrics(o.pair())); // metrics, but no feedback
        continue;
      }
      // a rating 1..5 per side close to the simulated outcome
      int r = 1 + (int) Math.round(4 * o.outcome());
      if (i % 9 == 6 && o.outcome() < 0.35) {
        closedEarly++;
        metrics.add(metrics(o.pair(), feedback(o.pair(), "f" + i, Side.MENTOR, r, r),
            PairClosed.of("c" + i, o.pair(), START.plusDays(60), CloseReason.MISMATCH)));
      } else {
        metrics.add(metrics(o.pair(), feedback(o.pair(), "f" + i, Side.MENTOR, r, r),
            feedback(o.pair(), "g" + i, Side.MENTEE, r, r)));
      }
    }
    metrics.add(metrics(MentoringPair.of("someone", "else"), feedback(MentoringPair.of("someone", "else"), "x",
        Side.MENTOR, 5, 5)));
    Advice a = WeightAdvisor.of(AdviceOptions.defaults().withMinPairs(20)).advise(THREE, result.build(), metrics);
    assertThat(a.pairsWithoutOutcome()).isEqualTo(10);
    assertThat(a.pairsUsed()).isEqualTo(35);
    assertThat(a.pairsClosedEarly()).isEqualTo(closedEarly);
    assertThat(a.weight(Criteria.FORWARD_COVERAGE_ID).orElseThrow().suggestedWeight())
        .isGreaterThan(a.weight(Criteria.VALUE_ALIGNMENT_ID).orElseThrow().suggestedWeight());
    assertThat(a.rSquared()).isGreaterThan(0.5);
  }

  @Test
  void explanationsWithoutAModelCriterionAreLocatedInputErrors() {
    ScoringModel other = ScoringModel.builder().add(Criteria.FORWARD_COVERAGE, 1).build();
    MatchResult result = MatchResult.builder("optimal")
        .pair(pairing(pair(0), other, Map.of(Criteria.FORWARD_COVERAGE_ID, 0.5)))
        .pair(pairing(pair(1), THREE, Map.of(Criteria.FORWARD_COVERAGE_ID, 0.5, Criteria.VALUE_ALIGNMENT_ID, 0.1,
            Criteria.SENIORITY_DISTANCE_ID, 0.2)))
        .build();
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> WeightAdvisor.withDefaults().advise(THREE, result, List.of()));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("pairs[0].explanation");
      assertThat(p.message()).contains("value-alignment, seniority-distance", "another model");
    });
  }

  @Test
  void metricsGivenTwiceForAPairAreAnInputError() {
    MatchResult result = MatchResult.builder("optimal").build();
    PairMetrics m = metrics(pair(1));
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> WeightAdvisor.withDefaults().advise(THREE, result, List.of(m, m))).problems())
        .extracting(dev.reverso.core.Problem::location).containsExactly("metrics[1]");
  }

  @Test
  void optionsValidateAndCopy() {
    AdviceOptions d = AdviceOptions.defaults();
    assertThat(d.minPairs()).isEqualTo(30);
    assertThat(d.resamples()).isEqualTo(500);
    assertThat(d.poorOutcomeCloseReasons()).doesNotContain(CloseReason.COMPLETED).hasSize(4);
    assertThat(d.withMinPairs(50).minPairs()).isEqualTo(50);
    assertThat(d.withMinPairs(50)).isNotEqualTo(d).isEqualTo(d.withMinPairs(50));
    assertThatThrownBy(() -> d.withMinPairs(2)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("minPairs");
    assertThatThrownBy(() -> d.withResamples(-1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> d.withConfidenceLevel(1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> d.withConfidenceLevel(Double.NaN)).isInstanceOf(InvalidInputException.class);
    assertThat(d.withPoorOutcomeCloseReasons(Set.of()).poorOutcomeCloseReasons()).isEmpty();
  }

  @Test
  void adviceToStringShowsNumbersAndCriterionIdsOnly() {
    Advice a = WeightAdvisor.withDefaults().advise(THREE, simulate(THREE, new double[] {1, 1, 1}, 40, 0.2, 0.5, 0.05, 1));
    assertThat(a.toString()).contains("pairs=40", "forward-coverage=").doesNotContain("m1", "s1");
    assertThat(ImmutableList.copyOf(a.weights())).hasSize(3);
  }
}
