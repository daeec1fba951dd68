package dev.reverso.matching.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.strategy.fair.FairStrategy;
import dev.reverso.matching.strategy.greedy.GreedyStrategy;
import dev.reverso.matching.strategy.incremental.IncrementalStrategy;
import dev.reverso.matching.strategy.optimal.OptimalStrategy;
import dev.reverso.matching.strategy.stable.StableStrategy;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import dev.reverso.matching.MatchingProblems;

/** How the strategies compare with each other and with exhaustive search on small programmes. */
class StrategyComparisonProperties {
  private static final double[] MINIMUMS = {0, 0.3, 0.5};
  private static final double EPS = 1e-5;

  private static List<MatchingStrategy> others() {
    return List.of(new GreedyStrategy(), new StableStrategy(), new StableStrategy(StableStrategy.Proposing.MENTORS),
        new FairStrategy(), new IncrementalStrategy(), OptimalStrategy.sparse(2));
  }

  private static MatchingProblem problem(long seed, int mentors, int mentees, int maxCapacity) {
    return MatchingProblems.of(StrategyPrograms.random(seed, mentors, mentees, maxCapacity, 0));
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
  void optimalTotalIsAtLeastEveryOtherStrategysTotal(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 9) int mentors, @ForAll @IntRange(min = 0, max = 9) int mentees,
      @ForAll @IntRange(min = 1, max = 3) int maxCapacity, @ForAll @IntRange(min = 0, max = 2) int minimum) {
    MatchingProblem problem = problem(seed, mentors, mentees, maxCapacity);
    MatchingOptions options = MatchingOptions.defaults().withMinimumScore(MINIMUMS[minimum]);
    double optimal = new OptimalStrategy().match(problem, options).totalScore();
    for (MatchingStrategy other : others()) {
      assertThat(other.match(problem, options).totalScore()).as(other.name()).isLessThanOrEqualTo(optimal + EPS);
    }
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
  void greedyGetsAtLeastHalfTheOptimum(@ForAll long seed, @ForAll @IntRange(min = 0, max = 9) int mentors,
      @ForAll @IntRange(min = 0, max = 9) int mentees, @ForAll @IntRange(min = 1, max = 3) int maxCapacity) {
    MatchingProblem problem = problem(seed, mentors, mentees, maxCapacity);
    double optimal = new OptimalStrategy().match(problem).totalScore();
    assertThat(new GreedyStrategy().match(problem).totalScore()).isGreaterThanOrEqualTo(optimal / 2 - EPS);
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void optimalEqualsBruteForce(@ForAll long seed, @ForAll @IntRange(min = 0, max = 7) int mentors,
      @ForAll @IntRange(min = 0, max = 7) int mentees, @ForAll @IntRange(min = 1, max = 2) int maxCapacity,
      @ForAll @IntRange(min = 0, max = 2) int minimum) {
    MatchingProblem problem = problem(seed, mentors, mentees, maxCapacity);
    MatchingOptions options = MatchingOptions.defaults().withMinimumScore(MINIMUMS[minimum]);
    double best = BruteForce.bestTotal(problem, MINIMUMS[minimum]);
    assertThat(new OptimalStrategy().match(problem, options).totalScore()).isCloseTo(best, within(EPS));
    assertThat(OptimalStrategy.sparse(Math.max(1, mentors)).match(problem, options).totalScore())
        .isCloseTo(best, within(EPS));
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void fairHasTheMostPairsThenTheBestMinimumThenTheBestTotal(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 6) int mentors, @ForAll @IntRange(min = 0, max = 6) int mentees,
      @ForAll @IntRange(min = 1, max = 2) int maxCapacity) {
    MatchingProblem problem = problem(seed, mentors, mentees, maxCapacity);
    MatchResult fair = new FairStrategy().match(problem);
    double[] best = BruteForce.fair(problem);
    assertThat(fair.pairs().size()).isEqualTo((int) best[0]);
    if (best[0] > 0) {
      assertThat(fair.statistics().minScore()).isEqualTo(Explanation.round(best[1]));
      assertThat(fair.totalScore()).isCloseTo(best[2], within(EPS));
    }
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
  void fairHasAtLeastAsManyPairsAndAtSameCountNoWorseMinimum(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 9) int mentors, @ForAll @IntRange(min = 0, max = 9) int mentees,
      @ForAll @IntRange(min = 1, max = 3) int maxCapacity, @ForAll @IntRange(min = 0, max = 2) int minimum) {
    MatchingProblem problem = problem(seed, mentors, mentees, maxCapacity);
    MatchingOptions options = MatchingOptions.defaults().withMinimumScore(MINIMUMS[minimum]);
    MatchResult fair = new FairStrategy().match(problem, options);
    List<MatchingStrategy> all = new ArrayList<>(others());
    all.add(new OptimalStrategy());
    for (MatchingStrategy other : all) {
      MatchResult r = other.match(problem, options);
      assertThat(fair.pairs().size()).as(other.name()).isGreaterThanOrEqualTo(r.pairs().size());
      if (r.pairs().size() == fair.pairs().size() && !r.pairs().isEmpty()) {
        assertThat(fair.statistics().minScore()).as(other.name()).isGreaterThanOrEqualTo(r.statistics().minScore());
      }
    }
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void stableHasNoBlockingPair(@ForAll long seed, @ForAll @IntRange(min = 0, max = 9) int mentors,
      @ForAll @IntRange(min = 0, max = 9) int mentees, @ForAll @IntRange(min = 1, max = 3) int maxCapacity,
      @ForAll @IntRange(min = 0, max = 2) int minimum) {
    MatchingProblem problem = problem(seed, mentors, mentees, maxCapacity);
    MatchingOptions options = MatchingOptions.defaults().withMinimumScore(MINIMUMS[minimum]);
    for (StableStrategy.Proposing side : StableStrategy.Proposing.values()) {
      int[] mentorOf = Stability.mentorOfMentee(problem, new StableStrategy(side).match(problem, options));
      assertThat(Stability.blockingPairs(problem, options.minimumScore(), mentorOf)).as(side.name()).isEmpty();
    }
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void stableIsTheProposerOptimalStableMatching(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int mentors,
      @ForAll @IntRange(min = 0, max = 5) int mentees, @ForAll @IntRange(min = 1, max = 2) int maxCapacity,
      @ForAll @IntRange(min = 0, max = 1) int minimum) {
    MatchingProblem problem = problem(seed, mentors, mentees, maxCapacity);
    MatchingOptions options = MatchingOptions.defaults().withMinimumScore(MINIMUMS[minimum]);
    List<int[]> stable = Stability.allStableMatchings(problem, options.minimumScore());
    assertThat(stable).isNotEmpty();
    int[] menteeOptimal = Stability.mentorOfMentee(problem, new StableStrategy().match(problem, options));
    int[] mentorOptimal = Stability.mentorOfMentee(problem,
        new StableStrategy(StableStrategy.Proposing.MENTORS).match(problem, options));
    for (int[] other : stable) {
      for (int j = 0; j < problem.menteeCount(); j++) {
        // Mentee-proposing: each mentee at least as well off as in any stable matching; mentor-proposing:
        // at most as well off (the mentor-optimal stable matching is the mentee-pessimal one).
        assertThat(Stability.menteeRank(problem, j, menteeOptimal[j]))
            .isLessThanOrEqualTo(Stability.menteeRank(problem, j, other[j]));
        assertThat(Stability.menteeRank(problem, j, mentorOptimal[j]))
            .isGreaterThanOrEqualTo(Stability.menteeRank(problem, j, other[j]));
      }
    }
    assertThat(stable).anySatisfy(m -> assertThat(m).isEqualTo(menteeOptimal));
    assertThat(stable).anySatisfy(m -> assertThat(m).isEqualTo(mentorOptimal));
  }

  /** Helpers for stability on index arrays (one mentor per mentee, −1 for none). */
  static final class Stability {
    private Stability() {}

    static int[] mentorOfMentee(MatchingProblem problem, MatchResult result) {
      int[] of = new int[problem.menteeCount()];
      java.util.Arrays.fill(of, -1);
      for (Pairing p : result.pairs()) {
        int j = problem.menteeIndex(p.menteeId());
        assertThat(of[j]).as("one mentor per mentee").isEqualTo(-1);
        of[j] = problem.mentorIndex(p.mentorId());
      }
      return of;
    }

    /** Whether mentee j prefers mentor a to mentor b (b = −1 means unmatched). */
    static boolean menteePrefers(MatchingProblem p, int j, int a, int b) {
      if (b < 0) {
        return true;
      }
      double va = p.menteeView(a, j);
      double vb = p.menteeView(b, j);
      return va > vb || (va == vb && a < b);
    }

    /** Whether mentor i prefers mentee a to mentee b. */
    static boolean mentorPrefers(MatchingProblem p, int i, int a, int b) {
      double va = p.mentorView(i, a);
      double vb = p.mentorView(i, b);
      return va > vb || (va == vb && a < b);
    }

    /** The position of mentor i in mentee j's order of all mentors; unmatched ranks last. */
    static int menteeRank(MatchingProblem p, int j, int i) {
      if (i < 0) {
        return Integer.MAX_VALUE;
      }
      int rank = 0;
      for (int o = 0; o < p.mentorCount(); o++) {
        if (o != i && menteePrefers(p, j, o, i)) {
          rank++;
        }
      }
      return rank;
    }

    static List<String> blockingPairs(MatchingProblem p, double minimum, int[] mentorOf) {
      List<String> blocking = new ArrayList<>();
      for (int i = 0; i < p.mentorCount(); i++) {
        for (int j = 0; j < p.menteeCount(); j++) {
          if (!p.allowed(i, j) || p.score(i, j) < minimum || mentorOf[j] == i) {
            continue;
          }
          if (!menteePrefers(p, j, i, mentorOf[j])) {
            continue;
          }
          int load = 0;
          boolean prefersToSome = false;
          for (int k = 0; k < p.menteeCount(); k++) {
            if (mentorOf[k] == i) {
              load++;
              prefersToSome |= mentorPrefers(p, i, j, k);
            }
          }
          if (load < p.mentorCapacity(i) || prefersToSome) {
            blocking.add(i + "-" + j);
          }
        }
      }
      return blocking;
    }

    /** Every stable matching with one mentor per mentee, by enumeration. */
    static List<int[]> allStableMatchings(MatchingProblem p, double minimum) {
      List<int[]> out = new ArrayList<>();
      int[] of = new int[p.menteeCount()];
      enumerate(p, minimum, 0, of, new int[p.mentorCount()], out);
      return out;
    }

    private static void enumerate(MatchingProblem p, double minimum, int j, int[] of, int[] load, List<int[]> out) {
      if (j == p.menteeCount()) {
        if (blockingPairs(p, minimum, of).isEmpty()) {
          out.add(of.clone());
        }
        return;
      }
      of[j] = -1;
      enumerate(p, minimum, j + 1, of, load, out);
      for (int i = 0; i < p.mentorCount(); i++) {
        if (load[i] < p.mentorCapacity(i) && p.allowed(i, j) && p.score(i, j) >= minimum) {
          of[j] = i;
          load[i]++;
          enumerate(p, minimum, j + 1, of, load, out);
          load[i]--;
        }
      }
      of[j] = -1;
    }
  }
}
