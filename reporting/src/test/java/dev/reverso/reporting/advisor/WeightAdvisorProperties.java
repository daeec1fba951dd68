package dev.reverso.reporting.advisor;

import static dev.reverso.reporting.advisor.AdvisorFixtures.maxError;
import static dev.reverso.reporting.advisor.AdvisorFixtures.pair;
import static dev.reverso.reporting.advisor.AdvisorFixtures.simulate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.Criterion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The advisor recovers weights that really drive the outcome, more precisely with more pairs; its fit is the
 * constrained least-squares optimum (Karush–Kuhn–Tucker conditions) on any data; the advice is well-formed.
 */
class WeightAdvisorProperties {
  private static final ScoringModel MODEL = ScoringModel.reverseMentoringDefaults().without(Criteria.AVAILABILITY_FIT_ID);
  private static final WeightAdvisor FAST = WeightAdvisor.of(AdviceOptions.defaults().withResamples(0));

  /** True weights for a seed: non-negative, some exactly 0, summing to 1 after normalisation. */
  private static double[] trueWeights(long seed, int k) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    double[] w = new double[k];
    for (int j = 0; j < k; j++) {
      w[j] = random.nextDouble() < 0.3 ? 0 : random.nextDouble();
    }
    w[random.nextInt(k)] += 0.5; // never all 0
    return w;
  }

  @Property(tries = 25)
  void knownWeightsAreRecoveredFromManyNoisyPairs(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    int k = MODEL.criteria().size();
    double[] w = trueWeights(seed, k);
    Advice a = FAST.advise(MODEL, simulate(MODEL, w, 2000, 0.15, 0.7, 0.08, seed));
    assertThat(maxError(a, w)).isLessThan(0.06);
  }

  @Test
  void theErrorShrinksAsPairsGrow() {
    int k = MODEL.criteria().size();
    double small = 0;
    double large = 0;
    int seeds = 20;
    for (long seed = 1; seed <= seeds; seed++) {
      double[] w = trueWeights(seed, k);
      small += maxError(FAST.advise(MODEL, simulate(MODEL, w, 100, 0.15, 0.7, 0.08, seed)), w);
      large += maxError(FAST.advise(MODEL, simulate(MODEL, w, 2000, 0.15, 0.7, 0.08, seed)), w);
    }
    assertThat(large / seeds).isLessThan(small / seeds / 2);
  }

  @Test
  void intervalsCoverTheTrueWeightsMostOfTheTime() {
    ScoringModel three = ScoringModel.builder().add(Criteria.FORWARD_COVERAGE, 1).add(Criteria.VALUES, 1)
        .add(Criteria.BOUNDARY, 1).build();
    double[] w = {0.5, 0.3, 0.2};
    WeightAdvisor advisor = WeightAdvisor.of(AdviceOptions.defaults().withResamples(200));
    int covered = 0;
    int total = 0;
    for (long seed = 1; seed <= 30; seed++) {
      Advice a = advisor.advise(three, simulate(three, w, 300, 0.15, 0.7, 0.1, seed));
      for (int j = 0; j < 3; j++) {
        total++;
        if (a.weights().get(j).interval().orElseThrow().contains(w[j])) {
          covered++;
        }
      }
    }
    // nominal 95 %; percentile intervals of a constrained estimator run a little under or over
    assertThat((double) covered / total).isGreaterThan(0.8);
  }

  @Property(tries = 60)
  void theFitSatisfiesTheOptimalityConditionsOnAnyData(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 30, max = 120) int n) {
    Random random = new Random(seed);
    List<Criterion> criteria = MODEL.criteria();
    int k = criteria.size();
    // scores with a few coarse, correlated or constant columns; outcomes on a Likert-like grid
    List<PairObservation> obs = new ArrayList<>();
    double[][] x = new double[n][k];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      Map<String, Double> scores = new LinkedHashMap<>();
      for (int j = 0; j < k; j++) {
        double s = switch (j % 4) {
          case 0 -> random.nextDouble();
          case 1 -> random.nextInt(3) / 2.0;
          case 2 -> j > 0 ? Math.min(1, x[i][0] * 0.5 + 0.5 * random.nextDouble()) : 0.5;
          default -> seed % 2 == 0 ? 0.5 : random.nextDouble();
        };
        x[i][j] = s;
        scores.put(criteria.get(j).id(), s);
      }
      y[i] = random.nextInt(9) / 8.0;
      obs.add(PairObservation.of(pair(i), scores, y[i]));
    }
    Advice a;
    try {
      a = FAST.advise(MODEL, obs);
    } catch (AdviceRefusedException refused) {
      assertThat(refused.reason()).isIn(RefusalReason.NO_POSITIVE_EFFECT, RefusalReason.CONSTANT_OUTCOMES);
      return;
    }
    double[] residual = new double[n];
    double sumResidual = 0;
    for (int i = 0; i < n; i++) {
      residual[i] = y[i] - a.intercept();
      for (int j = 0; j < k; j++) {
        residual[i] -= a.weights().get(j).coefficient() * x[i][j];
      }
      sumResidual += residual[i];
    }
    assertThat(Math.abs(sumResidual)).isLessThan(1e-8);
    for (int j = 0; j < k; j++) {
      double gradient = 0;
      for (int i = 0; i < n; i++) {
        gradient += residual[i] * x[i][j];
      }
      WeightEstimate e = a.weights().get(j);
      assertThat(gradient).as("no criterion could improve the fit by growing").isLessThan(1e-8);
      if (e.coefficient() > 0) {
        assertThat(Math.abs(gradient)).as("a positive coefficient is at its optimum").isLessThan(1e-8);
      }
    }
    assertWellFormed(a);
  }

  @Property(tries = 30)
  void adviceIsWellFormedAndDeterministic(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    double[] w = trueWeights(seed, MODEL.criteria().size());
    List<PairObservation> obs = simulate(MODEL, w, 60, 0.2, 0.5, 0.15, seed);
    WeightAdvisor advisor = WeightAdvisor.of(AdviceOptions.defaults().withResamples(40).withSeed(seed));
    Advice a;
    try {
      a = advisor.advise(MODEL, obs);
    } catch (AdviceRefusedException refused) {
      assertThat(refused.reason()).isEqualTo(RefusalReason.NO_POSITIVE_EFFECT);
      return;
    }
    assertWellFormed(a);
    assertThat(advisor.advise(MODEL, obs).weights()).isEqualTo(a.weights());
  }

  private static void assertWellFormed(Advice a) {
    double sum = 0;
    for (WeightEstimate e : a.weights()) {
      assertThat(e.suggestedWeight()).isBetween(0.0, 1.0);
      sum += e.suggestedWeight();
      e.interval().ifPresent(i -> assertThat(i.lower()).isBetween(0.0, 1.0));
      e.interval().ifPresent(i -> assertThat(i.upper()).isBetween(0.0, 1.0));
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(a.rSquared()).isBetween(0.0, 1.0);
    assertThat(a.currentRSquared()).isBetween(0.0, a.rSquared());
    assertThat(a.suggested().criteria()).containsExactlyElementsOf(a.current().criteria());
  }
}
