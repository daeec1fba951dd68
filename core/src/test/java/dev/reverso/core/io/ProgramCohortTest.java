package dev.reverso.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cohort label of a programme: built, validated, written and read back. */
class ProgramCohortTest {
  @TempDir
  Path dir;

  static Program.Builder small() {
    return Program.builder().mentor(Participant.builder("m1").seniority(1).build())
        .mentee(Participant.builder("s1").seniority(9).build());
  }

  @Test
  void theLabelRoundTripsThroughJsonAndCopies() throws Exception {
    Program p = small().cohort("2026-H2").build();
    assertThat(p.cohort()).contains("2026-H2");
    assertThat(p.toBuilder().build()).isEqualTo(p);
    assertThat(small().build()).isNotEqualTo(p);
    Path file = dir.resolve("program.json");
    ProgramFiles.write(p, file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"cohort\": \"2026-H2\"");
    assertThat(ProgramFiles.read(file)).isEqualTo(p);
    StringWriter none = new StringWriter();
    ProgramJson.write(small().build(), none);
    assertThat(none.toString()).doesNotContain("cohort");
  }

  @Test
  void aBadLabelIsLocated() throws Exception {
    assertThatThrownBy(() -> small().cohort(" padded").build()).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).extracting(Problem::location).containsExactly("cohort"));
    Path file = Files.writeString(dir.resolve("p.json"), "{\"format\": \"reverso/program@1\", \"cohort\": 7}");
    assertThatThrownBy(() -> ProgramFiles.read(file)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).first().extracting(Problem::location).asString().startsWith("p.json:1:"));
  }

  @Test
  void withActiveAndWithCohortKeepOrChangeOnlyWhatTheySay() throws Exception {
    Program p = small().cohort("2026-H2").build();
    Program running = p.withActive(java.util.List.of(dev.reverso.core.MentoringPair.of("m1", "s1")));
    assertThat(running.cohort()).contains("2026-H2");
    assertThat(running).isEqualTo(running.toBuilder().build());
    Program next = running.withCohort("2027-H1");
    assertThat(next).isEqualTo(running.toBuilder().cohort("2027-H1").build());
    assertThat(next.active()).isEqualTo(running.active());
    assertThat(running.withCohort(null).cohort()).isEmpty();
    assertThat(p.withCohort("2026-H2")).isSameAs(p);
    assertThatThrownBy(() -> p.withCohort("x".repeat(65))).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).extracting(Problem::location).containsExactly("cohort"));
    // a bad label in a file is located at its field, after the programme itself was read
    Path file = Files.writeString(dir.resolve("long.json"), "{\"format\": \"reverso/program@1\", \"cohort\": \""
        + "y".repeat(65) + "\"}");
    assertThatThrownBy(() -> ProgramFiles.read(file)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).extracting(Problem::location).containsExactly("long.json:1:43 (cohort)"));
  }
}
