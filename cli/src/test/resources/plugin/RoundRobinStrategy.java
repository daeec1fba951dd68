package com.example.mentoring;

import dev.reverso.core.Role;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.PartnerFeasibility;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.matching.spi.MatchingStrategy;

/**
 * Mentees take turns, in programme order: each takes the best-scoring allowed mentor who still has
 * capacity, round after round, until nobody can take anyone. Fair in turns, not optimal. Stateless.
 */
public final class RoundRobinStrategy implements MatchingStrategy {

  @Override
  public String name() {
    return "round-robin";
  }

  @Override
  public String description() {
    return "mentees take turns picking their best allowed mentor with capacity left";
  }

  @Override
  public MatchResult match(MatchingProblem problem) {
    int[] mentorLeft = problem.mentorCapacities();
    int[] menteeLeft = problem.menteeCapacities();
    boolean[][] paired = new boolean[problem.mentorCount()][problem.menteeCount()];
    MatchResult.Builder result = MatchResult.builder(name());
    for (boolean picked = true; picked; ) {
      picked = false;
      for (int mentee = 0; mentee < problem.menteeCount(); mentee++) {
        if (menteeLeft[mentee] == 0) {
          continue;
        }
        int best = -1;
        for (int mentor = 0; mentor < problem.mentorCount(); mentor++) {
          if (mentorLeft[mentor] > 0 && !paired[mentor][mentee] && problem.allowed(mentor, mentee)
              && (best < 0 || problem.score(mentor, mentee) > problem.score(best, mentee))) {
            best = mentor;
          }
        }
        if (best >= 0) {
          result.pair(problem.pairing(best, mentee)); // score and explanation come with the pair
          paired[best][mentee] = true;
          mentorLeft[best]--;
          menteeLeft[mentee]--;
          picked = true;
        }
      }
    }
    // everyone without a pair is reported, with the reason
    for (int mentor = 0; mentor < problem.mentorCount(); mentor++) {
      if (mentorLeft[mentor] == problem.mentorCapacity(mentor)) {
        unmatched(problem.feasibility(problem.mentorId(mentor)), result);
      }
    }
    for (int mentee = 0; mentee < problem.menteeCount(); mentee++) {
      if (menteeLeft[mentee] == problem.menteeCapacity(mentee)) {
        unmatched(problem.feasibility(problem.menteeId(mentee)), result);
      }
    }
    return result.build();
  }

  private static void unmatched(PartnerFeasibility f, MatchResult.Builder result) {
    if (f.feasiblePartners() == 0) {
      result.unmatchedInfeasible(f);
    } else {
      result.unmatched(f.participantId(), f.role(), UnmatchedReason.CAPACITY_EXHAUSTED,
          "every allowed " + (f.role() == Role.MENTOR ? "mentee" : "mentor") + " was taken first");
    }
  }
}
