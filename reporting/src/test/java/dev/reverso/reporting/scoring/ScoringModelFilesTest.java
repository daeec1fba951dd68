package dev.reverso.reporting.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.Beneficiary;
import dev.reverso.matching.spi.Criterion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Known answers for the scoring file: the canonical text, reading, writing, and located errors. */
class ScoringModelFilesTest {

  /** The model of the fixture {@code scoring/scoring.json} and of the example in docs/formats.md. */
  static ScoringModel exampleModel() {
    return ScoringModel.reverseMentoringDefaults()
        .with(Criteria.seniorityDistance(2, 6), 0.12)
        .withWeight(Criteria.VALUE_ALIGNMENT_ID, 0.13);
  }

  static String fixture() throws IOException {
    try (InputStream in = ScoringModelFilesTest.class.getResourceAsStream("/scoring/scoring.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void writesTheCanonicalText() throws IOException {
    assertThat(ScoringModelFiles.toJson(exampleModel())).isEqualTo(fixture());
  }

  @Test
  void readsTheFixtureBackToTheSameModel() throws IOException {
    ScoringModel read = ScoringModelFiles.fromJson(fixture(), "scoring.json");
    assertThat(read).isEqualTo(exampleModel());
    assertThat(read.criterion(Criteria.SENIORITY_DISTANCE_ID)).contains(Criteria.seniorityDistance(2, 6));
  }

  @Test
  void fileRoundTripAndReplacement(@TempDir Path dir) {
    Path file = dir.resolve("nested").resolve("scoring.json");
    ScoringModelFiles.write(ScoringModel.reverseMentoringDefaults(), file);
    ScoringModelFiles.write(exampleModel(), file);
    assertThat(ScoringModelFiles.read(file)).isEqualTo(exampleModel());
    assertThat(file.getParent().toFile().list()).containsExactly("scoring.json");
  }

  @Test
  void readerAndStreamFormsAgreeAndSkipAByteOrderMark() throws IOException {
    String text = "\uFEFF" + fixture();
    assertThat(ScoringModelFiles.read(new StringReader(text), "s.json")).isEqualTo(exampleModel());
    assertThat(ScoringModelFiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.json"))
        .isEqualTo(exampleModel());
  }

  @Test
  void settingsLeftOutTakeTheBuiltInDefaultsAndOrderIsFree() {
    String json = "{\"criteria\": [{\"weight\": 1, \"settings\": {\"high\": 5}, \"id\": \"seniority-distance\"},"
        + " {\"id\": \"time-zone-overlap\", \"weight\": 0.5, \"settings\": {\"start\": \"08:00\"}},"
        + " {\"id\": \"cross-boundary\", \"weight\": 0}], \"format\": \"reverso/scoring@1\"}";
    ScoringModel m = ScoringModelFiles.fromJson(json, "s.json");
    assertThat(m.criteria()).containsExactly(Criteria.seniorityDistance(3, 5),
        Criteria.timeZoneOverlap(LocalDate.of(2026, 1, 15), LocalTime.of(8, 0), LocalTime.of(17, 0)),
        Criteria.BOUNDARY);
    assertThat(m.weights()).containsExactly(java.util.Map.entry("seniority-distance", 1.0),
        java.util.Map.entry("time-zone-overlap", 0.5), java.util.Map.entry("cross-boundary", 0.0));
  }

  @Test
  void writingACustomCriterionIsRefusedWithItsPosition() {
    Criterion custom = Criterion.of("same-floor", Beneficiary.BOTH, (a, b) -> 1);
    ScoringModel m = ScoringModel.reverseMentoringDefaults().with(custom, 0.1);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ScoringModelFiles.toJson(m));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("criteria[7]");
      assertThat(p.message()).contains("same-floor", "in code");
    });
  }

