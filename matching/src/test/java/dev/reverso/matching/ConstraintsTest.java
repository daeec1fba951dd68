package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.matching.constraint.Constraints;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.PartnerFeasibility;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.Constraint;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each built-in constraint on examples, with its reason; feasibility reports. */
class ConstraintsTest {

  private static Participant person(String id, int grade) {
    return Participant.builder(id).seniority(grade).language("en").build();
  }

  private static Explanation.Verdict verdict(MatchingProblem p, String mentor, String mentee, String constraint) {
    return p.explain(ParticipantId.of(mentor), ParticipantId.of(mentee)).verdicts().stream()
        .filter(v -> v.constraintId().equals(constraint)).findFirst().orElseThrow();
  }

  @Test
  void reportingChainSeesThroughPeopleOutsideTheProgramme() {
    // e3 (mentee) <- e7 (org chart only) <- e12 (mentor); m2 reports to e3 directly; m5 elsewhere.
    Program program = Program.builder()
        .mentee(person("e3", 12))
        .person(Participant.builder("e7").seniority(9).manager("e3").build())
        .mentor(Participant.builder("e12").seniority(2).manager("e7").language("en").build())
        .mentor(Participant.builder("m2").seniority(2).manager("e3").language("en").build())
        .mentor(person("m5", 2))
        .build();
    MatchingProblem p = MatchingProblems.of(program);
    assertThat(verdict(p, "e12", "e3", "reporting-chain"))
        .isEqualTo(Explanation.Verdict.forbid("reporting-chain", Reason.of("reports-indirectly-to", "person", "e12",
            "manager", "e3", "levels", 2, "via", "e7")));
    assertThat(verdict(p, "m2", "e3", "reporting-chain").reason())
        .contains(Reason.of("reports-directly-to", "person", "m2", "manager", "e3"));
    assertThat(verdict(p, "m5", "e3", "reporting-chain").allowed()).isTrue();
    MatchingProblem shallow = MatchingProblems.builder(program).constraint(Constraints.reportingChain(1, false)).build();
    assertThat(shallow.allowed(0, 0)).as("two levels apart, max depth 1").isTrue();
    assertThat(shallow.allowed(1, 0)).isFalse();
  }

  @Test
  void sameManagerPeersAreForbiddenOnlyWhenAsked() {
    Program program = Program.builder()
        .person(person("boss", 15))
        .mentor(Participant.builder("m1").seniority(2).manager("boss").build())
        .mentee(Participant.builder("e1").seniority(8).manager("boss").build())
        .build();
    assertThat(MatchingProblems.of(program).allowed(0, 0)).isTrue();
    MatchingProblem peers = MatchingProblems.builder(program)
        .constraint(Constraints.reportingChain(Constraints.ANY_DEPTH, true)).build();
    assertThat(peers.explain(0, 0).forbiddingVerdicts()).containsExactly(
        Explanation.Verdict.forbid("reporting-chain", Reason.of("same-manager", "mentor", "m1", "mentee", "e1",
            "manager", "boss")));
  }

  @Test
  void seniorityLanguageTimeZoneAndDepartment() {
    Program program = Program.builder()
        .mentor(Participant.builder("m1").seniority(4).language("en-GB").timeZone("Europe/Rome").department("IT").build())
        .mentor(Participant.builder("m2").seniority(9).language("it").timeZone("Asia/Tokyo").department("Legal").build())
        .mentee(Participant.builder("e1").seniority(9).language("en-US").timeZone("America/New_York")
            .department("IT").build())
        .build();
    MatchingProblem p = MatchingProblems.builder(program)
        .constraint(Constraints.maxTimeZoneDifference(8))
        .constraint(Constraints.differentDepartment())
        .build();
    assertThat(p.allowed(0, 0)).isFalse();
    assertThat(p.explain(0, 0).forbiddingVerdicts()).containsExactly(
        Explanation.Verdict.forbid("different-department", Reason.of("same-department", "mentor", "m1", "mentee", "e1",
            "department", "IT")));
    assertThat(p.explain(1, 0).forbiddingVerdicts()).containsExactly(
        Explanation.Verdict.forbid("seniority-gap", Reason.of("mentor-not-junior-enough", "mentor", "m2",
            "mentor-grade", 9, "mentee", "e1", "mentee-grade", 9, "min-gap", 1)),
        Explanation.Verdict.forbid("shared-language", Reason.of("no-shared-language", "mentor", "m2",
            "mentor-languages", "it", "mentee", "e1", "mentee-languages", "en-US")),
        Explanation.Verdict.forbid("max-time-zone-difference", Reason.of("time-zones-too-far", "mentor", "m2",
            "mentor-zone", "Asia/Tokyo", "mentee", "e1", "mentee-zone", "America/New_York", "hours", 10.0,
            "max-hours", 8.0)));
    MatchingProblem twoGrades = MatchingProblems.builder(program).constraint(Constraints.mentorMoreJunior(6)).build();
    assertThat(twoGrades.explain(0, 0).forbiddingVerdicts()).extracting(Explanation.Verdict::constraintId)
        .containsExactly("seniority-gap");
  }

