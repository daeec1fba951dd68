package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reverso.matching.result.ReasonCodes;
import dev.reverso.matching.result.Reason;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.core.SkillTaxonomy;
import dev.reverso.matching.spi.Beneficiary;
import dev.reverso.matching.spi.Constraint;
import dev.reverso.matching.spi.Criterion;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import dev.reverso.matching.constraint.Constraints;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.score.ScoringModel;

/** Properties of scores, constraints and explanations on random programmes. */
class MatchingProblemPropertiesTest {

  private static MatchingProblem problem(long seed, int people) {
    return MatchingProblems.builder(TestPrograms.random(seed, people))
        .constraint(Constraints.maxTimeZoneDifference(6))
        .constraint(Constraints.differentDepartment())
        .build();
  }

  @Property(tries = 60)
  void scoresAndViewsAreInTheUnitInterval(@ForAll long seed, @ForAll @IntRange(min = 2, max = 60) int people) {
    MatchingProblem p = problem(seed, people);
    for (int i = 0; i < p.mentorCount(); i++) {
      for (int j = 0; j < p.menteeCount(); j++) {
        assertThat(p.score(i, j)).isBetween(0.0, 1.0);
        assertThat(p.menteeView(i, j)).isBetween(0.0, 1.0);
        assertThat(p.mentorView(i, j)).isBetween(0.0, 1.0);
        for (String id : p.weights().keySet()) {
          assertThat(p.criterionScore(id, i, j)).isBetween(0.0, 1.0);
        }
      }
    }
  }

  /** A user constraint (not a built-in): forbids some pairs by index arithmetic. */
  private static final Constraint EVERY_SEVENTH = new Constraint() {
    @Override
    public String id() {
      return "every-seventh";
    }

    @Override
    public Check bind(Program program) {
      return new Check() {
        @Override
        public boolean allows(int mentor, int mentee) {
          return (mentor * 31 + mentee) % 7 != 0;
        }

        @Override
        public Reason reason(int mentor, int mentee) {
          return Reason.text("every seventh pair is forbidden");
        }
      };
    }
  };

  @Property(tries = 60)
  void rowMethodsEqualThePairMethodsBitForBit(@ForAll long seed, @ForAll @IntRange(min = 2, max = 60) int people,
      @ForAll boolean userParts) {
    MatchingProblem p = problem(seed, people);
    if (userParts) {
      Criterion parity = Criterion.of("grade-parity", Beneficiary.MENTEE,
          (a, b) -> (a.seniority() + b.seniority()) % 2 == 0 ? 1 : 0.25);
      p = MatchingProblems.builder(p.program())
          .scoring(ScoringModel.reverseMentoringDefaults().with(parity, 0.3))
          .constraints(p.constraints())
          .constraint(EVERY_SEVENTH)
          .build();
    }
    int m = p.mentorCount();
    boolean[] allowed = new boolean[m];
    boolean[] all = new boolean[m + 3];
    java.util.Arrays.fill(all, true);
    double[] row = new double[m + 3];
    boolean[] column = new boolean[p.menteeCount() + 1];
    for (int i = 0; i < m; i++) {
      p.allowedColumn(i, column);
      for (int j = 0; j < p.menteeCount(); j++) {
        assertThat(column[j]).isEqualTo(p.allowed(i, j));
      }
    }
    for (int j = 0; j < p.menteeCount(); j++) {
      p.allowedRow(j, allowed);
      for (int i = 0; i < m; i++) {
        assertThat(allowed[i]).isEqualTo(p.allowed(i, j));
      }
      for (boolean[] consider : List.of(allowed, all)) {
        p.scoreRow(j, consider, row);
        for (int i = 0; i < m; i++) {
          assertThat(Double.doubleToRawLongBits(row[i]))
              .isEqualTo(Double.doubleToRawLongBits(consider[i] ? p.score(i, j) : Double.NaN));
        }
        p.menteeViewRow(j, consider, row);
        for (int i = 0; i < m; i++) {
          assertThat(Double.doubleToRawLongBits(row[i]))
              .isEqualTo(Double.doubleToRawLongBits(consider[i] ? p.menteeView(i, j) : Double.NaN));
        }
      }
    }
  }

