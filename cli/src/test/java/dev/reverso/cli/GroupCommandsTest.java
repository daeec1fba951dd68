package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reverso.core.Program;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.core.sample.SampleOrganization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reverso circles} and {@code reverso board} on a sample organisation: files, summaries, bad input. */
class GroupCommandsTest {
  @TempDir
  static Path root;

  static Path programFile;
  static Program program;

  @BeforeAll
  static void writeAProgramme() {
    program = SampleOrganization.generate(400, 3);
    programFile = root.resolve("org.json");
    ProgramFiles.write(program, programFile);
  }

  @Test
  void circlesWritesTheThreeFilesAndTheyAgree() throws IOException {
    Path out = root.resolve("circles");
    ReversoCommandTest.Run r = run("circles", "--in", programFile.toString(), "--min", "2", "--max", "3",
        "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().toList()).hasSize(2);
    assertThat(r.out()).startsWith("Formed ").contains("circles of 2 to 3 mentors")
        .contains("Wrote " + out + ": circles.json, circles.csv, circles-report.html");
    JsonNode json = new ObjectMapper().readTree(out.resolve("circles.json").toFile());
    assertThat(json.path("format").asText()).isEqualTo("reverso/circles@1");
    assertThat(json.path("circles").size()).isPositive();
    Set<String> members = new HashSet<>();
    for (JsonNode c : json.path("circles")) {
      assertThat(c.path("id").asText()).isEqualTo("circle-" + c.path("mentees").get(0).asText());
      assertThat(c.path("mentors").size()).isBetween(2, 3);
      assertThat(c.path("score").asDouble()).isBetween(0.0, 1.0);
      assertThat(c.path("explanation").path("goals").isArray()).isTrue();
      c.path("mentees").forEach(m -> members.add(c.path("id").asText() + ",mentee," + m.asText()));
      c.path("mentors").forEach(m -> members.add(c.path("id").asText() + ",mentor," + m.asText()));
    }
    List<String> csv = Files.readAllLines(out.resolve("circles.csv"), UTF_8);
    assertThat(csv.get(0)).isEqualTo("circle,role,id,circle_score,coverage,reciprocity,diversity,credits,status");
    Set<String> fromCsv = new HashSet<>();
    csv.stream().skip(1).filter(l -> l.endsWith(",member")).forEach(l -> {
      String[] cells = l.split(",", -1);
      fromCsv.add(cells[0] + "," + cells[1] + "," + cells[2]);
    });
    assertThat(fromCsv).isEqualTo(members);
    assertThat(csv.stream().filter(l -> l.contains(",unassigned:")).count())
        .isEqualTo(json.path("unassigned").size());
    String html = Files.readString(out.resolve("circles-report.html"), UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains(json.path("circles").get(0).path("id").asText());
    program.everyone().forEach(p -> p.displayName().ifPresent(name -> assertThat(html).doesNotContain(name)));
  }

  @Test
  void sameInputWritesTheSameBytes() throws IOException {
    Path a = root.resolve("a");
    Path b = root.resolve("b");
    assertThat(run("circles", "--in", programFile.toString(), "--out", a.toString()).exitCode()).isZero();
    assertThat(run("circles", "--in", programFile.toString(), "--out", b.toString()).exitCode()).isZero();
    for (String f : List.of("circles.json", "circles.csv", "circles-report.html")) {
      assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
    }
  }

  @Test
  void boardWritesItsFilesWithinTheBounds() throws IOException {
    Path out = root.resolve("board");
    ReversoCommandTest.Run r = run("board", "--in", programFile.toString(), "--size", "6", "--max-per",
        "department=2", "--min-per", "location=1", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Chose 6 of 6 board members from " + program.mentors().size() + " volunteers")
        .contains("Wrote " + out + ": board.json, board-report.html");
    JsonNode json = new ObjectMapper().readTree(out.resolve("board.json").toFile());
    assertThat(json.path("format").asText()).isEqualTo("reverso/board@1");
    assertThat(json.path("members").size()).isEqualTo(6);
    assertThat(json.path("coverage").asDouble()).isBetween(0.0, 1.0);
    json.path("groups").path("department").forEach(n -> assertThat(n.asInt()).isLessThanOrEqualTo(2));
    assertThat(Files.readString(out.resolve("board-report.html"), UTF_8)).startsWith("<!DOCTYPE html>")
        .contains(json.path("members").get(0).asText());
  }

  @Test
  void boardSpeaksItalianWithLocaleIt() throws IOException {
    Path out = root.resolve("board-it");
    ReversoCommandTest.Run r = run("board", "--in", programFile.toString(), "--size", "6", "--max-per",
        "department=2", "--locale", "it", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Scelti 6 membri del board su 6 tra " + program.mentors().size() + " volontari")
        .doesNotContain("Chose", "Wrote");
    String html = Files.readString(out.resolve("board-report.html"), UTF_8);
    assertThat(html).contains("<html lang=\"it\">", "Membri per gruppo", "Copertura per competenza",
        "al massimo 2 per department").doesNotContain("Members per group", "Coverage by skill", "at most");
  }

  @Test
  void badOptionsExitWithTwoAndEveryProblem() {
    ReversoCommandTest.Run circles = run("circles", "--in", programFile.toString(), "--min", "0", "--max", "40",
        "--out", root.resolve("x").toString());
    assertThat(circles.exitCode()).isEqualTo(2);
    assertThat(circles.err()).contains("--min").contains("--max");
    ReversoCommandTest.Run board = run("board", "--in", programFile.toString(), "--size", "0", "--max-per",
        "department", "--min-per", "location=x", "--out", root.resolve("y").toString());
    assertThat(board.exitCode()).isEqualTo(2);
    assertThat(board.err()).contains("--size").contains("--max-per[0]").contains("--min-per[0]");
  }

  @Test
  void neverWritesOverItsInput() throws IOException {
    Path dir = root.resolve("self");
    Files.createDirectories(dir);
    Path input = dir.resolve("circles.json");
    Files.copy(programFile, input);
    byte[] before = Files.readAllBytes(input);
    ReversoCommandTest.Run r = run("circles", "--in", input.toString(), "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--out");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }
}
