package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.reporting.i18n.Texts;
import dev.reverso.cli.ReversoCommandTest.Run;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.MatchingStrategies;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.storage.JournalReader;
import dev.reverso.reporting.match.MatchesJson;
import dev.reverso.reporting.scoring.ScoringModelFiles;
import java.util.Locale;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.reverso.matching.MatchingProblems;

/**
 * Exit codes 0, 2 (every problem with its location) and 1 (unexpected, one line) of demo, match, explain,
 * report and strategies. The unexpected failures are real environment failures: an output file that is a
 * directory, an input whose read fails with an I/O error, a plug-in that throws.
 */
class CommandExitCodesTest {
  @TempDir
  static Path shared;

  static Path program;
  static Path demoDir;

  @TempDir
  Path dir;

  @BeforeAll
  static void aDemoToWorkOn() {
    demoDir = shared.resolve("demo");
    Run demo = run("demo", "--people", "200", "--seed", "3", "--out", demoDir.toString());
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    program = demoDir.resolve("program.json");
  }

  // ------------------------------------------------------------------ demo

  @Test
  void demoRefusesBadOptionsNamingEachOne() {
    Run r = run("demo", "--people", "0", "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines().get(1)).startsWith("ERROR --people: expected 1 to");
    Run strategy = run("demo", "--strategy", "fastest", "--out", dir.toString());
    assertThat(strategy.exitCode()).isEqualTo(2);
    assertThat(strategy.errLines()).contains(
        "ERROR --strategy: expected one of " + String.join(", ", MatchingStrategies.names()) + ", found 'fastest'; "
            + PluginJars.HINT);
    assertThat(strategy.out()).isEmpty();
  }

  @Test
  void demoIntoAPathThatIsAFileIsInvalidInput() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    Run r = run("demo", "--people", "100", "--out", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("ERROR --out: expected a directory");
  }

  @Test
  void demoFailingToWriteIsAnUnexpectedFailure() throws IOException {
    Files.createDirectories(dir.resolve("program.json"));
    Run r = run("demo", "--people", "100", "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("reverso: unexpected error: ").contains("--verbose");
  }

  // ------------------------------------------------------------------ match

  @Test
  void matchWritesTheThreeFilesAndSummarises() throws IOException {
    Path out = dir.resolve("m");
    Run r = run("match", "--in", program.toString(), "--strategy", "STABLE", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    MatchResult result = MatchesJson.read(out.resolve("matches.json"));
    assertThat(result.strategy()).isEqualTo("stable");
    assertThat(out.resolve("pairs.csv")).isRegularFile();
    assertThat(out.resolve("match-report.html")).isRegularFile();
    assertThat(r.out().lines()).containsExactly(DemoSummary.matched(result), DemoSummary.unmatched(result),
        "Wrote " + out + ": matches.json, pairs.csv, match-report.html");
  }

  @Test
  void matchHonoursTheMinimumScore() throws IOException {
    Path out = dir.resolve("m");
    Run r = run("match", "--in", program.toString(), "--min-score", "0.8", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    MatchResult result = MatchesJson.read(out.resolve("matches.json"));
    // the demo's pinned pairs are kept whatever their score; every pair the strategy chose meets the minimum
    assertThat(result.pairs()).filteredOn(p -> !p.pinned() && !p.active()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.score()).isGreaterThanOrEqualTo(0.8));
    assertThat(result.unmatched()).anySatisfy(u -> assertThat(u.reason().name()).isEqualTo("BELOW_MINIMUM_SCORE"));
  }

  @Test
  void matchRefusesAnUnknownStrategyListingTheAvailableOnes() {
    Run r = run("match", "--in", program.toString(), "--strategy", "fastest", "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("reverso: invalid input: 1 error; fix every one listed",
        "ERROR --strategy: expected one of " + String.join(", ", MatchingStrategies.names()) + ", found 'fastest'; "
            + PluginJars.HINT);
    assertThat(MatchingStrategies.names()).contains("greedy", "optimal", "stable", "fair", "incremental");
  }

  @Test
  void matchRefusesABadFileWithEveryProblemLocated() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "id,role,seniority\ne1,mentor,abc\ne2,mentee,-3\n", UTF_8);
    Run r = run("match", "--in", bad.toString(), "--out", dir.resolve("m").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith("ERROR bad.csv:2:seniority: "))
        .anySatisfy(l -> assertThat(l).startsWith("ERROR bad.csv:3:seniority: "));
    assertThat(dir.resolve("m")).doesNotExist();
  }

  @Test
  void matchAndExplainUseTheScoringFile() throws IOException {
    ScoringModel model = ScoringModel.reverseMentoringDefaults().withWeight(Criteria.VALUE_ALIGNMENT_ID, 0.6)
        .without(Criteria.AVAILABILITY_FIT_ID);
    Path scoring = dir.resolve("scoring.json");
    ScoringModelFiles.write(model, scoring);
    Path out = dir.resolve("m");
    Run r = run("match", "--in", program.toString(), "--scoring", scoring.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Pairing first = MatchesJson.read(out.resolve("matches.json")).pairs().get(0);
    // the demo's mentees stated preferences: the preference criterion joins at weight 0 to explain ranks
    assertThat(first.explanation().contributions()).extracting(c -> c.criterionId())
        .containsExactlyElementsOf(com.google.common.collect.ImmutableList.<String>builder()
            .addAll(model.weights().keySet()).add("preference").build());
    assertThat(first.explanation().contribution(Criteria.VALUE_ALIGNMENT_ID).orElseThrow().weight()).isEqualTo(0.6);

    Run explain = run("explain", "--in", program.toString(), "--scoring", scoring.toString(), "--mentor",
        first.mentorId().value(), "--mentee", first.menteeId().value());
    assertThat(explain.exitCode()).isZero();
    assertThat(explain.out()).contains("score " + String.format(Locale.ROOT, "%.2f", first.score()))
        .doesNotContain(Texts.of(Locale.ENGLISH).get("criterion." + Criteria.AVAILABILITY_FIT_ID));
    assertThat(explain.out().lines()).anySatisfy(l -> assertThat(l).matches("Shared values +0\\.60 .*"));
  }

  @Test
  void aBadScoringFileIsInvalidInputAtItsPosition() throws IOException {
    Path scoring = Files.writeString(dir.resolve("weights.json"), "{\"format\": \"reverso/scoring@1\", \"oops\": 1}",
        UTF_8);
    Run r = run("match", "--in", program.toString(), "--scoring", scoring.toString(), "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith("ERROR weights.json:1:"));
    Run missing = run("explain", "--in", program.toString(), "--scoring", dir.resolve("none.json").toString(),
        "--mentor", "a", "--mentee", "b");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("none.json: expected an existing file, found none");
  }

  @Test
  void matchRefusesAMinimumScoreOutsideZeroToOne() {
    Run r = run("match", "--in", program.toString(), "--min-score", "1.5", "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).contains("ERROR --min-score: expected a number from 0 to 1, found 1.5");
  }

  @Test
  void matchFailingToWriteIsAnUnexpectedFailure() throws IOException {
    Files.createDirectories(dir.resolve("matches.json"));
    Run r = run("match", "--in", program.toString(), "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("reverso: unexpected error: ");
  }

  // ------------------------------------------------------------------ explain

  @Test
  void explainShowsEveryCriterionAndEveryConstraint() throws IOException {
    Program p = SampleOrganization.generate(200, 3);
    Pairing pair = MatchesJson.read(demoDir.resolve("matches.json")).pairs().get(0);
    Run r = run("explain", "--in", program.toString(), "--mentor", pair.mentorId().value(), "--mentee",
        pair.menteeId().value());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Mentor " + pair.mentorId() + " and mentee " + pair.menteeId() + ": score "
        + String.format(Locale.ROOT, "%.2f", pair.score()) + ", allowed by every hard rule.");
    Texts english = Texts.of(Locale.ENGLISH);
    for (var c : pair.explanation().contributions()) {
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(english.get("criterion." + c.criterionId()) + " "));
      c.reasons().forEach(reason -> assertThat(lines).contains("    - " + english.reason(reason)));
    }
    for (var v : pair.explanation().verdicts()) {
      assertThat(lines).anySatisfy(l -> assertThat(l).matches("  " + java.util.regex.Pattern.quote(
          english.get("constraint." + v.constraintId())) + " +allows"));
    }
    assertThat(r.out()).as("reasons in words, not codes").doesNotContain("mentor-has-skill");
    assertThat(r.out()).doesNotContain(p.participant(pair.mentorId()).orElseThrow().displayName().orElseThrow());
  }

  @Test
  void explainShowsTheNamesOnlyWithNames() throws IOException {
    Program p = SampleOrganization.generate(200, 3);
    Pairing pair = MatchesJson.read(demoDir.resolve("matches.json")).pairs().get(0);
    String mentorName = p.participant(pair.mentorId()).orElseThrow().displayName().orElseThrow();
    String menteeName = p.participant(pair.menteeId()).orElseThrow().displayName().orElseThrow();
    Path named = shared.resolve("named.json");
    ProgramFiles.write(p, named);
    String[] args = {"explain", "--in", named.toString(), "--mentor", pair.mentorId().value(), "--mentee",
        pair.menteeId().value()};
    assertThat(run(args).out()).doesNotContain(mentorName).doesNotContain(menteeName);
    List<String> withNames = new ArrayList<>(List.of(args));
    withNames.add("--names");
    assertThat(run(withNames.toArray(String[]::new)).out().lines().findFirst().orElseThrow()).isEqualTo("Mentor "
        + pair.mentorId() + " (" + mentorName + ") and mentee " + pair.menteeId() + " (" + menteeName + "): score "
        + String.format(Locale.ROOT, "%.2f", pair.score()) + ", allowed by every hard rule.");
  }

  @Test
  void explainSaysWhyNotForAForbiddenPair() {
    Program p = SampleOrganization.generate(200, 3);
    MatchingProblem problem = MatchingProblems.of(p);
    int mentor = -1;
    int mentee = -1;
    for (int i = 0; i < problem.mentorCount() && mentor < 0; i++) {
      for (int j = 0; j < problem.menteeCount(); j++) {
        if (!problem.allowed(i, j)) {
          mentor = i;
          mentee = j;
          break;
        }
      }
    }
    assertThat(mentor).as("some pair is forbidden").isNotNegative();
    var explanation = problem.explain(mentor, mentee);
    Run r = run("explain", "--in", program.toString(), "--mentor", problem.mentorId(mentor).value(), "--mentee",
        problem.menteeId(mentee).value());
    assertThat(r.exitCode()).isZero();
    Texts english = Texts.of(Locale.ENGLISH);
    assertThat(r.out().lines().findFirst().orElseThrow()).contains("NOT allowed (forbidden by "
        + english.get("constraint." + explanation.forbiddingVerdicts().get(0).constraintId()));
    explanation.forbiddingVerdicts().forEach(v -> assertThat(r.out()).contains("FORBIDS: "
        + english.reason(v.reason().orElseThrow())));
  }

  @Test
  void explainNamesEveryUnknownId() {
    Run r = run("explain", "--in", program.toString(), "--mentor", "nobody", "--mentee", "ghost");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("reverso: invalid input: 2 errors; fix every one listed",
        "ERROR --mentor: expected the id of a mentor of program.json, found 'nobody'",
        "ERROR --mentee: expected the id of a mentee of program.json, found 'ghost'");
    Run blank = run("explain", "--in", program.toString(), "--mentor", " ", "--mentee", "ghost");
    assertThat(blank.exitCode()).isEqualTo(2);
    assertThat(blank.errLines().get(1)).startsWith("ERROR --mentor: ");
  }

  @Test
  void explainReadingFailingWithAnIoErrorIsAnUnexpectedFailure() throws IOException {
    Path unreadable = Files.createSymbolicLink(dir.resolve("memory.json"), Path.of("/proc/self/mem"));
    Run r = run("explain", "--in", unreadable.toString(), "--mentor", "a", "--mentee", "b");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("reverso: unexpected error: ");
  }

  // ------------------------------------------------------------------ report

  @Test
  void reportWritesFourFormats() throws IOException {
    Path key = Files.write(dir.resolve("secret.key"), "0123456789abcdef0123".getBytes(UTF_8));
    Path out = dir.resolve("r");
    Run r = report(demoDir.resolve("journal.jsonl"), out, "--as-of", "2026-07-04", "--key-file", key.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    for (String ext : List.of("html", "json", "csv", "md")) {
      assertThat(out.resolve("program-report." + ext)).isRegularFile();
    }
    // same inputs and key: the same report as the demo's
    assertThat(Files.readString(out.resolve("program-report.json"))).contains("\"asOf\": \"2026-07-04\"");
    assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("Programme report as of 2026-07-04: ");
  }

  @Test
  void reportWithoutAsOfIsAsOfTheLatestJournalEvent() throws IOException {
    Path journal = demoDir.resolve("journal.jsonl");
    LocalDate latest = JournalReader.read(journal).events().stream().map(JournalEvent::date)
        .max(Comparator.naturalOrder()).orElseThrow();
    Path key = Files.write(dir.resolve("secret.key"), "0123456789abcdef0123".getBytes(UTF_8));
    Run implicit = report(journal, dir.resolve("implicit"), "--key-file", key.toString());
    Run explicit = report(journal, dir.resolve("explicit"), "--as-of", latest.toString(), "--key-file", key.toString());
    assertThat(implicit.exitCode()).as(implicit.err()).isZero();
    assertThat(explicit.exitCode()).as(explicit.err()).isZero();
    assertThat(implicit.out().lines().findFirst().orElseThrow()).startsWith("Programme report as of " + latest + ": ");
    for (String ext : List.of("html", "json", "csv", "md")) {
      assertThat(Files.readString(dir.resolve("implicit").resolve("program-report." + ext)))
          .isEqualTo(Files.readString(dir.resolve("explicit").resolve("program-report." + ext)));
    }
  }

  @Test
  void reportRecoversATornLastLineWithANotice() throws IOException {
    Path torn = dir.resolve("torn.jsonl");
    Files.copy(demoDir.resolve("journal.jsonl"), torn);
    long lines = Files.readAllLines(torn).size();
    Files.writeString(torn, "{\"format\":\"reverso/event@1\",\"type\":\"sess", UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Run r = report(torn, dir.resolve("r"), "--as-of", "2026-07-04");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l)
        .startsWith("reverso: notice: torn.jsonl:" + (lines + 1) + ": dropped a torn last line"));
  }

  @Test
  void reportRefusesACorruptLineNamingIt() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(demoDir.resolve("journal.jsonl")));
    lines.set(6, lines.get(6).replaceFirst("\"date\":\"[0-9-]+\"", "\"date\":\"someday\""));
    lines.set(9, "{not json");
    Path corrupt = Files.write(dir.resolve("corrupt.jsonl"), lines);
    Run r = report(corrupt, dir.resolve("r"), "--as-of", "2026-07-04");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith("ERROR corrupt.jsonl:7"))
        .anySatisfy(l -> assertThat(l).startsWith("ERROR corrupt.jsonl:10"));
    assertThat(dir.resolve("r")).doesNotExist();
  }

