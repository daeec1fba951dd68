package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import org.junit.jupiter.api.Test;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchStatistics;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.result.UnmatchedReason;

class MatchResultTest {
  private static final MatchingProblem PROBLEM = MatchingProblems.of(Program.builder()
      .mentor(Participant.builder("m1").seniority(1).capacity(2).skill("genai", 5).build())
      .mentor(Participant.builder("m2").seniority(1).build())
      .mentor(Participant.builder("m3").seniority(1).build())
      .mentee(Participant.builder("e2").seniority(8).goal("genai", 0, 4, dev.reverso.core.Priority.HIGH).build())
      .mentee(Participant.builder("e1").seniority(8).build())
      .mentee(Participant.builder("e3").seniority(8).build())
      .build());

  private static MatchResult result() {
    return MatchResult.builder("greedy").solverPath("dense")
        .pair(PROBLEM.pairing(1, 1))
        .pair(PROBLEM.pairing(0, 0))
        .pair(PROBLEM.pairing(0, 1))
        .unmatched(ParticipantId.of("e3"), Role.MENTEE, UnmatchedReason.CAPACITY_EXHAUSTED, "")
        .unmatched(ParticipantId.of("m3"), Role.MENTOR, UnmatchedReason.NOT_SELECTED, "")
        .build();
  }

  @Test
  void pairsAndUnmatchedAreSortedAndSummarised() {
    MatchResult r = result();
    assertThat(r.pairs()).extracting(p -> p.mentorId() + "->" + p.menteeId())
        .containsExactly("m1->e1", "m2->e1", "m1->e2");
    assertThat(r.unmatched()).extracting(u -> u.participantId().value()).containsExactly("m3", "e3");
    MatchStatistics s = r.statistics();
    assertThat(s.pairs()).isEqualTo(3);
    assertThat(s.matchedMentors()).isEqualTo(2);
    assertThat(s.matchedMentees()).isEqualTo(2);
    assertThat(s.unmatchedMentors()).isEqualTo(1);
    assertThat(s.unmatchedMentees()).isEqualTo(1);
    double total = r.pairs().stream().mapToDouble(Pairing::score).sum();
    assertThat(r.totalScore()).isCloseTo(total, within(1e-12));
    assertThat(s.meanScore()).isCloseTo(total / 3, within(1e-12));
    assertThat(s.maxScore()).isEqualTo(Explanation.round(PROBLEM.score(0, 0)));
    assertThat(s.menteeCoverage()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(r.isMatched(ParticipantId.of("m1"))).isTrue();
    assertThat(r.isMatched(ParticipantId.of("m3"))).isFalse();
    assertThat(r.pairsOf(ParticipantId.of("m1"))).hasSize(2);
    assertThat(r.pairs().get(0).explanation()).isEqualTo(PROBLEM.explain(0, 1));
    assertThat(r.strategy()).isEqualTo("greedy");
    assertThat(r.solverPath()).isEqualTo("dense");
    assertThat(r.toString()).isEqualTo("MatchResult[strategy=greedy, solverPath=dense, pairs=3, unmatched=2]");
  }

  @Test
  void equalInputGivesEqualResults() {
    assertThat(result()).isEqualTo(result()).hasSameHashCodeAs(result());
    MatchResult empty = MatchResult.builder("optimal").build();
    assertThat(empty.statistics()).isEqualTo(new MatchStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(empty).isNotEqualTo(result());
  }

  @Test
  void strategyBugsAreRefused() {
    assertThatThrownBy(() -> MatchResult.builder("x").pair(PROBLEM.pairing(0, 0)).pair(PROBLEM.pairing(0, 0)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("m1->e2");
    assertThatThrownBy(() -> MatchResult.builder("x").pair(PROBLEM.pairing(0, 0))
        .unmatched(ParticipantId.of("m1"), Role.MENTOR, UnmatchedReason.NOT_SELECTED, "").build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> MatchResult.builder(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Unmatched(ParticipantId.of("p"), Role.NONE, UnmatchedReason.NOT_SELECTED, ""))
        .isInstanceOf(IllegalArgumentException.class);
    Explanation other = PROBLEM.explain(1, 1);
    assertThatThrownBy(() -> new Pairing(ParticipantId.of("m1"), ParticipantId.of("e2"), 0.5, other))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
