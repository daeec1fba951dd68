package dev.reverso.reporting.advisor;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.Criterion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Simulated pairs for the advisor: scores drawn at random, outcomes from known weights plus noise. */
final class AdvisorFixtures {
  private AdvisorFixtures() {}

  /** The pair of mentor {@code m<i>} and mentee {@code s<i>}. */
  static MentoringPair pair(int i) {
    return MentoringPair.of("m" + i, "s" + i);
  }

  /**
   * n observations of the model's criteria with uniform scores and outcome
   * {@code base + spread · Σ w_j x_j / Σ w + N(0, noise²)}, clamped to [0, 1].
   */
  static List<PairObservation> simulate(ScoringModel model, double[] trueWeights, int n, double base,
      double spread, double noise, long seed) {
    Random random = new Random(seed);
    List<Criterion> criteria = model.criteria();
    double sum = 0;
    for (double w : trueWeights) {
      sum += w;
    }
    List<PairObservation> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<String, Double> scores = new LinkedHashMap<>();
      double signal = 0;
      for (int j = 0; j < criteria.size(); j++) {
        double s = random.nextDouble();
        scores.put(criteria.get(j).id(), s);
        signal += trueWeights[j] / sum * s;
      }
      double y = base + spread * signal + noise * random.nextGaussian();
      out.add(PairObservation.of(pair(i), scores, Math.max(0, Math.min(1, y))));
    }
    return out;
  }

  /** A pairing whose explanation carries these criterion scores under the model's weights. */
  static Pairing pairing(MentoringPair pair, ScoringModel model, Map<String, Double> scores) {
    ImmutableList.Builder<Explanation.Contribution> contributions = ImmutableList.builder();
    double total = 0;
    for (Criterion c : model.criteria()) {
      double w = model.weight(c.id());
      double s = scores.get(c.id());
      double contribution = w * s / model.totalWeight();
      total += contribution;
      contributions.add(new Explanation.Contribution(c.id(), w, s, contribution, ImmutableList.of()));
    }
    total = Math.min(1, total);
    ParticipantId mentor = pair.mentorId();
    ParticipantId mentee = pair.menteeId();
    return new Pairing(mentor, mentee, total,
        new Explanation(mentor, mentee, total, true, contributions.build(), ImmutableList.of()));
  }

  static double maxError(Advice advice, double[] trueWeights) {
    double sum = 0;
    for (double w : trueWeights) {
      sum += w;
    }
    double max = 0;
    for (int j = 0; j < trueWeights.length; j++) {
      max = Math.max(max, Math.abs(advice.weights().get(j).suggestedWeight() - trueWeights[j] / sum));
    }
    return max;
  }
}
