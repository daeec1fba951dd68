package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.cli.ReversoCommandTest.Run;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Program;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.match.MatchesJson;
import dev.reverso.reporting.scoring.ScoringModelFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reverso advise} on a sample programme whose feedback follows forward coverage. */
class AdviseCommandTest {
  @TempDir
  static Path dir;
  static Path program;
  static Path matches;
  static Path journal;
  static int pairs;
  static int withFeedback;

  @BeforeAll
  static void programMatchesAndJournal() throws IOException {
    Program p = SampleOrganization.generate(1500, 11);
    MatchResult result = Matcher.builder().strategy("optimal").build().match(p);
    program = dir.resolve("program.json");
    matches = dir.resolve("matches.json");
    journal = dir.resolve("journal.jsonl");
    ProgramFiles.write(p, program);
    MatchesJson.idsOnly().write(result, matches);
    StringBuilder lines = new StringBuilder();
    LocalDate day = LocalDate.of(2026, 3, 1);
    int i = 0;
    for (Pairing pairing : result.pairs()) {
      i++;
      if (i % 10 == 0) {
        continue; // no feedback from this pair
      }
      withFeedback++;
      double coverage = pairing.explanation().contribution(Criteria.FORWARD_COVERAGE_ID).orElseThrow().score();
      int rating = 1 + (int) Math.round(4 * coverage);
      MentoringPair pair = new MentoringPair(pairing.mentorId(), pairing.menteeId());
      for (Side side : Side.values()) {
        Feedback f = Feedback.builder("f" + i + side, pair, day, side).ratings(rating, rating, 3).build();
        lines.append(EventCodec.encode(f)).append('\n');
      }
    }
    pairs = result.pairs().size();
    Files.writeString(journal, lines.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void writesASuggestionThatReadsBackAndPrintsTheTable() {
    Path out = dir.resolve("scoring.json");
    Run r = run("advise", "--in", program.toString(), "--matches", matches.toString(), "--journal",
        journal.toString(), "--resamples", "100", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(pairs).isGreaterThanOrEqualTo(40);
    ScoringModel suggested = ScoringModelFiles.read(out);
    assertThat(suggested.criteria()).containsExactlyElementsOf(ScoringModel.reverseMentoringDefaults().criteria());
    assertThat(suggested.totalWeight()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(suggested.weight(Criteria.FORWARD_COVERAGE_ID)).isGreaterThan(0.9);
    assertThat(r.out()).contains(String.format(java.util.Locale.ROOT, "%d pairs used (0 closed early, counted as 0),"
        + " %d without feedback left out", withFeedback, pairs - withFeedback));
    assertThat(r.out().lines()).anySatisfy(l -> assertThat(l)
        .matches("forward-coverage\\s+0\\.350\\s+0\\.9\\d\\d\\s+\\d\\.\\d{3} \\.\\. \\d\\.\\d{3}\\s+\\+0\\.\\d{3}"));
    assertThat(r.out()).contains("95% interval").endsWith("Wrote " + out + System.lineSeparator());
    // the same run writes the same bytes
    Path again = dir.resolve("again.json");
    assertThat(run("advise", "--in", program.toString(), "--matches", matches.toString(), "--journal",
        journal.toString(), "--resamples", "100", "--out", again.toString()).exitCode()).isZero();
    assertThat(ScoringModelFiles.read(again)).isEqualTo(suggested);
  }

  @Test
  void theSuggestionIsAcceptedByMatch() throws IOException {
    Path suggestion = dir.resolve("suggested.json");
    assertThat(run("advise", "--in", program.toString(), "--matches", matches.toString(), "--journal",
        journal.toString(), "--resamples", "0", "--out", suggestion.toString()).exitCode()).isZero();
    Path out = dir.resolve("rematched");
    Run r = run("match", "--in", program.toString(), "--scoring", suggestion.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    ScoringModel suggested = ScoringModelFiles.read(suggestion);
    Pairing first = MatchesJson.read(out.resolve("matches.json")).pairs().get(0);
    for (var contribution : first.explanation().contributions()) {
      assertThat(contribution.weight()).isEqualTo(suggested.weight(contribution.criterionId()));
    }
  }

  @Test
  void theCurrentModelCanBeGivenAsAScoringFile() {
    Path current = dir.resolve("current.json");
    ScoringModelFiles.write(ScoringModel.reverseMentoringDefaults().with(Criteria.seniorityDistance(2, 9), 0.1),
        current);
    Path out = dir.resolve("from-current.json");
    Run r = run("advise", "--in", program.toString(), "--matches", matches.toString(), "--journal",
        journal.toString(), "--scoring", current.toString(), "--resamples", "0", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(ScoringModelFiles.read(out).criterion(Criteria.SENIORITY_DISTANCE_ID))
        .contains(Criteria.seniorityDistance(2, 9));
  }

  @Test
  void tooFewPairsIsARefusalWithExitCode2AndNoFile() {
    Path out = dir.resolve("refused.json");
    Run r = run("advise", "--in", program.toString(), "--matches", matches.toString(), "--journal",
        journal.toString(), "--min-pairs", "100000", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().satisfies(l -> assertThat(l)
        .startsWith("reverso: Cannot suggest weights: " + withFeedback + " pairs have an outcome, at least 100000"));
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void badOptionsAndMissingFilesAreInvalidInput() {
    Run r = run("advise", "--in", program.toString(), "--matches", dir.resolve("none.json").toString(),
        "--journal", journal.toString(), "--min-pairs", "2", "--out", dir.resolve("x.json").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith("ERROR --min-pairs: expected at least 3"));
    Run missing = run("advise", "--in", program.toString(), "--matches", dir.resolve("none.json").toString(),
        "--journal", journal.toString(), "--out", dir.resolve("x.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.errLines()).anySatisfy(l -> assertThat(l).startsWith("ERROR --matches: ").contains("no such file"));
  }
}
