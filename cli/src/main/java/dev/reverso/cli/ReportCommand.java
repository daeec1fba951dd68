package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Program;
import dev.reverso.core.io.FileAccessException;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.journal.JournalContents;
import dev.reverso.reporting.privacy.PairPseudonyms;
import dev.reverso.reporting.metrics.ProgramMetrics;
import dev.reverso.reporting.programreport.CohortTrends;
import dev.reverso.reporting.programreport.FollowUp;
import dev.reverso.reporting.programreport.ProgramReport;
import dev.reverso.reporting.programreport.ProgramReportOptions;
import dev.reverso.reporting.programreport.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
        "  reverso report --in org.csv --matches out/matches.json --journal journal.jsonl --as-of 2026-06-30 "
            + "--key-file secret.key --out report"})
final class ReportCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ReportCommand.class);

  @Spec
  private CommandSpec spec;

  @Mixin
  private ProgrammeHistoryOptions inputs;

  @Option(names = "--key-file", paramLabel = "FILE",
      description = "A secret key (a file of at least 16 bytes) for the pair pseudonyms, so that reports of "
          + "the same programme name pairs alike (default: a random key per report).")
  private Path keyFile;

  @Option(names = "--min-group-size", paramLabel = "N", defaultValue = "5",
      description = "Suppress groups smaller than this (default: ${DEFAULT-VALUE}).")
  private int minGroupSize;

  @Option(names = "--names", description = "Also show display names in the pair rows (and in the follow-up list).")
  private boolean names;

  @Option(names = "--earlier", paramLabel = "LABEL=MATCHES",
      description = "An earlier cohort of the same programme and journal: its label and its matches.json; "
          + "repeatable, oldest first. Adds cohort-trends.html and cohort-trends.csv: the three Rs, NPS, retention "
          + "and skill closure per cohort side by side, with the same suppression.")
  private java.util.LinkedHashMap<String, Path> earlier = new java.util.LinkedHashMap<>();

  @Option(names = "--follow-up",
      description = "Also write follow-up.csv and follow-up.html: the pairs at risk, dormant, closed early or with "
          + "one-sided feedback, by HR id, with a suggested action. An operational list for the programme manager, "
          + "never merged into the pseudonymous report.")
  private boolean followUp;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The output directory, created if needed; existing reports in it are replaced.")
  private Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ProgramReportOptions options = options();
    Program program = inputs.readProgramme();
    MatchResult matches = inputs.readMatches();
    CommandInputs.checkPeople(matches, program, String.valueOf(inputs.matchesFile().getFileName()),
        inputs.programme().fileName());
    JournalContents journal = inputs.readJournal(err);
    LocalDate date = inputs.asOf(journal);
    CohortTrends trends = null;
    if (!earlier.isEmpty()) {
      List<java.util.Map.Entry<String, ProgramMetrics>> cohorts = new ArrayList<>();
      for (java.util.Map.Entry<String, Path> e : earlier.entrySet()) {
        MatchResult m = CommandInputs.matches(e.getValue(), "--earlier " + e.getKey());
        cohorts.add(java.util.Map.entry(e.getKey(), ProgramMetrics.compute(program, m, journal.events(), date,
            options.metrics())));
      }
      String current = program.cohort().orElse("current");
      if (earlier.containsKey(current)) {
        throw InvalidInputException.of("--earlier " + current, "expected a label other than the current cohort's '"
            + current + "'");
      }
      cohorts.add(java.util.Map.entry(current, ProgramMetrics.compute(program, matches, journal.events(), date,
          options.metrics())));
      trends = CohortTrends.of(cohorts, minGroupSize);
    }
    Path dir = CommandInputs.outputDirectory(out, "--out");

    ProgramReport report = ProgramReport.create(program, matches, journal.events(), date, options);
    List<String> written = new ArrayList<>();
    for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.JSON, ReportFormat.CSV, ReportFormat.MARKDOWN)) {
      written.add(report.write(format, dir).getFileName().toString());
    }
    if (trends != null) {
      writeText(dir.resolve("cohort-trends.html"), trends::writeHtml);
      writeText(dir.resolve("cohort-trends.csv"), trends::writeCsv);
      written.add("cohort-trends.html");
      written.add("cohort-trends.csv");
    }
    if (followUp) {
      FollowUp list = FollowUp.of(ProgramMetrics.compute(program, matches, journal.events(), date, options.metrics()));
      writeText(dir.resolve("follow-up.csv"), w -> list.writeCsv(w, program, names));
      writeText(dir.resolve("follow-up.html"), w -> list.writeHtml(w, program, names));
      written.add("follow-up.csv");
      written.add("follow-up.html");
      LOG.debug("wrote {}", list);
    }
    LOG.debug("wrote {}", report);
    if (keyFile == null) {
      err.println("reverso: note: pair pseudonyms use a random key and link to no other report; "
          + "give --key-file to keep them stable");
    }
    PrintWriter o = spec.commandLine().getOut();
    Summary s = report.summary();
    o.println(String.format(Locale.ROOT, "Programme report as of %s: %s (%d open, %d closed), strategy %s",
        report.asOf(), ProgramSummary.counted(s.pairs(), "pair"), s.openPairs(), s.closedPairs(), report.strategy()));
    if (s.eventsOutsideMatch() > 0 || s.eventsAfterAsOf() > 0) {
      o.println(String.format(Locale.ROOT, "Not counted: %s of pairs not in the matches, %s after %s",
          ProgramSummary.counted(s.eventsOutsideMatch(), "event"), ProgramSummary.counted(s.eventsAfterAsOf(), "event"),
          report.asOf()));
    }
    o.println(DemoSummary.threeRs(report.reciprocity(), report.recognition(), report.relationship()));
    o.println(DemoSummary.health(report.healthCounts(), report.asOf().toString()));
    o.println("Wrote " + dir + ": " + String.join(", ", written));
    return ReversoCommand.EXIT_OK;
  }

  /** What writes one text file. */
  private interface TextContent {
    void writeTo(java.io.Writer out) throws IOException;
  }

  /** Writes a UTF-8 file, an I/O failure being a {@link FileAccessException} naming it. */
  private static void writeText(Path file, TextContent content) {
    try (java.io.Writer w = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
      content.writeTo(w);
    } catch (IOException e) {
      throw new FileAccessException(file, "cannot write the file", e);
    }
  }

  private ProgramReportOptions options() {
    ProgramReportOptions options = ProgramReportOptions.defaults().withNames(names);
    try {
      options = options.withMinGroupSize(minGroupSize);
    } catch (InvalidInputException e) {
      throw CommandInputs.relocated(e, "--min-group-size");
    }
    if (keyFile != null) {
      byte[] key;
      try {
        key = Files.readAllBytes(keyFile);
      } catch (NoSuchFileException e) {
        throw InvalidInputException.of("--key-file", "expected an existing file, found none at '" + keyFile + "'");
      } catch (IOException e) {
        throw new FileAccessException(keyFile, "cannot read the key file", e);
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
