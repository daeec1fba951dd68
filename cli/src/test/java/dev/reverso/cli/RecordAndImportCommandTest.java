package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.cli.ReversoCommandTest.Run;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.storage.JournalReader;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reverso record} and {@code reverso journal import}: exit codes, bad input, idempotency, and the round
 * trip demo -> import of the sample survey export in docs/ -> report.
 */
class RecordAndImportCommandTest {
  static final Path SAMPLE = Path.of("..", "docs", "survey-sample.csv");
  static final Path MAPPING = Path.of("..", "docs", "survey-mapping.json");

  @TempDir
  static Path shared;

  static Path demo;

  @TempDir
  Path dir;

  @BeforeAll
  static void theDefaultDemo() {
    demo = shared.resolve("demo"); // 600 people, seed 42: the people the sample export in docs/ names
    Run r = run("demo", "--out", demo.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  private Path journalCopy() throws IOException {
    return Files.copy(demo.resolve("journal.jsonl"), dir.resolve("journal.jsonl"));
  }

  /** Runs {@code record TYPE}; a null journal means that {@code more} gives {@code --journal}. */
  private Run record(Path journal, String type, String... more) {
    List<String> args = new ArrayList<>(List.of("record", type, "--matches", demo.resolve("matches.json").toString()));
    if (journal != null) {
      args.addAll(List.of("--journal", journal.toString()));
    }
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void recordAppendsOneEventAndIsIdempotent() throws IOException {
    Path journal = journalCopy();
    int before = JournalReader.read(journal).events().size();
    Run r = record(journal, "session", "--mentor", "e000433", "--mentee", "e000002", "--date", "2026-07-10",
        "--minutes", "45");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Recorded session-held 'rec-").contains("of e000433 -> e000002 on 2026-07-10");
    Run again = record(journal, "session", "--mentor", "e000433", "--mentee", "e000002", "--date", "2026-07-10",
        "--minutes", "45");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).startsWith("Already recorded: session-held");
    List<JournalEvent> events = JournalReader.read(journal).events();
    assertThat(events).hasSize(before + 1);
    assertThat(events.get(before)).isInstanceOfSatisfying(SessionHeld.class, s -> assertThat(s.minutes()).isEqualTo(45));

    Run withId = record(journal, "feedback", "--mentor", "e000433", "--mentee", "e000002", "--date", "2026-07-11",
        "--event-id", "fb-1", "--from", "mentor", "--relationship", "5", "--learning", "4", "--recognition", "5",
        "--nps", "9", "--progress", "strategy=2", "--comment", "private words", "--in",
        demo.resolve("program.json").toString());
    assertThat(withId.exitCode()).as(withId.err()).isZero();
    Feedback f = (Feedback) JournalReader.read(journal).events().get(before + 1);
    assertThat(f.id()).isEqualTo("fb-1");
    assertThat(f.from()).isEqualTo(Side.MENTOR);
    assertThat(f.progress()).containsEntry("strategy", 2);
    assertThat(withId.out()).doesNotContain("private words");
    Run conflict = record(journal, "feedback", "--mentor", "e000433", "--mentee", "e000002", "--date", "2026-07-11",
        "--event-id", "fb-1", "--from", "mentor", "--relationship", "1", "--learning", "4", "--recognition", "5");
    assertThat(conflict.exitCode()).isEqualTo(2);
    assertThat(conflict.err()).contains("fb-1").contains("relationship").doesNotContain("private words");

    assertThat(record(journal, "cancel", "--mentor", "e000433", "--mentee", "e000002", "--date", "2026-07-12",
        "--by", "mentee").exitCode()).isZero();
    assertThat(record(journal, "close", "--mentor", "e000433", "--mentee", "e000002", "--date", "2026-07-13",
        "--reason", "completed").exitCode()).isZero();
    Run afterClose = record(journal, "session", "--mentor", "e000433", "--mentee", "e000002", "--date",
        "2026-07-14", "--minutes", "30");
    assertThat(afterClose.exitCode()).isEqualTo(2);
    assertThat(afterClose.err()).contains("DATED_AFTER_CLOSE");
    // the close was entered too early: retract it, and the pair takes sessions again
    String closeId = JournalReader.read(journal).events().get(before + 3).id();
    Run retract = record(journal, "retract", "--mentor", "e000433", "--mentee", "e000002", "--date", "2026-07-14",
        "--retracts", closeId, "--note", "entered too early");
    assertThat(retract.exitCode()).as(retract.err()).isZero();
    assertThat(retract.out()).startsWith("Recorded event-retracted 'rec-").doesNotContain("entered too early");
    assertThat(record(journal, "session", "--mentor", "e000433", "--mentee", "e000002", "--date", "2026-07-14",
        "--minutes", "30").exitCode()).isZero();
    Run unknownEvent = record(journal, "retract", "--mentor", "e000433", "--mentee", "e000002", "--date",
        "2026-07-14", "--retracts", "no-such-event");
    assertThat(unknownEvent.exitCode()).isEqualTo(2);
    assertThat(unknownEvent.err()).contains("RETRACTS_UNKNOWN_EVENT");
  }

  @Test
  void recordRefusesBadInputWithExitTwoAndWritesNothing() throws IOException {
    Path journal = journalCopy();
    byte[] before = Files.readAllBytes(journal);
    Run unknown = record(journal, "session", "--mentor", "e000002", "--mentee", "e000433", "--date", "2026-07-10",
        "--minutes", "45");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("ERROR --mentor: expected a pair of matches.json, found e000002 -> e000433 "
        + "(mentor and mentee are the other way round)");
    Run ratings = record(journal, "feedback", "--mentor", "e000433", "--mentee", "e000002", "--date", "2026-07-10",
        "--from", "mentee", "--relationship", "6", "--learning", "0", "--recognition", "3", "--nps", "11");
    assertThat(ratings.exitCode()).isEqualTo(2);
    assertThat(ratings.errLines()).anySatisfy(l -> assertThat(l).startsWith("ERROR --relationship: "))
        .anySatisfy(l -> assertThat(l).startsWith("ERROR --learning: "))
        .anySatisfy(l -> assertThat(l).startsWith("ERROR --nps: "));
    Run future = record(journal, "session", "--mentor", "e000433", "--mentee", "e000002", "--date", "2099-01-01",
        "--minutes", "45");
    assertThat(future.exitCode()).isEqualTo(2);
    assertThat(future.err()).contains("DATED_IN_FUTURE").contains("found 2099-01-01");
    Run ancient = record(journal, "session", "--mentor", "e000433", "--mentee", "e000002", "--date", "1900-01-01",
        "--minutes", "45");
    assertThat(ancient.exitCode()).isEqualTo(2);
    assertThat(ancient.err()).contains("DATED_BEFORE_START");
    Run side = record(journal, "cancel", "--mentor", "e000433", "--mentee", "e000002", "--by", "manager");
    assertThat(side.exitCode()).isEqualTo(2);
    assertThat(side.err()).contains("ERROR --by: expected mentor or mentee, found 'manager'");
    Run reason = record(journal, "close", "--mentor", "e000433", "--mentee", "e000002", "--reason", "bored");
    assertThat(reason.exitCode()).isEqualTo(2);
    assertThat(reason.err()).contains("ERROR --reason:");
    Run notAGoal = record(journal, "feedback", "--mentor", "e000433", "--mentee", "e000002", "--date", "2026-07-10",
        "--from", "mentor", "--relationship", "4", "--learning", "4", "--recognition", "4", "--progress", "genai=3",
        "--in", demo.resolve("program.json").toString());
    assertThat(notAGoal.exitCode()).isEqualTo(2);
    assertThat(notAGoal.err()).contains("ERROR --progress genai: expected one of the mentor's own learning goals");
    Run missingType = run("record");
    assertThat(missingType.exitCode()).isEqualTo(2);
    Run missingOption = record(journal, "session", "--mentor", "e000433", "--mentee", "e000002");
    assertThat(missingOption.exitCode()).isEqualTo(2);
    assertThat(missingOption.err()).contains("--minutes");
    Run noDir = record(dir.resolve("none").resolve("j.jsonl"), "session", "--mentor", "e000433", "--mentee",
        "e000002", "--minutes", "45");
    assertThat(noDir.exitCode()).isEqualTo(2);
    assertThat(noDir.err()).contains("ERROR --journal: expected a file in an existing directory");
    assertThat(Files.readAllBytes(journal)).isEqualTo(before);
  }

  private Run importInto(Path journal, Path csv, Path mapping, String... more) {
    List<String> args = new ArrayList<>(List.of("journal", "import", "--journal", journal.toString(), "--matches",
        demo.resolve("matches.json").toString(), "--from", csv.toString(), "--mapping", mapping.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void theRoundTripDemoImportReport() throws IOException {
    Path journal = journalCopy();
    Run imported = importInto(journal, SAMPLE, MAPPING);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).isEqualTo("Imported 4 answers from survey-sample.csv into journal.jsonl "
        + "(0 already there, 0 rejected)" + System.lineSeparator());
    Run again = importInto(journal, SAMPLE, MAPPING);
    assertThat(again.out()).startsWith("Imported 0 answers from survey-sample.csv into journal.jsonl "
        + "(4 already there, 0 rejected)");
    List<JournalEvent> events = JournalReader.read(journal).events();
    assertThat(events.subList(events.size() - 4, events.size())).allSatisfy(e -> assertThat(e).isInstanceOf(Feedback.class));

    Run report = run("report", "--in", demo.resolve("program.json").toString(), "--matches",
        demo.resolve("matches.json").toString(), "--journal", journal.toString(), "--out", dir.resolve("r").toString(),
        "--follow-up");
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(report.out()).startsWith("Programme report as of 2026-07-11: ")
        .contains("follow-up.csv, follow-up.html");
    String json = Files.readString(dir.resolve("r").resolve("program-report.json"), UTF_8);
    assertThat(json).doesNotContain("example.com").doesNotContain("Great sessions").doesNotContain("e000433")
        .contains("\"mentorSkillClosure\"");
    List<String> followUp = Files.readAllLines(dir.resolve("r").resolve("follow-up.csv"), UTF_8);
    assertThat(followUp.get(0)).isEqualTo("mentor_id,mentee_id,reason,detail,suggested_action");
    assertThat(followUp).hasSizeGreaterThan(1);
    assertThat(followUp.subList(1, followUp.size())).allSatisfy(l -> assertThat(l).startsWith("e0"));
    assertThat(Files.readString(dir.resolve("r").resolve("follow-up.html"), UTF_8)).contains("Operational list");
    String html = Files.readString(dir.resolve("r").resolve("program-report.html"), UTF_8);
    assertThat(html).contains("What seniors learned").contains("What juniors learned");
  }

  @Test
  void importRefusesBadInputWithExitTwo() throws IOException {
    Path journal = journalCopy();
    byte[] before = Files.readAllBytes(journal);
    String header = Files.readAllLines(SAMPLE, UTF_8).get(0);
    Path bad = Files.writeString(dir.resolve("answers.csv"), header + "\r\n"
        + "1,,7/10/2026 9:04:40,mentor.433@example.com,,e000002,Agree,Agree,Agree,9,2,,,,\r\n"
        + "2,,7/10/2026 9:04:40,mentor.433@example.com,,e000002,Agree,Agree,Agree,9,2,,,,\r\n"
        + "3,,7/10/2026 9:04:40,stranger@example.com,,e000002,Agree,Agree,Agree,9,2,,,,\r\n", UTF_8);
    Run strict = importInto(journal, bad, MAPPING);
    assertThat(strict.exitCode()).isEqualTo(2);
    assertThat(strict.errLines()).anySatisfy(l -> assertThat(l).startsWith("ERROR answers.csv:4:Email: "))
        .noneSatisfy(l -> assertThat(l).startsWith("ERROR answers.csv:3"));
    assertThat(Files.readAllBytes(journal)).isEqualTo(before);

    Path rejected = dir.resolve("rejected.csv");
    Run lenient = importInto(journal, bad, MAPPING, "--lenient", "--rejected", rejected.toString());
    assertThat(lenient.exitCode()).as(lenient.err()).isZero();
    assertThat(lenient.out()).startsWith("Imported 2 answers from answers.csv");
    assertThat(lenient.errLines()).anySatisfy(l -> assertThat(l).startsWith("REJECTED answers.csv:4:Email: "));
    assertThat(Files.readAllLines(rejected, UTF_8)).hasSize(2).first().isEqualTo("line,location,problem");

    Path wrongMapping = Files.writeString(dir.resolve("mapping.json"), "{\"format\": \"reverso/survey-mapping@0\"}",
        UTF_8);
    Run mapping = importInto(journal, SAMPLE, wrongMapping);
    assertThat(mapping.exitCode()).isEqualTo(2);
    assertThat(mapping.errLines()).anySatisfy(l -> assertThat(l).startsWith("ERROR mapping.json:format: "))
        .anySatisfy(l -> assertThat(l).startsWith("ERROR mapping.json:columns: "));
    Run rejectedWithoutLenient = importInto(journal, SAMPLE, MAPPING, "--rejected", rejected.toString());
    assertThat(rejectedWithoutLenient.exitCode()).isEqualTo(2);
    assertThat(rejectedWithoutLenient.err()).contains("ERROR --rejected: expected --lenient too");
    Run missing = importInto(journal, dir.resolve("none.csv"), MAPPING);
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("none.csv");
    Run noCommand = run("journal");
    assertThat(noCommand.exitCode()).isEqualTo(2);
  }
  @Test
  void recordAndImportAlsoWriteIntoADatabaseJournal() throws IOException {
    // the demo's journal copied into SQLite, then one session recorded and the sample export imported there
    String url = "jdbc:sqlite:" + dir.resolve("journal.db");
    Run copy = run("journal", "copy", "--from", demo.resolve("journal.jsonl").toString(), "--to", url);
    assertThat(copy.exitCode()).as(copy.err()).isZero();
    Run session = record(null, "session", "--journal", url, "--mentor", "e000433", "--mentee", "e000002",
        "--date", "2026-07-10", "--minutes", "45");
    assertThat(session.exitCode()).as(session.err()).isZero();
    assertThat(session.out()).startsWith("Recorded session-held 'rec-").contains("in jdbc:sqlite:");
    Run again = record(null, "session", "--journal", url, "--mentor", "e000433", "--mentee", "e000002",
        "--date", "2026-07-10", "--minutes", "45");
    assertThat(again.out()).startsWith("Already recorded: session-held");
    Run future = record(null, "session", "--journal", url, "--mentor", "e000433", "--mentee", "e000002",
        "--date", "2099-01-01", "--minutes", "45");
    assertThat(future.exitCode()).isEqualTo(2);
    assertThat(future.err()).contains("expected a date on or before");
    Run imported = run("journal", "import", "--journal", url, "--matches", demo.resolve("matches.json").toString(),
        "--from", SAMPLE.toString(), "--mapping", MAPPING.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).startsWith("Imported 4 answers from survey-sample.csv into jdbc:sqlite:");
    // back to a file: the file journal holds the demo's events, the recorded session and the four answers
    Path back = dir.resolve("back.jsonl");
    Run out = run("journal", "copy", "--from", url, "--to", back.toString());
    assertThat(out.exitCode()).as(out.err()).isZero();
    List<JournalEvent> demoEvents = JournalReader.read(demo.resolve("journal.jsonl")).events();
    List<JournalEvent> events = JournalReader.read(back).events();
    assertThat(events).hasSize(demoEvents.size() + 5);
    assertThat(events.subList(demoEvents.size(), events.size())).first().isInstanceOf(SessionHeld.class);
  }

  @Test
  void noOutputOfImportMayReplaceOneOfItsInputs() throws IOException {
    Path journal = journalCopy();
    byte[] before = Files.readAllBytes(journal);
    Run r = importInto(journal, SAMPLE, MAPPING, "--lenient", "--rejected", journal.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("ERROR --rejected: expected an output that is not one of the inputs")
        .contains("--journal");
    assertThat(Files.readAllBytes(journal)).isEqualTo(before);
  }
}
