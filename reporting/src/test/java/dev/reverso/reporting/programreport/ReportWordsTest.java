package dev.reverso.reporting.programreport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.Role;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.i18n.Texts;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.HealthRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every word of the programme report, the cohort trends and the circles pages comes from the {@code messages}
 * bundles: the renderers hold no user-facing string of their own, every key they name exists, and the Italian
 * rendering of a report is Italian.
 */
class ReportWordsTest {
  /** The renderers whose words must all come from the bundles. */
  static final List<String> RENDERERS = List.of(
      "dev/reverso/reporting/programreport/ProgramReportHtml.java",
      "dev/reverso/reporting/programreport/ProgramReportMarkdown.java",
      "dev/reverso/reporting/programreport/CohortTrends.java",
      "dev/reverso/reporting/programreport/CircleSection.java",
      "dev/reverso/reporting/programreport/ReportText.java",
      "dev/reverso/reporting/group/CirclesHtml.java");

  static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  /** A bundle key, an argument name, an id or a CSS class: no space, so never a sentence for a reader. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.,\\-]*");
  private static final Pattern KEY = Pattern.compile("(?:get|has)\\(\"([a-z][A-Za-z0-9_.\\-]*)\"");

  /**
   * A source scan: a string literal with a space and a letter in it is text for a reader, and has no place in a
   * renderer (exception messages for programmers and CSV/JSON field names excepted).
   */
  @Test
  void renderersHoldNoUserFacingString() throws IOException {
    List<String> found = new ArrayList<>();
    for (String file : RENDERERS) {
      List<String> lines = Files.readAllLines(SOURCES.resolve(file), UTF_8);
      boolean javadoc = false;
      for (int n = 0; n < lines.size(); n++) {
        String line = lines.get(n).strip();
        if (line.startsWith("/**") || line.startsWith("/*")) {
          javadoc = !line.contains("*/");
          continue;
        }
        if (javadoc) {
          javadoc = !line.contains("*/");
          continue;
        }
        if (line.startsWith("//") || line.contains("Exception(") || line.contains("Exception.of(")
            || line.startsWith("requireNonNull")
            || line.startsWith("csv.row(")) {
          continue;
        }
        Matcher m = LITERAL.matcher(line);
        while (m.find()) {
          // escape sequences such as \n are not letters
          String s = m.group(1).replaceAll("\\\\.", " ");
          if (s.chars().anyMatch(Character::isLetter) && !CODE.matcher(s).matches() && !markup(s)) {
            found.add(file + ":" + (n + 1) + " \"" + s + "\"");
          }
        }
      }
    }
    assertThat(found).as("user-facing strings outside the bundles").isEmpty();
  }

  /** HTML or SVG markup written by the renderer itself (tags and attributes, no words for a reader). */
  private static boolean markup(String s) {
    return s.matches("(?s)\\s*(</?[a-z]+( [a-z-]+=\\s*[a-z -]*)*\\s*/?>\\s*)+")
        || s.matches("tag [a-z-]*") || s.matches("%[-.0-9a-z]+")
        // toString() of a value type: its name and field names, for programmers
        || s.matches("[A-Z][A-Za-z]*\\[[a-z]+=");
  }

  /** Every key a renderer names, and every key made from an enum constant, exists. */
  @Test
  void everyKeyNamedExists() throws IOException {
    Texts en = Texts.of(Locale.ENGLISH);
    Set<String> keys = new LinkedHashSet<>();
    for (String file : RENDERERS) {
      Matcher m = KEY.matcher(Files.readString(SOURCES.resolve(file), UTF_8));
      while (m.find()) {
        if (!m.group(1).endsWith(".")) { // a prefix completed by an enum constant, checked below
          keys.add(m.group(1));
        }
      }
    }
    assertThat(keys).hasSizeGreaterThan(100);
    for (PairStatus s : PairStatus.values()) {
      keys.add("status." + s.name());
    }
    for (CloseReason c : CloseReason.values()) {
      keys.add("closeReason." + c.name());
    }
    for (HealthRule h : HealthRule.values()) {
      keys.add("health." + h.name());
    }
    for (Side s : Side.values()) {
      keys.add("side." + s.name());
      keys.add("skills.title." + s.name());
      keys.add("skills.chart.description." + s.name());
      keys.add("skills.chart.caption." + s.name());
    }
    for (Role r : Role.values()) {
      keys.add("role." + r.name());
    }
    for (UnmatchedReason u : UnmatchedReason.values()) {
      keys.add("unassigned." + u.name());
    }
    List<String> missing = keys.stream().filter(k -> !en.has(k)).toList();
    assertThat(missing).as("keys named by the renderers but missing from messages.properties").isEmpty();
  }

  /** The same report in Italian: the three Rs by their Italian names, statuses as words, Italian numbers. */
  @Test
  void theItalianReportIsItalian() {
    ProgramReport report = ProgramReportFixture.small().report();
    String it = ProgramReport.renderer(ReportFormat.HTML).withLocale(Locale.ITALIAN).renderToString(report);
    String en = ProgramReport.renderer(ReportFormat.HTML).withLocale(Locale.ENGLISH).renderToString(report);
    assertThat(it).contains("<html lang=\"it\">", "Reciprocità", "Riconoscimento", "Relazione", "Le tre R",
        "Stato delle coppie", "attiva", "a rischio", "dormiente", "chiusa", "0,57")
        .doesNotContain("Reciprocity", "The three Rs", "Pair health", "no data", "suppressed");
    assertThat(en).contains("Reciprocity", "The three Rs", "Pair health", "0.57").doesNotContain("Reciprocità");
    String md = ProgramReport.renderer(ReportFormat.MARKDOWN).withLocale(Locale.ITALIAN).renderToString(report);
    assertThat(md).contains("# Report del programma al").contains("| Reciprocità |");
  }
}