  @Test
  void noRepeatAndExclusionsWorkInEitherDirection() {
    Program program = Program.builder()
        .mentor(person("m1", 1)).mentor(Participant.builder("m2").seniority(1).language("en").exclude("e2").build())
        .mentee(person("e1", 9)).mentee(Participant.builder("e2").seniority(9).language("en").exclude("m1").build())
        .history(MentoringPair.of("m1", "e1"))
        .history(MentoringPair.of("e2", "m2"))
        .build();
    MatchingProblem p = MatchingProblems.of(program);
    assertThat(verdict(p, "m1", "e1", "no-repeat").reason()).contains(Reason.of("paired-before", "mentor", "m1",
        "mentee", "e1"));
    assertThat(verdict(p, "m2", "e2", "no-repeat").allowed()).as("roles swapped in history").isFalse();
    assertThat(verdict(p, "m1", "e2", "exclusions").reason()).contains(Reason.of("mentee-excludes-mentor",
        "mentor", "m1", "mentee", "e2"));
    assertThat(verdict(p, "m2", "e2", "exclusions").reason()).contains(Reason.of("mentor-excludes-mentee",
        "mentor", "m2", "mentee", "e2"));
    assertThat(p.allowed(1, 0)).isTrue();
  }

  @Test
  void feasibilityCountsWhatEachConstraintRulesOut() {
    Program program = Program.builder()
        .mentor(person("m1", 9)).mentor(Participant.builder("m2").seniority(9).language("fr").build())
        .mentor(person("m3", 3))
        .mentee(person("e1", 9)).mentee(person("e2", 4))
        .build();
    MatchingProblem p = MatchingProblems.of(program);
    PartnerFeasibility e1 = p.feasibility(ParticipantId.of("e1"));
    assertThat(e1.feasiblePartners()).isEqualTo(1);
    PartnerFeasibility m2 = p.feasibility(ParticipantId.of("m2"));
    assertThat(m2.isBlocked()).isTrue();
    assertThat(m2.role()).isEqualTo(Role.MENTOR);
    assertThat(m2.blockingConstraints()).containsExactly("seniority-gap", "shared-language");
    assertThat(e1.blockingConstraints()).isEmpty();
    assertThat(m2.describe()).isEqualTo("0 of 2 mentees feasible; forbidden by seniority-gap (2), shared-language (2)");
    MatchResult r = MatchResult.builder("test").unmatchedInfeasible(m2).build();
    assertThat(r.unmatched().get(0).reason()).isEqualTo(UnmatchedReason.NO_FEASIBLE_PARTNER);
    assertThatThrownBy(() -> p.feasibility(ParticipantId.of("nobody"))).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void defaultsAndValidation() {
    assertThat(Constraints.defaults()).extracting(Constraint::id)
        .containsExactly("reporting-chain", "seniority-gap", "shared-language", "no-repeat", "exclusions");
    assertThat(Constraints.reportingChain()).isEqualTo(Constraints.reportingChain(Constraints.ANY_DEPTH, false));
    assertThatThrownBy(() -> Constraints.reportingChain(0, false)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Constraints.mentorMoreJunior(-1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Constraints.maxTimeZoneDifference(13)).isInstanceOf(InvalidInputException.class);
    Program program = Program.builder().mentor(person("m1", 1)).mentee(person("e1", 5)).build();
    assertThatThrownBy(() -> MatchingProblems.of(program, ScoringModel.reverseMentoringDefaults(),
        List.of(Constraints.noRepeat(), Constraints.noRepeat())))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().get(0).location()).isEqualTo("constraints[1].id"));
    assertThatThrownBy(() -> MatchingProblems.of(program).explain(ParticipantId.of("e1"), ParticipantId.of("m1")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).hasSize(2));
  }
}
