package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.cli.ReversoCommandTest.Run;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.storage.JournalReader;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.match.MatchesJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reverso next-cohort}: history, active pairs, leavers and joiners, and its bad input. */
class NextCohortCommandTest {
  @TempDir
  static Path shared;

  static Path demo;

  @TempDir
  Path dir;

  @BeforeAll
  static void aDemo() {
    demo = shared.resolve("demo");
    Run r = run("demo", "--people", "300", "--seed", "5", "--out", demo.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  private Run nextCohort(Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("next-cohort", "--in", demo.resolve("program.json").toString(),
        "--matches", demo.resolve("matches.json").toString(), "--journal", demo.resolve("journal.jsonl").toString(),
        "--out", out.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void closedPairsBecomeHistoryRunningPairsStayAndLeaversLeave() {
    Path out = dir.resolve("next.json");
    Run r = nextCohort(out);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Next cohort '2026-H2' as of ");
    Run italian = nextCohort(dir.resolve("next-it.json"), "--locale", "it");
    assertThat(italian.exitCode()).as(italian.err()).isZero();
    assertThat(italian.out()).startsWith("Prossima edizione '2026-H2' al ").contains("Proseguono ", "Scritto ")
        .doesNotContain("Kept", "Wrote");
    Program current = ProgramFiles.read(demo.resolve("program.json"));
    MatchResult matches = MatchesJson.read(demo.resolve("matches.json"));
    List<JournalEvent> events = JournalReader.read(demo.resolve("journal.jsonl")).events();
    Set<MentoringPair> closed = new HashSet<>();
    Set<ParticipantId> left = new HashSet<>();
    for (JournalEvent e : events) {
      if (e instanceof PairClosed c) {
        closed.add(c.pair());
        if (c.reason() == CloseReason.MENTEE_LEFT) {
          left.add(c.pair().menteeId());
        }
        if (c.reason() == CloseReason.MENTOR_LEFT) {
          left.add(c.pair().mentorId());
        }
      }
    }
    assertThat(closed).as("the demo closes some pairs").isNotEmpty();
    Program next = ProgramFiles.read(out);
    assertThat(next.cohort()).contains("2026-H2");
    assertThat(next.history()).containsAll(closed).containsAll(current.history());
    for (Pairing p : matches.pairs()) {
      MentoringPair pair = new MentoringPair(p.mentorId(), p.menteeId());
      boolean leaver = left.contains(pair.mentorId()) || left.contains(pair.menteeId());
      if (closed.contains(pair) || leaver) {
        assertThat(next.active()).doesNotContain(pair);
        assertThat(next.history()).contains(pair);
      } else {
        assertThat(next.active()).contains(pair);
      }
    }
    for (ParticipantId id : left) {
      assertThat(next.role(id)).hasValueSatisfying(role -> assertThat(role.name()).isEqualTo("NONE"));
    }
    // the next cohort matches without repeating any earlier pair
    Run match = run("match", "--in", out.toString(), "--out", dir.resolve("m").toString());
    assertThat(match.exitCode()).as(match.err()).isZero();
    MatchResult second = MatchesJson.read(dir.resolve("m").resolve("matches.json"));
    for (Pairing p : second.pairs()) {
      assertThat(closed).doesNotContain(new MentoringPair(p.mentorId(), p.menteeId()));
    }
  }

  @Test
  void joinersAndLeaversComeFromANewHrExport() throws IOException {
    Program current = ProgramFiles.read(demo.resolve("program.json"));
    Participant leaving = current.mentors().get(current.mentors().size() - 1);
    Program.Builder export = current.toBuilder();
    Program.Builder b = Program.builder().taxonomy(current.taxonomy());
    current.mentors().stream().filter(p -> !p.id().equals(leaving.id())).forEach(b::mentor);
    current.mentees().forEach(b::mentee);
    current.people().forEach(b::person);
    b.mentor(Participant.builder("joiner-1").seniority(1).skills(current.mentors().get(0).skills())
        .goals(current.mentors().get(0).goals()).languages(current.mentors().get(0).languages()).build());
    Path hr = dir.resolve("hr.json");
    ProgramFiles.write(b.build(), hr);
    Run r = nextCohort(dir.resolve("next.json"), "--participants", hr.toString(), "--cohort", "2027-H1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Program next = ProgramFiles.read(dir.resolve("next.json"));
    assertThat(next.cohort()).contains("2027-H1");
    assertThat(next.role(ParticipantId.of("joiner-1")).map(Enum::name)).contains("MENTOR");
    assertThat(next.participant(leaving.id())).isEmpty();
    assertThat(next.active()).allSatisfy(p -> assertThat(p.mentorId()).isNotEqualTo(leaving.id()));
    assertThat(r.out()).contains("joined: 1");
    assertThat(export).isNotNull();
  }

  @Test
  void badInputIsExitTwoAndNoInputIsOverwritten() throws IOException {
    byte[] program = Files.readAllBytes(demo.resolve("program.json"));
    Run same = nextCohort(demo.resolve("program.json"));
    assertThat(same.exitCode()).isEqualTo(2);
    assertThat(same.err()).contains("ERROR --out: expected an output that is not one of the inputs");
    assertThat(Files.readAllBytes(demo.resolve("program.json"))).isEqualTo(program);
    Run extension = nextCohort(dir.resolve("next.txt"));
    assertThat(extension.exitCode()).isEqualTo(2);
    assertThat(extension.err()).contains("--out");
    Run noDir = nextCohort(dir.resolve("none").resolve("next.json"));
    assertThat(noDir.exitCode()).isEqualTo(2);
    Run badLabel = nextCohort(dir.resolve("next.json"), "--cohort", " x");
    assertThat(badLabel.exitCode()).isEqualTo(2);
    assertThat(badLabel.err()).contains("cohort");
    Run missingExport = nextCohort(dir.resolve("next.json"), "--participants", dir.resolve("none.csv").toString());
    assertThat(missingExport.exitCode()).isEqualTo(2);
    Path future = dir.resolve("journal.jsonl");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(demo.resolve("journal.jsonl")));
    lines.set(0, lines.get(0).replaceFirst("\"date\":\"[0-9-]+\"", "\"date\":\"9999-01-01\""));
    Files.write(future, lines);
    Run badJournal = run("next-cohort", "--in", demo.resolve("program.json").toString(), "--matches",
        demo.resolve("matches.json").toString(), "--journal", future.toString(), "--out",
        dir.resolve("next.json").toString());
    assertThat(badJournal.exitCode()).isEqualTo(2);
    assertThat(badJournal.err()).contains("ERROR journal.jsonl:1: ");
    assertThat(dir.resolve("next.json")).doesNotExist();
  }

  @Test
  void aReportOverTwoCohortsShowsTrendsSideBySide() throws IOException {
    Path next = dir.resolve("next.json");
    assertThat(nextCohort(next).exitCode()).isZero();
    Run match = run("match", "--in", next.toString(), "--strategy", "incremental", "--out", dir.resolve("m").toString());
    assertThat(match.exitCode()).as(match.err()).isZero();
    Path journal = Files.copy(demo.resolve("journal.jsonl"), dir.resolve("journal.jsonl"));
    MatchResult second = MatchesJson.read(dir.resolve("m").resolve("matches.json"));
    Pairing first = second.pairs().get(0);
    Run record = run("record", "session", "--journal", journal.toString(), "--matches",
        dir.resolve("m").resolve("matches.json").toString(), "--mentor", first.mentorId().value(), "--mentee",
        first.menteeId().value(), "--date", "2026-07-20", "--minutes", "50");
    assertThat(record.exitCode()).as(record.err()).isZero();
    Run report = run("report", "--in", next.toString(), "--matches", dir.resolve("m").resolve("matches.json").toString(),
        "--journal", journal.toString(), "--earlier", "2026-H1=" + demo.resolve("matches.json"), "--out",
        dir.resolve("r").toString());
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(report.out()).contains("cohort-trends.html, cohort-trends.csv");
    List<String> csv = Files.readAllLines(dir.resolve("r").resolve("cohort-trends.csv"));
    assertThat(csv).hasSize(3);
    assertThat(csv.get(1)).startsWith("2026-H1,false,");
    assertThat(csv.get(2)).startsWith("2026-H2,false,");
    String html = Files.readString(dir.resolve("r").resolve("cohort-trends.html"));
    assertThat(html).contains("The three Rs by cohort").doesNotContain(first.mentorId().value());
    Run clash = run("report", "--in", next.toString(), "--matches", dir.resolve("m").resolve("matches.json").toString(),
        "--journal", journal.toString(), "--earlier", "2026-H2=" + demo.resolve("matches.json"), "--out",
        dir.resolve("r2").toString());
    assertThat(clash.exitCode()).isEqualTo(2);
    assertThat(clash.err()).contains("ERROR --earlier 2026-H2: expected a label other than the current cohort's");
    assertThat(dir.resolve("r2")).doesNotExist();
    Run missing = run("report", "--in", next.toString(), "--matches", dir.resolve("m").resolve("matches.json").toString(),
        "--journal", journal.toString(), "--earlier", "2026-H1=" + dir.resolve("none.json"), "--out",
        dir.resolve("r3").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--earlier 2026-H1");
  }

  @Test
  void labelsCountOn() {
    assertThat(dev.reverso.reporting.programreport.NextCohort.nextLabel(java.util.Optional.of("2026-1"))).isEqualTo("2026-2");
    assertThat(dev.reverso.reporting.programreport.NextCohort.nextLabel(java.util.Optional.of("cohort-9")))
        .isEqualTo("cohort-10");
    assertThat(dev.reverso.reporting.programreport.NextCohort.nextLabel(java.util.Optional.of("spring"))).isEqualTo("spring-2");
    assertThat(dev.reverso.reporting.programreport.NextCohort.nextLabel(java.util.Optional.empty())).isEqualTo("cohort-2");
  }
}
