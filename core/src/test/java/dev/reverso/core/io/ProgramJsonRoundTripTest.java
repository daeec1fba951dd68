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

/** Program JSON round trips exactly on generated programmes. */
class ProgramJsonRoundTripTest {

  @Provide
  Arbitrary<Program> programs() {
    return RandomPrograms.programs(true);
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
  void readingWhatWasWrittenGivesTheSameProgram(@ForAll("programs") Program program) {
    String json = ProgramJson.toJson(program);
    Program back = ProgramJson.read(new StringReader(json), "program.json");
    assertThat(back).isEqualTo(program);
    assertThat(back.warnings()).isEqualTo(program.warnings());
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void writingAgainGivesTheSameBytes(@ForAll("programs") Program program) {
    byte[] first = ProgramJson.toJson(program).getBytes(StandardCharsets.UTF_8);
    Program back = ProgramJson.read(new ByteArrayInputStream(first), "program.json");
    byte[] second = ProgramJson.toJson(back).getBytes(StandardCharsets.UTF_8);
    assertThat(second).isEqualTo(first);
    assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("\r\n").endsWith("}\n");
  }
}