  @Test
  void missingFileAndNonUtf8AreLocatedInputErrors(@TempDir Path dir) throws IOException {
    assertThat(problems(() -> ScoringModelFiles.read(dir.resolve("none.json"))))
        .singleElement().satisfies(p -> {
          assertThat(p.location()).endsWith("none.json");
          assertThat(p.message()).isEqualTo("expected an existing file, found none");
        });
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, new byte[] {'{', (byte) 0xE9, '}'});
    assertThat(problems(() -> ScoringModelFiles.read(latin1))).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("not UTF-8"));
  }

  @Test
  void syntaxErrorIsLocatedByLineAndColumn() {
    assertThat(problems("{\n  \"format\": \"reverso/scoring@1\",\n  \"criteria\": [ {\"id\": } ]\n}"))
        .singleElement().satisfies(p -> {
          assertThat(p.location()).isEqualTo("s.json:3:24 (criteria[0].id)");
          assertThat(p.message()).startsWith("expected valid JSON");
        });
    assertThat(problems("")).singleElement().satisfies(p -> assertThat(p.message()).contains("empty file"));
    assertThat(problems("[]")).singleElement().satisfies(p -> assertThat(p.location()).isEqualTo("s.json:1:1"));
    assertThat(problems("{\"format\": \"reverso/scoring@1\", \"format\": \"x\"}")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("Duplicate field"));
  }

  @Test
  void structuralErrorsAreAllReportedWithLineColumnAndPath() {
    String json = String.join("\n",
        "{",
        "  \"format\": \"reverso/scoring@2\",",
        "  \"extra\": 1,",
        "  \"criteria\": [",
        "    {\"id\": \"forward-coverage\", \"weight\": \"high\"},",
        "    {\"id\": 7, \"weight\": 1},",
        "    {\"weight\": 1},",
        "    {\"id\": \"value-alignment\"},",
        "    {\"id\": \"availability-fit\", \"weight\": 1, \"colour\": \"red\"},",
        "    \"reverse-coverage\"",
        "  ]",
        "}");
    assertThat(problems(json)).extracting(Problem::location).containsExactly(
        "s.json:2:13 (format)",
        "s.json:3:12 (extra)",
        "s.json:5:42 (criteria[0].weight)",
        "s.json:6:12 (criteria[1].id)",
        "s.json:7:5 (criteria[2])",
        "s.json:8:5 (criteria[3])",
        "s.json:9:55 (criteria[4].colour)",
        "s.json:10:5 (criteria[5])");
  }

  @Test
  void missingTopFieldsAndTrailingContent() {
    assertThat(problems("{}")).extracting(Problem::message).containsExactly(
        "expected the field \"format\": \"reverso/scoring@1\", found none",
        "expected the field \"criteria\" (an array of {\"id\", \"weight\"}), found none");
    assertThat(problems("{\"format\": \"reverso/scoring@1\", \"criteria\": []} {}")).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).startsWith("expected the end of the file"));
  }

  @Test
  void unknownCriterionIdListsTheBuiltInsAndSaysCustomOnesAreAddedInCode() {
    List<Problem> problems = problems(
        "{\"format\": \"reverso/scoring@1\", \"criteria\": [{\"id\": \"same-floor\", \"weight\": 1}]}");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("s.json:1:53 (criteria[0].id)");
      assertThat(p.message()).contains("same-floor", "forward-coverage, reverse-coverage, value-alignment,"
          + " seniority-distance, cross-boundary, time-zone-overlap, availability-fit", "add it in code");
    });
  }

  @Test
  void weightsAreValidatedByTheScoringModelAndLocatedAtTheWeight() {
    String json = String.join("\n",
        "{\"format\": \"reverso/scoring@1\", \"criteria\": [",
        "  {\"id\": \"forward-coverage\", \"weight\": -0.5},",
        "  {\"id\": \"value-alignment\", \"weight\": 1e999},",
        "  {\"id\": \"availability-fit\", \"weight\": 1},",
        "  {\"id\": \"availability-fit\", \"weight\": 2}",
        "]}");
    assertThat(problems(json)).extracting(Problem::toString).containsExactly(
        "ERROR s.json:2:40 (criteria[0].weight): expected a finite weight of 0 or more, found -0.5",
        "ERROR s.json:3:39 (criteria[1].weight): expected a finite weight of 0 or more, found the number 1e999",
        "ERROR s.json:5:10 (criteria[3].id): expected each criterion once, found 'availability-fit' again");
    assertThat(problems("{\"format\": \"reverso/scoring@1\", \"criteria\": [{\"id\": \"forward-coverage\","
        + " \"weight\": 0}]}")).singleElement().satisfies(p -> {
          assertThat(p.location()).isEqualTo("s.json:1:45 (criteria)");
          assertThat(p.message()).contains("at least one weight above 0");
        });
    assertThat(problems("{\"format\": \"reverso/scoring@1\", \"criteria\": []}")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("at least one criterion"));
  }

  @Test
  void invalidSettingsAreLocatedAtTheSetting() {
    String json = String.join("\n",
        "{\"format\": \"reverso/scoring@1\", \"criteria\": [",
        "  {\"id\": \"seniority-distance\", \"weight\": 1, \"settings\": {\"low\": 2.5, \"width\": 3}},",
        "  {\"id\": \"time-zone-overlap\", \"weight\": 1, \"settings\": {\"referenceDate\": \"15/01/2026\",",
        "      \"start\": 9}},",
        "  {\"id\": \"cross-boundary\", \"weight\": 1, \"settings\": {\"department\": \"0.4\"}},",
        "  {\"id\": \"forward-coverage\", \"weight\": 1, \"settings\": {\"depth\": 2}},",
        "  {\"id\": \"availability-fit\", \"weight\": 1, \"settings\": []}",
        "]}");
    assertThat(problems(json)).extracting(Problem::location).containsExactly(
        "s.json:2:65 (criteria[0].settings.low)",
        "s.json:2:79 (criteria[0].settings.width)",
        "s.json:3:74 (criteria[1].settings.referenceDate)",
        "s.json:4:16 (criteria[1].settings.start)",
        "s.json:5:68 (criteria[2].settings.department)",
        "s.json:6:55 (criteria[3].settings)",
        "s.json:7:55 (criteria[4].settings)");
  }

  @Test
  void settingsTheFactoryRefusesAreReportedWithItsMessage() {
    assertThat(problems("{\"format\": \"reverso/scoring@1\", \"criteria\": [{\"id\": \"seniority-distance\","
        + " \"weight\": 1, \"settings\": {\"low\": 6, \"high\": 2}}]}")).singleElement().satisfies(p -> {
          assertThat(p.location()).endsWith("(criteria[0].settings)");
          assertThat(p.message()).contains("1 <= low <= high", "6..2");
        });
    assertThat(problems("{\"format\": \"reverso/scoring@1\", \"criteria\": [{\"id\": \"time-zone-overlap\","
        + " \"weight\": 1, \"settings\": {\"start\": \"18:00\"}}]}")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("end after they start"));
  }

  private static List<Problem> problems(String json) {
    return problems(() -> ScoringModelFiles.fromJson(json, "s.json"));
  }

  private static List<Problem> problems(Runnable read) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, read::run);
    assertThat(e).as("an InvalidInputException").isNotNull();
    return e.problems();
  }

  @Test
  void nullArgumentsAreProgrammingErrors() {
    assertThatThrownBy(() -> ScoringModelFiles.fromJson(null, "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ScoringModelFiles.write(null, Path.of("x"))).isInstanceOf(NullPointerException.class);
  }
}
