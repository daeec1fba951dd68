package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Program;
import dev.reverso.core.Problem;
import dev.reverso.core.io.AtomicFiles;
import dev.reverso.core.io.InputFiles;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.journal.Retractions;
import dev.reverso.reporting.metrics.ProgramMetrics;
import dev.reverso.reporting.privacy.PairPseudonyms;
import dev.reverso.reporting.metrics.GroupDimension;
import dev.reverso.reporting.programreport.CohortTrends;
import dev.reverso.reporting.programreport.FollowUp;
import dev.reverso.reporting.programreport.ProgramReport;
import dev.reverso.reporting.programreport.ProgramReportOptions;
import dev.reverso.reporting.programreport.Summary;
import dev.reverso.reporting.i18n.Texts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reverso report}: the programme report (three Rs, pair health, skill closure, coverage, NPS) from a
 * programme, its matches and its relationship journal, in HTML, JSON, CSV and Markdown.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Writes the programme report as of a date — the three Rs (reciprocity, recognition, relationship), pair "
            + "health, skill-gap closure, Net Promoter Score, coverage by department, location and seniority — "
            + "as program-report.html, .json, .csv and .md into the output directory.",
        "Pairs are named by keyed pseudonyms and groups smaller than --min-group-size are suppressed. A torn last "
            + "line of the journal (an interrupted write) is skipped with a notice; any other bad line is an "
            + "error naming the line."},
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso report --in program.json --matches matches.json --journal journal.jsonl --out report",
        "  reverso report --in program.json --matches matches.json --journal journal.jsonl --locale it --out report",
        "  reverso report --in org.csv --matches out/matches.json --journal journal.jsonl --as-of 2026-06-30 "
            + "--key-file secret.key --out report"})
final class ReportCommand implements Callable<Integer>, FileCommand {
  private static final Logger LOG = LoggerFactory.getLogger(ReportCommand.class);

  @Spec
  private CommandSpec spec;

  @Mixin
  private ProgrammeHistoryOptions inputs;

  @Mixin
  private LocaleOption localeOption;

  /** The largest key file read: a key is a few dozen bytes. */
  static final int MAX_KEY_FILE_BYTES = 64 * 1024;

  @Option(names = "--key-file", paramLabel = "FILE",
      description = "A secret key (a file of at least 16 bytes) for the pair pseudonyms, so that reports of "
          + "the same programme name pairs alike (default: a random key per report).")
  private Path keyFile;

  @Option(names = "--min-group-size", paramLabel = "N", defaultValue = "5",
      description = "Suppress groups smaller than this (default: ${DEFAULT-VALUE}).")
  private int minGroupSize;

  @Option(names = "--group-by", paramLabel = "DIM[,DIM...]", defaultValue = "department,location,seniority-band",
      description = "The representation funnel's dimensions: department, location, seniority-band, division or any "
          + "CSV column / JSON attribute of the HR export, such as gender (default: ${DEFAULT-VALUE}). Attributes "
          + "serve aggregate reporting only, after small-group suppression.")
  private String groupBy;

  @Option(names = "--names", description = "Also show display names in the pair rows (and in the follow-up list).")
  private boolean names;

  @Option(names = "--earlier", paramLabel = "LABEL=MATCHES",
      description = "An earlier cohort of the same programme and journal: its label and its matches.json; "
          + "repeatable, oldest first. Adds cohort-trends.html and cohort-trends.csv: the three Rs, NPS, retention "
          + "and skill closure per cohort side by side, with the same suppression.")
  private LinkedHashMap<String, Path> earlier = new LinkedHashMap<>();

  @Option(names = "--follow-up",
      description = "Also write follow-up.csv and follow-up.html (owner-only): the pairs at risk, dormant, closed "
          + "early or with one-sided feedback, by HR id, with a suggested action. An operational list for the "
          + "programme manager, never merged into the pseudonymous report.")
  private boolean followUp;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The output directory, created if needed; existing reports in it are replaced.")
  private Path out;

