package dev.reverso.reporting.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Scoring model JSON" section of docs/formats.md shows the fixture exactly and errors as they are reported. */
class ScoringFormatDocTest {

  /** The fenced blocks of the section, each with its info string as the first element. */
  private static List<List<String>> blocks() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "docs", "formats.md"), StandardCharsets.UTF_8);
    int start = lines.indexOf("## Scoring model JSON (`reverso/scoring@1`)");
    assertThat(start).as("section heading").isNotNegative();
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = null;
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.startsWith("```")) {
        if (current == null) {
          current = new ArrayList<>();
          current.add(line.substring(3));
        } else {
          blocks.add(current);
          current = null;
        }
      } else if (current != null) {
        current.add(line);
      }
    }
    return blocks;
  }

  private static String text(List<String> block) {
    return String.join("\n", block.subList(1, block.size())) + "\n";
  }

  @Test
  void theExampleIsTheFixtureAndWhatTheWriterWrites() throws IOException {
    List<List<String>> json = blocks().stream().filter(b -> b.get(0).equals("json")).toList();
    assertThat(text(json.get(0))).isEqualTo(ScoringModelFilesTest.fixture())
        .isEqualTo(ScoringModelFiles.toJson(ScoringModelFilesTest.exampleModel()));
  }

  @Test
  void theErrorExampleShowsExactlyWhatTheReaderReports() throws IOException {
    List<List<String>> blocks = blocks();
    int bad = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).get(0).equals("json")) {
        bad = i;
      }
    }
    String file = text(blocks.get(bad));
    List<String> expected = blocks.get(bad + 1).subList(1, blocks.get(bad + 1).size());
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ScoringModelFiles.fromJson(file, "scoring.json"));
    assertThat(e.problems()).extracting(Problem::toString).containsExactlyElementsOf(expected);
  }
}
