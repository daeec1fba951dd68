package dev.reverso.cli.examples;

import dev.reverso.core.Program;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.constraint.Constraints;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.reporting.i18n.Texts;
import java.nio.file.Path;
import java.util.Locale;

/** Matches a programme and prints every pair with the evidence behind its score, and everyone left unmatched. */
public class MatchExample {
  public static void main(String[] args) {
    // your HR export (.csv or .json), or a synthetic organisation of 600 people
    Program program = args.length > 0 ? ProgramFiles.read(Path.of(args[0])) : SampleOrganization.generate(600, 42);

    Matcher matcher = Matcher.builder()
        .strategy("optimal") // or greedy, stable, fair, incremental, or a plug-in's name
        .scoring(ScoringModel.reverseMentoringDefaults().withWeight(Criteria.VALUE_ALIGNMENT_ID, 0.25))
        .constraint(Constraints.maxTimeZoneDifference(6)) // hours; added to the default constraints
        .build();
    MatchResult result = matcher.match(program);

    System.out.printf(Locale.ROOT, "%d pairs, mean score %.3f%n", result.pairs().size(),
        result.statistics().meanScore());
    Texts english = Texts.of(Locale.ENGLISH); // reasons are codes and arguments; Texts words them per language
    for (Pairing pair : result.pairs()) {
      System.out.printf(Locale.ROOT, "%s -> %s  %.3f%n", pair.mentorId(), pair.menteeId(), pair.score());
      for (Explanation.Contribution c : pair.explanation().contributions()) {
        System.out.printf(Locale.ROOT, "    %-18s +%.3f  %s%n", c.criterionId(), c.contribution(),
            c.reasons().isEmpty() ? "" : english.reason(c.reasons().get(0)));
      }
    }
    for (Unmatched u : result.unmatched()) {
      System.out.printf(Locale.ROOT, "unmatched %s (%s): %s, %s%n", u.participantId(), u.role(), u.reason(),
          u.detail());
    }
  }
}
