package dev.reverso.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Every validation rule of {@link Program}: errors with their exact locations, and warnings. */
class ProgramValidationTest {

  private static Participant person(String id, int seniority) {
    return Participant.builder(id).seniority(seniority).build();
  }

  private static Participant reporting(String id, String manager) {
    return Participant.builder(id).seniority(2).manager(manager).build();
  }

  @Test
  void aSmallProgramBuildsWithoutWarnings() {
    Program p = Program.builder().person(person("ceo", 9)).mentor(reporting("j1", "ceo"))
        .mentee(reporting("s1", "ceo")).history(MentoringPair.of("j1", "s1")).build();
    assertThat(p.warnings()).isEmpty();
    assertThat(p.everyone()).extracting(x -> x.id().value()).containsExactly("ceo", "j1", "s1");
    assertThat(p.role(ParticipantId.of("j1"))).contains(Role.MENTOR);
    assertThat(p.orgChart().isAbove(ParticipantId.of("ceo"), ParticipantId.of("s1"))).isTrue();
  }

  @Test
  void duplicateIdInOneRoleIsReported() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Program.builder()
        .mentor(person("j1", 1)).mentor(person("j2", 1)).mentor(person("j1", 2)).mentee(person("s1", 5)).build());
    assertThat(e.errors()).hasSize(1);
    assertThat(e.errors().get(0).location()).isEqualTo("mentors[2](j1).id");
    assertThat(e.errors().get(0).message()).contains("'j1' already at mentors[0](j1)").doesNotContain("two roles");
  }

  @Test
  void onePersonInBothRolesIsReported() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Program.builder()
        .mentor(person("x", 1)).mentee(person("x", 5)).build());
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("mentees[0](x).id");
      assertThat(p.message()).contains("mentors[0]").contains("two roles");
    });
  }

  @Test
  void managerCycleIsReportedNamingThePeopleInIt() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Program.builder()
        .person(person("top", 9)).person(reporting("a", "c")).mentor(reporting("b", "a")).mentee(reporting("c", "b"))
        .build());
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("people[1](a).managerId");
      assertThat(p.message()).contains("manager cycle").contains("a -> c -> b -> a");
    });
  }

  @Test
  void activePairsMustJoinAMentorToAMentee() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Program.builder()
        .mentor(person("j1", 1)).mentee(person("s1", 5))
        .active(MentoringPair.of("s1", "j1")).active(MentoringPair.of("j1", "ghost")).build());
    assertThat(e.errors()).extracting(Problem::location)
        .containsExactly("active[0].mentorId", "active[0].menteeId", "active[1].menteeId", "active[1]");
    assertThat(e.errors().get(2).message()).contains("'ghost' (not in the programme)");
    // j1 is in both pairs, one more than its capacity
    assertThat(e.errors().get(3).message()).contains("'j1'").contains("capacity 1");
  }

  @Test
  void activePairsBeyondCapacityAreReported() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Program.builder()
        .mentor(person("j1", 1)).mentee(person("s1", 5)).mentee(person("s2", 5))
        .active(MentoringPair.of("j1", "s1")).active(MentoringPair.of("j1", "s2")).active(MentoringPair.of("j1", "s1"))
        .build());
    assertThat(e.errors()).extracting(Problem::location).containsExactly("active[1]", "active[2]", "active[2]");
    assertThat(e.errors().get(0).message()).contains("capacity 1");
    assertThat(e.errors().get(1).message()).contains("once");
  }

  @Test
  void unknownManagerIsAWarningAndMakesARoot() {
    Program p = Program.builder().mentor(reporting("j1", "nobody")).mentee(person("s1", 5)).build();
    assertThat(p.warnings()).singleElement().satisfies(w -> {
      assertThat(w.isError()).isFalse();
      assertThat(w.location()).isEqualTo("mentors[0](j1).managerId");
      assertThat(w.message()).contains("'nobody'");
    });
    assertThat(p.orgChart().manager(ParticipantId.of("j1"))).isEmpty();
    assertThat(p.orgChart().depth(p.orgChart().indexOf(ParticipantId.of("j1")))).isZero();
  }

  @Test
  void exclusionOfAnUnknownIdIsAWarning() {
    Program p = Program.builder().mentor(person("j1", 1))
        .mentee(Participant.builder("s1").seniority(5).exclude("j1").exclude("zz").build()).build();
    assertThat(p.warnings()).singleElement().satisfies(w -> {
      assertThat(w.location()).isEqualTo("mentees[0](s1).exclusions[1]");
      assertThat(w.message()).contains("'zz'");
    });
  }

  @Test
  void historyNamingAnUnknownIdIsAWarning() {
    Program p = Program.builder().mentor(person("j1", 1)).mentee(person("s1", 5))
        .history(MentoringPair.of("j1", "s1")).history(MentoringPair.of("old", "s1")).build();
    assertThat(p.warnings()).singleElement().satisfies(w -> {
      assertThat(w.location()).isEqualTo("history[1]");
      assertThat(w.message()).contains("'old'");
    });
  }

  @Test
  void noMentorsAndNoMenteesAreWarnings() {
    Program p = Program.builder().person(person("ceo", 9)).build();
    assertThat(p.warnings()).extracting(Problem::location).containsExactly("mentors", "mentees");
    assertThat(p.warnings()).noneMatch(Problem::isError);
  }

  @Test
  void warningsComeInInputOrder() {
    Program.Builder b = Program.builder().mentee(person("s1", 5));
    for (int i = 0; i < 50; i++) {
      b.mentor(Participant.builder("j" + i).seniority(1).exclude("ghost" + i).build());
    }
    Program p = b.build();
    for (int i = 0; i < 50; i++) {
      assertThat(p.warnings().get(i).location()).isEqualTo("mentors[" + i + "](j" + i + ").exclusions[0]");
    }
  }

  @Test
  void severalErrorsAreAllReportedTogether() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Program.builder()
        .person(reporting("a", "b")).person(reporting("b", "a"))
        .mentor(person("j1", 1)).mentor(person("j1", 1)).mentee(reporting("s1", "nobody"))
        .active(MentoringPair.of("s1", "j1")).build());
    assertThat(e.errors()).extracting(Problem::location)
        .containsExactlyInAnyOrder("mentors[1](j1).id", "active[0].mentorId", "active[0].menteeId", "people[0](a).managerId");
    assertThat(e.problems()).filteredOn(p -> !p.isError()).extracting(Problem::location)
        .containsExactly("mentees[0](s1).managerId");
    assertThat(e.problems().get(e.problems().size() - 1).isError()).isFalse();
  }

  @Test
  void toStringShowsCountsOnly() {
    Program p = Program.builder().mentor(Participant.builder("j1").seniority(1).displayName("Luca Bianchi").build())
        .mentee(person("s1", 5)).build();
    assertThat(p.toString()).isEqualTo("Program[mentors=1, mentees=1, people=0, history=0, active=0]");
  }
}
