package dev.reverso.core.io;

import static dev.reverso.core.io.IoTestSupport.errors;
import static dev.reverso.core.io.IoTestSupport.failure;
import static dev.reverso.core.io.IoTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problem;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lenient mode imports the good records and returns the rejected ones with every reason; strict imports nothing. */
class LenientImportTest {

  private static ImportResult csv(String text) {
    return ParticipantsCsv.importFrom(new StringReader(text), "participants.csv", ImportOptions.lenient());
  }

  private static List<String> lines(List<Problem> problems) {
    return problems.stream().map(p -> p.location() + ": " + p.message()).toList();
  }

  @Test
  void theFixtureWithErrorsIsImportedInPartAndTheRestExplained() {
    ImportResult r = csv(resource("participants-with-errors.csv"));
    assertThat(r.program().everyone()).extracting(p -> p.id().value()).containsExactly("E1", "E5", "E6");
    assertThat(r.acceptedCount()).isEqualTo(3);
    assertThat(r.rejected()).extracting(ImportResult.RejectedRecord::location)
        .containsExactly("participants.csv:3", "participants.csv:4", "participants.csv:5");
    assertThat(lines(r.rejected().get(1).reasons())).containsExactly(
        "participants.csv:4:role: unknown role: expected mentor, mentee or an empty cell, found 'mentr'",
        "participants.csv:4:skills: expected a skill level from 0 to 5, found 7");
    assertThat(lines(r.warnings())).containsExactly(
        "participants.csv:7:manager_id: manager 'E404' is not in the org chart; treating 'E6' as the top of a reporting line");
    assertThat(r.hasRejections()).isTrue();
    assertThat(r.toString()).isEqualTo(
        "ImportResult[Program[mentors=1, mentees=1, people=1, history=0, active=0], accepted=3, rejected=3, warnings=1]");
  }

  @Test
  void strictModeReportsEveryProblemOfTheSameFile() {
    InvalidInputException e = failure(() -> ParticipantsCsv.read(new StringReader(resource("participants-with-errors.csv")),
        "participants.csv"));
    assertThat(errors(e)).containsExactly(
        "participants.csv:3:goals: in goal 'strategy:3>1' (skill:current>target[:priority]): expected a target level"
            + " above the current level 3, found 1",
        "participants.csv:4:role: unknown role: expected mentor, mentee or an empty cell, found 'mentr'",
        "participants.csv:4:skills: expected a skill level from 0 to 5, found 7",
        "participants.csv:5:seniority: expected a whole number such as 3, found 'two'");
    assertThat(e.problems()).filteredOn(p -> !p.isError()).extracting(Problem::location)
        .containsExactly("participants.csv:7:manager_id");
  }

  @Test
  void referencesToRejectedRowsBecomeWarnings() {
    ImportResult r = csv("id,role,seniority,manager_id,exclude,current_mentors\n"
        + "boss,,x,,,\n"
        + "j1,mentor,2,boss,,\n"
        + "j2,mentor,bad,,,\n"
        + "s1,mentee,9,boss,j2,j2;j1\n");
    assertThat(r.rejected()).extracting(ImportResult.RejectedRecord::location)
        .containsExactly("participants.csv:2", "participants.csv:4");
    assertThat(r.program().active()).containsExactly(MentoringPair.of("j1", "s1"));
    assertThat(lines(r.warnings())).containsExactly(
        "participants.csv:5:exclude: excludes 'j2', who is not in the programme; ignored (the record of 'j2' was rejected)",
        "participants.csv:3:manager_id: manager 'boss' is not in the org chart; treating 'j1' as the top of a reporting line"
            + " (the record of 'boss' was rejected)",
        "participants.csv:5:manager_id: manager 'boss' is not in the org chart; treating 's1' as the top of a reporting line"
            + " (the record of 'boss' was rejected)",
        "participants.csv:5:current_mentors: names 'j2', whose record was rejected; pair ignored");
  }

  @Test
  void programLevelErrorsRejectTheRowsInvolved() {
    ImportResult r = csv("id,role,seniority,manager_id,current_mentors\n"
        + "a,,9,b,\n"
        + "b,,9,a,\n"
        + "j1,mentor,2,,\n"
        + "j1,mentee,9,,\n"
        + "s1,mentee,9,,j1\n"
        + "s2,mentee,9,,j1\n");
    assertThat(r.rejected()).hasSize(3);
    assertThat(lines(r.rejected().get(0).reasons())).containsExactly(
        "participants.csv:2:manager_id: expected a reporting tree, found a manager cycle: a -> b -> a");
    assertThat(lines(r.rejected().get(1).reasons())).containsExactly(
        "participants.csv:5:id: expected a unique id, found 'j1' already at participants.csv:4 (one person cannot have two roles)");
    assertThat(lines(r.rejected().get(2).reasons())).containsExactly(
        "participants.csv:7:current_mentors: 'j1' has more active pairs than its capacity 1");
    assertThat(r.program().everyone()).extracting(p -> p.id().value()).containsExactly("b", "j1", "s1");
    assertThat(r.program().orgChart().manager(ParticipantId.of("b"))).isEmpty();
    assertThat(r.acceptedCount()).isEqualTo(3);
  }

  @Test
  void jsonRecordsAreRejectedOneByOne() {
    String json = "{\"format\": \"reverso/program@1\",\n"
        + " \"mentors\": [{\"id\": \"j1\", \"seniority\": 1}, {\"id\": \"j2\", \"seniority\": \"x\"}],\n"
        + " \"mentees\": [{\"id\": \"s1\", \"seniority\": 9, \"managerId\": \"j2\"}],\n"
        + " \"history\": [{\"mentor\": \"j2\", \"mentee\": \"s1\"}, {\"mentor\": \"j1\", \"mentee\": \"s1\"}]}\n";
    ImportResult r = ProgramJson.importFrom(new StringReader(json), "program.json", ImportOptions.lenient());
    assertThat(r.rejected()).extracting(ImportResult.RejectedRecord::location)
        .containsExactly("program.json:2:44 (mentors[1])", "program.json:4:14 (history[0])");
    assertThat(lines(r.rejected().get(1).reasons())).containsExactly(
        "program.json:4:14 (history[0]): names 'j2', whose record was rejected");
    assertThat(r.program().history()).containsExactly(MentoringPair.of("j1", "s1"));
    assertThat(r.acceptedCount()).isEqualTo(3);
    assertThat(lines(r.warnings())).containsExactly("program.json:3:56 (mentees[0].managerId): manager 'j2' is not in"
        + " the org chart; treating 's1' as the top of a reporting line (the record of 'j2' was rejected)");
  }

  @Test
  void fileLevelProblemsFailEvenInLenientMode() {
    InvalidInputException e = failure(() -> csv("id,name\nj1,x\n"));
    assertThat(errors(e)).containsExactly(
        "participants.csv:1: expected the required columns role, seniority in the header, found: id, name");
    InvalidInputException json = failure(() -> ProgramJson.importFrom(new StringReader("{\"format\": 1}"), "p.json",
        ImportOptions.lenient()));
    assertThat(json.errors()).hasSize(1);
  }

  @Test
  void aCleanFileHasNoRejections() {
    ImportResult r = csv(resource("participants.csv"));
    assertThat(r.rejected()).isEmpty();
    assertThat(r.acceptedCount()).isEqualTo(6);
    assertThat(r.warnings()).isEmpty();
  }
}
