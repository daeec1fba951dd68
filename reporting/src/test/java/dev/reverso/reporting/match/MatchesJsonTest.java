package dev.reverso.reporting.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchesJsonTest {

  @Provide
  Arbitrary<MatchResult> raw() {
    return MatchResultArbitraries.raw();
  }

  @Provide
  Arbitrary<MatchResult> sampled() {
    return MatchResultArbitraries.sampled();
  }

  @Property
  void readingWhatWasWrittenGivesAnEqualResultAndIdenticalBytes(@ForAll("raw") MatchResult result) {
    String json = MatchesJson.idsOnly().toJson(result);
    MatchResult back = MatchesJson.fromJson(json, "matches.json");
    assertThat(back).isEqualTo(result);
    assertThat(back.statistics()).isEqualTo(result.statistics());
    assertThat(MatchesJson.idsOnly().toJson(back)).isEqualTo(json);
  }

  @Property(tries = 40)
  void realExplanationsRoundTrip(@ForAll("sampled") MatchResult result) {
    String json = MatchesJson.idsOnly().toJson(result);
    MatchResult back = MatchesJson.fromJson(json, "matches.json");
    assertThat(back).isEqualTo(result);
    assertThat(MatchesJson.idsOnly().toJson(back)).isEqualTo(json);
  }

  @Property(tries = 300)
  void garbageIsRejectedWithProblemsNeverWithAnotherException(@ForAll String text) {
    try {
      MatchesJson.fromJson(text, "in.json");
    } catch (InvalidInputException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.location()).startsWith("in.json"));
    }
  }

  @Property(tries = 100)
  void aDamagedDocumentIsRejectedWithProblemsNeverWithAnotherException(@ForAll("raw") MatchResult result,
      @ForAll int position, @ForAll char replacement) {
    String json = MatchesJson.idsOnly().toJson(result);
    int at = Math.floorMod(position, json.length());
    String damaged = json.substring(0, at) + replacement + json.substring(at + 1);
    try {
      MatchesJson.fromJson(damaged, "matches.json");
    } catch (InvalidInputException e) {
      assertThat(e.problems()).isNotEmpty();
    }
  }

  @Test
  void namesAreWrittenOnlyOnRequestInTheirOwnFieldsAndIgnoredWhenRead() {
    Program program = MatchFixtures.program();
    MatchResult result = MatchFixtures.result(program);
    String plain = MatchesJson.idsOnly().toJson(result);
    String named = MatchesJson.idsOnly().withNames(program).toJson(result);
    for (String name : MatchFixtures.NAMES) {
      assertThat(plain).doesNotContain(name);
    }
    assertThat(named).contains("\"mentorName\":\"Zephyrine Quoggleworth\"", "\"menteeName\":\"Thaddeus Wobblecombe\"");
    assertThat(MatchesJson.fromJson(named, "m.json")).isEqualTo(result);
    assertThat(MatchesJson.idsOnly().withNames(program).withoutNames().toJson(result)).isEqualTo(plain);
  }

  @Test
  void readsFilesAndStreamsLocatingProblemsByFileName(@TempDir Path dir) throws IOException {
    Program program = MatchFixtures.program();
    MatchResult result = MatchFixtures.result(program);
    Path file = dir.resolve("matches.json");
    MatchesJson.idsOnly().write(result, file);
    assertThat(MatchesJson.read(file)).isEqualTo(result);
    assertThat(MatchesJson.read(new StringReader(Files.readString(file)), "x")).isEqualTo(result);
    byte[] bom = ("\uFEFF" + Files.readString(file)).getBytes(StandardCharsets.UTF_8);
    assertThat(MatchesJson.read(new java.io.ByteArrayInputStream(bom), "x")).isEqualTo(result);
    Files.writeString(file, "{\n  \"format\": \"reverso/matches@9\"\n}\n");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> MatchesJson.read(file));
    assertThat(e.problems()).extracting(Problem::location).contains("matches.json:2:13");
  }

  @Test
  void reportsEveryProblemAtOnceWithLineAndColumn() {
    String json = String.join("\n",
        "{",
        "  \"format\": \"reverso/matches@1\",",
        "  \"strategy\": \"optimal\",",
        "  \"solverPath\": 3,",
        "  \"colour\": \"blue\",",
        "  \"pairs\": [",
        "    {\"mentor\": \"M1\", \"mentee\": \"S1\", \"score\": 1.5, \"explanation\": {\"total\": 0.5,",
        "      \"allowed\": true, \"contributions\": [], \"verdicts\": [{\"constraint\": \"c\", \"allowed\": false}]}},",
        "    {\"mentor\": \"\", \"mentee\": \"S2\", \"score\": 0.5, \"explanation\": {\"total\": 0.5,",
        "      \"allowed\": true, \"contributions\": [], \"verdicts\": []}}",
        "  ],",
        "  \"unmatched\": [{\"id\": \"S3\", \"role\": \"boss\", \"reason\": \"LAZY\", \"detail\": \"\"}]",
        "}");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> MatchesJson.fromJson(json, "m.json"));
    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "ERROR m.json:4:17: solverPath: expected a string, found the number 3",
        "ERROR m.json:5:13: colour: expected no such field (allowed: [format, pairs, solverPath, statistics, strategy,"
            + " unmatched, warnings])",
        "ERROR m.json:7:47: pairs[0].score: expected a number from 0 to 1, found the number 1.5",
        "ERROR m.json:8:58: pairs[0].explanation.verdicts[0].reason: expected a non-empty reason for a forbidding verdict, found no reason field",
        "ERROR m.json:9:16: pairs[1].mentor: expected an HR id: expected a non-empty id",
        "ERROR m.json:12:38: unmatched[0].role: expected \"mentor\" or \"mentee\", found 'boss'",
        "ERROR m.json:12:56: unmatched[0].reason: expected one of [NO_FEASIBLE_PARTNER, CAPACITY_EXHAUSTED, "
            + "BELOW_MINIMUM_SCORE, NOT_SELECTED, NO_CONSENT], found 'LAZY'");
  }

  @Test
  void rejectsInconsistentResults() {
    MatchResult result = MatchFixtures.result(MatchFixtures.program());
    String json = MatchesJson.idsOnly().toJson(result);
    // The first pair twice, and its mentee also reported unmatched.
    String first = json.substring(json.indexOf("    {\"mentor\""), json.indexOf("    {\"mentor\"",
        json.indexOf("    {\"mentor\"") + 1));
    String doubled = json.replace(first, first + first)
        .replace("\"unmatched\": [\n", "\"unmatched\": [\n    {\"id\":\"S01\",\"role\":\"mentee\","
            + "\"reason\":\"NOT_SELECTED\",\"detail\":\"\"},\n");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> MatchesJson.fromJson(doubled, "m.json"));
    assertThat(e.problems()).extracting(Problem::message).containsExactlyInAnyOrder(
        "pairs: expected each pair once, found mentor M01 and mentee S01 again",
        "unmatched: expected a participant without a pair, found mentee S01, who is in a pair");
    String flipped = json.replaceFirst("\"allowed\":true", "\"allowed\":false");
    assertThatThrownBy(() -> MatchesJson.fromJson(flipped, "m.json")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("pairs[0].explanation.allowed: expected true as every rule allows the pair");
  }

  @Test
  void syntaxErrorsAreLocatedWithoutQuotingTheContent() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> MatchesJson.fromJson("{\n  \"format\": Secret Name\n}", "m.json"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("m.json:2:20 (format)");
      assertThat(p.message()).doesNotContain("Secret");
    });
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> MatchesJson.fromJson("", "m.json")).problems())
        .extracting(Problem::toString).containsExactly("ERROR m.json:1:1: expected a JSON object, found an empty file");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> MatchesJson.fromJson("[1]", "m.json"))
        .problems()).extracting(Problem::toString).containsExactly("ERROR m.json:1:1: $: expected a JSON object, found an array");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> MatchesJson.fromJson("{\"format\": \"a\", \"format\": \"b\"}", "m.json")).problems())
        .extracting(Problem::message).containsExactly("expected each field once in an object, found 'format' repeated");
  }
}
