package dev.reverso.core.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Program;
import dev.reverso.core.io.ImportOptions;
import dev.reverso.core.io.ImportResult;
import dev.reverso.core.io.ParticipantsCsv;
import dev.reverso.core.io.ProgramJson;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Found by the fuzzer: an unpaired surrogate (from a {@link java.io.Reader}, or a {@code \\uD800} escape in
 * JSON) was accepted, and the programme then could not be written as UTF-8 and read back equal (the
 * encoder writes '?' in its place). The readers now refuse it, with its location.
 */
class UnpairedSurrogateRegressionTest {
  private static final String JSON = """
      {
        "format": "reverso/program@1",
        "mentors": [
          {"id": "m1", "name": "NAME", "seniority": 2, "skills": {"genai": 4}}
        ]
      }
      """;

  private static final String CSV = "id,role,seniority,department\nm1,mentor,2,DEPT\n";

  @Test
  void anUnpairedSurrogateFromAReaderIsRefusedInJson() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ProgramJson.read(new StringReader(JSON.replace("NAME", "Ann\uD800")), "program.json"));
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("program.json:4");
      assertThat(p.message()).contains("unpaired surrogate");
    });
  }

  @Test
  void anEscapedUnpairedSurrogateIsRefusedAtItsField() {
    String json = JSON.replace("NAME", "Ann\\uD800");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ProgramJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "program.json"));
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("program.json:4:26 (mentors[0].name)");
      assertThat(p.message()).contains("unpaired surrogate (\\uD800) at character 4");
    });
  }

  @Test
  void anEscapedUnpairedSurrogateInAKeyIsRefused() {
    String json = JSON.replace("genai", "gen\\uDC00ai");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ProgramJson.read(new StringReader(json), "program.json"));
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement()
        .satisfies(p -> assertThat(p.location()).startsWith("program.json:4:").endsWith("(mentors[0].skills.gen\uDC00ai)"));
  }

  @Test
  void aLenientImportRejectsOnlyTheRecordWithTheSurrogate() {
    String json = JSON.replace("]", ", {\"id\": \"m2\", \"name\": \"\\uDFFF\", \"seniority\": 1}]");
    ImportResult result = ProgramJson.importFrom(new StringReader(json.replace("NAME", "Ann")), "program.json",
        ImportOptions.lenient());
    assertThat(result.acceptedCount()).isEqualTo(1);
    assertThat(result.rejected()).singleElement().satisfies(r -> assertThat(r.location()).startsWith("program.json:5:"));
  }

  @Test
  void anUnpairedSurrogateFromAReaderIsRefusedInCsv() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ParticipantsCsv.read(new StringReader(CSV.replace("DEPT", "Sales\uDC00")), "participants.csv"));
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("participants.csv:2");
      assertThat(p.message()).contains("unpaired surrogate");
    });
  }

  @Test
  void aHighSurrogateAtTheVeryEndIsRefused() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ParticipantsCsv.read(new StringReader(CSV + "\uD83D"), "participants.csv"));
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.location()).isEqualTo("participants.csv:3"));
  }

  @Test
  void aPairSplitAcrossReadsIsStillAccepted() {
    // the readers fill 8 192-character buffers: rows of emoji put a pair's halves on both sides of a boundary
    String department = "\uD83D\uDE00".repeat(100);
    for (int shift = 0; shift < 2; shift++) {
      StringBuilder csv = new StringBuilder("id,role,seniority,department\n");
      for (int i = 0; i < 60; i++) {
        csv.append("x".repeat(shift)).append('p').append(i).append(",,2,").append(department).append('\n');
      }
      Program program = ParticipantsCsv.read(new StringReader(csv.toString()), "participants.csv");
      assertThat(program.people()).hasSize(60).allSatisfy(p -> assertThat(p.department()).contains(department));
      assertThat(ProgramJson.read(new StringReader(ProgramJson.toJson(program)), "program.json")).isEqualTo(program);
    }
  }
}