  @Property(tries = 60)
  void aPairIsForbiddenExactlyWhenSomeConstraintForbidsIt(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 60) int people) {
    MatchingProblem p = problem(seed, people);
    List<Constraint.Check> checks = p.constraints().stream().map(c -> c.bind(p.program())).toList();
    for (int i = 0; i < p.mentorCount(); i++) {
      for (int j = 0; j < p.menteeCount(); j++) {
        int mentor = i;
        int mentee = j;
        boolean someForbids = checks.stream().anyMatch(c -> !c.allows(mentor, mentee));
        assertThat(p.allowed(i, j)).isEqualTo(!someForbids);
        Explanation e = p.explain(i, j);
        assertThat(e.allowed()).isEqualTo(!someForbids);
        assertThat(e.verdicts()).hasSize(p.constraints().size());
        e.forbiddingVerdicts().forEach(v -> assertThat(v.reason()).isPresent());
      }
    }
  }

  @Property(tries = 60)
  void contributionsSumToTheTotal(@ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int people) {
    MatchingProblem p = problem(seed, people);
    for (int i = 0; i < p.mentorCount(); i++) {
      for (int j = 0; j < p.menteeCount(); j++) {
        Explanation e = p.explain(i, j);
        double sum = e.contributions().stream().mapToDouble(Explanation.Contribution::contribution).sum();
        // each contribution and the total are rounded to six decimals: half a unit each at most
        assertThat(sum).isCloseTo(e.total(), within((e.contributions().size() + 1) * 5e-7 + 1e-12));
        assertThat(e.total()).isEqualTo(Explanation.round(p.score(i, j)));
        assertThat(e.contributions()).extracting(Explanation.Contribution::criterionId)
            .containsExactlyElementsOf(p.weights().keySet());
      }
    }
  }

  @Property(tries = 60)
  void coverageOnTheEncodingEqualsTheFormulaOnParticipants(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 40) int people) {
    MatchingProblem p = problem(seed, people);
    SkillTaxonomy tx = p.program().taxonomy();
    for (int i = 0; i < p.mentorCount(); i++) {
      for (int j = 0; j < p.menteeCount(); j++) {
        assertThat(p.criterionScore(Criteria.FORWARD_COVERAGE_ID, i, j))
            .isCloseTo(naiveCoverage(p.mentor(i), p.mentee(j), tx), within(1e-5));
        assertThat(p.criterionScore(Criteria.REVERSE_COVERAGE_ID, i, j))
            .isCloseTo(naiveCoverage(p.mentee(j), p.mentor(i), tx), within(1e-5));
      }
    }
  }

  /** The documented formula, computed directly on the participants. */
  static double naiveCoverage(Participant teacher, Participant learner, SkillTaxonomy tx) {
    double weighted = 0;
    double weights = 0;
    for (LearningGoal g : learner.goals()) {
      double best = 0;
      for (Map.Entry<String, Integer> s : teacher.skills().entrySet()) {
        double credit = Math.max(0, Math.min(1, (double) (s.getValue() - g.current()) / (g.target() - g.current())));
        best = Math.max(best, tx.relatedness(s.getKey(), g.skill()) * credit);
      }
      weighted += g.priority().weight() * best;
      weights += g.priority().weight();
    }
    return weights == 0 ? 0 : weighted / weights;
  }

  @Property(tries = 100)
  void symmetricCriteriaDoNotDependOnWhoMentors(@ForAll long seed) {
    Program program = TestPrograms.random(seed, 12);
    if (program.mentors().isEmpty() || program.mentees().isEmpty()) {
      return;
    }
    Participant a = program.mentors().get(0);
    Participant b = program.mentees().get(0);
    Program forward = Program.builder().taxonomy(program.taxonomy()).mentor(strip(a)).mentee(strip(b)).build();
    Program swapped = Program.builder().taxonomy(program.taxonomy()).mentor(strip(b)).mentee(strip(a)).build();
    MatchingProblem f = MatchingProblems.of(forward);
    MatchingProblem s = MatchingProblems.of(swapped);
    for (String id : List.of(Criteria.VALUE_ALIGNMENT_ID, Criteria.CROSS_BOUNDARY_ID, Criteria.TIME_ZONE_OVERLAP_ID,
        Criteria.AVAILABILITY_FIT_ID)) {
      assertThat(f.criterionScore(id, 0, 0)).as(id).isEqualTo(s.criterionScore(id, 0, 0));
    }
    // Forward and reverse coverage swap with the roles.
    assertThat(f.criterionScore(Criteria.FORWARD_COVERAGE_ID, 0, 0))
        .isEqualTo(s.criterionScore(Criteria.REVERSE_COVERAGE_ID, 0, 0));
  }

  /** The person without a manager, so two people from one chart make a valid programme on their own. */
  private static Participant strip(Participant p) {
    Participant.Builder b = Participant.builder(p.id()).seniority(p.seniority()).skills(p.skills())
        .goals(p.goals()).values(p.values()).languages(p.languages()).capacity(p.capacity());
    p.timeZone().ifPresent(b::timeZone);
    p.hoursPerMonth().ifPresent(b::hoursPerMonth);
    p.department().ifPresent(b::department);
    p.division().ifPresent(b::division);
    p.location().ifPresent(b::location);
    return b.build();
  }

  @Property(tries = 40)
  void explanationsNameEvidenceThatMatched(@ForAll long seed) {
    MatchingProblem p = problem(seed, 30);
    for (int i = 0; i < p.mentorCount(); i++) {
      for (int j = 0; j < p.menteeCount(); j++) {
        Explanation.Contribution forward = p.explain(i, j).contribution(Criteria.FORWARD_COVERAGE_ID).orElseThrow();
        Participant mentor = p.mentor(i);
        long goalsWithCredit = p.mentee(j).goals().stream()
            .filter(g -> naiveCoverage(mentor, Participant.builder("x").seniority(0).goal(g).build(),
                p.program().taxonomy()) > 0)
            .count();
        if (p.mentee(j).goals().isEmpty()) {
          assertThat(forward.reasons()).hasSize(1);
        } else {
          assertThat(forward.reasons()).hasSize((int) goalsWithCredit);
        }
        for (Reason reason : forward.reasons()) {
          assertThat(ReasonCodes.isBuiltIn(reason)).as("%s", reason).isTrue();
          p.mentor(i).displayName().ifPresent(name -> assertThat(reason.args().values())
              .noneMatch(v -> v.toString().contains(name)));
        }
      }
    }
  }
}
