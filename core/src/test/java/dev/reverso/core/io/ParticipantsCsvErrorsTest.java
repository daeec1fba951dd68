package dev.reverso.core.io;

import static dev.reverso.core.io.IoTestSupport.csvFailure;
import static dev.reverso.core.io.IoTestSupport.errors;
import static dev.reverso.core.io.IoTestSupport.failure;
import static dev.reverso.core.io.IoTestSupport.singleError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Every kind of participants CSV error, with its location ({@code file:line:column}) and message. */
class ParticipantsCsvErrorsTest {
  private static final String HEADER = "id,role,seniority,manager_id,time_zone,languages,hours_per_month,capacity,"
      + "skills,goals,values,exclude,previous_mentors,current_mentors\n";

  /** A file of the header and these rows, each a complete row. */
  private static String csv(String... rows) {
    return HEADER + String.join("\n", rows) + "\n";
  }

  @Test
  void goalWithTargetNotAboveCurrentShowsTheBadValue() {
    InvalidInputException e = csvFailure(csv("j1,mentor,2,,,,,,,,,,,", "s1,mentee,9,,,,,,,strategy:3>1,,,,"));
    Problem p = singleError(e);
    assertThat(p.location()).isEqualTo("participants.csv:3:goals");
    assertThat(p.message()).isEqualTo("in goal 'strategy:3>1' (skill:current>target[:priority]): expected a target"
        + " level above the current level 3, found 1");
  }

  @Test
  void goalLevelsOutOfRangeAreReported() {
    assertThat(errors(csvFailure(csv("j1,mentor,2,,,,,,,ethics:2>9,,,,")))).containsExactly(
        "participants.csv:2:goals: in goal 'ethics:2>9' (skill:current>target[:priority]): expected a skill level"
            + " from 0 to 5, found 9");
  }

  @Test
  void malformedGoalsAreReported() {
    InvalidInputException e = csvFailure(csv("j1,mentor,2,,,,,,,strategy>3;ethics:1>2:urgent;:1>2;x:a>2,,,,"));
    assertThat(errors(e)).containsExactly(
        "participants.csv:2:goals: expected skill:current>target[:priority] such as strategy:1>3:high, found 'strategy>3'",
        "participants.csv:2:goals: expected skill:current>target[:priority] with priority low, medium or high, found 'ethics:1>2:urgent'",
        "participants.csv:2:goals: expected skill:current>target[:priority] such as strategy:1>3:high, found ':1>2'",
        "participants.csv:2:goals: expected skill:current>target[:priority] such as strategy:1>3:high, found 'x:a>2'");
  }

  @Test
  void unknownRoleIsReported() {
    assertThat(errors(csvFailure(csv("j1,boss,2,,,,,,,,,,,")))).containsExactly(
        "participants.csv:2:role: unknown role: expected mentor, mentee or an empty cell, found 'boss'");
  }

  @Test
  void wrongNumberOfCellsIsReported() {
    assertThat(errors(csvFailure(HEADER + "j1,mentor,2\ns1,mentee,9,,,,,,,,,,,,extra\n"))).containsExactly(
        "participants.csv:2: expected 14 cells as in the header, found 3",
        "participants.csv:3: expected 14 cells as in the header, found 15 (is there an unquoted comma in a cell?)");
  }

  @Test
  void badNumbersAreReported() {
    InvalidInputException e = csvFailure(csv("j1,mentor,senior,,,,\"12,5\",two,,,,,,"));
    assertThat(errors(e)).containsExactly(
        "participants.csv:2:seniority: expected a whole number such as 3, found 'senior'",
        "participants.csv:2:hours_per_month: expected a number such as 12 or 7.5 (with '.' as the decimal mark), found '12,5'",
        "participants.csv:2:capacity: expected a whole number such as 3, found 'two'");
  }

  @Test
  void participantRulesAreMappedToTheirColumns() {
    InvalidInputException e = csvFailure(csv("j1,mentor,-1,j1,Mars/Base,en;en_US,-3,0,genai:7,,inclusion:9,j1,,"));
    assertThat(errors(e)).containsExactly(
        "participants.csv:2:manager_id: expected someone else as manager, found the person's own id",
        "participants.csv:2:seniority: expected a job grade of 0 or more, found -1",
        "participants.csv:2:skills: expected a skill level from 0 to 5, found 7",
        "participants.csv:2:values: expected an importance from 1 to 5, found 9",
        "participants.csv:2:languages: expected a BCP 47 language tag such as 'en' or 'pt-BR', found 'en_US'; did you mean 'en-US'?",
        "participants.csv:2:time_zone: expected an IANA time zone such as 'Europe/Rome', found 'Mars/Base'",
        "participants.csv:2:hours_per_month: expected a finite number of hours, 0 or more, found -3.0",
        "participants.csv:2:capacity: expected a capacity of at least 1, found 0",
        "participants.csv:2:exclude: a person cannot exclude themself; remove 'j1'");
  }

