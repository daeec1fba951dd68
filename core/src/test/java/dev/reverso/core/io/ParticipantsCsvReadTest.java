package dev.reverso.core.io;

import static dev.reverso.core.io.IoTestSupport.bytes;
import static dev.reverso.core.io.IoTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Priority;
import dev.reverso.core.Program;
import dev.reverso.core.SkillTaxonomy;
import java.io.StringReader;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Reading valid participants CSV files: the documented example, encodings, quoting, header rules. */
class ParticipantsCsvReadTest {

  private static Program read(String text) {
    return ParticipantsCsv.read(new StringReader(text), "participants.csv");
  }

  @Test
  void theDocumentedExampleIsTheSameProgramAsTheJsonExampleWithoutItsTaxonomy() {
    Program csv = read(resource("participants.csv"));
    Program json = ProgramJson.read(new StringReader(resource("program.json")), "program.json");
    assertThat(json.taxonomy().isEmpty()).isFalse();
    assertThat(csv).isEqualTo(json.toBuilder().taxonomy(SkillTaxonomy.empty()).build());
    assertThat(csv.warnings()).isEmpty();
  }

  @Test
  void everyColumnIsRead() {
    Program p = read(resource("participants.csv"));
    assertThat(p.people()).extracting(x -> x.id().value()).containsExactly("E1000");
    assertThat(p.mentors()).extracting(x -> x.id().value()).containsExactly("E2001", "E2002", "E2003");
    assertThat(p.mentees()).extracting(x -> x.id().value()).containsExactly("E1001", "E1002");
    Participant ingrid = p.participant(ParticipantId.of("E1002")).orElseThrow();
    assertThat(ingrid.displayName()).contains("Larsen, Ingrid");
    assertThat(ingrid.managerId()).contains(ParticipantId.of("E1000"));
    assertThat(ingrid.department()).contains("Finance");
    assertThat(ingrid.division()).contains("Corporate");
    assertThat(ingrid.location()).contains("Oslo");
    assertThat(ingrid.seniority()).isEqualTo(11);
    assertThat(ingrid.timeZone()).contains(ZoneId.of("Europe/Oslo"));
    assertThat(ingrid.languages()).containsExactly("en", "de");
    assertThat(ingrid.hoursPerMonth().getAsDouble()).isEqualTo(6.5);
    assertThat(ingrid.capacity()).isEqualTo(2);
    assertThat(ingrid.skills()).containsExactly(java.util.Map.entry("strategy", 4), java.util.Map.entry("finance", 5));
    assertThat(ingrid.goals()).containsExactly(new LearningGoal("data-viz", 1, 4, Priority.HIGH),
        new LearningGoal("genai", 0, 2, Priority.LOW));
    assertThat(ingrid.values()).containsExactly(java.util.Map.entry("inclusion", 5));
    assertThat(ingrid.exclusions()).containsExactly(ParticipantId.of("E2001"));
    assertThat(ingrid.attributes()).containsExactly(java.util.Map.entry("cost_center", "CC-300"));
    assertThat(p.participant(ParticipantId.of("E2003")).orElseThrow().displayName()).contains("Lena \"Lee\" Novak");
    assertThat(p.participant(ParticipantId.of("E2003")).orElseThrow().attributes()).isEmpty();
    assertThat(p.history()).containsExactly(MentoringPair.of("E2003", "E1001"));
    assertThat(p.active()).containsExactly(MentoringPair.of("E2002", "E1002"));
  }

  @Test
  void aByteOrderMarkAndCrlfLineEndsAreTolerated() {
    String plain = resource("participants.csv");
    String windows = "\uFEFF" + plain.replace("\n", "\r\n");
    Program fromBytes = ParticipantsCsv.read(bytes(windows), "participants.csv");
    assertThat(fromBytes).isEqualTo(read(plain));
    assertThat(read(windows)).isEqualTo(read(plain));
  }

  @Test
  void headerIsMatchedIgnoringCaseAndBlanksInAnyOrderWithOnlyTheRequiredColumns() {
    Program p = read(" SENIORITY ,Role,  Id\n3,mentor,j1\n9,MENTEE,s1\n");
    assertThat(p.mentors()).containsExactly(Participant.builder("j1").seniority(3).build());
    assertThat(p.mentees()).containsExactly(Participant.builder("s1").seniority(9).build());
  }

