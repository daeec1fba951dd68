package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.Priority;
import dev.reverso.core.Program;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.MatchingProblem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known answers of each built-in criterion on one hand-computed pair, and the explanation's evidence. */
class CriteriaTest {
  private static final Participant MENTOR = Participant.builder("m1").displayName("Giulia Rossi").seniority(2)
      .skill("genai", 4).skill("tiktok", 5)
      .goal("strategy", 1, 3, Priority.HIGH).goal("negotiation", 0, 2, Priority.MEDIUM)
      .value("inclusion", 5).value("curiosity", 3)
      .department("IT").division("Operations").location("Milan")
      .timeZone("Europe/Rome").hoursPerMonth(4).language("en").language("it").build();
  private static final Participant MENTEE = Participant.builder("e1").displayName("Marco Bianchi").seniority(9)
      .skill("strategy", 5).skill("finance", 4)
      .goal("machine-learning", 1, 3, Priority.HIGH).goal("tiktok", 0, 4, Priority.MEDIUM)
      .goal("sql", 2, 4, Priority.LOW)
      .value("inclusion", 4).value("family", 5)
      .department("Sales").division("Commercial").location("Milan")
      .timeZone("America/New_York").hoursPerMonth(8).language("en").build();

  private static MatchingProblem problem() {
    return MatchingProblems.of(Program.builder().taxonomy(TestPrograms.taxonomy()).mentor(MENTOR).mentee(MENTEE).build());
  }

  @Test
  void eachBuiltInGivesItsHandComputedScore() {
    MatchingProblem p = problem();
    // machine-learning: genai is its parent, 0.5 x full credit; tiktok exact, full; sql nothing. (3*.5 + 2*1) / 6
    assertThat(p.criterionScore("forward-coverage", 0, 0)).isCloseTo(3.5 / 6, within(1e-6));
    // strategy exact 1; negotiation: strategy is its parent (0.5) beats finance, a sibling (0.25). (3*1 + 2*.5) / 5
    assertThat(p.criterionScore("reverse-coverage", 0, 0)).isCloseTo(0.8, within(1e-6));
    // min 4 (inclusion) over max 5 + 3 + 5
    assertThat(p.criterionScore("value-alignment", 0, 0)).isCloseTo(4.0 / 13, within(1e-6));
    assertThat(p.criterionScore("seniority-distance", 0, 0)).isEqualTo(1.0);
    // department 0.4 + division 0.3 differ, location the same
    assertThat(p.criterionScore("cross-boundary", 0, 0)).isCloseTo(0.7, within(1e-6));
    // Rome UTC+1, New York UTC-5 in January: 2 h of 8 overlap
    assertThat(p.criterionScore("time-zone-overlap", 0, 0)).isCloseTo(0.25, within(1e-6));
    assertThat(p.criterionScore("availability-fit", 0, 0)).isCloseTo(0.5, within(1e-6));
    double expected = 0.35 * 3.5 / 6 + 0.2 * 0.8 + 0.15 * 4 / 13 + 0.1 + 0.1 * 0.7 + 0.05 * 0.25 + 0.05 * 0.5;
    assertThat(p.score(0, 0)).isCloseTo(expected, within(1e-6));
  }

  @Test
  void viewsSeparateWhatEachSideGains() {
    MatchingProblem p = problem();
    double shared = 0.15 * 4 / 13 + 0.1 + 0.1 * 0.7 + 0.05 * 0.25 + 0.05 * 0.5;
    assertThat(p.menteeView(0, 0)).isCloseTo((0.35 * 3.5 / 6 + shared) / 0.80, within(1e-6));
    assertThat(p.mentorView(0, 0)).isCloseTo((0.2 * 0.8 + shared) / 0.65, within(1e-6));
    MatchingProblem onlyForward = MatchingProblems.builder(p.program())
        .scoring(ScoringModel.builder().add(Criteria.FORWARD_COVERAGE, 1).build()).build();
    assertThat(onlyForward.mentorView(0, 0)).as("falls back to the total").isEqualTo(onlyForward.score(0, 0));
  }

  @Test
  void explanationNamesOnlyMatchedEvidence() {
    Explanation e = problem().explain(0, 0);
    assertThat(e.contribution("forward-coverage").orElseThrow().reasons()).containsExactly(
        Reason.of("mentor-has-related-skill", "skill", "genai", "level", 4, "goal", "machine-learning", "from", 1,
            "to", 3, "priority", "high", "relation", "parent", "relatedness", 0.5, "credit", 0.5),
        Reason.of("mentor-has-skill", "skill", "tiktok", "level", 5, "goal", "tiktok", "from", 0, "to", 4,
            "priority", "medium", "credit", 1.0));
    assertThat(e.contribution("reverse-coverage").orElseThrow().reasons()).containsExactly(
        Reason.of("mentee-has-skill", "skill", "strategy", "level", 5, "goal", "strategy", "from", 1, "to", 3,
            "priority", "high", "credit", 1.0),
        Reason.of("mentee-has-related-skill", "skill", "strategy", "level", 5, "goal", "negotiation", "from", 0,
            "to", 2, "priority", "medium", "relation", "parent", "relatedness", 0.5, "credit", 0.5));
    assertThat(e.contribution("value-alignment").orElseThrow().reasons()).containsExactly(
        Reason.of("shared-value", "value", "inclusion", "mentor-importance", 5, "mentee-importance", 4));
    assertThat(e.contribution("time-zone-overlap").orElseThrow().reasons()).containsExactly(
        Reason.of("working-hours-overlap", "mentor-zone", "Europe/Rome", "mentee-zone", "America/New_York",
            "overlap-hours", 2.0, "day-hours", 8.0));
    assertThat(e.allowed()).isTrue();
    assertThat(e.toString()).contains("m1->e1").doesNotContain("Giulia").doesNotContain("Marco")
        .doesNotContain("genai");
    for (Explanation.Contribution c : e.contributions()) {
      for (Reason reason : c.reasons()) {
        assertThat(ReasonCodes.isBuiltIn(reason)).as("%s", reason).isTrue();
        assertThat(reason.args().values()).noneMatch(v -> v.toString().contains("Giulia") || v.toString().contains("Marco"));
      }
    }
  }