  @Test
  void reportRefusesAnImplausibleEventDateNamingItsLineInsteadOfMovingAsOf() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(demoDir.resolve("journal.jsonl")));
    lines.set(3, lines.get(3).replaceFirst("\"date\":\"[0-9-]+\"", "\"date\":\"9999-12-31\""));
    lines.set(5, lines.get(5).replaceFirst("\"date\":\"[0-9-]+\"", "\"date\":\"1900-01-01\""));
    Path future = Files.write(dir.resolve("journal.jsonl"), lines);
    Run r = report(future, dir.resolve("r"));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith("ERROR journal.jsonl:4: ")
            .contains("DATED_IN_FUTURE").contains("found 9999-12-31"))
        .anySatisfy(l -> assertThat(l).startsWith("ERROR journal.jsonl:6: ").contains("DATED_BEFORE_START"));
    assertThat(dir.resolve("r")).doesNotExist();
  }

  @Test
  void reportRefusesMatchesOfAnotherProgrammeAndMissingFiles() throws IOException {
    Path otherProgram = dir.resolve("other.json");
    ProgramFiles.write(Program.builder().mentor(Participant.builder("x1").seniority(1).build())
        .mentee(Participant.builder("y1").seniority(9).build()).build(), otherProgram);
    Run r = run("report", "--in", otherProgram.toString(), "--matches", demoDir.resolve("matches.json").toString(),
        "--journal", demoDir.resolve("journal.jsonl").toString(), "--out", dir.resolve("r").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines().get(1)).startsWith("ERROR matches.json:pairs[0].mentor: expected a mentor of other.json");

    Run missing = report(dir.resolve("none.jsonl"), dir.resolve("r"));
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("none.jsonl");
    Run badDate = report(demoDir.resolve("journal.jsonl"), dir.resolve("r"), "--as-of", "July");
    assertThat(badDate.exitCode()).isEqualTo(2);
    assertThat(badDate.err()).contains("--as-of");
    Run shortKey = report(demoDir.resolve("journal.jsonl"), dir.resolve("r"), "--key-file",
        Files.writeString(dir.resolve("k"), "short").toString());
    assertThat(shortKey.exitCode()).isEqualTo(2);
    assertThat(shortKey.errLines().get(1)).startsWith("ERROR --key-file: expected a secret key of at least 16");
  }

  @Test
  void reportGroupsByAnyAttributeAndRefusesOneNobodyHas() throws IOException {
    Run ok = report(demoDir.resolve("journal.jsonl"), dir.resolve("g"), "--group-by", "department,gender,generation",
        "--as-of", "2026-07-04");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(dir.resolve("g").resolve("program-report.json").toFile());
    List<String> by = new ArrayList<>();
    json.get("representation").forEach(b -> by.add(b.get("by").asText()));
    assertThat(by).containsExactly("department", "gender", "generation");
    List<String> genders = new ArrayList<>();
    json.at("/representation/1/groups").forEach(g -> genders.add(g.get("group").asText()));
    assertThat(genders).contains("woman", "man");

    Run bad = report(demoDir.resolve("journal.jsonl"), dir.resolve("b"), "--group-by", "department,gendr,,");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("ERROR --group-by[2]: expected a dimension name")
        .contains("ERROR --group-by[3]: expected a dimension name");
    Run unknown = report(demoDir.resolve("journal.jsonl"), dir.resolve("b"), "--group-by", "department,gendr");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("ERROR --group-by[1]: expected department, location, seniority-band, "
        + "division or an attribute of the programme (gender, generation), found 'gendr'");
  }

  @Test
  void reportFailingToWriteIsAnUnexpectedFailure() throws IOException {
    Files.createDirectories(dir.resolve("program-report.html"));
    Run r = report(demoDir.resolve("journal.jsonl"), dir, "--as-of", "2026-07-04");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.errLines()).last().asString().startsWith("reverso: unexpected error: ");
  }

  private static Run report(Path journal, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("report", "--in", program.toString(), "--matches",
        demoDir.resolve("matches.json").toString(), "--journal", journal.toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  // ------------------------------------------------------------------ strategies

  @Test
  void strategiesListsTheBuiltInsOnePerLine() {
    Run r = run("strategies");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(MatchingStrategies.available().size());
    for (String name : List.of("fair", "greedy", "incremental", "optimal", "stable")) {
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(name + " — ").doesNotContain("plug-in"));
    }
    assertThat(run("strategies", "--all").exitCode()).isEqualTo(2);
  }

  /** A plug-in whose description fails: a bug outside Reverso. */
  public static final class BrokenDescriptionStrategy implements MatchingStrategy {
    @Override
    public String name() {
      return "broken-description";
    }

    @Override
    public String description() {
      throw new IllegalStateException("description not available");
    }

    @Override
    public MatchResult match(MatchingProblem problem) {
      return MatchResult.builder(name()).build();
    }
  }

  @Test
  void strategiesWithAFailingPlugInIsAnUnexpectedFailure() throws IOException {
    Path services = dir.resolve("META-INF/services/dev.reverso.matching.spi.MatchingStrategy");
    Files.createDirectories(services.getParent());
    Files.writeString(services, BrokenDescriptionStrategy.class.getName() + "\n", UTF_8);
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      thread.setContextClassLoader(loader);
      Run r = run("strategies");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.errLines()).containsExactly("reverso: unexpected error: java.lang.IllegalStateException: "
          + "description not available; run with --verbose for the trace");
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