  @Test
  void quotedCellsHoldCommasQuotesAccentsAndLineBreaksAndLineNumbersStayPhysical() {
    String csv = "id,role,seniority,name,notes\n"
        + "j1,mentor,2,\"Ñoño, \"\"Jr\"\"\",\"line one\nline two\r\nline three\"\n"
        + "s1,mentee,x,Zoë,\n";
    InvalidInputException e = IoTestSupport.csvFailure(csv);
    // the second data row starts on physical line 5, after a cell spanning lines 2 to 4
    assertThat(IoTestSupport.errors(e)).containsExactly(
        "participants.csv:5:seniority: expected a whole number such as 3, found 'x'");
    Program p = read(csv.replace(",x,", ",9,"));
    Participant j1 = p.mentors().get(0);
    assertThat(j1.displayName()).contains("Ñoño, \"Jr\"");
    assertThat(j1.attributes()).containsEntry("notes", "line one\nline two\r\nline three");
    assertThat(p.mentees().get(0).attributes()).isEmpty();
  }

  @Test
  void blankCellsMeanAbsentAndTextCellsKeepTheirBlanks() {
    Program p = read("id,role,seniority,name,department,capacity,hours_per_month,team\n"
        + "j1,mentor,2,  ,\" R&D \",,,\n");
    Participant j1 = p.mentors().get(0);
    assertThat(j1.displayName()).isEmpty();
    assertThat(j1.department()).contains(" R&D ");
    assertThat(j1.capacity()).isEqualTo(1);
    assertThat(j1.hoursPerMonth()).isEmpty();
    assertThat(j1.attributes()).isEmpty();
  }

  @Test
  void structuredCellsAreTrimmedAndTrailingSeparatorsIgnored() {
    Program p = read("id,role,seniority,skills,goals,languages,exclude\n"
        + " j1 ,mentor, 2 , genai : 4 ; social-media:5 ;,strategy:1>3 ; ethics:0>2:HIGH,it; en;,s1;\n"
        + "s1,mentee,8,,,,\n");
    Participant j1 = p.mentors().get(0);
    assertThat(j1.id().value()).isEqualTo("j1");
    assertThat(j1.skills()).containsExactly(java.util.Map.entry("genai", 4), java.util.Map.entry("social-media", 5));
    assertThat(j1.goals()).containsExactly(LearningGoal.of("strategy", 1, 3), new LearningGoal("ethics", 0, 2, Priority.HIGH));
    assertThat(j1.languages()).containsExactly("it", "en");
    assertThat(j1.exclusions()).containsExactly(ParticipantId.of("s1"));
  }

  @Test
  void emptyLinesAndRowsOfBlankCellsAreSkipped() {
    Program p = read("\n\nid,role,seniority\n\nj1,mentor,2\n,,\n\n");
    assertThat(p.mentors()).hasSize(1);
    assertThat(p.mentees()).isEmpty();
  }

  @Test
  void warningsNameTheLineAndColumn() {
    ImportResult r = ParticipantsCsv.importFrom(new StringReader("id,role,seniority,manager_id,exclude\n"
        + "j1,mentor,2,boss,\ns1,mentee,9,,ghost\n"), "participants.csv", ImportOptions.defaults());
    assertThat(r.warnings()).extracting(w -> w.location() + ": " + w.message()).containsExactly(
        "participants.csv:3:exclude: excludes 'ghost', who is not in the programme; ignored",
        "participants.csv:2:manager_id: manager 'boss' is not in the org chart; treating 'j1' as the top of a reporting line");
    assertThat(r.acceptedCount()).isEqualTo(2);
  }

  @Test
  void aProgramWithoutMentorsWarnsAtTheFile() {
    ImportResult r = ParticipantsCsv.importFrom(new StringReader("id,role,seniority\ns1,mentee,9\n"), "hr.csv",
        ImportOptions.defaults());
    assertThat(r.warnings()).extracting(w -> w.location()).containsExactly("hr.csv");
  }
}
