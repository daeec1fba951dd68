package dev.reverso.core.io;

import static dev.reverso.core.io.IoTestSupport.errors;
import static dev.reverso.core.io.IoTestSupport.failure;
import static dev.reverso.core.io.IoTestSupport.jsonFailure;
import static dev.reverso.core.io.IoTestSupport.singleError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Every kind of Program JSON error, located as {@code file:line:column (json.path)}. */
class ProgramJsonErrorsTest {

  /** A program whose lines are given one per argument, joined with line feeds. */
  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void goalTargetNotAboveCurrentIsLocatedByLineColumnAndPath() {
    InvalidInputException e = jsonFailure(lines(
        "{\"format\": \"reverso/program@1\",",
        " \"mentees\": [",
        "  {\"id\": \"s1\", \"seniority\": 9,",
        "   \"goals\": [{\"skill\": \"genai\", \"current\": 1, \"target\": 3},",
        "             {\"skill\": \"strategy\", \"current\": 3,",
        "              \"target\": 1}]}]}"));
    assertThat(errors(e)).containsExactly(
        "program.json:6:25 (mentees[0].goals[1].target): expected a target level above the current level 3, found 1");
  }

  @Test
  void wrongTypesMissingAndUnknownFieldsAreAllCollected() {
    InvalidInputException e = jsonFailure(lines(
        "{\"format\": \"reverso/program@1\",",
        " \"mentors\": [",
        "  {\"id\": 17, \"seniority\": \"high\", \"skills\": [\"genai\"], \"hoursPerMonth\": \"ten\", \"nickname\": \"x\"},",
        "  {\"name\": \"No Id\", \"capacity\": 1.5, \"languages\": \"en\", \"goals\": [{\"skill\": \"a\", \"current\": 0, \"aim\": 2}]}",
        " ]}"));
    assertThat(errors(e)).containsExactly(
        "program.json:3:10 (mentors[0].id): expected a string, found the number 17",
        "program.json:3:27 (mentors[0].seniority): expected a whole number, found the string \"high\"",
        "program.json:3:45 (mentors[0].skills): expected an object such as {\"genai\": 4}, found an array",
        "program.json:3:73 (mentors[0].hoursPerMonth): expected a number, found the string \"ten\"",
        "program.json:3:92 (mentors[0].nickname): unknown field \"nickname\": expected one of id, name, managerId,"
            + " department, division, location, seniority, timeZone, languages, hoursPerMonth, capacity, skills, goals,"
            + " values, exclude, attributes, consent, pin, preferences",
        "program.json:4:33 (mentors[1].capacity): expected a whole number, found the number 1.5",
        "program.json:4:51 (mentors[1].languages): expected an array of strings, found the string \"en\"",
        "program.json:4:103 (mentors[1].goals[0].aim): unknown field \"aim\": expected one of skill, current, target, priority",
        "program.json:4:67 (mentors[1].goals[0].target): missing required field \"target\" of a goal",
        "program.json:4:3 (mentors[1].id): missing required field \"id\": expected the person's HR id",
        "program.json:4:3 (mentors[1].seniority): missing required field: expected a job grade, 0 or more");
  }

  @Test
  void participantRulesAreLocatedAtTheirValues() {
    InvalidInputException e = jsonFailure(lines(
        "{\"format\": \"reverso/program@1\", \"mentors\": [{",
        "  \"id\": \"j1\", \"seniority\": 2, \"timeZone\": \"Mars/Base\", \"skills\": {\"genai\": 9},",
        "  \"languages\": [\"en\", \"??\"], \"exclude\": [\"j1\"], \"values\": {\"inclusion\": 0},",
        "  \"goals\": [{\"skill\": \"ethics\", \"current\": 0, \"target\": 2, \"priority\": \"urgent\"}]}]}"));
    assertThat(errors(e)).containsExactly(
        "program.json:4:72 (mentors[0].goals[0].priority): expected \"low\", \"medium\" or \"high\", found the string \"urgent\"",
        "program.json:2:76 (mentors[0].skills.genai): expected a skill level from 0 to 5, found 9",
        "program.json:3:73 (mentors[0].values.inclusion): expected an importance from 1 to 5, found 0",
        "program.json:3:23 (mentors[0].languages[1]): expected a BCP 47 language tag such as 'en' or 'pt-BR', found '??'",
        "program.json:2:43 (mentors[0].timeZone): expected an IANA time zone such as 'Europe/Rome', found 'Mars/Base'",
        "program.json:3:42 (mentors[0].exclude[0]): a person cannot exclude themself; remove 'j1'");
  }

