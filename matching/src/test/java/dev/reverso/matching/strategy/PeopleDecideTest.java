package dev.reverso.matching.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.matching.result.Reason;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.MatchingProblems;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.matching.plugin.FirstFitStrategy;
import dev.reverso.matching.strategy.stable.StableStrategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Consent, active and pinned pairs and stated preferences across strategies, plug-ins and the matcher. */
class PeopleDecideTest {

  @Property(tries = 80, edgeCases = EdgeCasesMode.MIXIN)
  void aPlugInThroughTheMatcherKeepsPinsActivePairsAndConsent(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 9) int mentors, @ForAll @IntRange(min = 1, max = 9) int mentees,
      @ForAll @IntRange(min = 1, max = 3) int maxCapacity) {
    Program program = StrategyPrograms.withDecisions(seed, mentors, mentees, maxCapacity, 3);
    MatchResult result = Matcher.builder().strategy(new FirstFitStrategy()).build().match(program);
    Set<MentoringPair> made = new HashSet<>();
    Map<ParticipantId, Integer> load = new HashMap<>();
    for (Pairing p : result.pairs()) {
      made.add(new MentoringPair(p.mentorId(), p.menteeId()));
      load.merge(p.mentorId(), 1, Integer::sum);
      load.merge(p.menteeId(), 1, Integer::sum);
      assertThat(program.participant(p.mentorId()).orElseThrow().hasConsent()).isTrue();
      assertThat(program.participant(p.menteeId()).orElseThrow().hasConsent()).isTrue();
    }
    load.forEach((id, n) -> assertThat(n).isLessThanOrEqualTo(program.participant(id).orElseThrow().capacity()));
    for (MentoringPair p : program.pinned()) {
      assertThat(made).contains(p);
    }
    for (MentoringPair p : program.active()) {
      if (program.participant(p.mentorId()).orElseThrow().hasConsent()
          && program.participant(p.menteeId()).orElseThrow().hasConsent()) {
        assertThat(made).contains(p);
      }
    }
    for (Participant p : program.everyone()) {
      if (!p.hasConsent() && program.role(p.id()).orElseThrow() != dev.reverso.core.Role.NONE) {
        assertThat(result.unmatched()).anyMatch(u -> u.participantId().equals(p.id())
            && u.reason() == UnmatchedReason.NO_CONSENT);
      }
    }
  }

  @Example
  void anActivePairThatAHardRuleNowForbidsIsKeptAndFlagged() {
    // s1 manages j1: the reporting-chain rule forbids the pair, which is already running
    Program program = Program.builder()
        .mentee(Participant.builder("s1").seniority(10).skill("strategy", 4).goal("genai", 0, 3,
            dev.reverso.core.Priority.HIGH).build())
        .mentor(Participant.builder("j1").seniority(2).manager("s1").skill("genai", 5).build())
        .mentor(Participant.builder("j2").seniority(2).skill("genai", 5).build())
        .active(MentoringPair.of("j1", "s1"))
        .build();
    for (String strategy : List.of("optimal", "greedy", "stable", "fair", "incremental")) {
      MatchResult r = Matcher.builder().strategy(strategy).build().match(program);
      assertThat(r.pairs()).as(strategy).singleElement().satisfies(p -> {
        assertThat(p.mentorId().value()).isEqualTo("j1");
        assertThat(p.active()).isTrue();
        assertThat(p.isNew()).isFalse();
      });
      assertThat(r.newPairCount()).isZero();
      assertThat(r.warnings()).singleElement().asString()
          .startsWith("kept active pair j1->s1 breaks reporting-chain");
      assertThat(r.solverPath()).startsWith("kept(1 active, 0 pinned)+");
    }
    MatchResult rematched = Matcher.builder().strategy("optimal").rematchActive().build().match(program);
    assertThat(rematched.pairs()).singleElement().satisfies(p -> {
      assertThat(p.mentorId().value()).isEqualTo("j2");
      assertThat(p.active()).isFalse();
    });
    assertThat(rematched.solverPath()).startsWith("rematch-active(1 active pair not kept)+");
    assertThat(rematched.warnings()).isEmpty();
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void stableWithCompleteStatedPreferencesHasNoBlockingPairWithRespectToThem(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 8) int mentors, @ForAll @IntRange(min = 1, max = 8) int mentees,
      @ForAll boolean mentorsPropose) {
    Program base = StrategyPrograms.random(seed, mentors, mentees, 2, 0);
    Random rnd = new Random(seed * 31 + 7);
    Program.Builder b = Program.builder().people(base.people()).history(base.history());
    List<String> mentorIds = base.mentors().stream().map(p -> p.id().value()).toList();
    List<String> menteeIds = base.mentees().stream().map(p -> p.id().value()).toList();
    for (Participant p : base.mentors()) {
      List<String> ranked = new ArrayList<>(menteeIds);
      Collections.shuffle(ranked, rnd);
      b.mentor(p.toBuilder().preferences(ranked).build());
    }
    for (Participant p : base.mentees()) {
      List<String> ranked = new ArrayList<>(mentorIds);
      Collections.shuffle(ranked, rnd);
      b.mentee(p.toBuilder().preferences(ranked).build());
    }
    Program program = b.build();
    MatchingProblem problem = MatchingProblems.of(program);
    StableStrategy strategy = new StableStrategy(mentorsPropose ? StableStrategy.Proposing.MENTORS
        : StableStrategy.Proposing.MENTEES, 2);
    MatchResult r = strategy.match(problem, MatchingOptions.defaults());
    assertThat(r.solverPath()).contains("stated preferences first");
    Map<Integer, Integer> mentorOf = new HashMap<>();
    Map<Integer, List<Integer>> menteesOf = new HashMap<>();
    for (Pairing p : r.pairs()) {
      int i = problem.mentorIndex(p.mentorId());
      int j = problem.menteeIndex(p.menteeId());
      mentorOf.put(j, i);
      menteesOf.computeIfAbsent(i, k -> new ArrayList<>()).add(j);
    }
    for (int i = 0; i < problem.mentorCount(); i++) {
      for (int j = 0; j < problem.menteeCount(); j++) {
        if (!problem.allowed(i, j) || Integer.valueOf(i).equals(mentorOf.get(j))) {
          continue;
        }
        Integer current = mentorOf.get(j);
        boolean menteeWants = current == null || rank(problem.mentee(j), problem.mentorId(i))
            < rank(problem.mentee(j), problem.mentorId(current));
        List<Integer> mine = menteesOf.getOrDefault(i, List.of());
        boolean mentorWants = mine.size() < problem.mentorCapacity(i);
        for (int other : mine) {
          mentorWants |= rank(problem.mentor(i), problem.menteeId(j)) < rank(problem.mentor(i), problem.menteeId(other));
        }
        assertThat(menteeWants && mentorWants).as("blocking pair %s-%s", problem.mentorId(i), problem.menteeId(j))
            .isFalse();
      }
    }
  }

  @Example
  void thePreferenceCriterionFollowsItsFormulaAndExplainsTheRank() {
    Program program = Program.builder()
        .mentor(Participant.builder("j1").seniority(2).preferences(List.of("s2", "s1")).build())
        .mentor(Participant.builder("j2").seniority(2).build())
        .mentee(Participant.builder("s1").seniority(9).preferences(List.of("j2", "j1")).build())
        .mentee(Participant.builder("s2").seniority(9).build())
        .build();
    MatchingProblem problem = MatchingProblems.builder(program)
        .scoring(dev.reverso.matching.score.ScoringModel.reverseMentoringDefaults()
            .with(dev.reverso.matching.score.Criteria.PREFERENCE, 0.5))
        .build();
    String id = dev.reverso.matching.score.Criteria.PREFERENCE_ID;
    // j1-s1: the mentor ranked s1 2nd of 2 (0.5), the mentee ranked j1 2nd of 2 (0.5): mean 0.5
    assertThat(problem.criterionScore(id, 0, 0)).isEqualTo(0.5);
    // j1-s2: the mentor ranked s2 1st (1.0); s2 ranked nobody: 1.0
    assertThat(problem.criterionScore(id, 0, 1)).isEqualTo(1.0);
    // j2-s1: s1 ranked j2 1st (1.0); j2 ranked nobody: 1.0
    assertThat(problem.criterionScore(id, 1, 0)).isEqualTo(1.0);
    // j2-s2: nobody ranked anyone: 0
    assertThat(problem.criterionScore(id, 1, 1)).isEqualTo(0.0);
    assertThat(problem.explain(0, 0).contribution(id).orElseThrow().reasons())
        .containsExactly(Reason.of("ranked-by-mentee", "rank", 2, "of", 2), Reason.of("ranked-by-mentor", "rank", 2, "of", 2));
  }

  @Example
  void explanationsShowStatedRanksWithoutChangingScores() {
    Program ranked = Program.builder()
        .mentor(Participant.builder("j1").seniority(2).skill("genai", 2).build())
        .mentor(Participant.builder("j2").seniority(2).skill("genai", 5).build())
        .mentee(Participant.builder("s1").seniority(9).goal("genai", 0, 3, dev.reverso.core.Priority.HIGH)
            .preferences(List.of("j1", "j2")).build())
        .build();
    Program silent = Program.builder().mentors(ranked.mentors())
        .mentee(ranked.mentees().get(0).toBuilder().clearPreferences().build()).build();
    MatchResult r = Matcher.builder().strategy("stable").build().match(ranked);
    assertThat(r.pairs()).singleElement().satisfies(p -> {
      assertThat(p.mentorId().value()).isEqualTo("j1"); // the stated first choice, though j2 scores higher
      assertThat(p.explanation().contribution("preference").orElseThrow().reasons())
          .containsExactly(Reason.of("ranked-by-mentee", "rank", 1, "of", 2));
      assertThat(p.explanation().contribution("preference").orElseThrow().weight()).isZero();
    });
    MatchingProblem a = MatchingProblems.of(ranked);
    MatchingProblem b = MatchingProblems.of(silent);
    assertThat(a.score(0, 0)).isEqualTo(b.score(0, 0));
    assertThat(a.score(1, 0)).isEqualTo(b.score(1, 0)).isGreaterThan(a.score(0, 0));
  }

  @Example
  void aRankedPartnerThatAHardRuleForbidsIsAWarning() {
    Program program = Program.builder()
        .mentee(Participant.builder("s1").seniority(10).preferences(List.of("j1")).build())
        .mentor(Participant.builder("j1").seniority(2).manager("s1").build())
        .build();
    MatchResult r = Matcher.builder().strategy("stable").build().match(program);
    assertThat(r.warnings()).singleElement().asString().startsWith("s1 ranked j1, but reporting-chain: ");
  }

  private static int rank(Participant p, ParticipantId partner) {
    return p.preferences().indexOf(partner);
  }
}
