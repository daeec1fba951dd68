package dev.reverso.reporting.survey;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problem;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.EventDates;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.storage.InMemoryJournal;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample export and mapping of docs/ import as documented; every kind of bad input is located. */
class SurveyImportTest {
  static final Path SAMPLE = Path.of("..", "docs", "survey-sample.csv");
  static final Path MAPPING = Path.of("..", "docs", "survey-mapping.json");
  static final MentoringPair P163 = MentoringPair.of("e000163", "e000002");
  static final MentoringPair P528 = MentoringPair.of("e000528", "e000013");
  static final Set<MentoringPair> ROSTER = Set.of(P163, P528, MentoringPair.of("e000267", "e000004"));
  static final EventDates AUGUST = EventDates.of(Clock.fixed(Instant.parse("2026-08-01T09:00:00Z"), ZoneOffset.UTC));

  @TempDir
  Path dir;

  private static InMemoryJournal journal() {
    return InMemoryJournal.of(ROSTER, AUGUST);
  }

  @Test
  void theSampleHasTheQuirksOfARealExport() throws IOException {
    byte[] bytes = Files.readAllBytes(SAMPLE);
    assertThat(new String(bytes, 0, 3, UTF_8)).isEqualTo("\uFEFF");
    String text = new String(bytes, UTF_8);
    assertThat(text).contains("\r\n").contains("\"Great sessions, we covered strategy, stakeholders and more\"")
        .contains("\"\"should\"\"");
  }

  @Test
  void theSampleImportsAsKnownEvents() {
    InMemoryJournal journal = journal();
    SurveyImport.Result result = SurveyImport.run(SAMPLE, SurveyMapping.read(MAPPING), journal, AUGUST, false);
    assertThat(result.rows()).isEqualTo(4);
    assertThat(result.appended()).isEqualTo(4);
    assertThat(result.rejected()).isEmpty();
    List<Feedback> events = journal.events().stream().map(Feedback.class::cast).toList();

    Feedback first = events.get(0); // a mentor answering: 1..7 labels "Agree", "Strongly agree" and 6
    assertThat(first.pair()).isEqualTo(P163);
    assertThat(first.from()).isEqualTo(Side.MENTOR);
    assertThat(first.date()).isEqualTo(LocalDate.of(2026, 7, 10));
    assertThat(List.of(first.relationship(), first.learning(), first.recognition())).containsExactly(4, 5, 4);
    assertThat(first.nps()).isEqualTo(OptionalInt.of(9));
    assertThat(first.progress()).isEqualTo(ImmutableSortedMap.of("stakeholder-management", 1, "strategy", 2));
    assertThat(first.comment()).contains("Great sessions, we covered strategy, stakeholders and more");
    assertThat(first.id()).matches("svy-[0-9a-f]{24}");

    Feedback second = events.get(1); // a senior, e-mail in another case, answering about the mentor
    assertThat(second.pair()).isEqualTo(P163);
    assertThat(second.from()).isEqualTo(Side.MENTEE);
    assertThat(List.of(second.relationship(), second.learning(), second.recognition())).containsExactly(5, 4, 4);
    assertThat(second.comment()).isEmpty();
    assertThat(second.progress()).containsOnlyKeys("data-literacy");

    Feedback third = events.get(2); // Neutral = 4 of 7 -> 3; 3 of 7 -> 2.33 -> 2; 5 of 7 -> 3.67 -> 4
    assertThat(List.of(third.relationship(), third.learning(), third.recognition())).containsExactly(3, 2, 4);
    Feedback fourth = events.get(3); // a quoted comment with a line break and doubled quotes
    assertThat(fourth.from()).isEqualTo(Side.MENTEE);
    assertThat(fourth.comment()).contains("We \"should\" meet more often,\nsay every two weeks");
  }

  @Test
  void importingTheSameExportAgainAddsNothing() {
    InMemoryJournal journal = journal();
    SurveyMapping mapping = SurveyMapping.read(MAPPING);
    SurveyImport.run(SAMPLE, mapping, journal, AUGUST, false);
    List<JournalEvent> once = journal.events();
    SurveyImport.Result again = SurveyImport.run(SAMPLE, mapping, journal, AUGUST, false);
    assertThat(again.appended()).isZero();
    assertThat(again.alreadyPresent()).isEqualTo(4);
    assertThat(journal.events()).isEqualTo(once);
  }

