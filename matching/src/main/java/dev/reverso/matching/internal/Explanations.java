package dev.reverso.matching.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.ParticipantId;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.Reason;
import java.util.List;
import dev.reverso.matching.spi.Criterion;

/**
 * Builds the {@link Explanation} of a pair from a {@link ScoringKernel} (each criterion's weight, score,
 * share of the total and evidence) and an {@link Admissibility} (each constraint's verdict).
 */
final class Explanations {
  private Explanations() {}

  static Explanation explain(ScoringKernel kernel, Admissibility admissibility, ImmutableList<Criterion> criteria,
      ImmutableMap<String, Double> weights, ParticipantId mentorId, ParticipantId menteeId, int mentor,
      int mentee) {
    // Σ weights in model order, and each contribution from the rounded score: a reader of matches.json that has
    // the weights and the rounded scores recomputes every contribution to the same double.
    double totalWeight = 0;
    for (Criterion c : criteria) {
      totalWeight += weights.get(c.id());
    }
    ImmutableList.Builder<Explanation.Contribution> contributions = ImmutableList.builder();
    for (int k = 0; k < criteria.size(); k++) {
      Criterion c = criteria.get(k);
      double w = weights.get(c.id());
      double s = Explanation.round(kernel.modelScore(k, mentor, mentee));
      List<Reason> reasons = s > 0 || w > 0 ? kernel.modelScorer(k).evidence(mentor, mentee) : List.of();
      if (reasons == null) {
        throw new IllegalStateException("criterion '" + c.id() + "' gave null evidence");
      }
      contributions.add(new Explanation.Contribution(c.id(), w, s, Explanation.contributionOf(w, s, totalWeight), reasons));
    }
    ImmutableList.Builder<Explanation.Verdict> verdicts = ImmutableList.builder();
    boolean allowed = true;
    for (int c = 0; c < admissibility.count(); c++) {
      String id = admissibility.id(c);
      if (admissibility.allows(c, mentor, mentee)) {
        verdicts.add(Explanation.Verdict.allow(id));
      } else {
        allowed = false;
        verdicts.add(Explanation.Verdict.forbid(id, admissibility.reason(c, mentor, mentee)));
      }
    }
    return new Explanation(mentorId, menteeId, kernel.score(mentor, mentee), allowed, contributions.build(),
        verdicts.build());
  }
}
