package dev.reverso.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * A programme built from an HR system's own objects: every problem of every person at once, located by id;
 * nullable columns passed as they are; the whole organisation given once with mentors and mentees named.
 */
class ProgramFromObjectsTest {
  /** An HR system's entity: nullable columns, as a JPA entity or a SCIM record has them. */
  record Employee(String id, String manager, Integer grade, String department, String language, Double hours,
      Integer capacity, String skill, Integer level, String role) {}

  private static Employee employee(String id, String manager, int grade, String role) {
    return new Employee(id, manager, grade, "IT", "en", null, null, "genai", 3, role);
  }

  private static Participant.Builder toParticipant(Employee e) {
    return Participant.builder(e.id()).manager(e.manager()).seniority(e.grade()).department(e.department())
        .language(e.language()).hoursPerMonth(e.hours()).capacity(e.capacity()).skill(e.skill(), e.level());
  }

  private static List<Employee> organisation(int size) {
    List<Employee> all = new ArrayList<>();
    all.add(employee("E0000", null, 9, null));
    for (int i = 1; i < size; i++) {
      all.add(employee(String.format("E%04d", i), "E0000", i % 2 == 0 ? 7 : 2, i % 2 == 0 ? "mentee" : "mentor"));
    }
    return all;
  }

  @Test
  void everyProblemOfEveryParticipantIsReportedAtOnceWithItsId() {
    List<Employee> mentors = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      mentors.add(employee(String.format("E%04d", 100 + i), null, 2, "mentor"));
    }
    Employee bad1 = mentors.get(3);
    mentors.set(3, new Employee(bad1.id(), null, 2, "IT", "en", null, null, "genai", 9, "mentor"));
    Employee bad2 = mentors.get(417);
    mentors.set(417, new Employee(bad2.id(), null, null, "IT", "English", -4.0, 0, "genai", 2, "mentor"));

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Program.builder()
        .mentors(mentors, ProgramFromObjectsTest::toParticipant)
        .mentee(Participant.builder("S1").seniority(8))
        .build());

    assertThat(e.errors()).extracting(Problem::location).containsExactly(
        "mentors[3](E0103).skills.genai",
        "mentors[417](E0517).seniority",
        "mentors[417](E0517).hoursPerMonth",
        "mentors[417](E0517).capacity");
    assertThat(e.errors().get(0).message()).contains("from 0 to 5, found 9");
  }

  @Test
  void anInvalidGoalIsReportedAtBuildWithTheOthersNotThrownWhenGiven() {
    Participant.Builder b = Participant.builder("E7").seniority(2)
        .goal("strategy", 3, 1, Priority.HIGH) // target below current: no exception here
        .goal("ethics", 0, 9, null)
        .capacity(0);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Program.builder().mentor(b).build());
    assertThat(e.errors()).extracting(Problem::location).containsExactly(
        "mentors[0](E7).goals[0].target", "mentors[0](E7).goals[1].target", "mentors[0](E7).capacity");
  }

  @Test
  void nullAndEmptyOptionalMeanAbsentForOptionalFields() {
    Participant p = Participant.builder("E1").seniority(3)
        .displayName((String) null).manager((String) null).department(Optional.empty()).division((String) null)
        .location(Optional.empty()).timeZone((String) null).hoursPerMonth((Double) null).capacity((Integer) null)
        .pin((String) null).language((String) null).language((java.util.Locale) null).exclude((String) null)
        .preference(null).attribute("badge", null).skills(null).goals(null).values(null).languages(null)
        .attributes(null).preferences(null)
        .build();
    assertThat(p).isEqualTo(Participant.builder("E1").seniority(3).build());
    Participant q = Participant.builder("E1").seniority(3).department(Optional.of("IT"))
        .hoursPerMonth(OptionalDouble.of(4)).manager(Optional.of("E0")).build();
    assertThat(q.department()).hasValue("IT");
    assertThat(q.hoursPerMonth()).hasValue(4);
    assertThat(q.managerId()).hasValue(ParticipantId.of("E0"));
  }

  @Test
  void missingRequiredValuesAreLocatedProblemsNotNullPointerExceptions() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Program.builder()
        .mentor(Participant.builder((String) null).seniority(2))
        .mentor(Participant.builder("E2").seniority((Integer) null).skill(null, 3))
        .build());
    assertThat(e.errors()).extracting(Problem::location).containsExactly(
        "mentors[0].id", "mentors[1](E2).skills", "mentors[1](E2).seniority");
  }

  @Test
  void referencesToAPersonWithErrorsAreNotReportedAgain() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Program.builder()
        .mentor(Participant.builder("J1").seniority(2).skill("genai", 8))
        .mentee(Participant.builder("S1").seniority(8).pin("J1").preference("J1"))
        .active(MentoringPair.of("J1", "S1"))
        .build());
    assertThat(e.errors()).extracting(Problem::location).containsExactly("mentors[0](J1).skills.genai");
  }

  @Test
  void theWholeOrganisationOnceWithMentorsAndMenteesNamedById() {
    List<Employee> everyone = organisation(81);
    List<String> mentorIds = everyone.stream().filter(x -> "mentor".equals(x.role())).map(Employee::id).toList();
    List<String> menteeIds = everyone.stream().filter(x -> "mentee".equals(x.role())).map(Employee::id).toList();

    Program p = Program.builder().people(everyone, ProgramFromObjectsTest::toParticipant)
        .mentorIds(mentorIds).menteeIds(menteeIds).build();

    assertThat(p.mentors()).extracting(x -> x.id().value()).containsExactlyElementsOf(mentorIds);
    assertThat(p.mentees()).extracting(x -> x.id().value()).containsExactlyElementsOf(menteeIds);
    assertThat(p.people()).extracting(x -> x.id().value()).containsExactly("E0000");
    assertThat(p.orgChart().isAbove(ParticipantId.of("E0000"), ParticipantId.of("E0001"))).isTrue();
    // the same programme as giving each role directly
    Program.Builder direct = Program.builder();
    for (Employee x : everyone) {
      Participant built = toParticipant(x).build();
      if (x.role() == null) {
        direct.person(built);
      } else if (x.role().equals("mentor")) {
        direct.mentor(built);
      } else {
        direct.mentee(built);
      }
    }
    assertThat(p).isEqualTo(direct.build());
  }

  @Test
  void rolesCanComeFromAFunctionOfThePerson() {
    List<Employee> everyone = organisation(21);
    Program p = Program.builder().people(everyone, ProgramFromObjectsTest::toParticipant)
        .roles(x -> x.seniority() >= 9 ? Role.NONE : x.seniority() >= 5 ? Role.MENTEE : Role.MENTOR)
        .build();
    assertThat(p.mentors()).hasSize(10);
    assertThat(p.mentees()).hasSize(10);
    assertThat(p.people()).hasSize(1);
  }

  @Test
  void unknownIdsAndTwoRolesAreLocatedErrors() {
    List<Employee> everyone = organisation(11);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Program.builder()
        .people(everyone, ProgramFromObjectsTest::toParticipant)
        .mentorIds("E0001", "E0999", "E0003")
        .menteeIds("E0002", "E0003")
        .build());
    assertThat(e.errors()).extracting(p -> p.location() + ": " + p.message()).containsExactly(
        "mentorIds[1]: expected the id of someone given with people(...), found 'E0999' (not in the organisation)",
        "menteeIds[1]: 'E0003' is named a mentee here and a mentor at mentorIds[2]: one person cannot have two roles");
  }

  @Test
  void aProblemOfSomeoneNamedAMentorIsLocatedWhereTheyWereGiven() {
    List<Employee> everyone = new ArrayList<>(organisation(5));
    Employee e3 = everyone.get(3);
    everyone.set(3, new Employee(e3.id(), "E0000", 2, "IT", "Italiano", null, 2, "genai", 7, "mentor"));
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Program.builder()
        .people(everyone, ProgramFromObjectsTest::toParticipant).mentorIds("E0001", "E0003").menteeIds("E0002")
        .build());
    assertThat(e.errors()).extracting(Problem::location).containsExactly("people[3](E0003).skills.genai");
    // a programme-level problem of someone named a mentor: located where they were given, with the id
    InvalidInputException pin = catchThrowableOfType(InvalidInputException.class, () -> Program.builder()
        .people(organisation(5), ProgramFromObjectsTest::toParticipant)
        .person(Participant.builder("P9").manager("E0000").seniority(2).pin("ghost"))
        .mentorIds("E0001", "P9").menteeIds("E0002")
        .build());
    assertThat(pin.errors()).extracting(Problem::location).containsExactly("people[5](P9).pin");
  }
}
