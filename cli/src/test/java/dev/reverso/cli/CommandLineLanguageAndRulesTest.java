package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.cli.ReversoCommandTest.Run;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.match.MatchesJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line people read: {@code --locale} on the commands that write reports (the Italian demo has no English
 * left on its programme report, trends and circles pages), help that never splits a word or a path, examples with
 * ids of the demo, and the match rules and time limit of {@code match} and {@code explain}.
 */
class CommandLineLanguageAndRulesTest {
  @TempDir
  static Path dir;

  static Path org;
  static Program program;

  @BeforeAll
  static void sample() throws IOException {
    program = SampleOrganization.generate(300, 11);
    org = dir.resolve("org.json");
    ProgramFiles.write(program, org);
  }

  /**
   * English words that have no place on an Italian page. Data (department, skill and strategy names, ids) is
   * English in the sample organisation and is not searched: the words are chosen so that none of them is data,
   * and none is an English loanword Italian uses as it is (report, feedback, mentor, mentee, junior, senior).
   */
  static final List<String> ENGLISH = List.of("the", "and", "of", "with", "which", "who", "pairs", "pair", "score",
      "scores", "by", "are", "is", "no data", "suppressed", "active", "at risk", "dormant", "closed", "learned",
      "coverage", "sessions", "what", "mentors'", "mentees'", "headcount", "group", "share",
      "each", "from", "not", "were", "counted", "circles", "circle", "everyone", "reason", "any", "trends", "cohort",
      "woman", "man", "non-binary");

  @Test
  void theItalianDemoWritesItalianReportsWithNoEnglishLeft() throws IOException {
    Path out = dir.resolve("demo-it");
    Run r = run("demo", "--people", "240", "--locale", "it", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    // the summary too
    assertThat(r.out()).contains("Demo di Reverso: 240 persone", "Le tre R (da 0 a 1): reciprocità ", "Scritti in ")
        .doesNotContain("Matched", "The three Rs", "Wrote ");
    for (String page : List.of("match-report.html", "program-report.html", "cohort-trends.html",
        "circles-report.html")) {
      String html = Files.readString(out.resolve(page), UTF_8);
      assertThat(html).as(page).contains("<html lang=\"it\">");
      String text = visibleText(html);
      List<String> found = new ArrayList<>();
      for (String word : ENGLISH) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\-])" + Pattern.quote(word) + "(?![\\p{L}\\-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        if (m.find()) {
          int from = Math.max(0, m.start() - 40);
          found.add(word + " in «" + text.substring(from, Math.min(text.length(), m.end() + 40)) + "»");
        }
      }
      assertThat(found).as("English words on the Italian %s", page).isEmpty();
    }
    String report = visibleText(Files.readString(out.resolve("program-report.html"), UTF_8));
    assertThat(report).contains("Reciprocità", "Riconoscimento", "Relazione", "Stato delle coppie");
    // the English demo of the same organisation says the same in English
    Path en = dir.resolve("demo-en");
    assertThat(run("demo", "--people", "240", "--out", en.toString()).exitCode()).isZero();
    String english = visibleText(Files.readString(en.resolve("program-report.html"), UTF_8));
    assertThat(english).contains("Reciprocity", "Recognition", "Relationship", "Pair health").doesNotContain("Reciprocità");
  }

  /** The page's text as a reader sees it: no tags, no style sheet, entities of the escaper decoded. */
  static String visibleText(String html) {
    String body = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<title>.*?</title>", " ")
        .replaceAll("(?s)<desc[^>]*>.*?</desc>", " ");
    // pair pseudonyms, ids and file names are codes, not words; the Net Promoter Score keeps its (trademarked) English name
    body = body.replaceAll("(?s)<code>.*?</code>", " ").replace("Net Promoter Score", "NPS");
    return body.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replaceAll("[\\w.-]+\\.(json|jsonl|csv|html|md)\\b", " ")
        .replaceAll("\\s+", " ");
  }

  @Test
  void anUnsupportedLocaleIsAUsageErrorNamingTheLanguages() {
    Run r = run("match", "--in", org.toString(), "--locale", "fr", "--out", dir.resolve("fr").toString());
    assertThat(r.exitCode()).isEqualTo(ReversoCommand.EXIT_INVALID_INPUT);
    assertThat(r.err()).contains("--locale").contains("en or it").contains("'fr'");
    assertThat(dir.resolve("fr")).doesNotExist();
  }