  @Test
  void formatIsRequiredAndChecked() {
    assertThat(errors(jsonFailure("{\"format\": \"reverso/program@2\", \"mentors\": []}"))).containsExactly(
        "program.json:1:12 (format): expected \"reverso/program@1\" (the only format this version reads), found the string \"reverso/program@2\"");
    assertThat(errors(jsonFailure("{\"mentors\": []}"))).containsExactly(
        "program.json:1:1 (format): missing required field \"format\": expected \"reverso/program@1\"");
  }

  @Test
  void unknownTopLevelFieldsAndWrongShapesAreReported() {
    InvalidInputException e = jsonFailure("{\"format\": \"reverso/program@1\", \"mentor\": [], \"mentees\": {}}");
    assertThat(errors(e)).containsExactly(
        "program.json:1:43 (mentor): unknown field \"mentor\": expected one of format, cohort, skills, people, mentors, mentees, history, active",
        "program.json:1:58 (mentees): expected an array of participant objects, found an object");
    assertThat(errors(jsonFailure("[1, 2]"))).containsExactly(
        "program.json:1:1: expected a JSON object {\"format\": \"reverso/program@1\", ...}, found an array");
    assertThat(errors(jsonFailure("{\"format\": \"reverso/program@1\"} {}"))).containsExactly(
        "program.json:1:33: expected the end of the input after the program object, found an object");
  }

  @Test
  void syntaxErrorsAndDuplicateFieldsAreLocated() {
    Problem syntax = singleError(jsonFailure("{\"format\": \"reverso/program@1\",\n \"mentors\": [\n  {\"id\": \"j1\",}]}"));
    assertThat(syntax.location()).startsWith("program.json:3:").contains("(mentors[0]");
    assertThat(syntax.message()).startsWith("expected valid JSON");
    Problem duplicate = singleError(jsonFailure(
        "{\"format\": \"reverso/program@1\", \"mentors\": [{\"id\": \"j1\", \"seniority\": 1, \"id\": \"j2\"}]}"));
    assertThat(duplicate.location()).startsWith("program.json:1:").endsWith("(mentors[0].id)");
    assertThat(duplicate.message()).startsWith("expected valid JSON").contains("id");
    Problem unquoted = singleError(jsonFailure("{\"format\": \"reverso/program@1\", \"mentors\": [{\"name\": Giulia}]}"));
    assertThat(unquoted.message()).startsWith("expected valid JSON").contains("token of 6 characters")
        .doesNotContain("Giulia");
    Problem truncated = singleError(jsonFailure("{\"format\": \"reverso/program@1\", \"mentors\": [{\"id\": \"j1\""));
    assertThat(truncated.message()).startsWith("expected valid, complete JSON");
  }

  /** Issue 12 item 7: a syntax error names the field being read, not the one before it. */
  @Test
  void syntaxErrorInAValueIsLocatedAtThatValuesField() {
    Problem nan = singleError(jsonFailure(lines(
        "{\"format\": \"reverso/program@1\",",
        " \"mentees\": [",
        "  {\"id\": \"s1\", \"seniority\": 9, \"hoursPerMonth\": NaN}]}")));
    assertThat(nan.location()).startsWith("program.json:3:").endsWith(" (mentees[0].hoursPerMonth)");
    assertThat(nan.message()).startsWith("expected valid JSON").contains("token of 3 characters");
    Problem inArray = singleError(jsonFailure(lines(
        "{\"format\": \"reverso/program@1\",",
        " \"mentees\": [{\"id\": \"s1\", \"seniority\": 9, \"languages\": [\"en\", nope]}]}")));
    assertThat(inArray.location()).endsWith("(mentees[0].languages[1])");
  }

