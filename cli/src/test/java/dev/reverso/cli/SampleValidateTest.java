package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.cli.ReversoCommandTest.Run;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code sample} then {@code validate}, through real files in both formats. */
class SampleValidateTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"org.csv", "org.json", "ORG.JSON"})
  void aSampleValidatesWithTheSummaryOfTheGeneratedProgramme(String name) throws IOException {
    Path file = dir.resolve(name);
    Run sample = run("sample", "--people", "300", "--seed", "5", "--out", file.toString());
    assertThat(sample.exitCode()).as(sample.err()).isZero();
    assertThat(sample.out()).startsWith("Wrote " + file + ": 300 people (20 mentors, 20 mentees");
    assertThat(sample.err()).isEmpty();
    assertThat(Files.size(file)).isPositive();

    Run validate = run("validate", "--in", file.toString());
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.err()).isEmpty();
    Program generated = SampleOrganization.generate(300, 5);
    assertThat(validate.out().lines()).containsExactlyElementsOf(ProgramSummary.lines(generated, file.toString(), List.of()));
    assertThat(validate.out()).contains("People: 300 in the org chart: 20 mentors, 20 mentees, 260 org chart only");
    for (Participant p : generated.everyone()) {
      assertThat(validate.out()).doesNotContain(p.displayName().orElseThrow());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"org.csv", "org.json"})
  void theSameSeedWritesTheSameBytes(String name) throws IOException {
    Path first = dir.resolve("1-" + name);
    Path second = dir.resolve("2-" + name);
    assertThat(run("sample", "--people", "120", "--seed", "9", "--out", first.toString()).exitCode()).isZero();
    assertThat(run("sample", "--seed", "9", "--people", "120", "--out", second.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void aBrokenCsvFailsWithEveryProblemAtItsFilePosition() throws IOException {
    Path file = dir.resolve("broken.csv");
    Files.writeString(file, "id,role,seniority,time_zone\n"
        + "e1,mentor,abc,Europe/Rome\n"
        + "e2,mentee,9,Mars/Olympus\n"
        + "e3,mentee,-2,Europe/Rome\n", StandardCharsets.UTF_8);
    Run r = run("validate", "--in", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines().get(0)).startsWith("reverso: invalid input: 3 errors");
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith("ERROR broken.csv:2:seniority: "))
        .anySatisfy(l -> assertThat(l).startsWith("ERROR broken.csv:3:time_zone: ").contains("Mars/Olympus"))
        .anySatisfy(l -> assertThat(l).startsWith("ERROR broken.csv:4:seniority: "));
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void aBrokenJsonFailsWithEveryProblemAtItsFilePosition() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\":\"reverso/program@1\",\"mentors\":[{\"id\":\"a\"}],"
        + "\"mentees\":[{\"id\":\"a\",\"seniority\":\"x\"}]}", StandardCharsets.UTF_8);
    Run r = run("validate", "--in", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines().stream().filter(l -> l.startsWith("ERROR bad.json:1:"))).hasSize(3);
  }

  @Test
  void warningsAreListedWithTheirFilePositionAndTheFileIsValid() throws IOException {
    Path file = dir.resolve("warn.csv");
    Files.writeString(file, "id,role,seniority,manager_id\ne1,mentor,2,e9\ne2,mentee,9,\n", StandardCharsets.UTF_8);
    Run r = run("validate", "--in", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Warnings: 1", "  warn.csv:2:manager_id: manager 'e9' is not in the org chart");
  }

  @Test
  void aMissingFileOrADirectoryIsInvalidInput() throws IOException {
    Run missing = run("validate", "--in", dir.resolve("nope.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.json: expected an existing file");
    Files.createDirectory(dir.resolve("folder.csv"));
    Run folder = run("validate", "--in", dir.resolve("folder.csv").toString());
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains("expected a file, found a directory");
  }

  @Test
  void sampleIntoAMissingDirectoryIsInvalidInput() {
    Run r = run("sample", "--out", dir.resolve("missing").resolve("org.csv").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(2);
    assertThat(r.errLines().get(1)).startsWith("ERROR --out: expected a file in an existing directory");
  }
}
