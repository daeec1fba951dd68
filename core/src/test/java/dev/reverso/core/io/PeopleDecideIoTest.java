package dev.reverso.core.io;

import static dev.reverso.core.io.IoTestSupport.csvFailure;
import static dev.reverso.core.io.IoTestSupport.errors;
import static dev.reverso.core.io.IoTestSupport.jsonFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.Consent;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The consent, pin and preferences columns and fields: read, validated with locations, written back. */
class PeopleDecideIoTest {
  private static final String HEADER = "id,role,seniority,capacity,consent,pin,preferences\n";

  private static Program csv(String rows) {
    return ParticipantsCsv.read(new StringReader(HEADER + rows), "participants.csv");
  }

  @Test
  void csvCellsAreReadWithEmptyConsentMeaningYes() {
    Program p = csv("j1,mentor,2,1,,s1,s1;s2\n"
        + "j2,mentor,2,1,NO,,\n"
        + "j3,mentor,2,1,yes,,s2\n"
        + "s1,mentee,9,1,,,j3;j1\n"
        + "s2,mentee,9,1,no,,\n");
    Participant j1 = p.mentors().get(0);
    assertThat(j1.consent()).isEqualTo(Consent.GIVEN);
    assertThat(j1.pin()).contains(ParticipantId.of("s1"));
    assertThat(j1.preferences()).containsExactly(ParticipantId.of("s1"), ParticipantId.of("s2"));
    assertThat(p.mentors().get(1).hasConsent()).isFalse();
    assertThat(p.mentors().get(2).consent()).isEqualTo(Consent.GIVEN);
    assertThat(p.mentees().get(1).consent()).isEqualTo(Consent.WITHDRAWN);
    assertThat(p.pinned()).containsExactly(MentoringPair.of("j1", "s1"));
  }

  @Test
  void everyPinAndPreferenceProblemIsLocatedAtItsCell() {
    var e = csvFailure(HEADER
        + "j1,mentor,2,1,maybe,,\n"                   // line 2
        + "j2,mentor,2,1,,j4,\n"                      // 3: same role
        + "j3,mentor,2,1,,s1,\n"                      // 4: s1 pins j4 instead
        + "j4,mentor,2,1,,,\n"                        // 5
        + "s1,mentee,9,1,,j4,\n"                      // 6
        + "s2,mentee,9,1,,j5,\n"                      // 7: j5 lacks consent
        + "j5,mentor,2,1,no,,\n"                      // 8
        + "j6,mentor,2,1,,,\n"                        // 9
        + "s3,mentee,9,1,,j6,\n"                      // 10
        + "s4,mentee,9,1,,j6,\n");                    // 11: j6 over capacity
    assertThat(errors(e)).containsExactlyInAnyOrder(
        "participants.csv:2:consent: expected yes, no or an empty cell (yes), found 'maybe'",
        "participants.csv:3:pin: expected the id of a mentee, found 'j4', who is a mentor too",
        "participants.csv:4:pin: 'j3' pins 's1', who pins 'j4' instead: expected both sides to name each other",
        "participants.csv:7:pin: a pinned pair needs the consent of both, but the partner has withdrawn it",
        "participants.csv:11:pin: 'j6' has more active and pinned partners than its capacity 1");
  }

  @Test
  void unknownIdsInPinsAndPreferencesAreErrors() {
    var e = csvFailure(HEADER + "j1,mentor,2,1,,nobody,s1;ghost;j2\ns1,mentee,9,1,,,\nj2,mentor,2,1,,,\n");
    assertThat(errors(e)).containsExactlyInAnyOrder(
        "participants.csv:2:pin: expected the id of a mentee, found 'nobody' (not in the programme)",
        "participants.csv:2:preferences: expected the id of a mentee, found 'ghost' (not in the programme)",
        "participants.csv:2:preferences: expected the id of a mentee, found 'j2', who is a mentor too");
  }

  @Test
  void jsonFieldsAreReadAndLocated() {
    Program p = ProgramJson.read(new StringReader("{\"format\": \"reverso/program@1\","
        + "\"mentors\": [{\"id\": \"j1\", \"seniority\": 2, \"pin\": \"s1\", \"preferences\": [\"s1\"]}],"
        + "\"mentees\": [{\"id\": \"s1\", \"seniority\": 9, \"consent\": \"yes\"},"
        + " {\"id\": \"s2\", \"seniority\": 9, \"consent\": false}]}"), "program.json");
    assertThat(p.pinned()).containsExactly(MentoringPair.of("j1", "s1"));
    assertThat(p.mentees().get(1).hasConsent()).isFalse();
    var e = jsonFailure("{\"format\": \"reverso/program@1\",\n"
        + "\"mentors\": [{\"id\": \"j1\", \"seniority\": 2, \"pin\": \"zz\"},\n"
        + " {\"id\": \"j2\", \"seniority\": 2, \"consent\": \"perhaps\"}]}");
    assertThat(errors(e)).containsExactly(
        "program.json:3:42 (mentors[1].consent): expected \"yes\" or \"no\", found 'perhaps'",
        "program.json:2:49 (mentors[0].pin): expected the id of a mentee, found 'zz' (not in the programme)");
  }

  @Test
  void bothFormatsWriteAndReadTheDecisionsBack() {
    Program p = csv("j1,mentor,2,1,,s1,s1;s2\nj2,mentor,2,1,no,,\ns1,mentee,9,1,,,j2;j1\ns2,mentee,9,1,,,\n");
    StringWriter out = new StringWriter();
    ParticipantsCsv.write(p, out);
    assertThat(out.toString()).contains(",consent,pin,preferences");
    assertThat(ParticipantsCsv.read(new StringReader(out.toString()), "again.csv")).isEqualTo(p);
    StringWriter json = new StringWriter();
    ProgramJson.write(p, json);
    assertThat(ProgramJson.read(new StringReader(json.toString()), "again.json")).isEqualTo(p);
  }

  @Test
  void withoutDecisionsTheCsvHasNoDecisionColumns() {
    Program p = csv("j1,mentor,2,1,,,\ns1,mentee,9,1,,,\n");
    StringWriter out = new StringWriter();
    ParticipantsCsv.write(p, out);
    assertThat(out.toString()).doesNotContain("consent");
  }
}
