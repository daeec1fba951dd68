package dev.reverso.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every validation rule of {@link Participant}, {@link LearningGoal} and {@link Priority}, with its exact location. */
class ParticipantValidationTest {

  private static Participant.Builder valid() {
    return Participant.builder("e1").seniority(3);
  }

  private static InvalidInputException failure(Consumer<Participant.Builder> change) {
    Participant.Builder b = valid();
    change.accept(b);
    return catchThrowableOfType(InvalidInputException.class, b::build);
  }

  private static void assertSingleError(InvalidInputException e, String location, String messagePart) {
    assertThat(e).as("expected an InvalidInputException").isNotNull();
    assertThat(e.problems()).hasSize(1);
    Problem p = e.problems().get(0);
    assertThat(p.isError()).isTrue();
    assertThat(p.location()).isEqualTo(location);
    assertThat(p.message()).contains(messagePart);
  }

  @Test
  void aMinimalParticipantIsValidWithDefaults() {
    Participant p = valid().build();
    assertThat(p.id().value()).isEqualTo("e1");
    assertThat(p.capacity()).isEqualTo(1);
    assertThat(p.displayName()).isEmpty();
    assertThat(p.hoursPerMonth()).isEmpty();
  }

  @Test
  void missingSeniorityIsReported() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Participant.builder("e1").build());
    assertSingleError(e, "seniority", "missing required field");
  }

  @Test
  void negativeSeniorityIsReported() {
    assertSingleError(failure(b -> b.seniority(-4)), "seniority", "found -4");
    assertSingleError(failure(b -> b.seniority(-1)), "seniority", "found -1");
  }

  @Test
  void skillLevelAboveFiveIsReported() {
    assertSingleError(failure(b -> b.skill("genai", 6)), "skills.genai", "from 0 to 5, found 6");
  }

  @Test
  void skillLevelBelowZeroIsReported() {
    assertSingleError(failure(b -> b.skill("genai", -1)), "skills.genai", "found -1");
  }

  @Test
  void malformedSkillIdIsReported() {
    assertSingleError(failure(b -> b.skill("gen ai", 3)), "skills.gen ai", "without blanks");
  }

  @Test
  void valueImportanceOutsideOneToFiveIsReported() {
    assertSingleError(failure(b -> b.value("inclusion", 0)), "values.inclusion", "from 1 to 5, found 0");
  }

  @Test
  void goalTargetNotAboveCurrentIsReported() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> new LearningGoal("strategy", 3, 3, Priority.HIGH));
    assertSingleError(e, "target", "above the current level 3, found 3");
  }

  @Test
  void goalLevelsOutOfRangeAreAllReported() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> new LearningGoal("strategy", -1, 9, Priority.LOW));
    assertThat(e.problems()).extracting(Problem::location).containsExactly("current", "target");
  }

  @Test
  void aSecondGoalForTheSameSkillIsReported() {
    assertSingleError(failure(b -> b.goal(LearningGoal.of("strategy", 1, 3)).goal(LearningGoal.of("strategy", 2, 4))),
        "goals[1].skill", "one goal per skill");
  }

  @Test
  void unknownPriorityIsReported() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Priority.parse("urgent"));
    assertSingleError(e, "priority", "expected low, medium or high, found 'urgent'");
    assertThat(Priority.parse(" HIGH ")).isEqualTo(Priority.HIGH);
  }

  @Test
  void capacityBelowOneIsReported() {
    assertSingleError(failure(b -> b.capacity(0)), "capacity", "at least 1, found 0");
  }

  @Test
  void negativeHoursAreReported() {
    assertSingleError(failure(b -> b.hoursPerMonth(-2.5)), "hoursPerMonth", "0 or more, found -2.5");
  }

  @Test
  void nonFiniteHoursAreReported() {
    assertSingleError(failure(b -> b.hoursPerMonth(Double.NaN)), "hoursPerMonth", "finite");
    assertSingleError(failure(b -> b.hoursPerMonth(Double.POSITIVE_INFINITY)), "hoursPerMonth", "finite");
  }

  @Test
  void negativeZeroHoursEqualZeroHours() {
    assertThat(valid().hoursPerMonth(-0.0).build()).isEqualTo(valid().hoursPerMonth(0.0).build());
  }

  @Test
  void unknownTimeZoneIsReported() {
    assertSingleError(failure(b -> b.timeZone("Europe/Atlantis")), "timeZone", "found 'Europe/Atlantis'");
  }

  @Test
  void malformedLanguageTagIsReported() {
    assertSingleError(failure(b -> b.language("en").language("en_US")), "languages[1]", "BCP 47");
  }

  @Test
  void languagesAreCanonicalAndMustNotRepeat() {
    assertThat(valid().language("PT-br").language("it").build().languages()).containsExactly("pt-BR", "it");
    assertSingleError(failure(b -> b.language("en").language("EN")), "languages[1]", "each language once");
  }

  @Test
  void excludingOneselfIsReported() {
    assertSingleError(failure(b -> b.exclude("e7").exclude("e1")), "exclusions[1]", "cannot exclude themself");
  }

  @Test
  void beingOnesOwnManagerIsReported() {
    assertSingleError(failure(b -> b.manager("e1")), "managerId", "someone else");
  }

  @Test
  void malformedIdsAreReported() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Participant.builder(" e1").seniority(1).manager("").build());
    assertThat(e.problems()).extracting(Problem::location).containsExactly("id", "managerId");
    assertThatThrownBy(() -> ParticipantId.of("a\tb")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("control characters");
    assertThat(ParticipantId.check("x".repeat(129))).contains("at most 128");
  }

  @Test
  void blankDepartmentIsReported() {
    assertSingleError(failure(b -> b.department("  ")), "department", "not all blank");
  }

  @Test
  void severalErrorsAreAllReported() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Participant.builder("e1")
        .skill("genai", 7).capacity(0).hoursPerMonth(-1).timeZone("Mars/Olympus").language("??")
        .exclude("e1").build());
    assertThat(e.problems()).extracting(Problem::location).containsExactly(
        "seniority", "skills.genai", "languages[0]", "timeZone", "hoursPerMonth", "capacity", "exclusions[0]");
    assertThat(e.problems()).allMatch(Problem::isError);
    assertThat(e.getMessage()).startsWith("Invalid input: 7 errors");
  }

  @Test
  void toStringShowsNeitherNameNorProfile() {
    Participant p = valid().displayName("Giulia Rossi").skill("genai", 4).value("inclusion", 5)
        .department("Marketing").build();
    assertThat(p.toString()).contains("e1").doesNotContain("Giulia").doesNotContain("genai")
        .doesNotContain("inclusion").doesNotContain("Marketing");
  }

  @Test
  void toBuilderCopiesEverything() {
    Participant p = valid().displayName("Ana").manager("m1").department("D").division("V").location("L")
        .skill("genai", 4).goal("strategy", 1, 3, Priority.HIGH).value("inclusion", 5).language("pt-BR")
        .timeZone("America/Sao_Paulo").hoursPerMonth(6.5).capacity(2).exclude("e9").attribute("team", "a,b")
        .build();
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
  }
}