  @Test
  void missingSeniorityIsReported() {
    assertThat(errors(csvFailure(csv("j1,mentor,,,,,,,,,,,,")))).containsExactly(
        "participants.csv:2:seniority: missing required field: expected a job grade, 0 or more");
  }

  @Test
  void malformedSkillsAndValuesAreReported() {
    InvalidInputException e = csvFailure(csv("j1,mentor,2,,,,,,genai;gen ai:3;genai:4:5;genai:2;genai:3,,inclusion;x:y,,,"));
    assertThat(errors(e)).containsExactly(
        "participants.csv:2:skills: expected skill:level such as genai:4, found 'genai'",
        "participants.csv:2:skills: expected skill:level such as genai:4, found 'genai:4:5'",
        "participants.csv:2:skills: expected each skill once, found 'genai' again",
        "participants.csv:2:values: expected value:importance such as inclusion:5, found 'inclusion'",
        "participants.csv:2:values: expected value:importance such as inclusion:5, found 'x:y'",
        "participants.csv:2:skills: expected an id without blanks or any of ; : > , = \" but found 'gen ai'");
  }

  @Test
  void onlyMenteeRowsListMentors() {
    assertThat(errors(csvFailure(csv("j1,mentor,2,,,,,,,,,,j2,", "j2,,2,,,,,,,,,,,j1")))).containsExactly(
        "participants.csv:2:previous_mentors: expected an empty cell: only mentee rows can list mentors, found 'j2' on a row whose role is 'mentor'",
        "participants.csv:3:current_mentors: expected an empty cell: only mentee rows can list mentors, found 'j1' on a row whose role is empty");
  }

  @Test
  void crossRowProblemsNameTheLineOfTheRow() {
    InvalidInputException e = csvFailure(csv(
        "a,,9,c,,,,,,,,,,",
        "b,mentor,2,a,,,,,,,,,,",
        "c,mentee,8,b,,,,,,,,,,s9",
        "b,mentee,7,,,,,,,,,,,"));
    assertThat(errors(e)).containsExactly(
        "participants.csv:5:id: expected a unique id, found 'b' already at participants.csv:3 (one person cannot have two roles)",
        "participants.csv:4:current_mentors: expected the id of a mentor, found 's9' (not in the programme)",
        "participants.csv:2:manager_id: expected a reporting tree, found a manager cycle: a -> c -> b -> a");
  }

  @Test
  void activePairsBeyondCapacityAreReportedOnTheMenteeRow() {
    InvalidInputException e = csvFailure(csv("j1,mentor,2,,,,,,,,,,,", "s1,mentee,9,,,,,,,,,,,j1", "s2,mentee,9,,,,,,,,,,,j1"));
    assertThat(errors(e)).containsExactly(
        "participants.csv:4:current_mentors: 'j1' has more active pairs than its capacity 1");
  }

  @Test
  void anIdUsedAgainAfterARowWithErrorsIsStillReported() {
    InvalidInputException e = csvFailure(csv("j1,mentor,x,,,,,,,,,,,", "j1,mentee,9,,,,,,,,,,,"));
    assertThat(errors(e)).containsExactly(
        "participants.csv:2:seniority: expected a whole number such as 3, found 'x'",
        "participants.csv:3:id: expected a unique id, found 'j1' again (first at participants.csv:2)");
  }

  @Test
  void headerProblemsAreReportedTogether() {
    InvalidInputException e = csvFailure("ID,name,Name,,x" + "y".repeat(70) + "\nj1,a,b,c,d\n");
    assertThat(errors(e)).containsExactly(
        "participants.csv:1:Name: expected each column once, found 'Name' again",
        "participants.csv:1:column 4: expected a column name in the header, found an empty cell",
        "participants.csv:1:x" + "y".repeat(70) + ": expected a column name of at most 64 characters (extra columns become attributes), found 71",
        "participants.csv:1: expected the required columns role, seniority in the header, found: ID, name, Name, , x"
            + "y".repeat(36) + "...");
  }

  @Test
  void aSemicolonSeparatedFileGetsAHint() {
    assertThat(errors(csvFailure("id;role;seniority\nj1;mentor;2\n"))).containsExactly(
        "participants.csv:1: expected the required columns id, role, seniority in the header, found: id;role;seniority"
            + " (the columns seem separated by ';' or tabs: save the file as comma-separated CSV)");
  }

  @Test
  void csvSyntaxSlipsRejectTheRow() {
    InvalidInputException e = csvFailure("id,role,seniority,name\nj1,mentor,2,Ann \"Jo\"\nj2,mentor,2,\"Bo\"b\n");
    assertThat(errors(e)).containsExactly(
        "participants.csv:2:name: expected a quote only around a whole cell (with quotes inside doubled, as in \"say \"\"hi\"\"\"), found one inside an unquoted cell",
        "participants.csv:3:name: expected a comma or the end of the line after a closing quote, found 'b'");
  }

