package dev.reverso.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.io.ProgramJson;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void aShortLocationIsKeptWhole() {
    assertThat(Problem.error("mentees[3].goals[1].target", "m").location()).isEqualTo("mentees[3].goals[1].target");
  }

  @Test
  void aHugeLocationIsShortenedInTheMiddleKeepingBothEnds() {
    String location = "program.json:12:7 (mentees[0].skills." + "x".repeat(100_000) + ".level)";
    Problem p = Problem.error(location, "expected a level");
    assertThat(p.location()).hasSize(Problem.MAX_LOCATION_LENGTH)
        .startsWith("program.json:12:7 (mentees[0].skills.xxx").contains("...").endsWith("xxx.level)");
    assertThat(p.under("people[2]").location()).hasSizeLessThanOrEqualTo(Problem.MAX_LOCATION_LENGTH);
  }

  @Test
  void aSkillIdOfAMegabyteGivesABoundedLocation() {
    String json = "{\"format\": \"reverso/program@1\", \"mentors\": [{\"id\": \"e1\", \"seniority\": 1, \"skills\": {\""
        + "k".repeat(1_000_000) + "\": 9}}]}";
    try {
      ProgramJson.read(new StringReader(json), "program.json");
    } catch (InvalidInputException e) {
      assertThat(e.problems()).isNotEmpty()
          .allSatisfy(p -> assertThat(p.location()).hasSizeLessThanOrEqualTo(Problem.MAX_LOCATION_LENGTH));
      return;
    }
    throw new AssertionError("a skill id of a megabyte and level 9 must be refused");
  }
}
