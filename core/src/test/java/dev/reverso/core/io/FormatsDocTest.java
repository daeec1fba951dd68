package dev.reverso.core.io;

import static dev.reverso.core.io.IoTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The examples in docs/formats.md are exactly the fixtures the other tests read. */
class FormatsDocTest {

  private static String block(String doc, String language) {
    int start = doc.indexOf("```" + language + "\n");
    assertThat(start).as("a ```%s block in docs/formats.md", language).isNotNegative();
    start += language.length() + 4;
    return doc.substring(start, doc.indexOf("```\n", start));
  }

  @Test
  void theDocumentedExamplesAreTheTestedFixtures() throws IOException {
    // surefire runs in the module directory, the docs are one level up
    String doc = Files.readString(Path.of("..", "docs", "formats.md"), StandardCharsets.UTF_8);
    assertThat(block(doc, "json")).isEqualTo(resource("program.json"));
    assertThat(block(doc, "csv")).isEqualTo(resource("participants.csv"));
  }
}
