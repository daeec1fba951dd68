package dev.reverso.matching.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Priority;
import dev.reverso.core.Program;
import dev.reverso.matching.internal.CandidateLists;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.MatchingProblems;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.matching.solver.HopcroftKarp;
import dev.reverso.matching.strategy.greedy.GreedyStrategy;
import dev.reverso.matching.strategy.optimal.OptimalStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The sparse path on programmes full of ties (issue 12.1): top-k lists that all name the same few mentors
 * must not shrink the matching. The dense limit is lowered (sparse path forced) so that small programmes
 * exercise the sparse path, and every answer is checked against Hopcroft–Karp on the whole admissible
 * graph and against the dense path.
 */
class SparseTiesProperties {
  private static final double EPS = 1e-4;

  /**
   * Mentors and mentees under one manager, all mentors alike and all mentees alike when {@code profiles}
   * is 1, else drawn from that many profiles per side; random exclusions and earlier pairs make the
   * admissible graph irregular. Mentees have capacity 1, mentors 1 or 2.
   */
  static Program tied(long seed, int mentors, int mentees, int profiles, int holes) {
    Random rnd = new Random(seed);
    Program.Builder b = Program.builder();
    b.person(Participant.builder("boss").seniority(15).build());
    List<String> menteeIds = new ArrayList<>();
    for (int j = 0; j < mentees; j++) {
      String id = "senior" + j;
      Participant.Builder pb = Participant.builder(id).seniority(10).manager("boss").capacity(1);
      profile(pb, rnd.nextInt(profiles), true);
      b.mentee(pb.build());
      menteeIds.add(id);
    }
    List<String> mentorIds = new ArrayList<>();
    for (int i = 0; i < mentors; i++) {
      String id = "junior" + i;
      Participant.Builder pb = Participant.builder(id).seniority(3).manager("boss").capacity(1 + rnd.nextInt(2));
      profile(pb, rnd.nextInt(profiles), false);
      for (int h = 0; h < holes && mentees > 0; h++) {
        if (rnd.nextInt(3) == 0) {
          pb.exclude(menteeIds.get(rnd.nextInt(mentees)));
        }
      }
      b.mentor(pb.build());
      mentorIds.add(id);
    }
    for (int h = 0; h < holes && mentors > 0 && mentees > 0; h++) {
      b.history(MentoringPair.of(mentorIds.get(rnd.nextInt(mentors)), menteeIds.get(rnd.nextInt(mentees))));
    }
    return b.build();
  }

  private static void profile(Participant.Builder pb, int profile, boolean mentee) {
    String[] digital = StrategyPrograms.DIGITAL;
    String[] strategic = StrategyPrograms.STRATEGIC;
    String teach = (mentee ? strategic : digital)[profile % 4];
    String want = (mentee ? digital : strategic)[(profile / 2) % 4];
    pb.skill(teach, 3 + profile % 3);
    pb.goal(new LearningGoal(want, 0, 2 + profile % 2, Priority.values()[profile % 3]));
    pb.value(StrategyPrograms.VALUES[profile % 3], 3);
    pb.language("en");
    pb.timeZone("Europe/Rome");
    pb.hoursPerMonth(4);
  }

  /** Maximum number of pairs in the admissible graph (allowed, score above 0 if {@code positive}). */
  static int maximumMatching(MatchingProblem problem, boolean positive) {
    int n = problem.menteeCount();
    int[][] adjacency = new int[n][];
    for (int j = 0; j < n; j++) {
      List<Integer> row = new ArrayList<>();
      for (int i = 0; i < problem.mentorCount(); i++) {
        if (problem.allowed(i, j) && (!positive || (float) problem.score(i, j) > 0)) {
          row.add(i);
        }
      }
      adjacency[j] = row.stream().mapToInt(Integer::intValue).toArray();
    }
    int[] match = HopcroftKarp.maximumMatching(adjacency, problem.mentorCapacities());
    int pairs = 0;
    for (int c : match) {
      if (c >= 0) {
        pairs++;
      }
    }
    return pairs;
  }

