package dev.reverso.reporting.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.matching.result.MatchResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example in docs/matches-format.md reads, and is written exactly as the codec writes it. */
class MatchesFormatDocTest {

  @Test
  void theExampleIsCanonical() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "docs", "matches-format.md"), StandardCharsets.UTF_8);
    StringBuilder example = new StringBuilder();
    boolean inBlock = false;
    int blocks = 0;
    for (String line : lines) {
      if (line.startsWith("```")) {
        inBlock = line.equals("```json");
        blocks += inBlock ? 1 : 0;
      } else if (inBlock) {
        example.append(line).append('\n');
      }
    }
    assertThat(blocks).isEqualTo(1);
    MatchResult result = MatchesJson.fromJson(example.toString(), "matches-format.md");
    assertThat(result.pairs()).hasSize(1);
    assertThat(result.unmatched()).hasSize(1);
    assertThat(MatchesJson.idsOnly().toJson(result)).isEqualTo(example.toString());
  }
}
