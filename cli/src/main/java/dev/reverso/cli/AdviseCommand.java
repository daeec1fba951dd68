package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problems;
import dev.reverso.core.Program;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.Criterion;
import dev.reverso.reporting.advisor.Advice;
import dev.reverso.reporting.advisor.AdviceOptions;
import dev.reverso.reporting.advisor.WeightAdvisor;
import dev.reverso.reporting.advisor.WeightEstimate;
import dev.reverso.reporting.journal.JournalContents;
import dev.reverso.reporting.metrics.MetricsOptions;
import dev.reverso.reporting.metrics.ProgramMetrics;
import dev.reverso.reporting.scoring.ScoringModelFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reverso advise}: learns criterion weights from how the matched pairs went (the journal's feedback and
 * closes) with the {@link WeightAdvisor}, prints the current and suggested weights with their bootstrap
 * intervals, and writes the suggested model as a {@code reverso/scoring@1} file. A refusal (too few pairs with
 * feedback, outcomes or scores that do not vary) is exit code 2 with the reason.
 */
@Command(
    name = "advise",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Suggests scoring weights for the next cohort from how the pairs actually went: fits the "
        + "outcome of each pair (its latest relationship and learning ratings; 0 if it closed early) to its "
        + "criterion scores, prints current vs suggested weights with bootstrap intervals, and writes the "
        + "suggested scoring model.",
    footerHeading = "%n",
    footer = {
        "The current model is --scoring if given, else rebuilt from the weights recorded in matches.json",
        "(built-in criteria with their default settings).",
        "",
        "Examples:",
        "  reverso advise --in program.json --matches matches.json --journal journal.jsonl --out scoring.json",
        "  reverso advise --in program.json --matches matches.json --journal journal.jsonl --min-pairs 50 \\",
        "      --scoring current.json --out next.json"})
final class AdviseCommand implements Callable<Integer>, FileCommand {
  private static final Logger LOG = LoggerFactory.getLogger(AdviseCommand.class);

  @Spec
  private CommandSpec spec;

  @Mixin
  private ProgrammeHistoryOptions inputs;

  @Option(names = "--scoring", paramLabel = "FILE",
      description = "The scoring model in use (reverso/scoring@1); default: the weights recorded in --matches.")
  private Path scoring;

  @Option(names = "--min-pairs", paramLabel = "N", defaultValue = "" + AdviceOptions.DEFAULT_MIN_PAIRS,
      description = "Refuse with fewer pairs with feedback than this (default: ${DEFAULT-VALUE}).")
  private int minPairs;