  @Test
  void aGrownExportAddsOnlyTheNewRows() throws IOException {
    InMemoryJournal journal = journal();
    SurveyMapping mapping = SurveyMapping.read(MAPPING);
    SurveyImport.run(SAMPLE, mapping, journal, AUGUST, false);
    Path grown = Files.writeString(dir.resolve("answers.csv"), Files.readString(SAMPLE, UTF_8)
        + "5,,7/12/2026 9:00:00,mentor.528@example.com,,e000013,Agree,Agree,Agree,8,2,,,,\r\n", UTF_8);
    SurveyImport.Result r = SurveyImport.run(grown, mapping, journal, AUGUST, false);
    assertThat(r.appended()).isEqualTo(1);
    assertThat(r.alreadyPresent()).isEqualTo(4);
  }

  private Path answers(String... dataRows) throws IOException {
    List<String> lines = Files.readAllLines(SAMPLE, UTF_8);
    StringBuilder b = new StringBuilder(lines.get(0)).append("\r\n");
    for (String row : dataRows) {
      b.append(row).append("\r\n");
    }
    return Files.writeString(dir.resolve("answers.csv"), b.toString(), UTF_8);
  }

  private static final String GOOD = "1,,7/10/2026 9:04:40,mentor.163@example.com,,e000002,Agree,Agree,Agree,9,2,,,,";

  @Test
  void strictModeImportsNothingAndLocatesEveryProblem() throws IOException {
    Path csv = answers(GOOD,
        "2,,7/10/2026 9:05:00,nobody@example.com,,e000002,Agree,Agree,Agree,9,,,,,",      // unknown respondent
        "3,,someday,mentor.528@example.com,,e000013,Very much,9,Agree,11,7,,,,",          // date, likert, nps, level
        GOOD,                                                                              // duplicate of line 2
        "5,,12/31/2099 9:00:00,mentor.528@example.com,,e000013,Agree,Agree,Agree,,,,,,",   // in the future
        "6,,7/10/2026 9:04:40,mentor.163@example.com,e000002");                             // too few cells
    InMemoryJournal journal = journal();
    InvalidInputException e = catchInvalid(() -> SurveyImport.run(csv, SurveyMapping.read(MAPPING), journal, AUGUST,
        false));
    List<String> shown = e.problems().stream().map(Problem::toString).toList();
    assertThat(shown).hasSize(9);
    assertThat(shown.subList(0, 7)).containsExactly(
        "ERROR answers.csv:3:Email: expected a respondent and partner who form a pair of the matches, found "
            + "'nobody@example.com' and 'e000002' (an e-mail address not in the mapping's ids)",
        "ERROR answers.csv:4:Completion time: expected a date such as 2026-03-31 or 2026-03-31T14:05:00 or "
            + "one of the mapping's dateFormats [M/d/yyyy H:mm:ss], found 'someday'",
        "ERROR answers.csv:4:We trust each other and keep meeting: expected a Likert answer from 1 to 7 or "
            + "one of the mapping's labels, found 'Very much'",
        "ERROR answers.csv:4:I am learning from my partner: expected a Likert answer from 1 to 7 or one of "
            + "the mapping's labels, found '9'",
        "ERROR answers.csv:4:How likely are you to recommend the programme to a colleague?: expected a Net "
            + "Promoter answer from 0 to 10, found '11'",
        "ERROR answers.csv:4:Strategy: where are you now? (0-5): expected a self-rated level from 0 to 5, "
            + "found '7'",
        "ERROR answers.csv:5: expected each answer once, found a duplicate of line 2");
    assertThat(shown.get(7)).startsWith("ERROR answers.csv:6: Event 'svy-").contains("DATED_IN_FUTURE")
        .contains("found 2099-12-31");
    assertThat(shown.get(8)).isEqualTo("ERROR answers.csv:7: expected 15 cells as in the header, found 5");
    assertThat(journal.events()).isEmpty();
  }

  @Test
  void lenientModeImportsTheGoodRowsAndReturnsTheOthersWithReasons() throws IOException {
    Path csv = answers(GOOD, "2,,7/10/2026 9:05:00,nobody@example.com,,e000002,Agree,Agree,Agree,9,,,,,");
    InMemoryJournal journal = journal();
    SurveyImport.Result r = SurveyImport.run(csv, SurveyMapping.read(MAPPING), journal, AUGUST, true);
    assertThat(r.appended()).isEqualTo(1);
    assertThat(journal.events()).hasSize(1);
    assertThat(r.rejected()).singleElement().satisfies(x -> {
      assertThat(x.line()).isEqualTo(3);
      assertThat(x.problems()).singleElement().extracting(Problem::location).isEqualTo("answers.csv:3:Email");
    });
  }

