package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reverso.cli.ReversoCommandTest.Run;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.journal.CircleFeedback;
import dev.reverso.reporting.journal.CircleSessionHeld;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.JournalContents;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.storage.JournalReader;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.match.MatchesJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reverso demo} run in-process on a small organisation: every file exists, parses with the library's
 * own readers and agrees with the others, and the same seed writes the same bytes.
 */
class DemoEndToEndTest {
  /** 150 people and this seed give a run with early closes and re-matches (checked below). */
  static final int PEOPLE = 150;
  static final long SEED = 10;
  static final LocalDate FIRST_START = LocalDate.of(2025, 7, 7);
  static final LocalDate SECOND_START = LocalDate.of(2026, 1, 5);

  @TempDir
  static Path root;

  static Path dir;
  static Run demo;

  @BeforeAll
  static void runTheDemo() {
    dir = root.resolve("demo");
    demo = run("demo", "--people", "" + PEOPLE, "--seed", "" + SEED, "--out", dir.toString());
  }

  @Test
  void theDemoSucceedsAndPrintsTheSummaryOnly() {
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.err()).isEmpty();
    List<String> lines = demo.out().lines().toList();
    assertThat(lines).hasSize(12);
    assertThat(lines.get(0)).startsWith("Reverso demo: " + PEOPLE + " people, 2 cohorts; 2026-H1 has ")
        .endsWith("(seed " + SEED + ")");
    assertThat(lines.get(1)).matches("Cohort 2025-H2, 2025-07-07 to 2026-01-04: \\d+ pairs with optimal \\(\\d+ "
        + "re-matched\\); \\d+ closed early, \\d+ completed");
    assertThat(lines.get(2)).matches("Next cohort 2026-H1: \\d+ pairs? kept running, \\d+ pairs? into history \\(never "
        + "repeated\\), \\d+ left, \\d+ joined");
    assertThat(lines.get(3)).matches("Matched \\d+ pairs( \\(\\d+ kept active, \\d+ pinned, \\d+ new\\))? with optimal, mean score 0\\.\\d{3} \\(0\\.\\d{3} to 0\\.\\d{3}\\)");
    assertThat(lines.get(4)).startsWith("Unmatched: ");
    assertThat(lines.get(5)).startsWith("Simulated 2026-01-05 to 2026-07-04: ");
    assertThat(lines.get(6)).startsWith("Closed early: ").contains("re-matched with incremental");
    assertThat(lines.get(7)).matches("The three Rs \\(0 to 1\\): reciprocity 0\\.\\d\\d, recognition 0\\.\\d\\d, "
        + "relationship 0\\.\\d\\d");
    assertThat(lines.get(8)).startsWith("Pairs at risk on 2026-07-04: ");
    assertThat(lines.get(9)).matches("Trends 2025-H2 -> 2026-H1: reciprocity 0\\.\\d\\d -> 0\\.\\d\\d, NPS -?\\d+ -> -?\\d+, "
        + "retention [01]\\.\\d\\d -> [01]\\.\\d\\d, seniors learned [01]\\.\\d\\d -> [01]\\.\\d\\d, juniors learned "
        + "[01]\\.\\d\\d -> [01]\\.\\d\\d");
    assertThat(lines.get(10)).matches("Formed \\d+ circles of 2 to 4 mentors: \\d+ mentors placed, mean score "
        + "0\\.\\d{3}, \\d+ people in no circle");
    assertThat(lines.get(11)).isEqualTo("Wrote " + dir + ": " + String.join(", ", DemoCommand.FILES));
  }

  @Test
  void everyFileExistsAndParsesWithTheLibrarysReaders() throws IOException {
    for (String name : DemoCommand.FILES) {
      assertThat(dir.resolve(name)).isRegularFile();
      assertThat(Files.size(dir.resolve(name))).as(name).isPositive();
    }
    Program program = ProgramFiles.read(dir.resolve("program.json"));
    Program first = ProgramFiles.read(dir.resolve(DemoCommand.FIRST_PROGRAM_FILE));
    Program generated = SampleOrganization.generate(PEOPLE, SEED);
    assertThat(program.cohort()).contains("2026-H1");
    assertThat(first.cohort()).contains("2025-H2");
    // the second cohort: the organisation's volunteers but those who left during the first one
    Set<String> left = new HashSet<>();
    for (JournalEvent e : JournalReader.read(dir.resolve("journal.jsonl")).events()) {
      if (e instanceof PairClosed c && c.reason() == CloseReason.MENTEE_LEFT && c.date().isBefore(SECOND_START)) {
        left.add(c.pair().menteeId().value());
      }
    }
    assertThat(ids(program.mentors())).isEqualTo(ids(generated.mentors()));
    assertThat(ids(program.mentees())).isEqualTo(ids(generated.mentees()).stream().filter(id -> !left.contains(id))
        .toList());
    assertThat(program.everyone()).hasSameSizeAs(generated.everyone());
    // the first cohort: the same people, a few volunteers held back (they join the second)
    assertThat(first.everyone()).hasSameSizeAs(generated.everyone());
    Set<String> joiners = new TreeSet<>(ids(program.mentors()));
    joiners.addAll(ids(program.mentees()));
    joiners.removeAll(ids(first.mentors()));
    joiners.removeAll(ids(first.mentees()));
    assertThat(joiners).hasSize(2); // one mentor and one mentee with ten of each
    assertThat(ids(first.people())).containsAll(joiners);

    MatchResult matches = MatchesJson.read(dir.resolve("matches.json"));
    assertThat(matches.strategy()).isEqualTo("optimal");
    assertThat(matches.pairs()).isNotEmpty();

    JournalContents journal = JournalReader.read(dir.resolve("journal.jsonl"));
    assertThat(journal.recovery()).isEmpty();
    assertThat(journal.events()).isNotEmpty();

    JsonNode report = new ObjectMapper().readTree(dir.resolve("program-report.json").toFile());
    assertThat(report.path("format").asText()).isEqualTo("reverso/program-report@1");
    assertThat(report.path("asOf").asText()).isEqualTo("2026-07-04");
    assertThat(report.path("strategy").asText()).isEqualTo("optimal");
    assertThat(report.path("pairs").size()).isEqualTo(matches.pairs().size());

    String html = Files.readString(dir.resolve("program-report.html"), UTF_8);
    // the as-of date in the words of the report's language (English by default)
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Programme report as of Jul 4, 2026");

    MatchResult firstMatches = MatchesJson.read(dir.resolve(DemoCommand.FIRST_MATCHES_FILE));
    assertThat(firstMatches.strategy()).isEqualTo("optimal");
    assertThat(firstMatches.pairs()).isNotEmpty();
  }

  @Test
  void theTrendsShowBothCohortsAndBothLearningDirections() throws IOException {
    List<String> csv = Files.readAllLines(dir.resolve("cohort-trends.csv"), UTF_8);
    assertThat(csv).hasSize(3);
    assertThat(csv.get(0)).isEqualTo("cohort,suppressed,pairs,reciprocity,recognition,relationship,nps,retention,"
        + "seniors_learned,juniors_learned");
    MatchResult firstMatches = MatchesJson.read(dir.resolve(DemoCommand.FIRST_MATCHES_FILE));
    MatchResult matches = MatchesJson.read(dir.resolve("matches.json"));
    // every value present: both cohorts are published and both sides reported progress in their own goals
    assertThat(csv.get(1)).matches("2025-H2,false," + firstMatches.pairs().size() + "(,-?[0-9.]+){7}");
    assertThat(csv.get(2)).matches("2026-H1,false," + matches.pairs().size() + "(,-?[0-9.]+){7}");
    String html = Files.readString(dir.resolve("cohort-trends.html"), UTF_8);
    assertThat(html).contains("2025-H2").contains("2026-H1");
    for (Pairing p : matches.pairs()) {
      assertThat(html).doesNotContain(p.mentorId().value()).doesNotContain(p.menteeId().value());
    }
    JsonNode report = new ObjectMapper().readTree(dir.resolve("program-report.json").toFile());
    // what seniors learned and what juniors learned: goals with reported progress on both sides
    for (String side : List.of("skillClosure", "mentorSkillClosure")) {
      int reported = 0;
      for (JsonNode g : report.path(side).path("groups")) {
        reported += g.path("reported").asInt();
      }
      assertThat(reported).as(side).isPositive();
    }
  }

  @Test
  void theSecondCohortIsWhatNextCohortBuildsFromTheFirst() throws IOException {
    // 'reverso next-cohort' over the first cohort's files and the shared journal, as of the first cohort's end
    Path next = root.resolve("next-cohort.json");
    Run r = run("next-cohort", "--in", dir.resolve(DemoCommand.FIRST_PROGRAM_FILE).toString(), "--matches",
        dir.resolve(DemoCommand.FIRST_MATCHES_FILE).toString(), "--journal", dir.resolve("journal.jsonl").toString(),
        "--as-of", "2026-01-04", "--cohort", "2026-H1", "--out", next.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Program fromCommand = ProgramFiles.read(next);
    Program program = ProgramFiles.read(dir.resolve("program.json"));
    assertThat(program.active()).as("running pairs stay active").isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(fromCommand.active());
    assertThat(program.history()).as("finished pairs become history")
        .containsExactlyInAnyOrderElementsOf(fromCommand.history());
    // without an HR export the command adds no joiners; the demo's export adds the held-back volunteers
    assertThat(ids(fromCommand.mentors())).isSubsetOf(ids(program.mentors()));
    assertThat(ids(fromCommand.mentees())).isSubsetOf(ids(program.mentees()));
    assertThat(program.mentors().size() + program.mentees().size())
        .isGreaterThan(fromCommand.mentors().size() + fromCommand.mentees().size());
  }

  @Test
  void theFilesAgreeOnThePairs() throws IOException {
    Set<String> fromJson = new TreeSet<>();
    MatchResult matches = MatchesJson.read(dir.resolve("matches.json"));
    matches.pairs().forEach(p -> fromJson.add(p.mentorId().value() + "," + p.menteeId().value()));

    Set<String> fromCsv = new TreeSet<>();
    List<String> csv = Files.readAllLines(dir.resolve("pairs.csv"), UTF_8);
    assertThat(csv.get(0)).startsWith("mentor_id,mentee_id,score,");
    csv.subList(1, csv.size()).forEach(l -> {
      String[] cells = l.split(",", 3);
      fromCsv.add(cells[0] + "," + cells[1]);
    });

    Set<String> fromHtml = new TreeSet<>();
    String html = Files.readString(dir.resolve("match-report.html"), UTF_8);
    int table = html.indexOf("<table class=\"pairs\">");
    assertThat(table).isPositive();
    int next = html.indexOf("<h2", table);
    // the pairs table nests one explanation table per pair: its own rows start with two id cells
    String pairsTable = html.substring(table, next < 0 ? html.length() : next);
    java.util.regex.Matcher row = Pattern.compile(
        "<tr><td class=\"who\">([^<]+)</td><td class=\"who\">([^<]+)</td><td class=\"num\">").matcher(pairsTable);
    while (row.find()) {
      fromHtml.add(row.group(1) + "," + row.group(2));
    }

    assertThat(fromJson).hasSize(matches.pairs().size());
    assertThat(fromCsv).hasSize(csv.size() - 1).isEqualTo(fromJson);
    assertThat(fromHtml).isEqualTo(fromJson);
  }

  @Test
  void theJournalHoldsBothCohortsMatchedPairsAndReMatchesOnly() throws IOException {
    Program first = ProgramFiles.read(dir.resolve(DemoCommand.FIRST_PROGRAM_FILE));
    Program program = ProgramFiles.read(dir.resolve("program.json"));
    MatchResult firstMatches = MatchesJson.read(dir.resolve(DemoCommand.FIRST_MATCHES_FILE));
    MatchResult matches = MatchesJson.read(dir.resolve("matches.json"));
    List<JournalEvent> everything = JournalReader.read(dir.resolve("journal.jsonl")).events();
    assertThat(everything.stream().map(JournalEvent::id).distinct()).as("one journal, unique ids")
        .hasSize(everything.size());
    // the circles' sessions and feedback are about circle members (theCirclesMeetInTheJournalAndTheReport)
    List<JournalEvent> events = everything.stream()
        .filter(e -> !(e instanceof CircleSessionHeld) && !(e instanceof CircleFeedback)).toList();
    assertThat(events).hasSizeLessThan(everything.size());
    List<JournalEvent> before = events.stream().filter(e -> e.date().isBefore(SECOND_START)).toList();
    List<JournalEvent> after = events.stream().filter(e -> !e.date().isBefore(SECOND_START)).toList();
    assertThat(before).as("the first cohort's events come first").isEqualTo(events.subList(0, before.size()));
    assertThat(before).allSatisfy(e -> assertThat(e.date()).isBetween(FIRST_START, SECOND_START.minusDays(1)));
    assertThat(after).allSatisfy(e -> assertThat(e.date()).isBetween(SECOND_START, LocalDate.of(2026, 7, 4)));

    for (int k = 0; k < 2; k++) {
      Program cohort = k == 0 ? first : program;
      MatchResult all = k == 0 ? firstMatches : matches;
      List<JournalEvent> own = k == 0 ? before : after;
      Set<MentoringPair> pairs = pairs(all.pairs());
      Set<MentoringPair> journalled = own.stream().map(JournalEvent::pair).collect(Collectors.toSet());
      assertThat(pairs).containsAll(journalled);
      // the initial match is the optimal match of the cohort's programme; every initial pair is journalled
      Set<MentoringPair> initial = pairs(Matcher.builder().strategy("optimal").build().match(cohort).pairs());
      assertThat(pairs).containsAll(initial);
      assertThat(journalled).containsAll(initial);
      // the other pairs are re-matches made after early closes
      Set<MentoringPair> rematched = new HashSet<>(pairs);
      rematched.removeAll(initial);
      List<PairClosed> early = own.stream().filter(e -> e instanceof PairClosed c
          && c.reason() != CloseReason.COMPLETED).map(e -> (PairClosed) e).toList();
      assertThat(early).allSatisfy(c -> assertThat(c.reason()).isIn(CloseReason.MISMATCH, CloseReason.MENTEE_LEFT));
      assertThat(all.pairs().stream().map(p -> new MentoringPair(p.mentorId(), p.menteeId())).distinct())
          .as("no pair is made twice in a cohort").hasSize(all.pairs().size());
      for (MentoringPair p : rematched) {
        assertThat(early).as("a re-match involves someone freed by a close")
            .anySatisfy(c -> assertThat(List.of(c.pair().mentorId(), c.pair().menteeId()))
                .containsAnyOf(p.mentorId(), p.menteeId()));
      }
      // a mentee who left is seen no more
      for (PairClosed c : early) {
        if (c.reason() == CloseReason.MENTEE_LEFT) {
          assertThat(events).filteredOn(e -> e.pair().menteeId().equals(c.pair().menteeId()))
              .allSatisfy(e -> assertThat(e.date()).isBeforeOrEqualTo(c.date()));
        }
      }
    }
    assertThat(before).as("this seed closes pairs early in the first cohort").anySatisfy(e ->
        assertThat(e).isInstanceOfSatisfying(PairClosed.class, c -> assertThat(c.reason()).isNotEqualTo(
            CloseReason.COMPLETED)));
    assertThat(matches.solverPath()).as("this seed re-matches in the second cohort").contains("incremental");

    // the first cohort completes on its last day, but for the running pairs, which the second keeps active
    Set<MentoringPair> closedFirst = new HashSet<>();
    for (JournalEvent e : before) {
      if (e instanceof PairClosed c) {
        closedFirst.add(c.pair());
        if (c.reason() == CloseReason.COMPLETED) {
          assertThat(c.date()).isEqualTo(SECOND_START.minusDays(1));
        }
      }
    }
    Set<MentoringPair> running = new HashSet<>(pairs(firstMatches.pairs()));
    running.removeAll(closedFirst);
    assertThat(new HashSet<>(program.active())).isEqualTo(running);
    assertThat(program.history()).containsAll(closedFirst);
    // the second cohort repeats no finished pair of the first: its only first-cohort pairs are the running ones
    Set<MentoringPair> again = new HashSet<>(pairs(matches.pairs()));
    again.retainAll(pairs(firstMatches.pairs()));
    assertThat(again).isEqualTo(running);
  }

  @Test
  void theCirclesMeetInTheJournalAndTheReport() throws IOException {
    List<JournalEvent> events = JournalReader.read(dir.resolve("journal.jsonl")).events();
    JsonNode circles = new ObjectMapper().readTree(dir.resolve("circles.json").toFile()).get("circles");
    Map<String, Set<String>> members = new HashMap<>();
    Map<String, String> seniors = new HashMap<>();
    for (JsonNode c : circles) {
      Set<String> m = new HashSet<>();
      c.get("mentors").forEach(x -> m.add(x.asText()));
      members.put(c.get("id").asText(), m);
      seniors.put(c.get("id").asText(), c.get("mentees").get(0).asText());
    }
    List<CircleSessionHeld> sessions = events.stream().filter(e -> e instanceof CircleSessionHeld)
        .map(e -> (CircleSessionHeld) e).toList();
    assertThat(sessions).isNotEmpty();
    for (CircleSessionHeld s : sessions) {
      assertThat(s.senior().value()).isEqualTo(seniors.get(s.circle()));
      assertThat(members.get(s.circle())).containsAll(s.present().stream().map(p -> p.value()).toList());
    }
    assertThat(events).filteredOn(e -> e instanceof CircleFeedback).isNotEmpty()
        .allSatisfy(e -> assertThat(members.get(((CircleFeedback) e).circle())).contains(e.pair().mentorId().value()));
    JsonNode report = new ObjectMapper().readTree(dir.resolve("program-report.json").toFile()).get("circles");
    assertThat(report.get("overall").get("sessions").asInt()).isEqualTo(sessions.size());
    assertThat(report.get("circles")).hasSize(circles.size());
    assertThat(Files.readString(dir.resolve("program-report.html"))).contains(">Circles</h2>");
  }

  @Test
  void theSameSeedWritesIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
    Path again = root.resolve("again");
    Run second = run("demo", "--seed", "" + SEED, "--out", again.toString(), "--people", "" + PEOPLE);
    assertThat(second.exitCode()).isZero();
    for (String name : DemoCommand.FILES) {
      assertThat(Files.readAllBytes(again.resolve(name))).as(name).isEqualTo(Files.readAllBytes(dir.resolve(name)));
    }
    assertThat(second.out().replace(again.toString(), dir.toString())).isEqualTo(demo.out());

    Path other = root.resolve("other");
    assertThat(run("demo", "--people", "" + PEOPLE, "--seed", "" + (SEED + 1), "--out", other.toString()).exitCode())
        .isZero();
    assertThat(Files.readAllBytes(other.resolve("journal.jsonl")))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("journal.jsonl")));
  }

  @Test
  void rerunningIntoTheSameDirectoryReplacesTheFiles() throws IOException {
    Path target = root.resolve("rerun");
    assertThat(run("demo", "--people", "" + PEOPLE, "--seed", "" + SEED, "--out", target.toString()).exitCode()).isZero();
    assertThat(run("demo", "--people", "" + PEOPLE, "--seed", "" + SEED, "--out", target.toString()).exitCode()).isZero();
    for (String name : DemoCommand.FILES) {
      assertThat(Files.readAllBytes(target.resolve(name))).as(name).isEqualTo(Files.readAllBytes(dir.resolve(name)));
    }
  }

  private static List<String> ids(List<Participant> people) {
    return people.stream().map(p -> p.id().value()).toList();
  }

  private static Set<MentoringPair> pairs(List<Pairing> pairings) {
    return pairings.stream().map(p -> new MentoringPair(p.mentorId(), p.menteeId())).collect(Collectors.toSet());
  }
}
