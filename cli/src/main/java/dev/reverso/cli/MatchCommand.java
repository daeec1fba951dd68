package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.reporting.match.MatchReport;
import dev.reverso.reporting.match.MatchesJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reverso match}: matches a programme and writes matches.json, pairs.csv and match-report.html. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Matches the mentors and mentees of a program (.json) or participants file (.csv) with a strategy and "
            + "writes matches.json (every pair with its explanation, the unmatched with reasons), pairs.csv and "
            + "match-report.html into the output directory.",
        "People appear by HR id only unless --names is given."},
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso match --in org.csv --out matches",
        "  reverso match --in program.json --strategy stable --min-score 0.3 --out matches",
        "  reverso match --in org.csv --strategy fair --names --out matches-with-names",
        "  reverso match --in org.csv --scoring scoring.json --out matches",
        "  reverso match --in org.csv --rematch-active --out matches"})
final class MatchCommand implements Callable<Integer>, FileCommand {
  private static final Logger LOG = LoggerFactory.getLogger(MatchCommand.class);

  @Spec
  private CommandSpec spec;

  @Mixin
  private ProgrammeOption in;

  @Mixin
  private ScoringOption scoring;

  @Option(names = "--strategy", paramLabel = "NAME", defaultValue = "optimal",
      description = "The matching strategy, built-in or plug-in; see 'reverso strategies' (default: ${DEFAULT-VALUE}).")
  private String strategy;

  @Option(names = "--min-score", paramLabel = "X",
      description = "Never make a pair scoring below X, a number from 0 to 1 (default: no minimum).")
  private Double minScore;

  @Option(names = "--rematch-active", description = "Re-pair the active pairs (current_mentors) like everyone "
      + "else instead of keeping them; pinned pairs are still kept. The solver path in matches.json says so.")
  private boolean rematchActive;

  @Option(names = "--names", description = "Also write display names into the files.")
  private boolean names;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The output directory, created if needed; existing files of the same names are replaced.")
  private Path out;

  @Override
  public void declareFiles(CommandFiles files) {
    files.input(ProgrammeOption.NAME, in.file()).input("--scoring", scoring.file())
        .outputDirectory("--out", out, List.of(MatchesJson.FILE_NAME, MatchReport.PAIRS_CSV, MatchReport.HTML_FILE));
  }

  @Override
  public Integer call() {
    Matcher.Builder builder = CommandInputs.matcher(strategy, "--strategy");
    if (minScore != null) {
      if (!(minScore >= 0 && minScore <= 1)) {
        throw InvalidInputException.of("--min-score", "expected a number from 0 to 1, found " + minScore);
      }
      builder.minimumScore(minScore);
    }
    scoring.applyTo(builder);
    if (rematchActive) {
      builder.rematchActive();
    }
    Program program = in.read();
    Path dir = CommandInputs.outputDirectory(out, "--out");
    long start = System.nanoTime();
    MatchResult result = builder.build().match(program);
    LOG.debug("matched {} in {} ms", result.statistics(), (System.nanoTime() - start) / 1_000_000);
    MatchReport.builder(result).program(program).includeNames(names).build().writeFiles(dir, Locale.ROOT);
    PrintWriter o = spec.commandLine().getOut();
    o.println(DemoSummary.matched(result));
    o.println(DemoSummary.unmatched(result));
    if (!result.warnings().isEmpty()) {
      o.println("Warnings: " + result.warnings().size() + " (listed in " + MatchesJson.FILE_NAME + " and "
          + MatchReport.HTML_FILE + ")");
    }
    o.println("Wrote " + dir + ": " + MatchesJson.FILE_NAME + ", " + MatchReport.PAIRS_CSV + ", "
        + MatchReport.HTML_FILE);
    return ReversoCommand.EXIT_OK;
  }
}
