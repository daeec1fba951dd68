package dev.reverso.core.io;

import static dev.reverso.core.io.IoTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import dev.reverso.core.SkillTaxonomy;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The exact text the writers produce, and what the CSV writer refuses. */
class WritersTest {

  @Test
  void theJsonFixtureIsInCanonicalFormSoWritingItBackGivesTheSameText() {
    String fixture = resource("program.json");
    assertThat(ProgramJson.toJson(ProgramJson.read(new StringReader(fixture), "program.json"))).isEqualTo(fixture);
  }

  @Test
  void jsonFieldOrderAndNumbersAreFixed() {
    Program p = Program.builder()
        .mentor(Participant.builder("j1").seniority(1).hoursPerMonth(7.5).build())
        .mentee(Participant.builder("s1").seniority(9).hoursPerMonth(0.1).build())
        .build();
    assertThat(ProgramJson.toJson(p)).isEqualTo("{\n"
        + "  \"format\": \"reverso/program@1\",\n"
        + "  \"people\": [],\n"
        + "  \"mentors\": [\n"
        + "    {\n"
        + "      \"id\": \"j1\",\n"
        + "      \"seniority\": 1,\n"
        + "      \"hoursPerMonth\": 7.5,\n"
        + "      \"capacity\": 1\n"
        + "    }\n"
        + "  ],\n"
        + "  \"mentees\": [\n"
        + "    {\n"
        + "      \"id\": \"s1\",\n"
        + "      \"seniority\": 9,\n"
        + "      \"hoursPerMonth\": 0.1,\n"
        + "      \"capacity\": 1\n"
        + "    }\n"
        + "  ],\n"
        + "  \"history\": [],\n"
        + "  \"active\": []\n"
        + "}\n");
  }

  @Test
  void theCsvFixtureWrittenBackHasRowsGroupedByRole() {
    Program p = ParticipantsCsv.read(new StringReader(resource("participants.csv")), "participants.csv");
    String csv = ParticipantsCsv.toCsv(p);
    assertThat(csv).startsWith("id,name,role,manager_id,department,division,location,seniority,time_zone,languages,"
        + "hours_per_month,capacity,skills,goals,values,exclude,previous_mentors,current_mentors,cost_center\n"
        + "E1000,Marta Bianchi,,,Executive Office,Corporate,Milano,12,Europe/Rome,it;en,,1,,,,,,,CC-100\n"
        + "E2001,Aisha Khan,mentor,E1001,Sales,Commercial,London,3,Europe/London,en,8,1,social-media:5;genai:4,"
        + "negotiation:1>3:medium,inclusion:5;curiosity:4,,,,CC-200\n");
    assertThat(csv).contains("\nE2003,\"Lena \"\"Lee\"\" Novak\",mentor,")
        .contains("\nE1002,\"Larsen, Ingrid\",mentee,E1000,Finance,Corporate,Oslo,11,Europe/Oslo,en;de,6.5,2,"
            + "strategy:4;finance:5,data-viz:1>4:high;genai:0>2:low,inclusion:5,E2001,,E2002,CC-300\n")
        .doesNotContain("\r");
    assertThat(ParticipantsCsv.read(new StringReader(csv), "again.csv")).isEqualTo(p);
  }

  @Test
  void csvWithoutPairsHasNoMentorColumnsAndAttributesAreSortedByName() {
    Program p = Program.builder()
        .mentor(Participant.builder("j1").seniority(1).attribute("team", "a").attribute("Badge", "7").build())
        .mentee(Participant.builder("s1").seniority(9).attribute("site", "x, y").build())
        .build();
    assertThat(ParticipantsCsv.toCsv(p)).isEqualTo(
        "id,name,role,manager_id,department,division,location,seniority,time_zone,languages,hours_per_month,capacity,"
            + "skills,goals,values,exclude,Badge,site,team\n"
            + "j1,,mentor,,,,,1,,,,1,,,,,7,,a\n"
            + "s1,,mentee,,,,,9,,,,1,,,,,,\"x, y\",\n");
  }

