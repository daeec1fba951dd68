package dev.reverso.examples;

import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.spi.template.AbstractMatchingStrategy;
import dev.reverso.matching.spi.template.Decision;
import dev.reverso.matching.spi.template.MatchingRound;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A custom strategy: the most senior mentees choose first, each its best admissible mentor. The template keeps
 * active and pinned pairs, leaves out people without consent, and explains every pair and every unmatched person.
 */
public final class SeniorsFirstStrategy extends AbstractMatchingStrategy {
  @Override
  public String name() {
    return "seniors-first";
  }

  @Override
  protected Decision decide(MatchingRound round) {
    MatchingProblem problem = round.problem();
    int[] mentorLeft = round.mentorCapacities();
    int[] menteeLeft = round.menteeCapacities();
    List<Integer> seniorsFirst = IntStream.range(0, problem.menteeCount()).boxed()
        .sorted(Comparator.comparingInt((Integer j) -> problem.mentee(j).seniority()).reversed()).toList();
    Decision.Builder decision = Decision.builder(name());
    for (int mentee : seniorsFirst) {
      int best = -1;
      for (int mentor = 0; mentor < problem.mentorCount(); mentor++) {
        if (mentorLeft[mentor] > 0 && round.isAdmissible(mentor, mentee)
            && (best < 0 || problem.score(mentor, mentee) > problem.score(best, mentee))) {
          best = mentor;
        }
      }
      if (best >= 0 && menteeLeft[mentee] > 0) {
        decision.pair(best, mentee);
        mentorLeft[best]--;
      }
    }
    return decision.build();
  }
}