  @Test
  void pairsAreChecked() {
    InvalidInputException e = jsonFailure(lines(
        "{\"format\": \"reverso/program@1\",",
        " \"mentors\": [{\"id\": \"j1\", \"seniority\": 1}], \"mentees\": [{\"id\": \"s1\", \"seniority\": 9}],",
        " \"history\": [{\"mentor\": \"j1\"}, {\"mentor\": \"j1\", \"mentee\": \"s1\", \"when\": 2020}],",
        " \"active\": [{\"mentor\": \"s1\", \"mentee\": \"s1\"}, {\"mentor\": \" j1\", \"mentee\": \"s1\"}]}"));
    assertThat(errors(e)).containsExactly(
        "program.json:3:14 (history[0].mentee): missing required field \"mentee\": expected an HR id",
        "program.json:3:73 (history[1].when): unknown field \"when\": expected one of mentor, mentee",
        "program.json:4:58 (active[1].mentor): expected no leading or trailing blanks in id 'j1'",
        "program.json:4:24 (active[0].mentor): expected the id of a mentor, found 's1'",
        // s1 is both the mentor and the mentee of that pair: two active pairs for capacity 1
        "program.json:4:13 (active[0]): 's1' has more active pairs than its capacity 1");
  }

  @Test
  void programRulesAreLocatedInTheFile() {
    InvalidInputException e = jsonFailure(lines(
        "{\"format\": \"reverso/program@1\",",
        " \"people\": [{\"id\": \"a\", \"seniority\": 9, \"managerId\": \"b\"}],",
        " \"mentors\": [{\"id\": \"b\", \"seniority\": 1, \"managerId\": \"a\"}],",
        " \"mentees\": [{\"id\": \"b\", \"seniority\": 9}]}"));
    assertThat(errors(e)).containsExactly(
        "program.json:4:21 (mentees[0].id): expected a unique id, found 'b' already at program.json:3:14 (mentors[0]) (one person cannot have two roles)",
        "program.json:2:54 (people[0].managerId): expected a reporting tree, found a manager cycle: a -> b -> a");
  }

  @Test
  void taxonomyProblemsAreFileErrors() {
    InvalidInputException e = jsonFailure(lines(
        "{\"format\": \"reverso/program@1\",",
        " \"skills\": [{\"id\": \"genai\", \"label\": \"Generative AI\", \"parent\": \"digital\"},",
        "            {\"id\": \"genai\", \"label\": \" \"}]}"));
    assertThat(errors(e)).containsExactly(
        "program.json:3:38 (skills[1].label): expected a non-blank label",
        "program.json:3:20 (skills[1].id): expected a unique skill id, found 'genai' again",
        "program.json:2:65 (skills[0].parent): expected the id of a skill in the taxonomy, found 'digital'");
    assertThat(errors(jsonFailure("{\"format\": \"reverso/program@1\", \"skills\": [{\"label\": \"x\", \"kind\": 1}]}")))
        .containsExactly(
            "program.json:1:67 (skills[0].kind): unknown field \"kind\": expected one of id, label, parent, aliases",
            "program.json:1:44 (skills[0].id): missing required field \"id\" of a skill");
  }

