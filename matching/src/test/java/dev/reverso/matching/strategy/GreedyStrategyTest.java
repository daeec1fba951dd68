package dev.reverso.matching.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.strategy.greedy.GreedyStrategy;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import dev.reverso.matching.MatchingProblems;

class GreedyStrategyTest extends MatchingStrategyContract {

  @Override
  MatchingStrategy strategy() {
    return new GreedyStrategy();
  }

  @Example
  void sortsEveryPairOnSmallProgrammes() {
    MatchResult r = strategy().match(MatchingProblems.of(SampleOrganization.generate(300, 1)));
    assertThat(r.solverPath()).isEqualTo("all-pairs");
    assertThat(r.strategy()).isEqualTo("greedy");
  }

  /** Greedy's defining property: no admissible pair left out is better than a chosen pair at both its ends' worst. */
  @Property(tries = 80, edgeCases = EdgeCasesMode.MIXIN)
  void everyPairLeftOutIsBlockedByABetterOrEqualChosenPair(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 8) int mentors, @ForAll @IntRange(min = 1, max = 8) int mentees,
      @ForAll @IntRange(min = 1, max = 2) int maxCapacity) {
    MatchingProblem problem = MatchingProblems.of(StrategyPrograms.random(seed, mentors, mentees, maxCapacity, 0));
    MatchResult r = strategy().match(problem);
    int[] mentorLoad = new int[problem.mentorCount()];
    int[] menteeLoad = new int[problem.menteeCount()];
    float[] worstOfMentor = new float[problem.mentorCount()];
    float[] worstOfMentee = new float[problem.menteeCount()];
    java.util.Arrays.fill(worstOfMentor, 2);
    java.util.Arrays.fill(worstOfMentee, 2);
    java.util.Set<Long> chosen = new java.util.HashSet<>();
    for (Pairing p : r.pairs()) {
      int i = problem.mentorIndex(p.mentorId());
      int j = problem.menteeIndex(p.menteeId());
      mentorLoad[i]++;
      menteeLoad[j]++;
      // the problem's own score: the pairing's is rounded to six decimals, greedy orders by the unrounded one
      worstOfMentor[i] = Math.min(worstOfMentor[i], (float) problem.score(i, j));
      worstOfMentee[j] = Math.min(worstOfMentee[j], (float) problem.score(i, j));
      chosen.add((long) i << 32 | j);
    }
    for (int i = 0; i < problem.mentorCount(); i++) {
      for (int j = 0; j < problem.menteeCount(); j++) {
        if (!problem.allowed(i, j) || chosen.contains((long) i << 32 | j)) {
          continue;
        }
        float s = (float) problem.score(i, j);
        boolean mentorFull = mentorLoad[i] == problem.mentorCapacity(i) && worstOfMentor[i] >= s;
        boolean menteeFull = menteeLoad[j] == problem.menteeCapacity(j) && worstOfMentee[j] >= s;
        assertThat(mentorFull || menteeFull).as("pair %d,%d (%.4f) is blocked", i, j, s).isTrue();
      }
    }
  }
}
