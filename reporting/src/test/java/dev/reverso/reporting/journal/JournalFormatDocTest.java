package dev.reverso.reporting.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import dev.reverso.reporting.journal.storage.EventCodec;

/** The examples in docs/journal-format.md are valid, canonical lines, and every event type has one. */
class JournalFormatDocTest {

  @Test
  void everyExampleDecodesAndIsWrittenExactlyAsTheCodecWritesIt() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "docs", "journal-format.md"), StandardCharsets.UTF_8);
    List<String> examples = new ArrayList<>();
    boolean inBlock = false;
    for (String line : lines) {
      if (line.startsWith("```")) {
        inBlock = line.equals("```jsonl");
      } else if (inBlock) {
        examples.add(line);
      }
    }
    Set<Class<?>> types = new HashSet<>();
    for (String example : examples) {
      JournalEvent e = EventCodec.decode(example);
      assertThat(EventCodec.encode(e)).isEqualTo(example);
      types.add(e.getClass());
    }
    assertThat(types).containsExactlyInAnyOrder(JournalEvent.class.getPermittedSubclasses());
  }
}
