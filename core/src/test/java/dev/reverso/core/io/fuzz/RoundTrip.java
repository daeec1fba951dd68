package dev.reverso.core.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.Program;
import dev.reverso.core.io.ParticipantsCsv;
import dev.reverso.core.io.ProgramJson;
import dev.reverso.core.io.UnsupportedFormatException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/** What must hold for a programme that was read: it writes, and what it writes reads back equal. */
final class RoundTrip {
  private RoundTrip() {}

  /** Program JSON: as characters and as the UTF-8 bytes a file would hold; writing is deterministic. */
  static void json(Program program) {
    String text = ProgramJson.toJson(program);
    Program back = ProgramJson.read(new StringReader(text), "again.json");
    assertThat(back).as("Program JSON read back").isEqualTo(program);
    assertThat(ProgramJson.toJson(back)).isEqualTo(text);
    Program fromBytes = ProgramJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "again.json");
    assertThat(fromBytes).as("Program JSON read back from UTF-8 bytes").isEqualTo(program);
  }

  /** A programme read from CSV: it writes as CSV and as JSON, and both read back equal. */
  static void csv(Program program) {
    if (program.everyone().isEmpty()) {
      // a lenient import that rejected every row: no people has no CSV form (a header alone is refused)
      assertThatThrownBy(() -> ParticipantsCsv.toCsv(program)).isInstanceOf(UnsupportedFormatException.class);
      json(program);
      return;
    }
    String text = ParticipantsCsv.toCsv(program);
    Program back = ParticipantsCsv.read(new StringReader(text), "again.csv");
    assertThat(back).as("CSV read back").isEqualTo(program);
    assertThat(ParticipantsCsv.toCsv(back)).isEqualTo(text);
    Program fromBytes = ParticipantsCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "again.csv");
    assertThat(fromBytes).as("CSV read back from UTF-8 bytes").isEqualTo(program);
    json(program);
  }
}