  /** The files the report writes into {@code --out}. */
  static final List<ReportFormat> FORMATS = List.of(ReportFormat.HTML, ReportFormat.JSON, ReportFormat.CSV,
      ReportFormat.MARKDOWN);

  /** The cohort-trends files, written with {@code --earlier}. */
  static final List<String> TREND_FILES = List.of("cohort-trends.html", "cohort-trends.csv");

  /** The follow-up files, written with {@code --follow-up}. */
  static final List<String> FOLLOW_UP_FILES = List.of("follow-up.csv", "follow-up.html");

  @Override
  public void declareFiles(CommandFiles files) {
    inputs.declareInputs(files);
    files.input("--key-file", keyFile);
    if (earlier != null) {
      earlier.forEach((label, matchesFile) -> files.input("--earlier", matchesFile));
    }
    List<String> outputs = new ArrayList<>(FORMATS.stream().map(f -> f.fileName(ProgramReport.FILE_BASE)).toList());
    if (earlier != null && !earlier.isEmpty()) {
      outputs.addAll(TREND_FILES);
    }
    if (followUp) {
      outputs.addAll(FOLLOW_UP_FILES);
    }
    files.outputDirectory("--out", out, outputs);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ProgramReportOptions options = options();
    Program program = inputs.readProgramme();
    checkAttributes(options.groupBy(), program);
    MatchResult matches = inputs.readMatches();
    CommandInputs.checkPeople(matches, program, String.valueOf(inputs.matchesFile().getFileName()),
        inputs.programme().fileName());
    String current = program.cohort().orElse("current");
    if (earlier.containsKey(current)) {
      throw InvalidInputException.of("--earlier " + current, "expected a label other than the current cohort's '"
          + current + "'");
    }
    // a cheap first pass keeps only the ids of retracted events (bad lines and notices come from the second)
    Retractions retractions = inputs.journalRetractions();
    // earlier cohorts: their own matches over the same programme and journal
    Map<String, ProgramMetrics.Tally> earlierTallies = new LinkedHashMap<>();
    for (Map.Entry<String, Path> e : earlier.entrySet()) {
      MatchResult m = CommandInputs.matches(e.getValue(), "--earlier " + e.getKey());
      earlierTallies.put(e.getKey(), ProgramMetrics.tally(program, m, inputs.asOfOption(), options.metrics(),
          retractions));
    }
    // one streaming pass: per-pair accumulators (one set per cohort), never the whole journal in memory
    ProgramMetrics.Tally tally = ProgramMetrics.tally(program, matches, inputs.asOfOption(), options.metrics(),
        retractions);
    if (earlierTallies.isEmpty()) {
      inputs.streamJournal(err, tally);
    } else {
      inputs.streamJournal(err, event -> {
        tally.accept(event);
        earlierTallies.values().forEach(t -> t.accept(event));
      });
    }
    ProgramMetrics metrics = tally.finish();
    CohortTrends trends = null;
    if (!earlierTallies.isEmpty()) {
      // every tally saw every event, so without --as-of they all describe the date of the latest event
      List<Map.Entry<String, ProgramMetrics>> cohorts = new ArrayList<>();
      earlierTallies.forEach((label, t) -> cohorts.add(Map.entry(label, t.finish())));
      cohorts.add(Map.entry(current, metrics));
      trends = CohortTrends.of(cohorts, minGroupSize).withLocale(options.locale());
    }
    Path dir = CommandInputs.outputDirectory(out, "--out");
    ProgramReport report = ProgramReport.of(metrics, program, matches, options);
    List<String> written = new ArrayList<>();
    for (ReportFormat format : FORMATS) {
      written.add(report.write(format, dir).getFileName().toString());
    }
    if (trends != null) {
      CohortTrends t = trends;
      AtomicFiles.writeText(dir.resolve(TREND_FILES.get(0)), AtomicFiles.Access.DEFAULT, t::writeHtml);
      AtomicFiles.writeText(dir.resolve(TREND_FILES.get(1)), AtomicFiles.Access.DEFAULT, t::writeCsv);
      written.addAll(TREND_FILES);
    }
    if (followUp) {
      // by HR id (and names with --names): personal data for the programme manager only, so owner-only
      FollowUp list = FollowUp.of(metrics);
      AtomicFiles.writeText(dir.resolve("follow-up.csv"), AtomicFiles.Access.OWNER_ONLY,
          w -> list.writeCsv(w, program, names));
      AtomicFiles.writeText(dir.resolve("follow-up.html"), AtomicFiles.Access.OWNER_ONLY,
          w -> list.writeHtml(w, program, names));
      written.addAll(FOLLOW_UP_FILES);
      LOG.debug("wrote {}", list);
    }
    LOG.debug("wrote {}", report);
    if (keyFile == null) {
      err.println("reverso: note: pair pseudonyms use a random key and link to no other report; "
          + "give --key-file to keep them stable");
    }
    PrintWriter o = spec.commandLine().getOut();
    Summary s = report.summary();
    Texts t = localeOption.texts();
    o.println(t.get("cli.report.header", "date", report.asOf().toString(), "pairs",
        DemoSummary.counted(t, s.pairs(), "pair"), "open", s.openPairs(), "closed", s.closedPairs(),
        "strategy", report.strategy()));
    if (s.eventsOutsideMatch() > 0 || s.eventsAfterAsOf() > 0) {
      o.println(t.get("cli.report.notCounted", "outside", DemoSummary.counted(t, s.eventsOutsideMatch(), "event"),
          "after", DemoSummary.counted(t, s.eventsAfterAsOf(), "event"), "date", report.asOf().toString()));
    }
    o.println(DemoSummary.threeRs(t, report.reciprocity(), report.recognition(), report.relationship()));
    o.println(DemoSummary.health(t, report.healthCounts(), report.asOf().toString()));
    o.println(DemoSummary.wrote(t, dir, written));
    return ReversoCommand.EXIT_OK;
  }

