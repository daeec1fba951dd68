package dev.reverso.matching.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The contract of {@link ShadowBoard#select} and its quality against the exact optimum. */
class ShadowBoardProperties {

  private static MatchingProblem problem(Program program) {
    return dev.reverso.matching.MatchingProblems.builder(program).constraints(List.of()).build();
  }

  @Property(tries = 60)
  void boundsHoldAndCoverageIsTheReferenceValue(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 40) int juniors, @ForAll @IntRange(min = 0, max = 8) int seniors,
      @ForAll @IntRange(min = 1, max = 8) int size, @ForAll @IntRange(min = 1, max = 3) int maxPerDepartment) {
    Program program = GroupPrograms.random(seed, juniors, seniors, 1, true);
    BoardOptions options = BoardOptions.builder().size(size).maxPer("department", maxPerDepartment)
        .minPer("location", 1).build();
    MatchingProblem problem = problem(program);
    BoardResult result;
    try {
      result = ShadowBoard.select(problem, options);
    } catch (InvalidInputException e) {
      // only when the locations with volunteers outnumber the seats
      assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.location()).isEqualTo("minPer.location"));
      assertThat(program.mentors().stream().map(p -> p.location().orElseThrow()).distinct().count())
          .isGreaterThan(size);
      return;
    }
    assertThat(result.members()).hasSizeLessThanOrEqualTo(size).doesNotHaveDuplicates();
    Map<String, Integer> departments = new HashMap<>();
    int[] idx = new int[result.members().size()];
    for (int k = 0; k < idx.length; k++) {
      ParticipantId id = result.members().get(k);
      idx[k] = problem.mentorIndex(id);
      assertThat(idx[k]).isNotNegative();
      problem.mentor(idx[k]).department().ifPresent(d -> departments.merge(d, 1, Integer::sum));
    }
    departments.values().forEach(n -> assertThat(n).isLessThanOrEqualTo(maxPerDepartment));
    if (result.meetsAllMinimums()) {
      long locations = program.mentors().stream().map(p -> p.location().orElseThrow()).distinct().count();
      assertThat(result.groups().get("location")).hasSize((int) locations);
    }
    assertThat(result.coverage()).isCloseTo(ShadowBoard.coverage(problem, idx), within(1e-12));
    if (result.coverage() < result.greedyCoverage() - 1e-12) {
      // local search gives up coverage only to lower the shortfall of minimums greedy left (lexicographic: a
      // smaller shortfall first), which needs a minimum and a location short of it or just filled
      assertThat(program.mentors().stream().map(p -> p.location().orElseThrow()).distinct().count()).isGreaterThan(1);
      assertThat(result.groups().get("location")).hasSizeGreaterThan(1);
    }
    assertThat(result.contributions()).extracting(BoardResult.Contribution::id).containsExactlyElementsOf(result.members());
    assertThat(ShadowBoard.select(problem, options)).isEqualTo(result);
  }

  /** Found by the property: local search lowers the shortfall of minimums at a cost in coverage, some still unmet. */
  @net.jqwik.api.Example
  void aShorterShortfallMayCostCoverage() {
    boundsHoldAndCoverageIsTheReferenceValue(2, 5, 6, 4, 1);
  }

  /** Caps on one dimension only: greedy's 1/2 bound is proven; local search gets close to the optimum. */
  @Property(tries = 40)
  void withinTheBoundOfTheExactOptimum(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 3, max = 12) int juniors, @ForAll @IntRange(min = 1, max = 5) int seniors,
      @ForAll @IntRange(min = 2, max = 4) int size, @ForAll boolean minimums) {
    Program program = GroupPrograms.random(seed, juniors, seniors, 1, false);
    BoardOptions.Builder b = BoardOptions.builder().size(size).maxPer("department", 1);
    if (minimums) {
      b.minPer("division", 1);
    }
    BoardOptions options = b.build();
    MatchingProblem problem = problem(program);
    BoardBruteForce exact = BoardBruteForce.solve(problem, options);
    BoardResult result = ShadowBoard.select(problem, options);
    if (exact.value() < 0) {
      assertThat(result.meetsAllMinimums()).isFalse();
      return;
    }
    double bound = minimums ? 1.0 / 3 : 1.0 / 2;
    assertThat(result.meetsAllMinimums()).as("a feasible board exists: %s", result.shortfalls()).isTrue();
    assertThat(result.coverage()).isLessThanOrEqualTo(exact.value() + 1e-9)
        .isGreaterThanOrEqualTo(bound * exact.value() - 1e-9);
    if (!minimums) {
      assertThat(result.greedyCoverage()).isGreaterThanOrEqualTo(0.5 * exact.value() - 1e-9);
    }
  }

  /** Boards of 4 in programmes of 30 to 55 people with every bound: the exact optimum by enumeration, gap printed (at most 5 %). */
  @Example
  void withinTwoPercentOfTheExactOptimumOnMidSizedProgrammes() {
    double worst = 0;
    int[][] instances = {{11, 24, 6}, {12, 28, 8}, {13, 30, 10}, {14, 34, 12}, {15, 40, 15}};
    for (int[] instance : instances) {
      Program program = GroupPrograms.random(instance[0], instance[1], instance[2], 1, true);
      BoardOptions options = BoardOptions.builder().size(4).maxPer("department", 1).minPer("location", 1).build();
      MatchingProblem problem = problem(program);
      BoardResult result = ShadowBoard.select(problem, options);
      BoardBruteForce exact = BoardBruteForce.solve(problem, options);
      double gap = 1 - result.coverage() / exact.value();
      worst = Math.max(worst, gap);
      System.out.printf(Locale.ROOT, "board seed %d, %d juniors, %d executives: ours %.6f, greedy %.6f, optimum %.6f, "
          + "gap %.3f %%%n", instance[0], instance[1], instance[2], result.coverage(), result.greedyCoverage(),
          exact.value(), 100 * gap);
      assertThat(result.meetsAllMinimums()).isTrue();
      assertThat(result.coverage()).isLessThanOrEqualTo(exact.value() + 1e-9);
    }
    System.out.printf(Locale.ROOT, "board: worst gap %.3f %%%n", 100 * worst);
    // measured 3.0 % at worst (docs/groups.md): single swaps miss some two-member exchanges
    assertThat(worst).isLessThanOrEqualTo(0.05);
  }

  @Example
  void refusesBadOptionsWithEveryProblem() {
    assertThatThrownBy(() -> BoardOptions.builder().maxPer("department", 0).minPer("", 1).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.location()).containsExactly("size", "maxPer.department", "minPer"));
    assertThatThrownBy(() -> BoardOptions.builder().size(3).maxPer("location", 1).minPer("location", 2).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.location()).containsExactly("minPer.location"));
    Program noMentors = Program.builder().mentee(Participant.builder("boss").seniority(9).build()).build();
    assertThatThrownBy(() -> ShadowBoard.select(noMentors, BoardOptions.builder().size(2).build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.location()).containsExactly("mentors"));
  }
}