  @Test
  void aQuoteNeverClosedStopsReading() {
    InvalidInputException e = csvFailure("id,role,seniority,name\nj1,mentor,x,ok\nj2,mentor,2,\"Bo\nj3,mentor,2,x\n");
    assertThat(errors(e)).containsExactly(
        "participants.csv:3:name: expected a closing quote for the cell that starts on line 3, found the end of the file",
        "participants.csv:2:seniority: expected a whole number such as 3, found 'x'");
  }

  @Test
  void emptyFilesAreReported() {
    for (String empty : new String[] {"", "\uFEFF", "\n\r\n\n"}) {
      Problem p = singleError(csvFailure(empty));
      assertThat(p.location()).isEqualTo("participants.csv");
      assertThat(p.message()).startsWith("expected UTF-8 text with a header row").endsWith("found an empty file");
    }
  }

  @Test
  void binaryFilesAreReported() {
    Problem nul = singleError(failure(() -> ParticipantsCsv.read(
        IoTestSupport.class.getResourceAsStream("/io/not-text.csv"), "not-text.csv")));
    assertThat(nul.location()).isEqualTo("not-text.csv:1");
    assertThat(nul.message()).startsWith("expected UTF-8 text, found a NUL byte").contains("binary file");
    byte[] latin1 = "id,role,seniority,name\nj1,mentor,2,Jos\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Problem bad = singleError(failure(() -> ParticipantsCsv.read(new java.io.ByteArrayInputStream(latin1), "hr.csv")));
    assertThat(bad.location()).startsWith("hr.csv:");
    assertThat(bad.message()).startsWith("expected UTF-8 text, found bytes that are not UTF-8").contains("Windows-1252");
  }

  /**
   * Rows are read in parallel batches, but a strict read still stops at the row where the errors pass the limit,
   * as a read of one row at a time does: every error up to that row, the stop, and nothing after it.
   */
  @Test
  void aStrictReadStopsAtTheRowThatPassesTheErrorLimit() {
    StringBuilder text = new StringBuilder("id,role,seniority\n");
    for (int r = 1; r <= 3 * ImportOptions.STRICT_ERROR_LIMIT; r++) {
      text.append("j").append(r).append(",mentor,high\n");
    }
    InvalidInputException e = failure(() -> ParticipantsCsv.importFrom(new StringReader(text.toString()), "p.csv",
        ImportOptions.defaults()));
    assertThat(e.errors()).hasSize(ImportOptions.STRICT_ERROR_LIMIT + 2);
    Problem stop = e.errors().stream().filter(p -> p.message().contains("ImportOptions.STRICT_ERROR_LIMIT"))
        .findFirst().orElseThrow();
    assertThat(stop.location()).isEqualTo("p.csv:" + (ImportOptions.STRICT_ERROR_LIMIT + 2));
    assertThat(e.errors()).noneMatch(p -> p.location().startsWith("p.csv:" + (ImportOptions.STRICT_ERROR_LIMIT + 3)));
  }

  @Test
  void limitsAreEnforced() {
    String three = "id,role,seniority\nj1,mentor,2\nj2,mentor,2\nj3,mentor,2\n";
    Problem rows = singleError(failure(() -> ParticipantsCsv.importFrom(new StringReader(three), "p.csv",
        ImportOptions.defaults().withMaxRows(2))));
    assertThat(rows.location()).isEqualTo("p.csv:4");
    assertThat(rows.message()).contains("at most 2 data rows (ImportOptions.maxRows)");

    String longCell = "id,role,seniority,name\nj1,mentor,2,\"" + "a".repeat(50) + "\"\n";
    Problem cell = singleError(failure(() -> ParticipantsCsv.importFrom(new StringReader(longCell), "p.csv",
        ImportOptions.defaults().withMaxCellLength(20))));
    assertThat(cell.location()).isEqualTo("p.csv:2:name");
    assertThat(cell.message()).contains("at most 20 characters (ImportOptions.maxCellLength)");

    Problem size = singleError(failure(() -> ParticipantsCsv.importFrom(IoTestSupport.bytes(three), "p.csv",
        ImportOptions.defaults().withMaxFileBytes(20))));
    assertThat(size.location()).isEqualTo("p.csv");
    assertThat(size.message()).contains("at most 20 bytes (ImportOptions.maxFileBytes)");
  }

  @Test
  void theUnclosedQuoteOfAHugeFileHitsTheCellLimitNotTheHeap() {
    StringBuilder sb = new StringBuilder("id,role,seniority,name\nj1,mentor,2,\"never closed\n");
    for (int i = 0; i < 20_000; i++) {
      sb.append("j").append(i).append(",mentor,2,some name\n");
    }
    Problem p = singleError(csvFailure(sb.toString()));
    assertThat(p.location()).isEqualTo("participants.csv:2:name");
    assertThat(p.message()).contains("ImportOptions.maxCellLength").contains("never closed");
  }
}