  /** Refuses an attribute that nobody in the organisation carries (most likely a misspelt column). */
  static void checkAttributes(List<GroupDimension> dimensions, Program program) {
    Set<String> present = new TreeSet<>();
    program.everyone().forEach(p -> present.addAll(p.attributes().keySet()));
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < dimensions.size(); i++) {
      GroupDimension d = dimensions.get(i);
      if (d.isAttribute() && !present.contains(d.id())) {
        problems.add(Problem.error("--group-by[" + i + "]", "expected department, location, seniority-band, division "
            + "or an attribute of the programme (" + (present.isEmpty() ? "it has none" : String.join(", ", present))
            + "), found '" + d.id() + "'"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private ProgramReportOptions options() {
    ProgramReportOptions options = ProgramReportOptions.defaults().withLocale(localeOption.locale()).withNames(names)
        .withGroupBy(GroupDimension.parseList(groupBy, "--group-by"));
    try {
      options = options.withMinGroupSize(minGroupSize);
    } catch (InvalidInputException e) {
      throw CommandInputs.relocated(e, "--min-group-size");
    }
    if (keyFile != null) {
      byte[] key;
      try {
        // a regular file of at most MAX_KEY_FILE_BYTES: /dev/zero or a FIFO is refused, never read
        key = InputFiles.readAllBytes(keyFile, MAX_KEY_FILE_BYTES, "a key file");
      } catch (InvalidInputException e) {
        throw new InvalidInputException(e.problems().stream()
            .map(p -> Problem.error("--key-file", p.message() + " ('" + keyFile + "')")).toList());
      }
      try {
        options = options.withPseudonyms(PairPseudonyms.withKey(key));
      } catch (InvalidInputException e) {
        throw CommandInputs.relocated(e, "--key-file");
      }
    }
    return options;
  }
}
