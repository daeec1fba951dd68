package dev.reverso.matching.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.MatchingProblems;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.result.MentorGroups;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.strategy.optimal.OptimalStrategy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@code optimal} with a representation bound, end to end on sample organisations. */
class RepresentationBoundTest {

  private static Map<String, Integer> mentorsByGroup(MatchingProblem problem, MatchResult r, MentorGroups d) {
    Set<String> seen = new HashSet<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Pairing p : r.pairs()) {
      if (seen.add(p.mentorId().value())) {
        counts.merge(d.groupOf(problem.mentor(problem.mentorIndex(p.mentorId()))), 1, Integer::sum);
      }
    }
    return counts;
  }

  @Property(tries = 25)
  void boundMetWhenFeasibleAndCostIsNeverNegative(@ForAll @IntRange(min = 0, max = 1000) int seed,
      @ForAll @IntRange(min = 2, max = 6) int tenths) {
    MatchingProblem problem = MatchingProblems.of(SampleOrganization.generate(40, seed));
    OptimalStrategy optimal = new OptimalStrategy();
    MatchResult free = optimal.match(problem, MatchingOptions.defaults());
    MentorGroups d = MentorGroups.department();
    // the department with the fewest matched mentors in the free optimum must get tenths/10 of them
    Map<String, Integer> freeCounts = mentorsByGroup(problem, free, d);
    String target = problem.mentor(0).department().orElse(MentorGroups.UNKNOWN);
    double share = tenths / 10.0;
    MatchResult bounded = optimal.match(problem, MatchingOptions.defaults().representation(d, Map.of(target, share)));
    int reference = freeCounts.values().stream().mapToInt(Integer::intValue).sum();
    int need = (int) Math.ceil(share * reference - 1e-9);
    int got = mentorsByGroup(problem, bounded, d).getOrDefault(target, 0);
    assertThat(bounded.totalScore()).isLessThanOrEqualTo(free.totalScore() + 1e-6);
    if (bounded.warnings().stream().noneMatch(w -> w.contains("cannot be met"))) {
      assertThat(got).isGreaterThanOrEqualTo(need);
    }
    net.jqwik.api.statistics.Statistics.label("case").collect(freeCounts.getOrDefault(target, 0) >= need
        ? "met without the bound" : bounded.warnings().stream().anyMatch(w -> w.contains("cannot be met"))
        ? "infeasible" : "bound changed the choice");
    if (freeCounts.getOrDefault(target, 0) >= need) {
      assertThat(bounded.pairs()).isEqualTo(free.pairs());
      assertThat(bounded.solverPath()).endsWith("-met");
    } else {
      assertThat(bounded.solverPath()).contains("representation(department)");
      assertThat(bounded.warnings()).anyMatch(w -> w.contains("changed who was chosen") && w.contains("cost"));
    }
  }

  @Example
  void withoutABoundNothingChanges() {
    MatchingProblem problem = MatchingProblems.of(SampleOrganization.generate(60, 3));
    MatchResult a = new OptimalStrategy().match(problem, MatchingOptions.defaults());
    MatchResult b = new OptimalStrategy().match(problem,
        MatchingOptions.defaults().representation(MentorGroups.location()).withoutRepresentation());
    assertThat(b.pairs()).isEqualTo(a.pairs());
    assertThat(b.solverPath()).isEqualTo(a.solverPath());
  }

  @Example
  void anUnknownGroupIsReportedAsImpossible() {
    MatchingProblem problem = MatchingProblems.of(SampleOrganization.generate(40, 1));
    MatchResult r = new OptimalStrategy().match(problem,
        MatchingOptions.defaults().representation(MentorGroups.attribute("nosuch"), Map.of("x", 0.5)));
    assertThat(r.warnings()).anyMatch(w -> w.contains("group 'x'") && w.contains("cannot be met"));
  }

  @Example
  void sparsePathRefusesABound() {
    MatchingProblem problem = MatchingProblems.of(SampleOrganization.generate(40, 1));
    assertThatThrownBy(() -> OptimalStrategy.sparse(5).match(problem,
        MatchingOptions.defaults().representation(MentorGroups.department())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("dense path");
  }

  @Example
  void badSharesAreAllReported() {
    assertThatThrownBy(() -> MatchingOptions.defaults().representation(MentorGroups.department(),
        Map.of("A", 0.8, "B", 0.7, "C", 1.5)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("representation.department[C]").hasMessageContaining("summing to at most 1");
    assertThatThrownBy(() -> MatchingOptions.defaults().representation(MentorGroups.department())
        .representation(MentorGroups.location())).isInstanceOf(IllegalStateException.class);
  }
}
