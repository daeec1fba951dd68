package dev.reverso.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import dev.reverso.cli.demo.DemoAttributes;
import dev.reverso.cli.demo.DemoCircles;
import dev.reverso.cli.demo.DemoDecisions;
import dev.reverso.cli.demo.DemoSimulation;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Program;
import dev.reverso.core.io.FileAccessException;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.group.CircleMatcher;
import dev.reverso.matching.group.CircleResult;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.group.CirclesCsv;
import dev.reverso.reporting.group.CirclesHtml;
import dev.reverso.reporting.group.CirclesJson;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.storage.FileJournal;
import dev.reverso.reporting.journal.storage.FileJournalOptions;
import dev.reverso.reporting.match.MatchReport;
import dev.reverso.reporting.match.MatchesJson;
import dev.reverso.reporting.metrics.CircleMetrics;
import dev.reverso.reporting.metrics.MetricsOptions;
import dev.reverso.reporting.metrics.ProgramMetrics;
import dev.reverso.reporting.metrics.GroupDimension;
import dev.reverso.reporting.programreport.ProgramReport;
import dev.reverso.reporting.programreport.ProgramReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reverso demo}: the main job end to end on a synthetic organisation — generate, match, simulate six
 * months of the programme ({@link DemoSimulation}), write every file and print a summary.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "The main job on a synthetic organisation: generates one, matches mentors and mentees, simulates six "
            + "months of sessions, cancellations, two-sided feedback and early closes (re-matching the people of "
            + "closed pairs with the incremental strategy), and writes the reports.",
        "Writes program.json, matches.json, journal.jsonl, pairs.csv, match-report.html, program-report.html "
            + "and program-report.json into the output directory, and forms circles of the same cohort "
            + "(circles.json, circles.csv, circles-report.html). The same seed writes the same bytes."},
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso demo",
        "  reverso demo --people 5000 --seed 7 --strategy stable --out /tmp/demo",
        "  reverso demo --names --out target/demo-with-names"})
final class DemoCommand implements Callable<Integer>, FileCommand {
  /** The files the demo writes, in the order listed in the summary. */
  static final ImmutableList<String> FILES = ImmutableList.of("program.json", MatchesJson.FILE_NAME, "journal.jsonl",
      MatchReport.PAIRS_CSV, MatchReport.HTML_FILE, "program-report.html", "program-report.json",
      CirclesJson.FILE_NAME, CirclesCsv.FILE_NAME, CirclesHtml.FILE_NAME);
  /** The strategy that re-matches the people of pairs that closed early. */
  static final String REMATCH_STRATEGY = "incremental";

  private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

  @Spec
  private CommandSpec spec;

