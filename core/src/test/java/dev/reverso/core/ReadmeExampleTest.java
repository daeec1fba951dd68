package dev.reverso.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.io.ImportOptions;
import dev.reverso.core.io.ImportResult;
import dev.reverso.core.io.ProgramFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example, compiled and run against a participants CSV with errors. */
class ReadmeExampleTest {

  // --- README snippet: begin ---
  static void validate(Path file) {
    try {
      ImportResult result = ProgramFiles.importFrom(file, ImportOptions.defaults()); // strict: all or nothing
      Program program = result.program();
      System.out.println("OK: " + program.mentors().size() + " mentors, " + program.mentees().size() + " mentees");
      result.warnings().forEach(System.out::println); // WARNING participants.csv:3:manager_id: ...
    } catch (InvalidInputException e) {
      for (Problem problem : e.problems()) {
        System.out.println(problem); // ERROR participants.csv:3:goals: in goal 'strategy:3>1' ...
      }
    }
  }
  // --- README snippet: end ---

  @TempDir
  Path dir;

  private String run(String fixture) throws IOException {
    Path file = dir.resolve("participants.csv");
    try (InputStream in = getClass().getResourceAsStream("/io/" + fixture)) {
      Files.copy(in, file);
    }
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      validate(file);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsEveryProblemOfAFileWithErrors() throws IOException {
    assertThat(run("participants-with-errors.csv").lines()).containsExactly(
        "ERROR participants.csv:3:goals: in goal 'strategy:3>1' (skill:current>target[:priority]): expected a target"
            + " level above the current level 3, found 1",
        "ERROR participants.csv:4:role: unknown role: expected mentor, mentee or an empty cell, found 'mentr'",
        "ERROR participants.csv:4:skills: expected a skill level from 0 to 5, found 7",
        "ERROR participants.csv:5:seniority: expected a whole number such as 3, found 'two'",
        "WARNING participants.csv:7:manager_id: manager 'E404' is not in the org chart; treating 'E6' as the top of a"
            + " reporting line");
  }

  @Test
  void printsASummaryOfAValidFile() throws IOException {
    assertThat(run("participants.csv").lines()).containsExactly("OK: 3 mentors, 2 mentees");
  }

  @Test
  void printsTheWarningsOfAUsableFile() throws IOException {
    assertThat(run("participants-with-warnings.csv").lines()).containsExactly(
        "OK: 1 mentors, 1 mentees",
        "WARNING participants.csv:3:manager_id: manager 'E404' is not in the org chart; treating 'E2' as the top of a"
            + " reporting line");
  }
}