  @Test
  void everyReportWritingCommandTakesLocale() {
    CommandLine cl = ReversoCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        List.of());
    for (String command : List.of("demo", "match", "report", "circles", "explain", "board", "shortlist",
        "next-cohort", "sample", "validate")) {
      assertThat(cl.getSubcommands().get(command).getCommandSpec().findOption("--locale")).as(command).isNotNull();
    }
    for (String group : List.of("record", "journal")) {
      cl.getSubcommands().get(group).getSubcommands().forEach((name, sub) ->
          assertThat(sub.getCommandSpec().findOption("--locale")).as(group + " " + name).isNotNull());
    }
  }

  @Test
  void sampleSaysWhatItWroteInItalian() {
    Path file = dir.resolve("it-sample.csv");
    Run r = run("sample", "--people", "300", "--locale", "it", "--out", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Scritto " + file + ": 300 persone (").contains("solo nell'organigramma", "seme 42")
        .doesNotContain("Wrote", "people");
    Run v = run("validate", "--in", file.toString(), "--locale", "it");
    assertThat(v.exitCode()).as(v.err()).isZero();
    assertThat(v.out()).startsWith(file + ": programma valido").contains("Per reparto", "I mentee vogliono imparare",
        "Avvisi: ").doesNotContain("valid programme", "By department", "Warnings");
  }

  /** Every help page at 80 columns: no word or path split across lines, every example on one line as written. */
  @Test
  void helpNeverBreaksAWordOrAPathAndKeepsExamplesWhole() {
    CommandLine cl = ReversoCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        List.of());
    List<CommandLine> all = new ArrayList<>();
    collect(cl, all);
    assertThat(all).hasSizeGreaterThan(10);
    for (CommandLine c : all) {
      StringWriter help = new StringWriter();
      c.usage(new PrintWriter(help));
      String text = help.toString();
      Set<String> tokens = new LinkedHashSet<>(List.of(text.split("\\s+")));
      String name = c.getCommandSpec().qualifiedName();
      List<String> sources = new ArrayList<>(List.of(c.getCommandSpec().usageMessage().description()));
      c.getCommandSpec().options().forEach(o -> sources.addAll(List.of(o.description())));
      for (String source : sources) {
        for (String word : format(source).split("\\s+")) {
          if (!word.isEmpty()) {
            assertThat(tokens).as("%s --help keeps '%s' whole", name, word).contains(word);
          }
        }
      }
      List<String> lines = text.lines().toList();
      List<String> footer = List.of(c.getCommandSpec().usageMessage().footer());
      for (String example : footer) {
        assertThat(lines).as("%s --help prints the footer line as written", name).contains(example);
      }
      int width = c.getCommandSpec().usageMessage().width();
      for (String line : lines) {
        if (!footer.contains(line) && !line.startsWith("Usage:") && !line.startsWith(" ".repeat(8) + "[")) {
          // only a single word longer than the line may stick out
          assertThat(line.length() <= width || line.strip().split(" +").length <= 2)
              .as("%s --help line fits in %d columns: %s", name, width, line).isTrue();
        }
      }
    }
  }

  /** picocli's format specifiers, as HelpLayout applies them; a text that is not a format stays as it is. */
  private static String format(String s) {
    try {
      return String.format(Locale.ROOT, s);
    } catch (java.util.IllegalFormatException e) {
      return s;
    }
  }

  private static void collect(CommandLine c, List<CommandLine> out) {
    out.add(c);
    c.getSubcommands().values().forEach(s -> collect(s, out));
  }

  /** Ids in the examples (--mentor, --mentee) exist in the demo's organisation, in that role. */
  @Test
  void examplesUseIdsOfTheDemo() {
    Program demo = SampleOrganization.options().generate();
    CommandLine cl = ReversoCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        List.of());
    List<CommandLine> all = new ArrayList<>();
    collect(cl, all);
    int checked = 0;
    Pattern id = Pattern.compile("--(mentor|mentee) (\\S+)");
    for (CommandLine c : all) {
      for (String line : c.getCommandSpec().usageMessage().footer()) {
        Matcher m = id.matcher(line);
        while (m.find()) {
          Role role = m.group(1).equals("mentor") ? Role.MENTOR : Role.MENTEE;
          assertThat(demo.role(ParticipantId.of(m.group(2)))).as("%s in '%s'", m.group(2), line).hasValue(role);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(6);
  }

  @Test
  void minSeniorityGapHoldsForEveryPairAndChangesTheMatch() throws IOException {
    MatchResult plain = match("plain");
    assertThat(plain.pairs()).anySatisfy(p -> assertThat(gap(p)).isLessThan(5));
    MatchResult gapped = match("gap", "--min-seniority-gap", "5");
    assertThat(gapped.pairs()).isNotEmpty().allSatisfy(p -> assertThat(gap(p)).isGreaterThanOrEqualTo(5));
  }

  @Test
  void maxTimeZoneDifferenceHoldsForEveryPair() throws IOException {
    MatchResult plain = match("tz-plain");
    assertThat(plain.pairs()).anySatisfy(p -> assertThat(offsetHours(p)).isGreaterThan(1));
    MatchResult near = match("tz", "--max-time-zone-difference", "1");
    assertThat(near.pairs()).isNotEmpty().allSatisfy(p -> assertThat(offsetHours(p)).isLessThanOrEqualTo(1));
  }

  @Test
  void aTimeLimitTooShortStopsTheMatchWithExitTwo() {
    Run r = run("match", "--in", org.toString(), "--time-limit", "1ms", "--out", dir.resolve("late").toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ReversoCommand.EXIT_INVALID_INPUT);
    assertThat(r.err()).containsIgnoringCase("deadline");
    Run ok = run("match", "--in", org.toString(), "--time-limit", "2m", "--out", dir.resolve("in-time").toString());
    assertThat(ok.exitCode()).as(ok.err()).isZero();
  }

  @Test
  void badRuleValuesAreAllReportedAtOnce() {
    Run r = run("match", "--in", org.toString(), "--max-time-zone-difference", "13", "--min-seniority-gap", "-1",
        "--time-limit", "soon", "--out", dir.resolve("bad").toString());
    assertThat(r.exitCode()).isEqualTo(ReversoCommand.EXIT_INVALID_INPUT);
    assertThat(r.err()).contains("--max-time-zone-difference", "--min-seniority-gap", "--time-limit");
  }

  @Test
  void explainJudgesThePairUnderTheSameRules() {
    Pairing p = match("explain-source").pairs().get(0);
    String[] pair = {"explain", "--in", org.toString(), "--mentor", p.mentorId().value(), "--mentee",
        p.menteeId().value()};
    Run plain = run(pair);
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    assertThat(plain.out()).contains("allowed by every hard rule");
    List<String> strict = new ArrayList<>(List.of(pair));
    strict.addAll(List.of("--min-seniority-gap", Integer.toString(gap(p) + 1)));
    Run r = run(strict.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("allowed by every hard rule")
        .contains("NOT allowed (forbidden by Mentor more junior)");
  }

  @Test
  void explainSpeaksTheLocaleGiven() {
    Pairing p = match("explain-it").pairs().get(0);
    Run r = run("explain", "--in", org.toString(), "--mentor", p.mentorId().value(), "--mentee", p.menteeId().value(),
        "--locale", "it");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("ammessa da tutte le regole vincolanti", "Criterio", "Regole vincolanti")
        .doesNotContain("allowed by every hard rule", "Criterion", "Hard rules");
  }

  @Test
  void anUnknownStrategySaysHowPlugInsAreFound() {
    Run r = run("match", "--in", org.toString(), "--strategy", "round-robin", "--out", dir.resolve("rr").toString());
    assertThat(r.exitCode()).isEqualTo(ReversoCommand.EXIT_INVALID_INPUT);
    assertThat(r.err()).contains("--strategy", "optimal", "--plugins DIR", "java -cp reverso.jar:plugin.jar "
        + "dev.reverso.cli.ReversoCommand");
  }

  @Test
  void pluginsMustBeADirectoryWithJars() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("no-jars"));
    Run r = run("strategies", "--plugins", empty.toString());
    assertThat(r.exitCode()).isEqualTo(ReversoCommand.EXIT_INVALID_INPUT);
    assertThat(r.err()).contains("--plugins").contains("found none");
  }

  private static MatchResult match(String name, String... extra) {
    Path out = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("match", "--in", org.toString(), "--out", out.toString()));
    args.addAll(List.of(extra));
    Run r = run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    return MatchesJson.read(out.resolve(MatchesJson.FILE_NAME));
  }

  private static int gap(Pairing p) {
    return person(p.menteeId()).seniority() - person(p.mentorId()).seniority();
  }

  private static double offsetHours(Pairing p) {
    Participant a = person(p.mentorId());
    Participant b = person(p.menteeId());
    if (a.timeZone().isEmpty() || b.timeZone().isEmpty()) {
      return 0;
    }
    Instant at = Instant.parse("2026-01-15T12:00:00Z");
    ZoneOffset x = a.timeZone().get().getRules().getOffset(at);
    ZoneOffset y = b.timeZone().get().getRules().getOffset(at);
    double d = Math.abs(x.getTotalSeconds() - y.getTotalSeconds()) / 3600.0;
    return Math.min(d, 24 - d);
  }

  private static Participant person(ParticipantId id) {
    return program.participant(id).orElseThrow();
  }
}
