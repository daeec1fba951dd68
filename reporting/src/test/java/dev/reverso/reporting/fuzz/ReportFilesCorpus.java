package dev.reverso.reporting.fuzz;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.reporting.match.MatchesJson;
import dev.reverso.reporting.scoring.ScoringModelFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Valid {@code matches.json} files (real results of several strategies on sample organisations, with and
 * without display names) and {@code scoring.json} files (the defaults and reweighted, reduced models), the
 * starting points for fuzzing their readers. Deterministic; built once.
 */
final class ReportFilesCorpus {
  private static ImmutableList<byte[]> matches;
  private static ImmutableList<byte[]> scoring;

  private ReportFilesCorpus() {}

  static synchronized List<byte[]> matches() {
    if (matches == null) {
      ImmutableList.Builder<byte[]> b = ImmutableList.builder();
      String[] strategies = {"optimal", "greedy", "stable"};
      for (int seed = 0; seed < 3; seed++) {
        Program program = SampleOrganization.generate(seed == 0 ? 60 : 120, seed);
        MatchResult result = Matcher.builder().strategy(strategies[seed]).build().match(program);
        MatchesJson codec = seed == 1 ? MatchesJson.idsOnly().withNames(program) : MatchesJson.idsOnly();
        b.add(codec.toJson(result).getBytes(StandardCharsets.UTF_8));
      }
      matches = b.build();
    }
    return matches;
  }

  static synchronized List<byte[]> scoring() {
    if (scoring == null) {
      ScoringModel defaults = ScoringModel.reverseMentoringDefaults();
      scoring = ImmutableList.of(
          bytes(defaults),
          bytes(defaults.withWeight(Criteria.VALUE_ALIGNMENT_ID, 0.125).withWeight(Criteria.CROSS_BOUNDARY_ID, 0)),
          bytes(defaults.without(Criteria.TIME_ZONE_OVERLAP_ID).withWeight(Criteria.FORWARD_COVERAGE_ID, 3.5e-3)));
    }
    return scoring;
  }

  /** Every file of both kinds, for splicing. */
  static List<byte[]> donors() {
    return ImmutableList.<byte[]>builder().addAll(matches()).addAll(scoring()).addAll(JournalCorpus.journals()).build();
  }

  private static byte[] bytes(ScoringModel model) {
    return ScoringModelFiles.toJson(model).getBytes(StandardCharsets.UTF_8);
  }
}
