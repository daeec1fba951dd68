package dev.reverso.matching.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.matching.result.Explanation;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.DeadlineExceededException;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.result.MatchingInterruptedException;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.ProgressListener;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.matching.spi.MatchingStrategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import dev.reverso.matching.MatchingProblems;

/**
 * The contract of {@link MatchingStrategy}, extended by the test of every strategy: capacities and
 * constraints respected, no pair below the minimum score, everybody paired or unmatched with a reason that
 * matches the facts, deterministic (also when one {@link Matcher} is shared by 8 threads), and stop
 * requests honoured.
 */
abstract class MatchingStrategyContract {

  /** The strategy under test. */
  abstract MatchingStrategy strategy();

  /**
   * The most partners the strategy gives a mentee that already has {@code kept} active or pinned pairs
   * (the stable strategy gives at most one new one).
   */
  int menteeCapacity(MatchingProblem problem, int mentee, int kept) {
    return problem.menteeCapacity(mentee);
  }

  /** Up to this many active pairs in generated programmes. */
  int activePairs() {
    return 3;
  }

  static final double[] MINIMUMS = {0, 0, 0.3, 0.45, 0.6};

  @Property(tries = 120, edgeCases = EdgeCasesMode.MIXIN)
  void respectsCapacitiesConstraintsMinimumAndAccountsForEveryone(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 9) int mentors, @ForAll @IntRange(min = 0, max = 9) int mentees,
      @ForAll @IntRange(min = 1, max = 3) int maxCapacity, @ForAll @IntRange(min = 0, max = 4) int minimum) {
    Program program = StrategyPrograms.withDecisions(seed, mentors, mentees, maxCapacity, activePairs());
    MatchingProblem problem = MatchingProblems.of(program);
    MatchingOptions options = MatchingOptions.defaults().withMinimumScore(MINIMUMS[minimum]);
    MatchResult result = strategy().match(problem, options);
    checkContract(problem, options, result);
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.MIXIN)
  void rematchingActivePairsStillKeepsPinsAndConsentAndSaysSo(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 9) int mentors, @ForAll @IntRange(min = 1, max = 9) int mentees) {
    Program program = StrategyPrograms.withDecisions(seed, mentors, mentees, 2, activePairs());
    MatchingProblem problem = MatchingProblems.of(program);
    MatchingOptions options = MatchingOptions.defaults().withRematchActive(true);
    MatchResult result = strategy().match(problem, options);
    checkContract(problem, options, result);
    boolean anyActive = program.active().stream().anyMatch(p -> !program.pinned().contains(p)
        && program.participant(p.mentorId()).orElseThrow().hasConsent()
        && program.participant(p.menteeId()).orElseThrow().hasConsent());
    if (anyActive && !keepsActivePairsWhenRematching()) {
      assertThat(result.solverPath()).startsWith("rematch-active(");
    }
  }

  /** Whether the strategy keeps active pairs even when asked to re-pair them ({@code incremental}). */
  boolean keepsActivePairsWhenRematching() {
    return false;
  }

  @Example
  void respectsTheContractOnASampleOrganisation() {
    Program program = SampleOrganization.generate(900, 7);
    MatchingProblem problem = MatchingProblems.of(program);
    MatchingOptions options = MatchingOptions.defaults().withMinimumScore(0.5);
    checkContract(problem, options, strategy().match(problem, options));
    checkContract(problem, MatchingOptions.defaults(), strategy().match(problem));
  }

  @Property(tries = 40, edgeCases = EdgeCasesMode.MIXIN)
  void isDeterministic(@ForAll long seed, @ForAll @IntRange(min = 0, max = 9) int mentors,
      @ForAll @IntRange(min = 0, max = 9) int mentees, @ForAll @IntRange(min = 1, max = 3) int maxCapacity) {
    Program program = StrategyPrograms.withDecisions(seed, mentors, mentees, maxCapacity, activePairs());
    MatchResult first = strategy().match(MatchingProblems.of(program));
    MatchResult second = strategy().match(MatchingProblems.of(program));
    assertThat(second).isEqualTo(first);
    assertThat(second.pairs()).containsExactlyElementsOf(first.pairs());
    assertThat(second.unmatched()).containsExactlyElementsOf(first.unmatched());
  }

  @Example
  void aMatcherSharedByEightThreadsGivesTheSingleThreadedResult() throws Exception {
    Program program = SampleOrganization.generate(700, 3);
    Matcher matcher = Matcher.builder().strategy(strategy()).minimumScore(0.2).build();
    MatchResult alone = matcher.match(program);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<MatchResult>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> matcher.match(program)));
      }
      for (Future<MatchResult> f : futures) {
        assertThat(f.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(alone.strategy()).isEqualTo(strategy().name());
  }

  @Example
  void stopsAtAPastDeadline() {
    MatchingProblem problem = MatchingProblems.of(SampleOrganization.generate(300, 5));
    MatchingOptions late = MatchingOptions.defaults().withDeadline(Instant.now().minusSeconds(1));
    assertThatThrownBy(() -> strategy().match(problem, late)).isInstanceOf(DeadlineExceededException.class)
        .hasMessageContaining("deadline");
  }

  @Example
  void stopsWhenTheThreadIsInterruptedAndLeavesTheFlagSet() {
    MatchingProblem problem = MatchingProblems.of(SampleOrganization.generate(300, 5));
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> strategy().match(problem, MatchingOptions.defaults()))
          .isInstanceOf(MatchingInterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Example
  void reportsProgressInTheUnitIntervalWithoutGoingBack() {
    MatchingProblem problem = MatchingProblems.of(SampleOrganization.generate(400, 9));
    Map<String, Double> last = new HashMap<>();
    List<String> bad = new ArrayList<>();
    ProgressListener listener = (phase, fraction) -> {
      if (!(fraction >= 0 && fraction <= 1) || fraction < last.getOrDefault(phase, 0.0)) {
        bad.add(phase + "=" + fraction);
      }
      last.put(phase, fraction);
    };
    strategy().match(problem, MatchingOptions.defaults().withProgressListener(listener));
    assertThat(bad).isEmpty();
    assertThat(last).isNotEmpty();
  }

  /** Every guarantee of the SPI contract for one result, with active and pinned pairs and consent. */
  void checkContract(MatchingProblem problem, MatchingOptions options, MatchResult result) {
    assertThat(result.strategy()).isEqualTo(strategy().name());
    assertThat(result.solverPath()).isNotBlank();
    Program program = problem.program();
    Set<MentoringPair> active = new HashSet<>(program.active());
    Set<MentoringPair> pinned = new HashSet<>(program.pinned());
    boolean keepActive = !options.rematchActive() || keepsActivePairsWhenRematching();
    Set<MentoringPair> kept = new HashSet<>();
    for (MentoringPair p : program.pinned()) {
      kept.add(p);
    }
    if (keepActive) {
      kept.addAll(program.active());
    }
    kept.removeIf(p -> !program.participant(p.mentorId()).orElseThrow().hasConsent()
        || !program.participant(p.menteeId()).orElseThrow().hasConsent());
    int m = problem.mentorCount();
    int n = problem.menteeCount();
    int[] mentorLoad = new int[m];
    int[] menteeLoad = new int[n];
    int[] menteeKept = new int[n];
    Set<MentoringPair> made = new HashSet<>();
    for (Pairing p : result.pairs()) {
      int i = problem.mentorIndex(p.mentorId());
      int j = problem.menteeIndex(p.menteeId());
      assertThat(i).as("mentor of %s", p).isNotNegative();
      assertThat(j).as("mentee of %s", p).isNotNegative();
      mentorLoad[i]++;
      menteeLoad[j]++;
      MentoringPair pair = new MentoringPair(p.mentorId(), p.menteeId());
      made.add(pair);
      assertThat(problem.mentor(i).hasConsent() && problem.mentee(j).hasConsent())
          .as("%s: both consent", p).isTrue();
      assertThat(p.score()).as("the problem's score, rounded to six decimals").isEqualTo(Explanation.round(problem.score(i, j)));
      assertThat(p.active()).as("%s is marked active", p).isEqualTo(active.contains(pair));
      assertThat(p.pinned()).as("%s is marked pinned", p).isEqualTo(pinned.contains(pair));
      if (kept.contains(pair)) {
        menteeKept[j]++;
        if (!problem.allowed(i, j)) {
          assertThat(result.warnings()).as("warning for %s", p)
              .anyMatch(w -> w.contains(p.mentorId() + "->" + p.menteeId()) && w.contains("breaks"));
        }
      } else {
        assertThat(problem.allowed(i, j)).as("%s is allowed", p).isTrue();
        assertThat(p.score()).as("%s meets the minimum", p).isGreaterThanOrEqualTo(options.minimumScore());
      }
    }
    assertThat(made).as("every kept pair is in the result").containsAll(kept);
    assertThat(result.newPairCount()).isEqualTo((int) result.pairs().stream().filter(p -> !p.active()).count());
    int[] menteeCap = new int[n];
    for (int i = 0; i < m; i++) {
      assertThat(mentorLoad[i]).as("load of mentor %s", problem.mentorId(i)).isLessThanOrEqualTo(problem.mentorCapacity(i));
    }
    for (int j = 0; j < n; j++) {
      menteeCap[j] = Math.min(problem.menteeCapacity(j), menteeKept[j] + menteeCapacity(problem, j, menteeKept[j]));
      assertThat(menteeLoad[j]).as("load of mentee %s", problem.menteeId(j)).isLessThanOrEqualTo(menteeCap[j]);
    }
    Map<ParticipantId, Unmatched> unmatched = new HashMap<>();
    for (Unmatched u : result.unmatched()) {
      assertThat(unmatched.put(u.participantId(), u)).isNull();
    }
    for (int i = 0; i < m; i++) {
      ParticipantId id = problem.mentorId(i);
      if (mentorLoad[i] > 0) {
        assertThat(unmatched).doesNotContainKey(id);
      } else {
        assertThat(unmatched).containsKey(id);
        Unmatched u = unmatched.get(id);
        assertThat(u.role()).isEqualTo(Role.MENTOR);
        checkReason(problem, options, u, i, true, menteeLoad, menteeCap, made);
      }
    }
    for (int j = 0; j < n; j++) {
      ParticipantId id = problem.menteeId(j);
      if (menteeLoad[j] > 0) {
        assertThat(unmatched).doesNotContainKey(id);
      } else {
        assertThat(unmatched).containsKey(id);
        Unmatched u = unmatched.get(id);
        assertThat(u.role()).isEqualTo(Role.MENTEE);
        checkReason(problem, options, u, j, false, mentorLoad, problem.mentorCapacities(), made);
      }
    }
    assertThat(result.unmatched()).hasSize(unmatched.size());
    assertThat(result.statistics().pairs()).isEqualTo(result.pairs().size());
    // people without consent appear nowhere else by id: not in pairs, details or warnings
    for (Participant p : program.everyone()) {
      if (!p.hasConsent()) {
        String id = p.id().value();
        for (Unmatched u : result.unmatched()) {
          assertThat(u.detail()).doesNotContain("(first: " + id + ")");
        }
        assertThat(result.warnings()).noneMatch(w -> w.contains(id + "->") || w.contains("->" + id + " "));
      }
    }
  }

  /** The reason must match the facts about the person's admissible partners and their loads. */
  private void checkReason(MatchingProblem problem, MatchingOptions options, Unmatched u, int self, boolean mentor,
      int[] partnerLoad, int[] partnerCapacity, Set<MentoringPair> made) {
    boolean consents = mentor ? problem.mentor(self).hasConsent() : problem.mentee(self).hasConsent();
    if (!consents) {
      assertThat(u.reason()).isEqualTo(UnmatchedReason.NO_CONSENT);
      return;
    }
    int partners = mentor ? problem.menteeCount() : problem.mentorCount();
    int allowed = 0;
    int admissible = 0;
    int admissibleWithRoom = 0;
    for (int o = 0; o < partners; o++) {
      int i = mentor ? self : o;
      int j = mentor ? o : self;
      if (!problem.mentor(i).hasConsent() || !problem.mentee(j).hasConsent()
          || made.contains(new MentoringPair(problem.mentorId(i), problem.menteeId(j)))) {
        // not open: the feasibility count still includes the pair if the constraints allow it
        allowed += problem.allowed(i, j) ? 1 : 0;
        continue;
      }
      if (problem.allowed(i, j)) {
        allowed++;
        if (problem.score(i, j) >= options.minimumScore()) {
          admissible++;
          if (partnerLoad[o] < partnerCapacity[o]) {
            admissibleWithRoom++;
          }
        }
      }
    }
    UnmatchedReason expected = allowed == 0 ? UnmatchedReason.NO_FEASIBLE_PARTNER
        : admissible == 0 ? UnmatchedReason.BELOW_MINIMUM_SCORE
        : admissibleWithRoom == 0 ? UnmatchedReason.CAPACITY_EXHAUSTED
        : UnmatchedReason.NOT_SELECTED;
    assertThat(u.reason()).as("reason of %s (%s)", u.participantId(), u.detail()).isEqualTo(expected);
    assertThat(u.detail()).isNotBlank();
    if (expected == UnmatchedReason.NO_FEASIBLE_PARTNER) {
      assertThat(u.detail()).isEqualTo((mentor ? problem.mentorFeasibility(self) : problem.menteeFeasibility(self)).describe());
    }
  }
}
