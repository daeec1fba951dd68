package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MentorGroups;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.reporting.match.MatchReport;
import dev.reverso.reporting.match.MatchesJson;
import dev.reverso.reporting.i18n.Texts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
        "  reverso match --in org.csv --rematch-active --out matches",
        "  reverso match --in org.csv --min-share gender=f:0.4 --min-share gender=m:0.4 --out matches",
        "  reverso match --in org.csv --min-share department=volunteers --out matches",
        "  reverso match --in org.csv --max-time-zone-difference 3 --min-seniority-gap 2 --out matches",
        "  reverso match --in org.csv --time-limit 30s --out matches",
        "  reverso match --in org.csv --locale it --out matches"})
final class MatchCommand implements Callable<Integer>, FileCommand {
  private static final Logger LOG = LoggerFactory.getLogger(MatchCommand.class);

  @Spec
  private CommandSpec spec;

  @Mixin
  private ProgrammeOption in;

  @Mixin
  private LocaleOption localeOption;

  @Mixin
  private ScoringOption scoring;

  @Mixin
  private MatchingRulesOption rules;

  @Option(names = "--strategy", paramLabel = "NAME", defaultValue = "optimal",
      description = "The matching strategy, built-in or plug-in; see 'reverso strategies' (default: ${DEFAULT-VALUE}).")
  private String strategy;

  @Option(names = "--min-score", paramLabel = "X",
      description = "Never make a pair scoring below X, a number from 0 to 1 (default: no minimum).")
  private Double minScore;

  @Option(names = "--rematch-active", description = "Re-pair the active pairs (current_mentors) like everyone "
      + "else instead of keeping them; pinned pairs are still kept. The solver path in matches.json says so.")
  private boolean rematchActive;

  @Option(names = "--min-share", paramLabel = "DIM=GROUP:SHARE",
      description = "Representation-aware selection (optimal only): among the matched mentors, GROUP of DIM "
          + "(department, division, location, seniority or an attribute such as gender) must have at least SHARE "
          + "(0 to 1) of the mentors the optimum matches without the bound. Repeat for several groups of one DIM; "
          + "DIM=volunteers uses every group's share of the volunteers instead. What the bound changed and what it "
          + "cost in total score is listed in the warnings.")
  private List<String> minShares;

  @Option(names = "--names", description = "Also write display names into the files.")
  private boolean names;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The output directory, created if needed; existing files of the same names are replaced.")
  private Path out;

  /** Parses every {@code --min-share} value, reporting all problems at once, and sets the bound. */
  static void applyMinShares(Matcher.Builder builder, List<String> values) {
    List<Problem> problems = new ArrayList<>();
    String dimension = null;
    boolean proportional = false;
    Map<String, Double> shares = new LinkedHashMap<>();
    for (int k = 0; k < values.size(); k++) {
      String at = "--min-share[" + k + "]";
      String v = values.get(k);
      int eq = v.indexOf('=');
      if (eq <= 0) {
        problems.add(Problem.error(at, "expected DIM=GROUP:SHARE or DIM=volunteers, found '" + v + "'"));
        continue;
      }
      String dim = v.substring(0, eq).trim();
      String rest = v.substring(eq + 1);
      if (dimension != null && !dimension.equals(dim)) {
        problems.add(Problem.error(at, "expected the same dimension as before ('" + dimension + "'), found '" + dim
            + "': bounds on several dimensions at once are not supported"));
        continue;
      }
      dimension = dim;
      if (rest.equals("volunteers")) {
        proportional = true;
        continue;
      }
      int colon = rest.lastIndexOf(':');
      if (colon <= 0) {
        problems.add(Problem.error(at, "expected GROUP:SHARE after '" + dim + "=', found '" + rest + "'"));
        continue;
      }
      String group = rest.substring(0, colon);
      String number = rest.substring(colon + 1).trim();
      try {
        double share = Double.parseDouble(number);
        if (!(share > 0 && share <= 1)) {
          problems.add(Problem.error(at, "expected a share above 0 and at most 1, found " + number));
        } else if (shares.put(group, share) != null) {
          problems.add(Problem.error(at, "expected each group once, found '" + group + "' again"));
        }
      } catch (NumberFormatException e) {
        problems.add(Problem.error(at, "expected a number such as 0.25 as the share, found '" + number + "'"));
      }
    }
    if (proportional && !shares.isEmpty()) {
      problems.add(Problem.error("--min-share", "expected either DIM=volunteers or DIM=GROUP:SHARE values, "
          + "found both"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    MentorGroups groups = switch (dimension) {
      case "department" -> MentorGroups.department();
      case "division" -> MentorGroups.division();
      case "location" -> MentorGroups.location();
      case "seniority" -> MentorGroups.seniority();
      default -> MentorGroups.attribute(dimension);
    };
    try {
      if (proportional) {
        builder.representation(groups);
      } else {
        builder.representation(groups, shares);
      }
    } catch (InvalidInputException e) {
      throw InvalidInputException.of("--min-share", e.errors().stream().map(p -> p.location() + ": " + p.message())
          .collect(java.util.stream.Collectors.joining("; ")));
    }
  }

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
    if (minShares != null && !minShares.isEmpty()) {
      applyMinShares(builder, minShares);
    }
    scoring.applyTo(builder);
    rules.applyTo(builder);
    if (rematchActive) {
      builder.rematchActive();
    }
    Program program = in.read();
    Path dir = CommandInputs.outputDirectory(out, "--out");
    long start = System.nanoTime();
    MatchResult result = builder.build().match(program);
    LOG.debug("matched {} in {} ms", result.statistics(), (System.nanoTime() - start) / 1_000_000);
    MatchReport.builder(result).program(program).includeNames(names).build().writeFiles(dir, localeOption.locale());
    PrintWriter o = spec.commandLine().getOut();
    Texts t = localeOption.texts();
    o.println(DemoSummary.matched(t, result));
    o.println(DemoSummary.unmatched(t, result));
    if (!result.warnings().isEmpty()) {
      o.println(t.get("cli.match.warnings", "n", result.warnings().size(), "json", MatchesJson.FILE_NAME,
          "html", MatchReport.HTML_FILE));
    }
    o.println(DemoSummary.wrote(t, dir, List.of(MatchesJson.FILE_NAME, MatchReport.PAIRS_CSV, MatchReport.HTML_FILE)));
    return ReversoCommand.EXIT_OK;
  }
}
