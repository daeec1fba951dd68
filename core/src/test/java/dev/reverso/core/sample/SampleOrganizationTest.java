package dev.reverso.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.OrgChart;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleOrganizationTest {
  private static final Program SIX_HUNDRED = SampleOrganization.generate(600, 7);

  @Test
  void sameSeedGivesAnEqualProgram() {
    Program again = SampleOrganization.generate(600, 7);
    assertThat(again).isEqualTo(SIX_HUNDRED);
    assertThat(again.everyone()).containsExactlyElementsOf(SIX_HUNDRED.everyone());
    assertThat(again.history()).containsExactlyElementsOf(SIX_HUNDRED.history());
  }

  @Test
  void differentSeedsGiveDifferentPrograms() {
    Program other = SampleOrganization.generate(600, 8);
    assertThat(other).isNotEqualTo(SIX_HUNDRED);
    assertThat(other.mentors()).isNotEqualTo(SIX_HUNDRED.mentors());
  }

  @Test
  void defaultOptionsAreSixHundredPeopleAndSeed42() {
    assertThat(SampleOrganization.options().people()).isEqualTo(600);
    assertThat(SampleOrganization.options().seed()).isEqualTo(42L);
    assertThat(SampleOrganization.options().generate()).isEqualTo(SampleOrganization.generate(600, 42));
  }

  @Test
  void defaultCohortIsAboutSixPercentOnEachSide() {
    // round(600 * 6.5%) = 39
    assertThat(SIX_HUNDRED.mentors()).hasSize(39);
    assertThat(SIX_HUNDRED.mentees()).hasSize(39);
    assertThat(SIX_HUNDRED.everyone()).hasSize(600);
    assertThat(SIX_HUNDRED.people()).hasSize(600 - 78);
    assertThat(SIX_HUNDRED.warnings()).isEmpty();
    assertThat(SIX_HUNDRED.active()).isEmpty();
    assertThat(SIX_HUNDRED.taxonomy().skills()).isEmpty();
  }

  @Test
  void orgChartIsOneTreeWithSpansOfThreeToNineAndGradesFallingDownTheTree() {
    for (Program p : List.of(SIX_HUNDRED, SampleOrganization.generate(100, 3), SampleOrganization.generate(5_000, 3))) {
      checkTree(p);
    }
  }

  @Test
  void depthGrowsWithTheSize() {
    assertThat(levels(SampleOrganization.generate(100, 1))).isBetween(3, 5);
    assertThat(levels(SIX_HUNDRED)).isBetween(4, 6);
    assertThat(levels(SampleOrganization.generate(5_000, 1))).isBetween(5, 8);
  }

  @Test
  void hundredThousandPeopleAreGenerated() {
    Program p = SampleOrganization.generate(100_000, 11);
    assertThat(p.everyone()).hasSize(100_000);
    assertThat(p.warnings()).isEmpty();
    assertThat(p.mentors()).hasSize(6_500);
    assertThat(p.mentees()).hasSize(6_500);
    assertThat(levels(p)).isBetween(7, 9);
    assertThat(p.participant(ParticipantId.of("e100000"))).isPresent();
    assertThat(p.participant(ParticipantId.of("e100001"))).isEmpty();
  }

  @Test
  void optionsGiveTheRequestedCohort() {
    Program p = SampleOrganization.options().people(20_000).mentors(1_500).mentees(1_200).seed(1).generate();
    assertThat(p.everyone()).hasSize(20_000);
    assertThat(p.mentors()).hasSize(1_500);
    assertThat(p.mentees()).hasSize(1_200);
    Program none = SampleOrganization.options().people(50).mentors(0).mentees(0).generate();
    assertThat(none.mentors()).isEmpty();
    assertThat(none.warnings()).extracting(Problem::location).containsExactly("mentors", "mentees");
  }

  @Test
  void optionsAreImmutableValues() {
    SampleOrganization.Options defaults = SampleOrganization.options();
    SampleOrganization.Options changed = defaults.people(10).mentors(2);
    assertThat(defaults.people()).isEqualTo(600);
    assertThat(defaults.mentors()).isEmpty();
    assertThat(changed.people()).isEqualTo(10);
    assertThat(changed.mentors()).hasValue(2);
    assertThat(changed).isEqualTo(SampleOrganization.options().mentors(2).people(10)).isNotEqualTo(defaults);
    assertThat(changed).hasSameHashCodeAs(SampleOrganization.options().mentors(2).people(10));
    assertThat(changed.toString()).contains("people=10", "mentors=2", "mentees=default");
  }

  @Test
  void zeroOrNegativePeopleAreRejectedWithTheLocationAndWhatToDo() {
    for (int people : new int[] {0, -5, Integer.MIN_VALUE, SampleOrganization.MAX_PEOPLE + 1}) {
      assertThatThrownBy(() -> SampleOrganization.generate(people, 1))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).extracting(Problem::location).containsExactly("people");
            assertThat(e.problems().get(0).message()).contains("expected 1 to", "found " + people);
          });
    }
    assertThatThrownBy(() -> SampleOrganization.options().mentors(-1))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(Problem::location).containsExactly("mentors"));
    assertThatThrownBy(() -> SampleOrganization.options().mentees(-1))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(Problem::location).containsExactly("mentees"));
  }

  @Test
  void tooLargeACohortNamesBothPoolsAndWhatToChange() {
    assertThatThrownBy(() -> SampleOrganization.options().people(100).mentors(99).mentees(99).generate())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).extracting(Problem::location).containsExactly("mentors", "mentees");
          assertThat(e.problems().get(0).message()).contains("juniors", "ask for fewer mentors or for about");
          assertThat(e.problems().get(1).message()).contains("seniors", "ask for fewer mentees or for about");
        });
  }

  @Test
  void idsAreSequentialHrStyleIds() {
    assertThat(SIX_HUNDRED.everyone()).allSatisfy(p -> assertThat(p.id().value()).matches("e\\d{6}"));
    assertThat(SIX_HUNDRED.participant(ParticipantId.of("e000001")).orElseThrow().managerId()).isEmpty();
    assertThat(SIX_HUNDRED.everyone()).allSatisfy(p -> assertThat(p.displayName()).isPresent());
  }

  @Test
  void officesSpanAtLeastFourTimeZonesAndThreeLanguagesAndEveryoneSpeaksEnglish() {
    Set<ZoneId> zones = new HashSet<>();
    Set<String> languages = new HashSet<>();
    Map<String, ZoneId> zoneOfOffice = new HashMap<>();
    for (Participant p : SIX_HUNDRED.everyone()) {
      zones.add(p.timeZone().orElseThrow());
      languages.addAll(p.languages());
      assertThat(p.languages()).contains("en");
      ZoneId earlier = zoneOfOffice.putIfAbsent(p.location().orElseThrow(), p.timeZone().orElseThrow());
      assertThat(earlier).isIn(null, p.timeZone().orElseThrow());
    }
    assertThat(zones).hasSizeGreaterThanOrEqualTo(4);
    assertThat(languages).hasSizeGreaterThanOrEqualTo(3).contains("it", "pt-BR", "de");
    assertThat(zoneOfOffice).containsEntry("São Paulo", ZoneId.of("America/Sao_Paulo"))
        .containsEntry("Bangalore", ZoneId.of("Asia/Kolkata"));
  }

  @Test
  void departmentsAreGroupedIntoDivisions() {
    Map<String, Set<String>> divisionsOfDepartment = new HashMap<>();
    for (Participant p : SIX_HUNDRED.everyone()) {
      divisionsOfDepartment.computeIfAbsent(p.department().orElseThrow(), d -> new HashSet<>())
          .add(p.division().orElseThrow());
    }
    assertThat(divisionsOfDepartment).hasSize(11);
    assertThat(divisionsOfDepartment.values()).allSatisfy(divisions -> assertThat(divisions).hasSize(1));
    assertThat(divisionsOfDepartment.get("Engineering")).containsExactly("Technology");
    assertThat(divisionsOfDepartment.get("People & Culture")).containsExactly("Corporate");
  }

  @Test
  void mentorsAreJuniorsAndMenteesAreSeniorManagers() {
    Map<ParticipantId, Integer> reports = directReports(SIX_HUNDRED);
    assertThat(SIX_HUNDRED.mentors()).allSatisfy(m -> {
      assertThat(reports.getOrDefault(m.id(), 0)).isZero();
      assertThat(m.seniority()).isBetween(1, 3);
    });
    assertThat(SIX_HUNDRED.mentees()).allSatisfy(m -> assertThat(reports.get(m.id())).isPositive());
    double mentorGrade = SIX_HUNDRED.mentors().stream().mapToInt(Participant::seniority).average().orElseThrow();
    double menteeGrade = SIX_HUNDRED.mentees().stream().mapToInt(Participant::seniority).average().orElseThrow();
    assertThat(mentorGrade + 2).isLessThan(menteeGrade);
  }

  @Test
  void juniorsAreStrongInDigitalSkillsAndWantStrategicOnesAndSeniorsTheOtherWayRound() {
    Set<String> digital = Set.copyOf(SampleOrganization.digitalSkills());
    Set<String> strategic = Set.copyOf(SampleOrganization.strategicSkills());
    checkProfiles(SIX_HUNDRED.mentors(), digital, strategic);
    checkProfiles(SIX_HUNDRED.mentees(), strategic, digital);
    // demand differs by skill: generative AI is wanted far more than content creation
    long genai = SIX_HUNDRED.mentees().stream().filter(p -> p.goals().stream().anyMatch(g -> g.skill().equals("genai")))
        .count();
    long content = SIX_HUNDRED.mentees().stream()
        .filter(p -> p.goals().stream().anyMatch(g -> g.skill().equals("content-creation"))).count();
    assertThat(genai).isGreaterThan(2 * content);
    assertThat(SIX_HUNDRED.people()).allSatisfy(p -> {
      assertThat(p.skills()).isEmpty();
      assertThat(p.goals()).isEmpty();
    });
  }

  @Test
  void capacitiesHoursAndValuesAreInTheirRanges() {
    assertThat(SIX_HUNDRED.mentors()).extracting(Participant::capacity).containsOnly(1, 2).contains(2);
    assertThat(SIX_HUNDRED.mentees()).extracting(Participant::capacity).containsOnly(1);
    for (Participant p : cohort(SIX_HUNDRED)) {
      assertThat(p.hoursPerMonth().orElseThrow()).isBetween(2.0, 8.0);
      assertThat(p.values().size()).isBetween(3, 5);
      assertThat(p.values().values()).allSatisfy(i -> assertThat(i).isBetween(1, 5));
      assertThat(p.timeZone()).isPresent();
    }
  }

  @Test
  void theOrgChartForbidsSomePairs() {
    OrgChart chart = SIX_HUNDRED.orgChart();
    long inLine = SIX_HUNDRED.mentees().stream()
        .flatMap(e -> SIX_HUNDRED.mentors().stream().filter(m -> chart.isAbove(e.id(), m.id())))
        .count();
    assertThat(inLine).isPositive();
    // also guaranteed in tiny organisations
    Program tiny = SampleOrganization.generate(12, 5);
    assertThat(tiny.mentees().get(0).id()).satisfies(
        e -> assertThat(tiny.mentors()).anySatisfy(m -> assertThat(tiny.orgChart().isAbove(e, m.id())).isTrue()));
  }

  @Test
  void aFewExclusionsAndHistoryPairsJoinMentorsAndMentees() {
    List<MentoringPair> history = SIX_HUNDRED.history();
    assertThat(history).isNotEmpty().doesNotHaveDuplicates().isSorted();
    assertThat(history).allSatisfy(pair -> {
      assertThat(SIX_HUNDRED.role(pair.mentorId())).hasValue(Role.MENTOR);
      assertThat(SIX_HUNDRED.role(pair.menteeId())).hasValue(Role.MENTEE);
    });
    List<Participant> excluding = cohort(SIX_HUNDRED).stream().filter(p -> !p.exclusions().isEmpty())
        .collect(Collectors.toList());
    assertThat(excluding).isNotEmpty().hasSizeLessThan(10);
    for (Participant p : excluding) {
      Role other = SIX_HUNDRED.role(p.id()).orElseThrow() == Role.MENTOR ? Role.MENTEE : Role.MENTOR;
      assertThat(p.exclusions()).allSatisfy(x -> assertThat(SIX_HUNDRED.role(x)).hasValue(other));
    }
  }

  static void checkTree(Program p) {
    OrgChart chart = p.orgChart();
    List<Participant> roots = p.everyone().stream().filter(x -> x.managerId().isEmpty()).collect(Collectors.toList());
    assertThat(roots).hasSize(1);
    Participant ceo = roots.get(0);
    assertThat(ceo.seniority()).isEqualTo(12);
    assertThat(ceo.department()).hasValue("Executive Office");
    Map<ParticipantId, Integer> reports = directReports(p);
    if (p.everyone().size() >= 4) {
      assertThat(reports.values()).allSatisfy(span -> assertThat(span).isBetween(3, 9));
    }
    for (Participant x : p.everyone()) {
      x.managerId().ifPresent(m -> {
        assertThat(chart.contains(m)).isTrue();
        assertThat(x.seniority()).isLessThan(p.participant(m).orElseThrow().seniority());
      });
      assertThat(x.seniority()).isBetween(1, 12);
    }
  }

  static int levels(Program p) {
    OrgChart chart = p.orgChart();
    int deepest = 0;
    for (int i = 0; i < chart.size(); i++) {
      deepest = Math.max(deepest, chart.depth(i));
    }
    return deepest + 1;
  }

  static Map<ParticipantId, Integer> directReports(Program p) {
    Map<ParticipantId, Integer> reports = new HashMap<>();
    p.everyone().forEach(x -> x.managerId().ifPresent(m -> reports.merge(m, 1, Integer::sum)));
    return reports;
  }

  private static List<Participant> cohort(Program p) {
    return p.everyone().stream().filter(x -> p.role(x.id()).orElseThrow() != Role.NONE).collect(Collectors.toList());
  }

  private static void checkProfiles(List<Participant> side, Set<String> strong, Set<String> wanted) {
    double skills = 0;
    double goals = 0;
    for (Participant p : side) {
      p.skills().forEach((skill, level) -> {
        if (level >= 3) {
          assertThat(strong).contains(skill);
        } else {
          assertThat(wanted).contains(skill);
        }
      });
      for (LearningGoal g : p.goals()) {
        assertThat(wanted).contains(g.skill());
        assertThat(g.current()).isEqualTo(p.level(g.skill())).isLessThan(g.target());
      }
      skills += p.skills().size();
      goals += p.goals().size();
    }
    assertThat(skills / side.size()).isBetween(7.0, 9.0);
    assertThat(goals / side.size()).isBetween(3.5, 4.5);
  }
}
