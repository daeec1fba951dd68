package dev.reverso.reporting.metrics;

import static dev.reverso.reporting.metrics.MetricsFixtures.day;
import static dev.reverso.reporting.metrics.MetricsFixtures.matches;
import static dev.reverso.reporting.metrics.MetricsFixtures.pairOf;
import static dev.reverso.reporting.metrics.MetricsFixtures.pairing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Priority;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.Side;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The three Rs, NPS, skill closure, coverage and scores of a small journal computed by hand. */
class ProgramMetricsTest {
  private static final Offset<Double> EPS = within(1e-12);

  /** Three pairs: p1 thriving, p2 not met for 60 days with a low mentee rating, p3 closed as a mismatch. */
  static final Program PROGRAM = Program.builder()
      .mentor(person("m1", "Sales", "Milan", 2).build())
      .mentor(person("m2", "Data", "London", 1).build())
      .mentor(person("m3", "Sales", "Milan", 3).build())
      .mentee(person("s1", "Sales", "Milan", 8).goal("genai", 1, 3, Priority.HIGH).build())
      .mentee(person("s2", "Finance", "London", 9).goal("genai", 0, 4, Priority.LOW)
          .goal("ethics", 2, 3, Priority.MEDIUM).build())
      .mentee(person("s3", "Data", "Milan", 10).build())
      .person(person("p1", "Finance", "London", 5).build())
      .person(Participant.builder("p2").department("Sales").seniority(4).build())
      .build();
  static final Pairing P1 = pairing("m1", "s1", 0.8);
  static final Pairing P2 = pairing("m2", "s2", 0.6);
  static final Pairing P3 = pairing("m3", "s3", 0.35);
  static final MatchResult MATCHES = matches(P1, P2, P3);

  static Participant.Builder person(String id, String department, String location, int grade) {
    return Participant.builder(id).department(department).location(location).seniority(grade);
  }

  static List<JournalEvent> journal() {
    MetricsFixtures f = new MetricsFixtures();
    MentoringPair a = pairOf(P1);
    MentoringPair b = pairOf(P2);
    MentoringPair c = pairOf(P3);
    return List.of(
        f.held(a, 0, 60), f.held(b, 0, 45), f.held(c, 0, 30), f.held(a, 30, 60),
        f.feedback(a, 31, Side.MENTOR, 5, 4, 5).nps(9).comment("private").build(),
        f.feedback(a, 32, Side.MENTEE, 4, 5, 4).nps(10).progress("genai", 2).build(),
        f.feedback(b, 1, Side.MENTOR, 4, 2, 3).nps(6).build(),
        f.feedback(b, 2, Side.MENTEE, 2, 4, 4).nps(8).progress("genai", 4).progress("ethics", 2).build(),
        PairClosed.of("close-c", c, day(20), CloseReason.MISMATCH),
        f.held(a, 55, 60),
        f.held(MentoringPair.of("m9", "s9"), 3, 30),
        f.held(a, 70, 60));
  }

  static ProgramMetrics metrics() {
    return ProgramMetrics.compute(PROGRAM, MATCHES, journal(), day(60), MetricsOptions.defaults());
  }

  @Test
  void healthAndClosures() {
    ProgramMetrics m = metrics();
    assertThat(m.healthCounts()).isEqualTo(Map.of(PairHealth.ACTIVE, 1, PairHealth.AT_RISK, 1, PairHealth.DORMANT, 0));
    assertThat(m.closedCounts()).isEqualTo(Map.of(CloseReason.MISMATCH, 1));
    assertThat(m.pair(pairOf(P2)).orElseThrow().healthReasons()).extracting(HealthReason::rule)
        .containsExactly(HealthRule.NO_RECENT_SESSION, HealthRule.LOW_RELATIONSHIP_RATING);
    assertThat(m.eventsOutsideMatch()).isEqualTo(1);
    assertThat(m.eventsAfterAsOf()).isEqualTo(1);
    assertThat(m.start()).isEqualTo(day(0));
    assertThat(m.pairs()).extracting(PairMetrics::pair).containsExactly(pairOf(P1), pairOf(P2), pairOf(P3));
  }

  @Test
  void reciprocityByHand() {
    Reciprocity r = metrics().reciprocity();
    assertThat(r.pairsRatedByBoth()).isEqualTo(2);
    // p1: a = 3, b = 4 -> 6/7; p2: a = 1, b = 3 -> 2/4
    assertThat(r.meanIndex().getAsDouble()).isCloseTo((6.0 / 7 + 0.5) / 2, EPS);
    assertThat(r.shareBothLearning()).isEqualTo(OptionalDouble.of(0.5));
    assertThat(r.score().getAsDouble()).isCloseTo(((6.0 / 7 + 0.5) / 2 + 0.5) / 2, EPS);
  }