  @Property(tries = 80, edgeCases = EdgeCasesMode.MIXIN)
  void identicalPeopleSparseOptimalReachesTheMaximumMatching(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 30) int mentors, @ForAll @IntRange(min = 0, max = 30) int mentees,
      @ForAll @IntRange(min = 1, max = 4) int k, @ForAll @IntRange(min = 0, max = 12) int holes) {
    MatchingProblem problem = MatchingProblems.of(tied(seed, mentors, mentees, 1, holes));
    int maximum = maximumMatching(problem, true);
    MatchResult sparse = OptimalStrategy.sparse(k).match(problem);
    MatchResult dense = new OptimalStrategy(OptimalStrategy.Path.DENSE, k).match(problem);
    // All admissible pairs score the same: the optimum is a maximum matching.
    assertThat(sparse.pairs()).hasSize(maximum);
    assertThat(dense.pairs()).hasSize(maximum);
    assertThat(sparse.totalScore()).isCloseTo(dense.totalScore(), org.assertj.core.api.Assertions.within(EPS));
    assertReasonsTrue(problem, sparse);
  }

  @Property(tries = 80, edgeCases = EdgeCasesMode.MIXIN)
  void tieHeavySparseOptimalStaysWithinTheStatedBound(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 30) int mentors, @ForAll @IntRange(min = 0, max = 30) int mentees,
      @ForAll @IntRange(min = 1, max = 4) int profiles, @ForAll @IntRange(min = 1, max = 4) int k,
      @ForAll @IntRange(min = 0, max = 12) int holes) {
    MatchingProblem problem = MatchingProblems.of(tied(seed, mentors, mentees, profiles, holes));
    MatchResult sparse = OptimalStrategy.sparse(k).match(problem);
    MatchResult dense = new OptimalStrategy(OptimalStrategy.Path.DENSE, k).match(problem);
    // The bound of OptimalStrategy's sparse path: the dense optimum minus the score of its pairs whose
    // mentor is not among the mentee's top-k candidates.
    CandidateLists lists = CandidateLists.of(problem, k);
    double outside = 0;
    for (Pairing p : dense.pairs()) {
      int j = problem.menteeIndex(p.menteeId());
      int i = problem.mentorIndex(p.mentorId());
      boolean listed = false;
      for (int r = 0; r < lists.size(j); r++) {
        listed |= lists.mentor(j, r) == i;
      }
      if (!listed) {
        outside += p.score();
      }
    }
    assertThat(sparse.totalScore()).isLessThanOrEqualTo(dense.totalScore() + EPS);
    assertThat(sparse.totalScore()).isGreaterThanOrEqualTo(dense.totalScore() - outside - EPS);
    assertReasonsTrue(problem, sparse);
  }

  @Property(tries = 80, edgeCases = EdgeCasesMode.MIXIN)
  void sparseGreedyIsMaximalInTheAdmissibleGraph(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 30) int mentors, @ForAll @IntRange(min = 0, max = 30) int mentees,
      @ForAll @IntRange(min = 1, max = 4) int profiles, @ForAll @IntRange(min = 1, max = 4) int k,
      @ForAll @IntRange(min = 0, max = 12) int holes) {
    MatchingProblem problem = MatchingProblems.of(tied(seed, mentors, mentees, profiles, holes));
    MatchResult greedy = new GreedyStrategy(0, k).match(problem);
    int maximum = maximumMatching(problem, false);
    assertThat(2 * greedy.pairs().size()).isGreaterThanOrEqualTo(maximum);
    // Maximal: no admissible pair of two people who both still have room.
    int[] mentorLoad = new int[problem.mentorCount()];
    int[] menteeLoad = new int[problem.menteeCount()];
    for (Pairing p : greedy.pairs()) {
      mentorLoad[problem.mentorIndex(p.mentorId())]++;
      menteeLoad[problem.menteeIndex(p.menteeId())]++;
    }
    for (int j = 0; j < problem.menteeCount(); j++) {
      for (int i = 0; i < problem.mentorCount(); i++) {
        if (problem.allowed(i, j) && menteeLoad[j] < problem.menteeCapacity(j)
            && mentorLoad[i] < problem.mentorCapacity(i)) {
          throw new AssertionError("greedy left an admissible pair with room on both sides: " + i + ", " + j);
        }
      }
    }
    assertReasonsTrue(problem, greedy);
  }

  /** NOT_SELECTED only with an admissible partner that had room; CAPACITY_EXHAUSTED only when all were full. */
  private static void assertReasonsTrue(MatchingProblem problem, MatchResult result) {
    Map<String, Integer> load = new HashMap<>();
    for (Pairing p : result.pairs()) {
      load.merge(p.mentorId().value(), 1, Integer::sum);
      load.merge(p.menteeId().value(), 1, Integer::sum);
    }
    for (Unmatched u : result.unmatched()) {
      int self = problem.mentorIndex(u.participantId());
      boolean mentor = self >= 0;
      if (!mentor) {
        self = problem.menteeIndex(u.participantId());
      }
      int partners = mentor ? problem.menteeCount() : problem.mentorCount();
      boolean roomy = false;
      for (int o = 0; o < partners; o++) {
        int i = mentor ? self : o;
        int j = mentor ? o : self;
        String other = (mentor ? problem.menteeId(o) : problem.mentorId(o)).value();
        int capacity = mentor ? problem.menteeCapacity(o) : problem.mentorCapacity(o);
        if (problem.allowed(i, j) && load.getOrDefault(other, 0) < capacity) {
          roomy = true;
        }
      }
      if (u.reason() == UnmatchedReason.NOT_SELECTED) {
        assertThat(roomy).as("NOT_SELECTED needs an admissible partner with room: " + u).isTrue();
      } else {
        assertThat(roomy).as(u.reason() + " needs no admissible partner with room: " + u).isFalse();
      }
    }
  }

  /** The reported case, scaled down: identical people above a lowered dense limit. */
  @Test
  void identicalMentorsAndMenteesAllGetAPartnerOnTheSparsePath() {
    MatchingProblem problem = MatchingProblems.of(tied(1, 301, 301, 1, 0));
    MatchResult optimal = OptimalStrategy.sparse(5).match(problem);
    assertThat(optimal.pairs()).hasSize(301);
    assertThat(optimal.solverPath()).startsWith("sparse(k=5)+widened(");
    MatchResult greedy = new GreedyStrategy(0, 5).match(problem);
    assertThat(greedy.pairs()).hasSize(301);
    assertThat(greedy.solverPath()).startsWith("sparse(k=5)+maximal(");
    assertThat(optimal.unmatched()).allSatisfy(u -> assertThat(u.role()).isEqualTo(dev.reverso.core.Role.MENTOR));
  }
}
