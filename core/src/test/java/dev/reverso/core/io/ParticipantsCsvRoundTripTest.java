package dev.reverso.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.Program;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The participants CSV round trips exactly on generated programmes without a taxonomy. */
class ParticipantsCsvRoundTripTest {

  @Provide
  Arbitrary<Program> programs() {
    // An empty programme has no CSV form (a header alone reads as an error; ParticipantsCsv refuses to
    // write it): the generator draws one about once in 3 300 tries.
    return RandomPrograms.programs(false).filter(p -> !p.people().isEmpty());
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
  void readingWhatWasWrittenGivesTheSameProgram(@ForAll("programs") Program program) {
    String csv = ParticipantsCsv.toCsv(program);
    Program back = ParticipantsCsv.read(new StringReader(csv), "participants.csv");
    assertThat(back).isEqualTo(program);
    assertThat(back.warnings()).isEqualTo(program.warnings());
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void writingAgainGivesTheSameBytes(@ForAll("programs") Program program) {
    byte[] first = ParticipantsCsv.toCsv(program).getBytes(StandardCharsets.UTF_8);
    Program back = ParticipantsCsv.read(new ByteArrayInputStream(first), "participants.csv");
    assertThat(ParticipantsCsv.toCsv(back).getBytes(StandardCharsets.UTF_8)).isEqualTo(first);
    assertThat(first.length < 3 || first[0] != (byte) 0xEF).as("no byte order mark").isTrue();
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
  void jsonAndCsvDescribeTheSameProgram(@ForAll("programs") Program program) {
    Program viaCsv = ParticipantsCsv.read(new StringReader(ParticipantsCsv.toCsv(program)), "p.csv");
    Program viaJson = ProgramJson.read(new StringReader(ProgramJson.toJson(viaCsv)), "p.json");
    assertThat(viaJson).isEqualTo(program);
  }
}
