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
    assertThat(lines).hasSize(9);
    assertThat(lines.get(0)).startsWith("Reverso demo: " + PEOPLE + " people, ").endsWith("(seed " + SEED + ")");
    assertThat(lines.get(1)).matches("Matched \\d+ pairs( \\(\\d+ kept active, \\d+ pinned, \\d+ new\\))? with optimal, mean score 0\\.\\d{3} \\(0\\.\\d{3} to 0\\.\\d{3}\\)");
    assertThat(lines.get(2)).startsWith("Unmatched: ");
    assertThat(lines.get(3)).startsWith("Simulated 2026-01-05 to 2026-07-04: ");
    assertThat(lines.get(4)).startsWith("Closed early: ").contains("re-matched with incremental");
    assertThat(lines.get(5)).matches("The three Rs \\(0 to 1\\): reciprocity 0\\.\\d\\d, recognition 0\\.\\d\\d, "
        + "relationship 0\\.\\d\\d");
    assertThat(lines.get(6)).startsWith("Pairs at risk on 2026-07-04: ");
    assertThat(lines.get(7)).matches("Formed \\d+ circles of 2 to 4 mentors: \\d+ mentors placed, mean score "
        + "0\\.\\d{3}, \\d+ people in no circle");
    assertThat(lines.get(8)).isEqualTo("Wrote " + dir + ": " + String.join(", ", DemoCommand.FILES));
  }

  @Test
  void everyFileExistsAndParsesWithTheLibrarysReaders() throws IOException {
    for (String name : DemoCommand.FILES) {
      assertThat(dir.resolve(name)).isRegularFile();
      assertThat(Files.size(dir.resolve(name))).as(name).isPositive();
    }
    Program program = ProgramFiles.read(dir.resolve("program.json"));
    Program generated = SampleOrganization.generate(PEOPLE, SEED);
    assertThat(ids(program.mentors())).isEqualTo(ids(generated.mentors()));
    assertThat(ids(program.mentees())).isEqualTo(ids(generated.mentees()));
    assertThat(program.everyone()).hasSameSizeAs(generated.everyone());

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
    assertThat(html).startsWith("<!DOCTYPE html>").contains("2026-07-04");
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
    // the pairs table nests one explanation table per pair: its own rows have two plain id cells
    String pairsTable = html.substring(table, next < 0 ? html.length() : next);
    java.util.regex.Matcher row = Pattern.compile("<tr><td>([^<]+)</td><td>([^<]+)</td><td class=\"num\">").matcher(pairsTable);
    while (row.find()) {
      fromHtml.add(row.group(1) + "," + row.group(2));
    }

    assertThat(fromJson).hasSize(matches.pairs().size());
    assertThat(fromCsv).hasSize(csv.size() - 1).isEqualTo(fromJson);
    assertThat(fromHtml).isEqualTo(fromJson);
  }

  @Test
  void theJournalIsAboutTheMatchedPairsAndTheReMatchesOnly() throws IOException {
    Program program = ProgramFiles.read(dir.resolve("program.json"));
    MatchResult matches = MatchesJson.read(dir.resolve("matches.json"));
    List<JournalEvent> everything = JournalReader.read(dir.resolve("journal.jsonl")).events();
    // the circles' sessions and feedback are about circle members (theCirclesMeetInTheJournalAndTheReport)
    List<JournalEvent> events = everything.stream()
        .filter(e -> !(e instanceof CircleSessionHeld) && !(e instanceof CircleFeedback)).toList();
    assertThat(events).hasSizeLessThan(everything.size());
    Set<MentoringPair> all = pairs(matches.pairs());
    Set<MentoringPair> journalled = events.stream().map(JournalEvent::pair).collect(Collectors.toSet());
    assertThat(all).containsAll(journalled);

    // the initial match is the optimal match of the programme; every initial pair appears in the journal
    Set<MentoringPair> initial = pairs(Matcher.builder().strategy("optimal").build().match(program).pairs());
    assertThat(all).containsAll(initial);
    assertThat(journalled).containsAll(initial);

    // the other pairs are the re-matches made after early closes
    Set<MentoringPair> rematched = new HashSet<>(all);
    rematched.removeAll(initial);
    List<PairClosed> closes = events.stream().filter(e -> e instanceof PairClosed).map(e -> (PairClosed) e).toList();
    assertThat(closes).as("this seed closes pairs early").isNotEmpty();
    assertThat(rematched).as("this seed re-matches").isNotEmpty();
    assertThat(closes).allSatisfy(c -> assertThat(c.reason()).isIn(CloseReason.MISMATCH, CloseReason.MENTEE_LEFT));
    assertThat(matches.pairs().stream().map(p -> new MentoringPair(p.mentorId(), p.menteeId())).distinct())
        .as("no pair is made twice, so no closed pair is made again").hasSize(matches.pairs().size());
    for (MentoringPair p : rematched) {
      assertThat(closes).as("a re-match involves someone freed by a close")
          .anySatisfy(c -> assertThat(List.of(c.pair().mentorId(), c.pair().menteeId()))
              .containsAnyOf(p.mentorId(), p.menteeId()));
    }
    // a mentee who left is seen no more
    for (PairClosed c : closes) {
      if (c.reason() == CloseReason.MENTEE_LEFT) {
        assertThat(events).filteredOn(e -> e.pair().menteeId().equals(c.pair().menteeId()))
            .allSatisfy(e -> assertThat(e.date()).isBeforeOrEqualTo(c.date()));
      }
    }
    assertThat(events).allSatisfy(e -> assertThat(e.date()).isBetween(
        java.time.LocalDate.of(2026, 1, 5), java.time.LocalDate.of(2026, 7, 4)));
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