  @Test
  void recognitionByHand() {
    Recognition r = metrics().recognition();
    assertThat(r.mentorRatings()).isEqualTo(2);
    assertThat(r.meanMentorRecognition()).isEqualTo(OptionalDouble.of(4.0));
    assertThat(r.mentorFeedbacks()).isEqualTo(2);
    assertThat(r.feedbacks()).isEqualTo(4);
    assertThat(r.mentorFeedbackShare()).isEqualTo(OptionalDouble.of(0.5));
    assertThat(r.score().getAsDouble()).isCloseTo((0.75 + 1.0) / 2, EPS);
  }

  @Test
  void relationshipByHand() {
    Relationship r = metrics().relationship();
    assertThat(r.pairs()).isEqualTo(3);
    assertThat(r.openPairs()).isEqualTo(2);
    assertThat(r.activePairs()).isEqualTo(1);
    assertThat(r.closedEarly()).isEqualTo(1);
    assertThat(r.ratings()).isEqualTo(4);
    assertThat(r.shareActive()).isEqualTo(OptionalDouble.of(0.5));
    assertThat(r.retention().getAsDouble()).isCloseTo(2.0 / 3, EPS);
    assertThat(r.meanRelationship()).isEqualTo(OptionalDouble.of(3.75));
    assertThat(r.score().getAsDouble()).isCloseTo((0.5 + 2.0 / 3 + 0.6875) / 3, EPS);
  }

  @Test
  void npsBySideAndOverall() {
    ProgramMetrics m = metrics();
    assertThat(m.npsBySide().get(Side.MENTOR)).isEqualTo(new NetPromoterScore(1, 0, 1));
    assertThat(m.npsBySide().get(Side.MENTOR).score()).isEqualTo(OptionalDouble.of(0));
    assertThat(m.npsBySide().get(Side.MENTEE).score()).isEqualTo(OptionalDouble.of(50));
    assertThat(m.nps().score()).isEqualTo(OptionalDouble.of(25));
  }

  /** A mentor in two pairs answering in both is one respondent: their newest answer counts, not two pair-sides. */
  @Test
  void npsCountsPeopleNotPairSides() {
    Program program = Program.builder()
        .mentor(person("m1", "Sales", "Milan", 2).capacity(2).build())
        .mentee(person("s1", "Sales", "Milan", 8).build())
        .mentee(person("s2", "Data", "Milan", 9).build())
        .build();
    Pairing a = pairing("m1", "s1", 0.8);
    Pairing b = pairing("m1", "s2", 0.7);
    MetricsFixtures f = new MetricsFixtures();
    List<JournalEvent> events = List.of(f.held(pairOf(a), 0, 60), f.held(pairOf(b), 0, 60),
        f.feedback(pairOf(a), 5, Side.MENTOR, 4, 4, 4).nps(3).build(),
        f.feedback(pairOf(b), 9, Side.MENTOR, 4, 4, 4).nps(10).build(),
        f.feedback(pairOf(a), 6, Side.MENTEE, 4, 4, 4).nps(8).build());
    ProgramMetrics m = ProgramMetrics.compute(program, matches(a, b), events, day(30), MetricsOptions.defaults());
    assertThat(m.npsBySide().get(Side.MENTOR)).isEqualTo(new NetPromoterScore(1, 0, 0));
    assertThat(m.npsBySide().get(Side.MENTEE)).isEqualTo(new NetPromoterScore(0, 1, 0));
    assertThat(m.nps().respondents()).isEqualTo(2);
  }

  @Test
  void npsStandardBands() {
    NetPromoterScore s = NetPromoterScore.of(0, 6, 7, 8, 9, 10, 10);
    assertThat(s).isEqualTo(new NetPromoterScore(3, 2, 2));
    assertThat(s.score().getAsDouble()).isCloseTo(100.0 / 7, EPS);
    assertThat(NetPromoterScore.of(10, 9).score()).isEqualTo(OptionalDouble.of(100));
    assertThat(NetPromoterScore.of(0).score()).isEqualTo(OptionalDouble.of(-100));
    assertThat(NetPromoterScore.EMPTY.score()).isEmpty();
  }

  @Test
  void skillClosureBySkill() {
    assertThat(metrics().skillClosure()).containsExactly(
        new SkillClosure("ethics", 1, 1, OptionalDouble.of(0), 0),
        new SkillClosure("genai", 2, 2, OptionalDouble.of(0.75), 1));
  }