  @Test
  void cellsAreQuotedOnlyWhenNeeded() {
    assertThat(ParticipantsCsv.quote("plain text")).isEqualTo("plain text");
    assertThat(ParticipantsCsv.quote("Zoë")).isEqualTo("Zoë");
    assertThat(ParticipantsCsv.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(ParticipantsCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ParticipantsCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(ParticipantsCsv.quote(" padded")).isEqualTo("\" padded\"");
    assertThat(ParticipantsCsv.quote("")).isEmpty();
  }

  @Test
  void whatCsvCannotHoldIsRefusedWithEveryReason() {
    Program p = Program.builder()
        .taxonomy(SkillTaxonomy.builder().skill("genai", "Generative AI").build())
        .person(Participant.builder("x;y").seniority(5).build())
        .mentor(Participant.builder("j1").seniority(1).displayName(" ").attribute("Role", "lead")
            .attribute("notes", "  ").attribute(" pad", "v").exclude("x;y").build())
        .mentee(Participant.builder("s1").seniority(9).attribute("team", "a").build())
        .mentee(Participant.builder("s2").seniority(9).attribute("TEAM", "b").build())
        .history(MentoringPair.of("s1", "j1"))
        .active(MentoringPair.of("j1", "s1"))
        .history(MentoringPair.of("x;y", "s2"))
        .build();
    UnsupportedFormatException e = catchThrowableOfType(UnsupportedFormatException.class, () -> ParticipantsCsv.toCsv(p));
    assertThat(e.errors()).extracting(x -> x.location() + ": " + x.message().substring(0, Math.min(40, x.message().length())))
        .containsExactly(
            "skills: a programme with a skill taxonomy cannot",
            "mentors[0].name: a blank name cannot be written as CSV, w",
            "mentors[0].exclusions[0]: the id 'x;y' contains ';', which separat",
            "mentors[0].attributes.Role: the attribute 'Role' has the name of a C",
            "mentors[0].attributes.notes: a blank attribute cannot be written as C",
            "mentors[0].attributes. pad: an attribute name with surrounding blank",
            "mentees[1].attributes.TEAM: the attribute 'TEAM' differs from 'team'",
            "history[0]: the pair s1->j1 cannot be written as CSV",
            "history[1].mentorId: the id 'x;y' contains ';', which separat");
    assertThat(e.errors()).allSatisfy(x -> assertThat(x.message()).contains(".json"));
    assertThat(e).isInstanceOf(dev.reverso.core.InvalidInputException.class);
    assertThat(e.errors()).extracting(Problem::isError).containsOnly(true);
  }

  @Test
  void shortestNumbersAreLocaleIndependentAndExact() {
    assertThat(Numbers.shortest(12)).isEqualTo("12");
    assertThat(Numbers.shortest(7.5)).isEqualTo("7.5");
    assertThat(Numbers.shortest(0.1)).isEqualTo("0.1");
    assertThat(Numbers.shortest(1.0 / 3)).isEqualTo("0.3333333333333333");
    assertThat(Numbers.shortest(1e-7)).isEqualTo("1E-7");
    assertThat(Numbers.shortest(3e20)).isEqualTo("3E+20");
    assertThat(Numbers.shortest(2e-3)).isEqualTo("0.002");
    assertThat(Numbers.shortest(-0.0)).isEqualTo("0");
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 10_000; i++) {
      double d = i % 2 == 0 ? r.nextDouble() * 1000 : Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL);
      String s = Numbers.shortest(d);
      assertThat(Double.parseDouble(s)).isEqualTo(d);
      assertThat(Numbers.DECIMAL.matcher(s).matches()).isTrue();
      // never more significant digits than the JDK's own round-trip text
      assertThat(new java.math.BigDecimal(s).stripTrailingZeros().precision())
          .isLessThanOrEqualTo(new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().precision());
    }
  }
}