  @Test
  void emptyAndBinaryInputsAreReported() {
    for (String empty : new String[] {"", "\uFEFF", "  \n\t\n"}) {
      Problem p = singleError(jsonFailure(empty));
      assertThat(p.location()).isEqualTo("program.json");
      assertThat(p.message()).isEqualTo("expected UTF-8 text holding a JSON program object, found an empty file");
    }
    Problem nul = singleError(failure(() -> ProgramJson.read(IoTestSupport.bytes("{\"format\u0000\": 1}"), "x.json")));
    assertThat(nul.message()).startsWith("expected UTF-8 text, found a NUL byte");
    Problem utf16 = singleError(failure(() -> ProgramJson.read(new java.io.ByteArrayInputStream(
        "{\"format\": \"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_16)), "x.json")));
    assertThat(utf16.message()).startsWith("expected UTF-8 text, found bytes that are not UTF-8").contains("UTF-16");
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    assertThat(ProgramJson.read(IoTestSupport.bytes("\uFEFF{\"format\": \"reverso/program@1\"}"), "x.json").everyone())
        .isEmpty();
  }

  @Test
  void deepNestingIsRefusedWithoutStackOverflow() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    String json = "{\"format\": \"reverso/program@1\", \"mentors\": [{\"id\": \"j1\", \"seniority\": 1, \"extra\": " + deep + "}]}";
    Problem p = singleError(jsonFailure(json));
    assertThat(p.location()).startsWith("program.json:1:").contains("(mentors[0].extra[0][0]");
    assertThat(p.message()).isEqualTo("expected JSON nested at most 32 levels deep (ImportOptions.maxJsonDepth), found deeper nesting");
    InvalidInputException custom = failure(() -> ProgramJson.importFrom(new StringReader(
        "{\"format\": \"reverso/program@1\", \"x\": [[[[[[]]]]]]}"), "p.json", ImportOptions.defaults().withMaxJsonDepth(5)));
    assertThat(errors(custom)).containsExactly(
        "p.json:1:38 (x): unknown field \"x\": expected one of format, cohort, skills, people, mentors, mentees, history, active",
        "p.json:1:42 (x[0][0][0][0]): expected JSON nested at most 5 levels deep (ImportOptions.maxJsonDepth), found deeper nesting");
  }

  @Test
  void hugeNumbersAreInvalidInputNotNumberFormatExceptions() {
    InvalidInputException e = jsonFailure("{\"format\": \"reverso/program@1\", \"mentors\": [{\"id\": \"j1\","
        + " \"seniority\": 99999999999999999999999, \"capacity\": 3000000000, \"hoursPerMonth\": 1e400}]}");
    assertThat(errors(e)).containsExactly(
        "program.json:1:71 (mentors[0].seniority): expected a whole number from -2147483648 to 2147483647, found the number 99999999999999999999999",
        "program.json:1:108 (mentors[0].capacity): expected a whole number from -2147483648 to 2147483647, found the number 3000000000",
        "program.json:1:137 (mentors[0].hoursPerMonth): expected a finite number of hours, 0 or more, found Infinity");
    Problem tooLong = singleError(jsonFailure("{\"format\": \"reverso/program@1\", \"mentors\": [{\"id\": \"j1\","
        + " \"seniority\": " + "9".repeat(5000) + "}]}"));
    assertThat(tooLong.message()).startsWith("expected valid JSON within the import limits");
  }

  @Test
  void limitsAreEnforced() {
    StringBuilder many = new StringBuilder("{\"format\": \"reverso/program@1\", \"mentors\": [");
    for (int i = 0; i < 5; i++) {
      many.append(i == 0 ? "" : ",").append("{\"id\": \"j").append(i).append("\", \"seniority\": 1}");
    }
    String json = many.append("]}").toString();
    Problem rows = singleError(failure(() -> ProgramJson.importFrom(new StringReader(json), "p.json",
        ImportOptions.defaults().withMaxRows(3))));
    assertThat(rows.location()).endsWith("(mentors[3])");
    assertThat(rows.message()).isEqualTo("expected at most 3 records (ImportOptions.maxRows), found more");
    Problem cell = singleError(failure(() -> ProgramJson.importFrom(new StringReader(json.replace("\"j1\"", "\"" + "j".repeat(40) + "\"")),
        "p.json", ImportOptions.defaults().withMaxCellLength(30))));
    assertThat(cell.location()).endsWith("(mentors[1].id)");
    assertThat(cell.message()).contains("at most 30 characters (ImportOptions.maxCellLength), found 40");
    Problem size = singleError(failure(() -> ProgramJson.importFrom(IoTestSupport.bytes(json), "p.json",
        ImportOptions.defaults().withMaxFileBytes(50))));
    assertThat(size.message()).contains("at most 50 bytes (ImportOptions.maxFileBytes)");
    Problem chars = singleError(failure(() -> ProgramJson.importFrom(new StringReader(json), "p.json",
        ImportOptions.defaults().withMaxFileBytes(50))));
    assertThat(chars.message()).contains("at most 50 characters (ImportOptions.maxFileBytes)");
  }
}
