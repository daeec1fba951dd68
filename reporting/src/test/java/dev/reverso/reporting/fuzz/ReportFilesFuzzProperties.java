package dev.reverso.reporting.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.io.fuzz.FuzzTries;
import dev.reverso.core.io.fuzz.Mutation;
import dev.reverso.core.io.fuzz.Outcomes;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.reporting.match.MatchesJson;
import dev.reverso.reporting.scoring.ScoringModelFiles;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes the {@code matches.json} reader ({@link MatchesJson}, {@value MatchesJson#FORMAT}) and the scoring
 * model reader ({@link ScoringModelFiles}, {@value ScoringModelFiles#FORMAT}) with mutations of valid files:
 * each reads (and what it read writes and reads back equal, byte for byte stable) or throws an
 * {@link dev.reverso.core.InvalidInputException} located in the file — never any other exception.
 */
@AddLifecycleHook(FuzzTries.class)
class ReportFilesFuzzProperties {
  private static final List<byte[]> TOKENS = JournalHostile.tokens();
  private static final List<byte[]> VALUES = JournalHostile.valueTokens();

  @Property(tries = 1500)
  void mutatedMatchesReadOrFailWithLocations(@ForAll("matchFiles") int file, @ForAll boolean structural,
      @ForAll("mutations") List<Mutation> mutations) {
    byte[] input = Mutation.applyAll(mutations, ReportFilesCorpus.matches().get(file), Mutation.Syntax.JSON,
        ReportFilesCorpus.donors(), structural ? VALUES : TOKENS);
    MatchResult result = Outcomes.readOrLocatedFailure(
        () -> MatchesJson.read(new ByteArrayInputStream(input), MatchesJson.FILE_NAME), MatchesJson.FILE_NAME);
    Statistics.label("outcome").collect(result == null ? "refused" : "read");
    if (result != null) {
      String json = MatchesJson.idsOnly().toJson(result);
      MatchResult back = MatchesJson.fromJson(json, "again.json");
      assertThat(back).isEqualTo(result);
      assertThat(MatchesJson.idsOnly().toJson(back)).isEqualTo(json);
    }
  }

  @Property(tries = 1500)
  void mutatedScoringModelsReadOrFailWithLocations(@ForAll("scoringFiles") int file, @ForAll boolean structural,
      @ForAll("mutations") List<Mutation> mutations) {
    byte[] input = Mutation.applyAll(mutations, ReportFilesCorpus.scoring().get(file), Mutation.Syntax.JSON,
        ReportFilesCorpus.donors(), structural ? VALUES : TOKENS);
    ScoringModel model = Outcomes.readOrLocatedFailure(
        () -> ScoringModelFiles.read(new ByteArrayInputStream(input), ScoringModelFiles.FILE_NAME),
        ScoringModelFiles.FILE_NAME);
    Statistics.label("outcome").collect(model == null ? "refused" : "read");
    if (model != null) {
      checkScoringRoundTrip(model);
    }
  }

  /** Any UTF-16 unit, unpaired surrogates included, put inside the strings of a scoring model or matches file. */
  @Property(tries = 800)
  void randomUnicodeReadsOrFailsWithLocations(@ForAll boolean scoring, @ForAll("positions") int at,
      @ForAll("oddChars") String chars) {
    byte[] base = scoring ? ReportFilesCorpus.scoring().get(at % ReportFilesCorpus.scoring().size())
        : ReportFilesCorpus.matches().get(at % ReportFilesCorpus.matches().size());
    String text = new String(base, StandardCharsets.UTF_8);
    int quotes = (int) text.chars().filter(c -> c == '"').count();
    int k = Math.floorMod(at, quotes);
    int i = -1;
    while (k-- >= 0) {
      i = text.indexOf('"', i + 1);
    }
    String mutated = text.substring(0, i + 1) + chars + text.substring(i + 1);
    if (scoring) {
      ScoringModel model = Outcomes.readOrLocatedFailure(
          () -> ScoringModelFiles.read(new StringReader(mutated), ScoringModelFiles.FILE_NAME), ScoringModelFiles.FILE_NAME);
      if (model != null) {
        checkScoringRoundTrip(model);
      }
    } else {
      MatchResult result = Outcomes.readOrLocatedFailure(
          () -> MatchesJson.read(new StringReader(mutated), MatchesJson.FILE_NAME), MatchesJson.FILE_NAME);
      if (result != null) {
        String json = MatchesJson.idsOnly().toJson(result);
        assertThat(MatchesJson.fromJson(json, "again.json")).isEqualTo(result);
      }
    }
  }

  private static void checkScoringRoundTrip(ScoringModel model) {
    String json = ScoringModelFiles.toJson(model);
    ScoringModel back = ScoringModelFiles.fromJson(json, "again.json");
    assertThat(back).isEqualTo(model);
    assertThat(ScoringModelFiles.toJson(back)).isEqualTo(json);
    assertThat(ScoringModelFiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "again.json"))
        .isEqualTo(model);
  }

  @Provide
  Arbitrary<Integer> matchFiles() {
    return Arbitraries.integers().between(0, ReportFilesCorpus.matches().size() - 1);
  }

  @Provide
  Arbitrary<Integer> scoringFiles() {
    return Arbitraries.integers().between(0, ReportFilesCorpus.scoring().size() - 1);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE);
  }

  @Provide
  Arbitrary<String> oddChars() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4),
        Arbitraries.of("\uD800", "\uDC00", "\uDFFF\uD800", "\u202E", "\u0000", "\\ud800", "\uD83D\uDE00", "\uFEFF",
            "\u2028", "\\u0000", "1e400", "-0"));
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return Arbitraries.oneOf(JournalHostile.mutationLists(), JournalHostile.structuralMutationLists());
  }
}
