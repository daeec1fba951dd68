package dev.reverso.reporting.metrics;

import static dev.reverso.reporting.metrics.MetricsFixtures.START;
import static dev.reverso.reporting.metrics.MetricsFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Priority;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.Side;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PairMetricsTest {
  private static final MentoringPair PAIR = MentoringPair.of("m1", "s1");
  private static final MentoringPair OTHER = MentoringPair.of("m2", "s2");
  private final MetricsFixtures f = new MetricsFixtures();

  private static PairMetrics replay(List<JournalEvent> events, int asOfDay) {
    return PairMetrics.replay(PAIR, 0.5, List.of(), events, day(asOfDay), START, MetricsOptions.defaults());
  }

  @Test
  void countsSessionsMinutesCancellationsAndDays() {
    PairMetrics m = replay(List.of(f.held(PAIR, 0, 60), f.cancelled(PAIR, 14, Side.MENTOR), f.held(PAIR, 28, 45),
        f.cancelled(PAIR, 35, Side.MENTEE), f.held(OTHER, 30, 90)), 40);
    assertThat(m.sessionsHeld()).isEqualTo(2);
    assertThat(m.minutesHeld()).isEqualTo(105);
    assertThat(m.cancellations(Side.MENTOR)).isEqualTo(1);
    assertThat(m.cancellations(Side.MENTEE)).isEqualTo(1);
    assertThat(m.firstSession()).contains(day(0));
    assertThat(m.lastSession()).contains(day(28));
    assertThat(m.daysSinceLastSession()).hasValue(12);
    assertThat(m.health()).contains(PairHealth.ACTIVE);
    assertThat(m.healthReasons()).isEmpty();
  }

  @Test
  void eventsAfterTheAsOfDateAreIgnoredAndOrderIsByDate() {
    // recorded out of date order: the later session is recorded first
    PairMetrics m = replay(List.of(f.held(PAIR, 20, 30), f.held(PAIR, 5, 30), f.held(PAIR, 50, 30)), 30);
    assertThat(m.sessionsHeld()).isEqualTo(2);
    assertThat(m.firstSession()).contains(day(5));
    assertThat(m.lastSession()).contains(day(20));
  }

  @Test
  void neverMetIsDormantOnlyFromTheThreshold() {
    assertThat(replay(List.of(), 44).health()).contains(PairHealth.ACTIVE);
    PairMetrics m = replay(List.of(), 45);
    assertThat(m.health()).contains(PairHealth.DORMANT);
    assertThat(m.healthReasons()).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo(HealthRule.NEVER_MET);
      assertThat(r.text()).isEqualTo("no session held in the 45 days since the start (threshold 45 days)");
    });
  }

  @Test
  void noSessionFor45DaysIsAtRiskAnd90IsDormant() {
    List<JournalEvent> events = List.of(f.held(PAIR, 10, 60));
    assertThat(replay(events, 54).health()).contains(PairHealth.ACTIVE);
    PairMetrics atRisk = replay(events, 55);
    assertThat(atRisk.health()).contains(PairHealth.AT_RISK);
    assertThat(atRisk.healthReasons()).extracting(HealthReason::text)
        .containsExactly("no session for 45 days (threshold 45 days)");
    PairMetrics dormant = replay(events, 100);
    assertThat(dormant.health()).contains(PairHealth.DORMANT);
    assertThat(dormant.healthReasons()).extracting(HealthReason::rule).containsExactly(HealthRule.NO_SESSION_DORMANT);
    assertThat(dormant.healthReasons().get(0).text()).isEqualTo("no session for 90 days (threshold 90 days)");
  }

  @Test
  void twoOfTheLastThreeCancelledBySameSideNamesTheSide() {
    PairMetrics m = replay(List.of(f.held(PAIR, 0, 60), f.cancelled(PAIR, 7, Side.MENTEE), f.held(PAIR, 14, 60),
        f.cancelled(PAIR, 21, Side.MENTEE)), 22);
    assertThat(m.health()).contains(PairHealth.AT_RISK);
    assertThat(m.healthReasons()).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo(HealthRule.REPEATED_CANCELLATIONS);
      assertThat(r.side()).contains(Side.MENTEE);
      assertThat(r.text()).isEqualTo("the mentee cancelled 2 of the last 3 planned sessions");
    });
    PairMetrics mentor = replay(List.of(f.held(PAIR, 0, 60), f.cancelled(PAIR, 7, Side.MENTOR),
        f.cancelled(PAIR, 8, Side.MENTOR)), 9);
    assertThat(mentor.healthReasons()).extracting(HealthReason::text)
        .containsExactly("the mentor cancelled 2 of the last 3 planned sessions");
  }

  @Test
  void cancellationsSplitBetweenSidesOrOutsideTheWindowAreNotAtRisk() {
    assertThat(replay(List.of(f.held(PAIR, 0, 60), f.cancelled(PAIR, 7, Side.MENTEE),
        f.cancelled(PAIR, 14, Side.MENTOR)), 15).health()).contains(PairHealth.ACTIVE);
    assertThat(replay(List.of(f.cancelled(PAIR, 1, Side.MENTEE), f.cancelled(PAIR, 2, Side.MENTEE),
        f.held(PAIR, 7, 60), f.held(PAIR, 14, 60)), 15).health()).contains(PairHealth.ACTIVE);
  }

  @Test
  void lowRelationshipRatingAfterTheFirstSessionNamesTheSide() {
    PairMetrics m = replay(List.of(f.held(PAIR, 0, 60), f.feedback(PAIR, 1, Side.MENTOR, 2, 4, 4).build(),
        f.feedback(PAIR, 1, Side.MENTEE, 4, 4, 4).build()), 10);
    assertThat(m.health()).contains(PairHealth.AT_RISK);
    assertThat(m.healthReasons()).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo(HealthRule.LOW_RELATIONSHIP_RATING);
      assertThat(r.side()).contains(Side.MENTOR);
      assertThat(r.text()).isEqualTo("the mentor rated the relationship 2 of 5 on 2026-01-06");
    });
  }

  @Test
  void lowRatingBeforeTheFirstSessionOrLaterImprovedDoesNotCount() {
    assertThat(replay(List.of(f.feedback(PAIR, 0, Side.MENTEE, 1, 1, 1).build(), f.held(PAIR, 3, 60)), 10)
        .health()).contains(PairHealth.ACTIVE);
    assertThat(replay(List.of(f.held(PAIR, 0, 60), f.feedback(PAIR, 1, Side.MENTEE, 1, 3, 3).build(),
        f.feedback(PAIR, 5, Side.MENTEE, 4, 3, 3).build()), 10).health()).contains(PairHealth.ACTIVE);
  }

  @Test
  void dormantWinsOverAtRiskAndAllReasonsAreListed() {
    PairMetrics m = replay(List.of(f.held(PAIR, 0, 60), f.cancelled(PAIR, 5, Side.MENTOR),
        f.cancelled(PAIR, 6, Side.MENTOR), f.feedback(PAIR, 7, Side.MENTEE, 1, 2, 2).build()), 100);
    assertThat(m.health()).contains(PairHealth.DORMANT);
    assertThat(m.healthReasons()).extracting(HealthReason::rule).containsExactly(HealthRule.NO_SESSION_DORMANT,
        HealthRule.REPEATED_CANCELLATIONS, HealthRule.LOW_RELATIONSHIP_RATING);
  }

  @Test
  void closedPairHasNoHealthButItsReason() {
    PairMetrics m = replay(List.of(f.held(PAIR, 0, 60), PairClosed.of("close", PAIR, day(3), CloseReason.MISMATCH)),
        200);
    assertThat(m.isClosed()).isTrue();
    assertThat(m.health()).isEmpty();
    assertThat(m.healthReasons()).isEmpty();
    assertThat(m.closeReason()).contains(CloseReason.MISMATCH);
    assertThat(m.closedOn()).contains(day(3));
    // a close after the as-of date is not seen yet
    assertThat(replay(List.of(f.held(PAIR, 0, 60), PairClosed.of("close2", PAIR, day(30), CloseReason.COMPLETED)),
        20).isClosed()).isFalse();
  }

  @Test
  void thresholdsComeFromTheOptions() {
    MetricsOptions strict = MetricsOptions.defaults().withAtRiskAfterDays(10).withDormantAfterDays(20);
    PairMetrics m = PairMetrics.replay(PAIR, 0.5, List.of(), List.of(f.held(PAIR, 0, 60)), day(12), START, strict);
    assertThat(m.healthReasons()).extracting(HealthReason::text)
        .containsExactly("no session for 12 days (threshold 10 days)");
  }

  @Test
  void ratingsBySideLatestAndMean() {
    PairMetrics m = replay(List.of(f.held(PAIR, 0, 60), f.feedback(PAIR, 1, Side.MENTOR, 3, 2, 5).nps(7).build(),
        f.feedback(PAIR, 20, Side.MENTOR, 5, 4, 3).build(), f.feedback(PAIR, 2, Side.MENTEE, 4, 5, 4).nps(10).build()),
        30);
    SideFeedback mentor = m.feedback(Side.MENTOR);
    assertThat(mentor.count()).isEqualTo(2);
    assertThat(mentor.latest()).contains(new Ratings(5, 4, 3));
    assertThat(mentor.mean()).contains(new Ratings(4, 3, 4));
    assertThat(mentor.latestNps()).as("the latest answer given, skipping feedback without one").hasValue(7);
    assertThat(m.feedback(Side.MENTEE).latest()).contains(new Ratings(4, 5, 4));
    // a = 4 - 1 = 3, b = 5 - 1 = 4: 2*3/7
    assertThat(m.reciprocityIndex()).hasValue(6.0 / 7);
  }

  @Test
  void reciprocityIndexKnownValues() {
    assertThat(PairMetrics.reciprocityIndex(5, 5)).isEqualTo(1.0);
    assertThat(PairMetrics.reciprocityIndex(1, 1)).isEqualTo(1.0);
    assertThat(PairMetrics.reciprocityIndex(5, 1)).isEqualTo(0.0);
    assertThat(PairMetrics.reciprocityIndex(3, 5)).isEqualTo(2.0 * 2 / 6);
    assertThatThrownBy(() -> PairMetrics.reciprocityIndex(0, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reciprocityIsUndefinedUntilBothSidesRated() {
    PairMetrics m = replay(List.of(f.held(PAIR, 0, 60), f.feedback(PAIR, 1, Side.MENTEE, 4, 5, 4).build()), 10);
    assertThat(m.reciprocityIndex()).isEqualTo(OptionalDouble.empty());
  }

  @Test
  void goalClosureUsesTheLatestSelfRatedLevelClamped() {
    List<LearningGoal> goals = List.of(new LearningGoal("genai", 1, 5, Priority.HIGH), LearningGoal.of("ethics", 2, 4),
        LearningGoal.of("tiktok", 0, 2), LearningGoal.of("hybrid", 3, 4));
    List<JournalEvent> events = List.of(f.held(PAIR, 0, 60),
        f.feedback(PAIR, 5, Side.MENTEE, 4, 4, 4).progress("genai", 2).progress("ethics", 1).build(),
        f.feedback(PAIR, 9, Side.MENTEE, 4, 4, 4).progress("genai", 3).progress("hybrid", 5).build(),
        f.feedback(PAIR, 9, Side.MENTOR, 4, 4, 4).progress("tiktok", 2).build());
    PairMetrics m = PairMetrics.replay(PAIR, 0.5, goals, events, day(10), START, MetricsOptions.defaults());
    assertThat(m.goals()).containsExactly(
        new GoalClosure("genai", 1, 5, OptionalInt.of(3), 0.5),
        new GoalClosure("ethics", 2, 4, OptionalInt.of(1), 0.0),
        new GoalClosure("tiktok", 0, 2, OptionalInt.empty(), 0.0),
        new GoalClosure("hybrid", 3, 4, OptionalInt.of(5), 1.0));
    assertThat(m.goals().get(2).reported()).as("the mentor's progress is not the mentee's").isFalse();
  }

  @Test
  void eachSideIsMeasuredOnItsOwnGoalsByItsOwnReports() {
    List<LearningGoal> mentorGoals = List.of(LearningGoal.of("strategy", 0, 4), LearningGoal.of("negotiation", 1, 3));
    List<LearningGoal> menteeGoals = List.of(LearningGoal.of("genai", 1, 5), LearningGoal.of("strategy", 0, 2));
    List<JournalEvent> events = List.of(f.held(PAIR, 0, 60),
        // the mentee reports strategy too: it is one of the mentee's goals, not a measure of the mentor's
        f.feedback(PAIR, 5, Side.MENTEE, 4, 4, 4).progress("genai", 3).progress("strategy", 2).build(),
        f.feedback(PAIR, 6, Side.MENTOR, 4, 4, 4).progress("strategy", 1).build());
    PairMetrics m = PairMetrics.replay(PAIR, 0.5, mentorGoals, menteeGoals, events, day(10), START,
        MetricsOptions.defaults());
    assertThat(m.goals(Side.MENTEE)).isEqualTo(m.goals()).containsExactly(
        new GoalClosure("genai", 1, 5, OptionalInt.of(3), 0.5),
        new GoalClosure("strategy", 0, 2, OptionalInt.of(2), 1.0));
    assertThat(m.goals(Side.MENTOR)).containsExactly(
        new GoalClosure("strategy", 0, 4, OptionalInt.of(1), 0.25),
        new GoalClosure("negotiation", 1, 3, OptionalInt.empty(), 0.0));
    // mentor mean closure of reported goals a = 0.25, mentee b = 0.75: 2 * 0.25 / 1.0 = 0.5
    assertThat(m.closureBalance().getAsDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void closureBalanceIsUndefinedUntilBothSidesReportedProgress() {
    List<LearningGoal> goals = List.of(LearningGoal.of("genai", 0, 2));
    PairMetrics oneSide = PairMetrics.replay(PAIR, 0.5, goals, goals, List.of(f.held(PAIR, 0, 60),
        f.feedback(PAIR, 5, Side.MENTEE, 4, 4, 4).progress("genai", 1).build(),
        f.feedback(PAIR, 5, Side.MENTOR, 4, 4, 4).build()), day(10), START, MetricsOptions.defaults());
    assertThat(oneSide.closureBalance()).isEmpty();
    PairMetrics neither = PairMetrics.replay(PAIR, 0.5, goals, goals, List.of(f.held(PAIR, 0, 60),
        f.feedback(PAIR, 5, Side.MENTEE, 4, 4, 4).progress("genai", 0).build(),
        f.feedback(PAIR, 5, Side.MENTOR, 4, 4, 4).progress("genai", 0).build()), day(10), START,
        MetricsOptions.defaults());
    assertThat(neither.closureBalance()).hasValue(1.0);
  }

  @Test
  void toStringShowsNoRatingsNorLevels() {
    PairMetrics m = replay(List.of(f.held(PAIR, 0, 60), f.feedback(PAIR, 1, Side.MENTEE, 4, 5, 4).comment("secret")
        .build()), 10);
    assertThat(m.toString()).contains("m1->s1").doesNotContain("secret");
    assertThat(GoalClosure.of("genai", 1, 3, OptionalInt.of(2)).toString()).doesNotContain("2");
  }

  @Test
  void optionsValidateAllAtOnce() {
    assertThatThrownBy(() -> MetricsOptions.defaults().withCancellationRule(0, 2))
        .isInstanceOf(dev.reverso.core.InvalidInputException.class)
        .satisfies(e -> assertThat(((dev.reverso.core.InvalidInputException) e).problems())
            .extracting(p -> p.location()).containsExactly("cancellationWindow", "cancellationsAtRisk"));
    assertThatThrownBy(() -> MetricsOptions.defaults().withAtRiskAfterDays(95))
        .hasMessageContaining("dormantAfterDays");
    assertThat(MetricsOptions.defaults().seniorityBand(5)).isEqualTo("4-6");
    assertThat(MetricsOptions.defaults().seniorityBand(0)).isEqualTo("0");
    assertThat(MetricsOptions.defaults().withSeniorityBandWidth(1).seniorityBand(7)).isEqualTo("7");
    assertThat(MetricsOptions.defaults().withProgramStart(START).programStart()).isEqualTo(Optional.of(START));
    assertThat(ImmutableList.of(MetricsOptions.defaults())).containsExactly(MetricsOptions.defaults());
  }
}
