package dev.reverso.matching.plugin;

import dev.reverso.core.Role;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.matching.spi.MatchingStrategy;

/**
 * A test plug-in registered through the test {@code META-INF/services} file: each mentee in order takes
 * the first allowed mentor with room. Implements only {@link #match(MatchingProblem)}, so options go
 * through the SPI's default method.
 */
public final class FirstFitStrategy implements MatchingStrategy {
  @Override
  public String name() {
    return "first-fit";
  }

  @Override
  public String description() {
    return "each mentee takes the first allowed mentor with room (test plug-in)";
  }

  @Override
  public MatchResult match(MatchingProblem problem) {
    MatchResult.Builder b = MatchResult.builder(name()).solverPath("first-fit");
    int[] load = new int[problem.mentorCount()];
    boolean[] mentorUsed = new boolean[problem.mentorCount()];
    for (int j = 0; j < problem.menteeCount(); j++) {
      boolean matched = false;
      for (int i = 0; i < problem.mentorCount() && !matched; i++) {
        if (load[i] < problem.mentorCapacity(i) && problem.allowed(i, j)) {
          load[i]++;
          mentorUsed[i] = true;
          b.pair(problem.pairing(i, j));
          matched = true;
        }
      }
      if (!matched) {
        b.unmatched(problem.menteeId(j), Role.MENTEE, UnmatchedReason.CAPACITY_EXHAUSTED, "no mentor with room");
      }
    }
    for (int i = 0; i < problem.mentorCount(); i++) {
      if (!mentorUsed[i]) {
        b.unmatched(problem.mentorId(i), Role.MENTOR, UnmatchedReason.NOT_SELECTED, "not reached");
      }
    }
    return b.build();
  }
}