  @Test
  void bothDirectionsOfLearningAndTheirBalanceInReciprocity() {
    Program program = Program.builder()
        .mentor(person("m1", "Sales", "Milan", 2).goal("strategy", 0, 4, Priority.HIGH).build())
        .mentee(person("s1", "Data", "London", 9).goal("genai", 1, 3, Priority.HIGH).build())
        .build();
    Pairing p = pairing("m1", "s1", 0.7);
    MentoringPair a = pairOf(p);
    MetricsFixtures f = new MetricsFixtures();
    List<JournalEvent> events = List.of(f.held(a, 0, 60),
        f.feedback(a, 5, Side.MENTOR, 4, 4, 4).progress("strategy", 1).build(),
        f.feedback(a, 6, Side.MENTEE, 4, 4, 4).progress("genai", 2).build());
    ProgramMetrics m = ProgramMetrics.compute(program, matches(p), events, day(10), MetricsOptions.defaults());
    assertThat(m.skillClosure(Side.MENTEE)).isEqualTo(m.skillClosure())
        .containsExactly(new SkillClosure("genai", 1, 1, OptionalDouble.of(0.5), 0));
    assertThat(m.skillClosure(Side.MENTOR)).containsExactly(new SkillClosure("strategy", 1, 1, OptionalDouble.of(0.25), 0));
    Reciprocity r = m.reciprocity();
    assertThat(r.pairsWithBothProgress()).isEqualTo(1);
    // mentor closes 0.25 of the gap, mentee 0.5: balance 2 * 0.25 / 0.75
    assertThat(r.meanClosureBalance().getAsDouble()).isCloseTo(2.0 / 3, EPS);
    // index 1 (both learning 4), both learning high 1, balance 2/3
    assertThat(r.score().getAsDouble()).isCloseTo((1 + 1 + 2.0 / 3) / 3, EPS);
  }

  @Test
  void coverageAgainstHeadcount() {
    ProgramMetrics m = metrics();
    assertThat(m.coverage(GroupDimension.DEPARTMENT)).containsExactly(
        new GroupCoverage(GroupDimension.DEPARTMENT, "Data", 2, 1, 1, 1, 1),
        new GroupCoverage(GroupDimension.DEPARTMENT, "Finance", 2, 0, 1, 0, 1),
        new GroupCoverage(GroupDimension.DEPARTMENT, "Sales", 4, 2, 1, 2, 1));
    assertThat(m.coverage(GroupDimension.LOCATION)).extracting(GroupCoverage::group, GroupCoverage::headcount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("(unknown)", 1),
            org.assertj.core.groups.Tuple.tuple("London", 3), org.assertj.core.groups.Tuple.tuple("Milan", 4));
    assertThat(m.coverage(GroupDimension.SENIORITY_BAND)).extracting(GroupCoverage::group)
        .containsExactly("1-3", "4-6", "7-9", "10-12");
    GroupCoverage sales = m.coverage(GroupDimension.DEPARTMENT).get(2);
    assertThat(sales.participation()).isEqualTo(0.75);
    assertThat(sales.mentorShare()).isEqualTo(0.5);
  }

  @Test
  void scoreDistributionOverallAndByGroup() {
    ProgramMetrics m = metrics();
    ScoreDistribution s = m.scores();
    assertThat(s.count()).isEqualTo(3);
    assertThat(s.mean().getAsDouble()).isCloseTo((0.8 + 0.6 + 0.35) / 3, EPS);
    assertThat(s.median()).isEqualTo(OptionalDouble.of(0.6));
    assertThat(s.histogram()).containsExactly(0, 0, 0, 1, 0, 0, 1, 0, 1, 0);
    assertThat(m.scoresByGroup()).filteredOn(g -> g.dimension() == GroupDimension.DEPARTMENT && g.side() == Side.MENTOR)
        .extracting(GroupScores::group, g -> g.scores().count())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Data", 1), org.assertj.core.groups.Tuple.tuple("Sales", 2));
    assertThat(ScoreDistribution.of(1.0, 0.0).histogram()).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    assertThat(ScoreDistribution.of().mean()).isEmpty();
  }

  @Test
  void anEmptyJournalLeavesEveryRUndefined() {
    // issue 12 item 8: no events is no data, never a relationship of 1.00 ("all active, none closed")
    ProgramMetrics m = ProgramMetrics.compute(PROGRAM, MATCHES, List.of(), day(10), MetricsOptions.defaults());
    assertThat(m.start()).isEqualTo(day(10));
    assertThat(m.reciprocity().score()).isEmpty();
    assertThat(m.recognition().score()).isEmpty();
    assertThat(m.relationship().shareActive()).isEmpty();
    assertThat(m.relationship().retention()).isEmpty();
    assertThat(m.relationship().score()).isEmpty();
  }

  @Test
  void computingTwiceGivesEqualMetrics() {
    assertThat(metrics()).isEqualTo(metrics());
  }
}
