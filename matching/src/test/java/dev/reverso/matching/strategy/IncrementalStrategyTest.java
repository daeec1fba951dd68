package dev.reverso.matching.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.strategy.incremental.IncrementalStrategy;
import dev.reverso.matching.strategy.optimal.OptimalStrategy;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import dev.reverso.matching.MatchingProblems;

class IncrementalStrategyTest extends MatchingStrategyContract {

  @Override
  MatchingStrategy strategy() {
    return new IncrementalStrategy();
  }

  @Override
  boolean keepsActivePairsWhenRematching() {
    return true;
  }

  @Override
  int activePairs() {
    return 4;
  }

  @Property(tries = 80, edgeCases = EdgeCasesMode.MIXIN)
  void keepsEveryActivePairAndReportsIt(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int mentors,
      @ForAll @IntRange(min = 1, max = 8) int mentees, @ForAll @IntRange(min = 0, max = 6) int active) {
    Program program = StrategyPrograms.random(seed, mentors, mentees, 2, active);
    MatchingProblem problem = MatchingProblems.of(program);
    MatchResult r = strategy().match(problem);
    List<MentoringPair> locked = program.active();
    for (MentoringPair a : locked) {
      assertThat(r.pairs()).extracting(p -> new MentoringPair(p.mentorId(), p.menteeId())).contains(a);
    }
    assertThat(r.solverPath()).contains("incremental(kept " + locked.size() + " active pair")
        .contains("changed 0");
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.MIXIN)
  void withoutActivePairsEqualsOptimalInPairsAndTotal(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 8) int mentors, @ForAll @IntRange(min = 1, max = 8) int mentees) {
    MatchingProblem problem = MatchingProblems.of(StrategyPrograms.random(seed, mentors, mentees, 2, 0));
    MatchResult incremental = strategy().match(problem);
    MatchResult optimal = new OptimalStrategy().match(problem);
    assertThat(incremental.pairs()).containsExactlyElementsOf(optimal.pairs());
    assertThat(incremental.unmatched()).containsExactlyElementsOf(optimal.unmatched());
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.MIXIN)
  void newPairsAreOptimalForTheFreeCapacity(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int mentors,
      @ForAll @IntRange(min = 1, max = 6) int mentees) {
    Program program = StrategyPrograms.random(seed, mentors, mentees, 2, 3);
    MatchingProblem problem = MatchingProblems.of(program);
    MatchResult r = strategy().match(problem);
    double fresh = r.pairs().stream()
        .filter(p -> !program.active().contains(new MentoringPair(p.mentorId(), p.menteeId())))
        .mapToDouble(Pairing::score).sum();
    double best = BruteForce.bestTotalAround(problem, program.active());
    assertThat(fresh).isCloseTo(best, org.assertj.core.data.Offset.offset(1e-5));
  }
}