  @Test
  void answersForAClosedPairOrBeforeThePairStartBreakTheJournalRules() throws IOException {
    EventDates started = AUGUST.withPairStarts(java.util.Map.of(P528, LocalDate.of(2026, 7, 11)));
    InMemoryJournal journal = InMemoryJournal.of(ROSTER, started);
    journal.append(PairClosed.of("close", P163, LocalDate.of(2026, 7, 1), CloseReason.COMPLETED));
    Path csv = answers(GOOD, "2,,7/10/2026 9:05:00,mentor.528@example.com,,e000013,Agree,Agree,Agree,9,,,,,");
    InvalidInputException e = catchInvalid(() -> SurveyImport.run(csv, SurveyMapping.read(MAPPING), journal, started,
        false));
    assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
        p -> assertThat(p).startsWith("ERROR answers.csv:2: ").contains("DATED_AFTER_CLOSE"),
        p -> assertThat(p).startsWith("ERROR answers.csv:3: ").contains("DATED_BEFORE_START")
            .contains("the pair's start on 2026-07-11"));
    assertThat(journal.events()).hasSize(1);
  }

  @Test
  void aWrongMappingIsLocatedInTheMappingFile() throws IOException {
    Path bad = Files.writeString(dir.resolve("mapping.json"), """
        {"format": "reverso/survey-mapping@1",
         "columns": {"date": "When", "respondent": 7, "partner": "Partner", "learning": "L", "recognition": "R",
                     "mood": "M"},
         "likert": {"min": 1, "max": 2},
         "progress": {"Strategy": "Not A Skill!"}}
        """, UTF_8);
    InvalidInputException e = catchInvalid(() -> SurveyMapping.read(bad));
    assertThat(e.problems()).extracting(Problem::location).containsExactly("mapping.json:columns.respondent",
        "mapping.json:columns.relationship", "mapping.json:columns.mood", "mapping.json:progress.Strategy",
        "mapping.json:likert");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"reverso/survey-mapping@1\",\n  \"columns\": {,}}",
        UTF_8);
    assertThat(catchInvalid(() -> SurveyMapping.read(broken)).problems()).singleElement()
        .extracting(Problem::location).isEqualTo("broken.json:2:15");
    // a mapping naming a column the export does not have
    Path otherColumns = Files.writeString(dir.resolve("m2.json"), Files.readString(MAPPING, UTF_8)
        .replace("\"Completion time\"", "\"Submitted at\""), UTF_8);
    InvalidInputException missing = catchInvalid(() -> SurveyImport.run(SAMPLE, SurveyMapping.read(otherColumns),
        journal(), AUGUST, true));
    assertThat(missing.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("survey-sample.csv:1");
      assertThat(p.message()).startsWith("expected a column 'Submitted at' (the mapping's columns.date)");
    });
  }

  @Test
  void aBrokenQuoteOrNonUtf8FileIsRefusedInBothModes() throws IOException {
    Path open = answers(GOOD, "2,,7/10/2026 9:05:00,\"mentor.528@example.com,,e000013");
    assertThat(catchInvalid(() -> SurveyImport.run(open, SurveyMapping.read(MAPPING), journal(), AUGUST, true))
        .problems()).extracting(Problem::toString)
        .containsExactly("ERROR answers.csv:3: expected a closing quote for the cell that starts on this line");
    Path latin1 = Files.write(dir.resolve("latin1.csv"), "Email\ncaf\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(catchInvalid(() -> SurveyImport.run(latin1, SurveyMapping.read(MAPPING), journal(), AUGUST, true))
        .problems()).extracting(Problem::location).containsExactly("latin1.csv");
  }

  @Test
  void likertMappingIsLinearWithHalvesUp() {
    SurveyMapping seven = SurveyMapping.read(MAPPING);
    assertThat(java.util.stream.IntStream.rangeClosed(1, 7).map(seven::toLikert).boxed().toList())
        .containsExactly(1, 2, 2, 3, 4, 4, 5);
    assertThat(seven.toString()).doesNotContain("@").doesNotContain("Strategy");
  }

  static InvalidInputException catchInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(t).isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) t;
  }
}