  @Option(names = "--resamples", paramLabel = "N", defaultValue = "" + AdviceOptions.DEFAULT_RESAMPLES,
      description = "Bootstrap resamples for the intervals, 0 for none (default: ${DEFAULT-VALUE}).")
  private int resamples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + AdviceOptions.DEFAULT_SEED,
      description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "Where to write the suggested scoring model (reverso/scoring@1 JSON).")
  private Path out;

  @Override
  public void declareFiles(CommandFiles files) {
    inputs.declareInputs(files);
    files.input("--scoring", scoring).output("--out", out);
  }

  @Override
  public Integer call() {
    AdviceOptions options = options();
    CommandInputs.checkExtension(inputs.programme().file(), ProgrammeOption.NAME);
    CommandInputs.checkOutputFileDirectory(out, "--out");
    Program program = inputs.readProgramme();
    MatchResult result = inputs.readMatches();
    JournalContents contents = inputs.readJournal(spec.commandLine().getErr());
    ScoringModel current = scoring != null ? ScoringModelFiles.read(scoring) : modelOf(result);
    LocalDate date = inputs.asOf(contents);
    ProgramMetrics metrics = ProgramMetrics.compute(program, result, contents.events(), date, MetricsOptions.defaults());
    Advice advice = WeightAdvisor.of(options).advise(current, result, metrics.pairs());
    LOG.debug("advice {}", advice);
    ScoringModelFiles.write(advice.suggested(), out);
    PrintWriter o = spec.commandLine().getOut();
    table(advice, date).forEach(o::println);
    o.println("Wrote " + out);
    return ReversoCommand.EXIT_OK;
  }

  private AdviceOptions options() {
    Problems problems = new Problems();
    AdviceOptions options = AdviceOptions.defaults().withSeed(seed);
    try {
      options = options.withMinPairs(minPairs);
    } catch (InvalidInputException e) {
      problems.error("--min-pairs", "expected at least 3 pairs, found " + minPairs);
    }
    try {
      options = options.withResamples(resamples);
    } catch (InvalidInputException e) {
      problems.error("--resamples", "expected 0.." + AdviceOptions.MAX_RESAMPLES + ", found " + resamples);
    }
    problems.throwIfErrors();
    return options;
  }

  /**
   * The model recorded in the matches: the first pair's criteria (in explanation order) as built-ins with their
   * default settings, at the weights recorded; the default model when there is no pair.
   */
  static ScoringModel modelOf(MatchResult result) {
    if (result.pairs().isEmpty()) {
      return ScoringModel.reverseMentoringDefaults();
    }
    Problems problems = new Problems();
    ScoringModel.Builder b = ScoringModel.builder();
    int k = 0;
    for (Explanation.Contribution c : result.pairs().get(0).explanation().contributions()) {
      Criterion builtIn = Criteria.builtIn(c.criterionId()).orElse(null);
      if (builtIn == null) {
        problems.error("--matches", "expected built-in criteria in pairs[0].explanation.contributions[" + k
            + "], found '" + c.criterionId() + "'; give the model in use with --scoring");
      } else {
        b.add(builtIn, c.weight());
      }
      k++;
    }
    problems.throwIfErrors();
    return b.build();
  }

  /** The printed summary: sample, fit quality, then one row per criterion (numbers in Locale.ROOT). */
  static java.util.List<String> table(Advice advice, LocalDate asOf) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    lines.add(String.format(Locale.ROOT, "Outcomes as of %s: %d pairs used (%d closed early, counted as 0), %d"
        + " without feedback left out", asOf, advice.pairsUsed(), advice.pairsClosedEarly(),
        advice.pairsWithoutOutcome()));
    lines.add(String.format(Locale.ROOT, "Fit: R2 %.3f with the suggested weights, %.3f with the current ones;"
        + " intercept %.3f", advice.rSquared(), advice.currentRSquared(), advice.intercept()));
    String intervalHeader = advice.resamples() == 0 ? "interval"
        : String.format(Locale.ROOT, "%.0f%% interval", 100 * advice.options().confidenceLevel());
    lines.add(String.format(Locale.ROOT, "Bootstrap: %d resamples (%d usable), seed %d", advice.resamples(),
        advice.usableResamples(), advice.options().seed()));
    lines.add("");
    int width = "criterion".length();
    for (WeightEstimate w : advice.weights()) {
      width = Math.max(width, w.criterionId().length() + 2);
    }
    String row = "%-" + width + "s  %7s  %9s  %-15s  %7s";
    lines.add(String.format(Locale.ROOT, row, "criterion", "current", "suggested", intervalHeader, "change"));
    for (WeightEstimate w : advice.weights()) {
      String interval = w.interval()
          .map(i -> String.format(Locale.ROOT, "%.3f .. %.3f", i.lower(), i.upper()))
          .orElse("-");
      lines.add(String.format(Locale.ROOT, row, w.criterionId() + (w.varies() ? "" : " *"),
          String.format(Locale.ROOT, "%.3f", w.currentWeight()),
          String.format(Locale.ROOT, "%.3f", w.suggestedWeight()), interval,
          String.format(Locale.ROOT, "%+.3f", w.change())));
    }
    if (advice.weights().stream().anyMatch(w -> !w.varies())) {
      lines.add("* did not vary across the pairs: kept at its current weight");
    }
    return lines;
  }
}