  @Option(names = "--people", paramLabel = "N", defaultValue = "" + SampleOrganization.DEFAULT_PEOPLE,
      description = "People in the synthetic organisation; about 6.5%% become mentors and as many mentees "
          + "(default: ${DEFAULT-VALUE}).")
  private int people;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SampleOrganization.DEFAULT_SEED,
      description = "Random seed of the organisation and the simulation (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--strategy", paramLabel = "NAME", defaultValue = "optimal",
      description = "The matching strategy; see 'reverso strategies' (default: ${DEFAULT-VALUE}).")
  private String strategy;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/reverso-demo",
      description = "The output directory, created if needed; the demo's files in it are replaced "
          + "(default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--names",
      description = "Also write display names into the operational files (program.json, matches.json, pairs.csv, "
          + "the reports' pair rows). Without it, people appear by HR id and pairs by pseudonym only.")
  private boolean names;

  @Override
  public void declareFiles(CommandFiles files) {
    files.outputDirectory("--out", out, FILES);
  }

  @Override
  public Integer call() {
    SampleOrganization.Options options;
    try {
      options = SampleOrganization.options().seed(seed).people(people);
    } catch (InvalidInputException e) {
      throw CommandInputs.relocated(e, "--people");
    }
    Matcher matcher = CommandInputs.matcher(strategy, "--strategy").build();
    Matcher rematcher = Matcher.builder().strategy(REMATCH_STRATEGY).build();
    Path dir = CommandInputs.outputDirectory(out, "--out");
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    DemoRun run;
    try (ProgressDisplay progress = ProgressDisplay.open(err, "reverso demo", 100)) {
      run = run(options, matcher, rematcher, dir, progress);
    }
    // The group format on the same cohort: circles of 2 to 4 mentors around each mentee (formed in run()).
    CircleResult circles = run.circles();
    CirclesJson.write(circles, dir.resolve(CirclesJson.FILE_NAME));
    CirclesCsv.write(circles, dir.resolve(CirclesCsv.FILE_NAME));
    CirclesHtml.write(circles, dir.resolve(CirclesHtml.FILE_NAME));
    LOG.debug("demo of {} people done in {} ms", people, (System.nanoTime() - started) / 1_000_000);
    List<String> lines = new ArrayList<>(DemoSummary.lines(run, dir, FILES));
    lines.add(lines.size() - 1, CirclesCommand.summary(circles));
    lines.forEach(spec.commandLine().getOut()::println);
    return ReversoCommand.EXIT_OK;
  }

  /** Everything the summary needs. */
  record DemoRun(Program program, long seed, MatchResult initial, DemoSimulation.Result simulation,
      ProgramMetrics metrics, String rematchStrategy, CircleResult circles) {}

  private DemoRun run(SampleOrganization.Options options, Matcher matcher, Matcher rematcher, Path dir,
      ProgressDisplay progress) {
    progress.stepTo(0, "generating the organisation");
    // people decide too: a few withdrawn consents, two pinned pairs, mentees' picks from shortlists
    // with synthetic gender and generation attributes, for the report's representation funnel
    Program program = DemoDecisions.apply(DemoAttributes.apply(options.generate(), seed), seed);
    progress.stepTo(5, "matching");
    MatchResult initial = matcher.match(program);
    progress.stepTo(10, "simulating six months");
    DemoSimulation.Result sim = DemoSimulation.run(program, initial, rematcher, seed, DemoSimulation.DEFAULT_START,
        (done, total) -> progress.stepTo(10 + 70L * done / total, "simulating six months"));

    progress.stepTo(80, "writing files");
    ProgramFiles.write(names ? program : program.withoutNames(), dir.resolve("program.json"));
    MatchReport.builder(sim.matches()).program(program).includeNames(names).build().writeFiles(dir, Locale.ROOT);
    // circles run beside the pairs over the same months; their sessions and feedback join the journal
    CircleResult circles = CircleMatcher.builder().build().match(program);
    List<JournalEvent> circleEvents = DemoCircles.simulate(circles, seed, sim.start(), sim.end(), sim.events());
    writeJournal(sim, circles, circleEvents, dir.resolve("journal.jsonl"));

    progress.stepTo(90, "writing reports");
    MetricsOptions metricsOptions = MetricsOptions.defaults().withProgramStart(sim.start());
    ProgramMetrics metrics = ProgramMetrics.compute(program, sim.matches(), sim.events(), sim.end(), metricsOptions);
    ProgramReportOptions reportOptions = ProgramReportOptions.defaults().withMetrics(metricsOptions)
        .withNames(names).withPseudonymKey(demoKey(seed)).withGroupBy(List.of(GroupDimension.DEPARTMENT,
            GroupDimension.LOCATION, GroupDimension.SENIORITY_BAND, GroupDimension.attribute(DemoAttributes.GENDER),
            GroupDimension.attribute(DemoAttributes.GENERATION)));
    ProgramReport report = ProgramReport.of(metrics, program, sim.matches(), reportOptions,
        Optional.of(CircleMetrics.compute(circles, circleEvents, sim.end())));
    report.write(ReportFormat.HTML, dir);
    report.write(ReportFormat.JSON, dir);
    progress.stepTo(100, "done");
    return new DemoRun(program, seed, initial, sim, metrics, rematcher.strategy().name(), circles);
  }

  /** A fresh journal file with every event, forced to the device once at the end (the demo can be rerun). */
  private static void writeJournal(DemoSimulation.Result sim, CircleResult circles, List<JournalEvent> circleEvents,
      Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new FileAccessException(file, "cannot replace the journal file", e);
    }
    Set<MentoringPair> roster = new LinkedHashSet<>(sim.roster());
    roster.addAll(DemoCircles.roster(circles));
    try (FileJournal journal = FileJournal.open(file, roster,
        FileJournalOptions.defaults().withForceEvery(Integer.MAX_VALUE))) {
      journal.appendAll(sim.events());
      journal.appendAll(circleEvents);
    }
  }

  /**
   * The pseudonym key of the demo's programme report, derived from the seed so that the same seed writes the
   * same bytes. A real programme keeps a secret key instead (see {@code reverso report --key-file}).
   */
  static byte[] demoKey(long seed) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(("reverso demo pseudonyms, seed " + seed).getBytes(UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
