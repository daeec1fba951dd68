package dev.reverso.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import java.util.List;
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

  // --- README snippet 2: begin ---
  /** An HR system's own entity, with nullable columns. */
  record Employee(String id, String managerId, Integer grade, String department, String language,
      String role) {}

  static Program fromEmployees(List<Employee> everyone, List<String> mentorIds, List<String> menteeIds) {
    return Program.builder()
        .people(everyone, e -> Participant.builder(e.id())
            .manager(e.managerId())          // null: top of the organisation
            .seniority(e.grade())            // null: reported as missing, with everyone else's problems
            .department(e.department())      // null: unknown
            .language(e.language()))         // "en", "pt-BR", or a name such as "English" or "Italiano"
        .mentorIds(mentorIds)
        .menteeIds(menteeIds)
        .build(); // InvalidInputException: every problem of every person, as mentors[3](E0101).skills.genai
  }
  // --- README snippet 2: end ---

  @Test
  void buildsAProgrammeFromTheWholeOrganisationAndReportsEveryPersonsProblems() {
    List<Employee> everyone = List.of(new Employee("E1", null, 9, "Board", "Italiano", null),
        new Employee("E2", "E1", 2, "IT", "English", "mentor"), new Employee("E3", "E1", 7, null, "it", "mentee"));
    Program program = fromEmployees(everyone, List.of("E2"), List.of("E3"));
    assertThat(program.mentors().get(0).languages()).containsExactly("en");
    assertThat(program.people()).extracting(p -> p.id().value()).containsExactly("E1");
    List<Employee> broken = List.of(everyone.get(0), new Employee("E2", "E1", null, "IT", "Engish", "mentor"),
        everyone.get(2));
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> fromEmployees(broken, List.of("E2"), List.of("E3", "E9")));
    assertThat(e.errors()).extracting(Problem::toString).containsExactly(
        "ERROR people[1](E2).seniority: missing required field: expected a job grade, 0 or more",
        "ERROR people[1](E2).languages[0]: expected a BCP 47 language tag such as 'en' or 'pt-BR', found 'Engish':"
            + " 'engish' is not an ISO 639 language code; did you mean 'en'?",
        "ERROR menteeIds[1]: expected the id of someone given with people(...), found 'E9' (not in the organisation)");
  }

  @Test
  void theReadmeShowsTheSnippetsUnchanged() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String source = Files.readString(Path.of("src/test/java/dev/reverso/core/ReadmeExampleTest.java"),
        StandardCharsets.UTF_8);
    for (String marker : List.of("README snippet: ", "README snippet 2: ")) {
      String begin = "// --- " + marker + "begin ---\n";
      String code = source.substring(source.indexOf(begin) + begin.length(),
          source.indexOf("  // --- " + marker + "end ---"));
      assertThat(readme).as(marker).contains(code.stripTrailing());
    }
  }

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