  @Test
  void anAliasCountsAsTheSkillItself() {
    Participant mentor = MENTOR.toBuilder().skill("ml", 3).build();
    Program program = Program.builder().taxonomy(TestPrograms.taxonomy()).mentor(mentor)
        .mentee(Participant.builder("e1").seniority(9).goal("machine-learning", 1, 3, Priority.HIGH).build()).build();
    assertThat(MatchingProblems.of(program).criterionScore("forward-coverage", 0, 0)).isEqualTo(1.0);
  }

  @Test
  void timeZoneOverlapFollowsDaylightSavingTime() {
    Participant london = Participant.builder("m1").seniority(1).timeZone("Europe/London").build();
    Participant newYork = Participant.builder("e1").seniority(5).timeZone("America/New_York").build();
    Program program = Program.builder().mentor(london).mentee(newYork).build();
    ScoringModel january = ScoringModel.builder().add(Criteria.TIME_ZONE, 1).build();
    ScoringModel march = ScoringModel.builder()
        .add(Criteria.timeZoneOverlap(LocalDate.of(2026, 3, 15), LocalTime.of(9, 0), LocalTime.of(17, 0)), 1).build();
    // 5 h apart in January (3 h overlap); 4 h between the US (8 March) and UK (29 March) clock changes.
    assertThat(MatchingProblems.of(program, january, List.of()).score(0, 0)).isCloseTo(3.0 / 8, within(1e-9));
    assertThat(MatchingProblems.of(program, march, List.of()).score(0, 0)).isCloseTo(4.0 / 8, within(1e-9));
  }

  @Test
  void seniorityDistanceTapersOutsideTheBand() {
    double[] expected = {0, 0, 1.0 / 3, 2.0 / 3, 1, 1, 1, 8.0 / 9, 0.5};
    int[] gaps = {-2, 0, 1, 2, 3, 8, 5, 9, 16};
    for (int k = 0; k < gaps.length; k++) {
      Program program = Program.builder().mentor(Participant.builder("m").seniority(20).build())
          .mentee(Participant.builder("e").seniority(20 + gaps[k]).build()).build();
      MatchingProblem p = MatchingProblems.of(program, ScoringModel.builder().add(Criteria.SENIORITY, 1).build(), List.of());
      assertThat(p.score(0, 0)).as("gap %d", gaps[k]).isCloseTo(expected[k], within(1e-6));
    }
    assertThatThrownBy(() -> Criteria.seniorityDistance(0, 3)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Criteria.seniorityDistance(5, 3)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void unknownDataIsNeutral() {
    Program program = Program.builder().mentor(Participant.builder("m").seniority(1).build())
        .mentee(Participant.builder("e").seniority(5).hoursPerMonth(0).build()).build();
    MatchingProblem p = MatchingProblems.of(program);
    assertThat(p.criterionScore("forward-coverage", 0, 0)).isZero();
    assertThat(p.criterionScore("value-alignment", 0, 0)).isEqualTo(0.5);
    assertThat(p.criterionScore("cross-boundary", 0, 0)).isEqualTo(0.5);
    assertThat(p.criterionScore("time-zone-overlap", 0, 0)).isEqualTo(0.5);
    assertThat(p.criterionScore("availability-fit", 0, 0)).isEqualTo(0.5);
    Program noTime = Program.builder().mentor(Participant.builder("m").seniority(1).hoursPerMonth(0).build())
        .mentee(Participant.builder("e").seniority(5).hoursPerMonth(0).build()).build();
    assertThat(MatchingProblems.of(noTime).criterionScore("availability-fit", 0, 0)).isZero();
  }

  @Test
  void builtInsAreListedAndFoundById() {
    assertThat(Criteria.builtIns()).extracting(c -> c.id()).containsExactly("forward-coverage", "reverse-coverage",
        "value-alignment", "seniority-distance", "cross-boundary", "time-zone-overlap", "availability-fit");
    assertThat(Criteria.builtIn("value-alignment")).contains(Criteria.VALUES);
    assertThat(Criteria.builtIn("values")).isEmpty();
    assertThat(Criteria.crossBoundary(0.4, 0.3, 0.3)).isEqualTo(Criteria.BOUNDARY);
    assertThatThrownBy(() -> Criteria.crossBoundary(0, 0, 0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Criteria.timeZoneOverlap(LocalDate.of(2026, 1, 1), LocalTime.of(17, 0),
        LocalTime.of(9, 0))).isInstanceOf(InvalidInputException.class);
  }
}
