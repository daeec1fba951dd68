package dev.reverso.reporting.programreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reverso.reporting.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/report-format.md documents every JSON field and CSV column, and its JSON example matches real output. */
class ReportFormatDocTest {
  private static final Path DOC = Path.of("..", "docs", "report-format.md");
  private static final ProgramReport REPORT = ProgramReportFixture.small().report();
  private static final ProgramReport WITH_NAMES = ProgramReportFixture.small().report(ProgramReportOptions.defaults()
      .withPseudonymKey(ProgramReportFixture.KEY).withNames(true));

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  @Test
  void everyJsonFieldIsDocumented() throws IOException {
    Set<String> fields = new TreeSet<>();
    collect(new ObjectMapper().readTree(WITH_NAMES.render(ReportFormat.JSON)), fields);
    String doc = doc();
    assertThat(fields).isNotEmpty().allSatisfy(f -> assertThat(doc).as("field %s", f).contains("`" + f + "`"));
  }

  @Test
  void everyCsvColumnIsDocumented() throws IOException {
    String header = WITH_NAMES.render(ReportFormat.CSV).lines().findFirst().orElseThrow();
    String doc = doc();
    for (String column : header.split(",")) {
      assertThat(doc).as("column %s", column).contains("`" + column + "`");
    }
  }

  @Test
  void theJsonExampleIsAnExcerptOfTheRealOutput() throws IOException {
    Matcher m = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(doc());
    assertThat(m.find()).isTrue();
    JsonNode example = new ObjectMapper().readTree(m.group(1));
    JsonNode actual = new ObjectMapper().readTree(REPORT.render(ReportFormat.JSON));
    assertThat(example.get("format")).isEqualTo(actual.get("format"));
    assertThat(example.get("privacy")).isEqualTo(actual.get("privacy"));
    JsonNode pair = example.at("/pairs/0");
    JsonNode same = null;
    for (JsonNode p : actual.get("pairs")) {
      if (p.get("pseudonym").equals(pair.get("pseudonym"))) {
        same = p;
      }
    }
    assertThat(same).isEqualTo(pair);
    assertThat(example.at("/coverage/0/groups/0")).isEqualTo(actual.at("/coverage/0/groups/0"));
  }

  private static void collect(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!name.equals(name.toUpperCase(java.util.Locale.ROOT))) { // enum keys such as AT_RISK are values
          out.add(name);
        }
        collect(node.get(name), out);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    }
  }
}
