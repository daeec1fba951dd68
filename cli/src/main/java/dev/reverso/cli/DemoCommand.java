package dev.reverso.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import dev.reverso.cli.demo.DemoAttributes;
import dev.reverso.cli.demo.DemoCircles;
import dev.reverso.cli.demo.DemoDecisions;
import dev.reverso.cli.demo.DemoSimulation;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.io.AtomicFiles;
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
import dev.reverso.reporting.programreport.CohortTrends;
import dev.reverso.reporting.programreport.NextCohort;
import dev.reverso.reporting.programreport.ProgramReport;
import dev.reverso.reporting.programreport.ProgramReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reverso demo}: the main job end to end on a synthetic organisation, over two cohorts of six months —
 * generate, match, simulate the first cohort ({@link DemoSimulation}), build the second one from it exactly as
 * {@code reverso next-cohort} does ({@link NextCohort}: finished pairs become history, running pairs stay active,
 * leavers go, a few held-back volunteers of the same organisation join), match and simulate it into the same
 * journal, write every file (with the trends across the two cohorts) and print a summary.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "The main job on a synthetic organisation, over two cohorts: generates one, matches mentors and mentees, "
            + "simulates six months of sessions, cancellations, two-sided feedback and early closes (re-matching the "
            + "people of closed pairs with the incremental strategy) from 2025-07-07, builds the next cohort as "
            + "'reverso next-cohort' does (finished pairs become history, running pairs stay active, leavers go, a "
            + "few joiners come), matches and simulates it for six more months from 2026-01-05 into the same "
            + "journal, and writes the reports.",
        "Writes program.json, matches.json, pairs.csv, match-report.html, program-report.html and "
            + "program-report.json (the second cohort), journal.jsonl (both cohorts), cohort-trends.html and "
            + "cohort-trends.csv (the two cohorts side by side), program-2025-H2.json and matches-2025-H2.json (the "
            + "first cohort) into the output directory, and forms circles of the second cohort (circles.json, "
            + "circles.csv, circles-report.html). The same seed writes the same bytes."},
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso demo",
        "  reverso demo --people 5000 --seed 7 --strategy stable --out /tmp/demo",
        "  reverso demo --names --out target/demo-with-names",
        "  reverso demo --locale it --out target/demo-it"})
final class DemoCommand implements Callable<Integer>, FileCommand {
  /** The files the demo writes, in the order listed in the summary. */
  static final ImmutableList<String> FILES = ImmutableList.of("program.json", MatchesJson.FILE_NAME, "journal.jsonl",
      MatchReport.PAIRS_CSV, MatchReport.HTML_FILE, "program-report.html", "program-report.json",
      ReportCommand.TREND_FILES.get(0), ReportCommand.TREND_FILES.get(1), DemoCommand.FIRST_PROGRAM_FILE,
      DemoCommand.FIRST_MATCHES_FILE, CirclesJson.FILE_NAME, CirclesCsv.FILE_NAME, CirclesHtml.FILE_NAME);
  /** The first cohort's label; it runs six months from {@link #FIRST_START}. */
  static final String FIRST_COHORT = "2025-H2";
  /** The second cohort's label; it runs six months from {@link DemoSimulation#DEFAULT_START}. */
  static final String SECOND_COHORT = "2026-H1";
  /** The first cohort's first day: a Monday, six months before the second cohort's. */
  static final LocalDate FIRST_START = LocalDate.of(2025, 7, 7);
  /** The first cohort's last day: the day before the second cohort starts. */
  static final LocalDate FIRST_END = DemoSimulation.DEFAULT_START.minusDays(1);
  /** The first cohort's programme. */
  static final String FIRST_PROGRAM_FILE = "program-" + FIRST_COHORT + ".json";
  /** The first cohort's pairs (for {@code reverso report --earlier 2025-H2=matches-2025-H2.json}). */
  static final String FIRST_MATCHES_FILE = "matches-" + FIRST_COHORT + ".json";
  /** One volunteer in this many of each role is held back from the first cohort and joins the second. */
  static final int JOINER_EVERY = 12;
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

  @Mixin
  private LocaleOption localeOption;

  /** The language of the reports and summary. */
  private Locale locale = Locale.ROOT;

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
    locale = localeOption.locale();
    Matcher matcher = CommandInputs.matcher(strategy, "--strategy").build();
    Matcher rematcher = Matcher.builder().strategy(REMATCH_STRATEGY).build();
    Path dir = CommandInputs.outputDirectory(out, "--out");
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    DemoRun run;
    try (ProgressDisplay progress = ProgressDisplay.open(err, "reverso demo", 100)) {
      run = run(options, matcher, rematcher, dir, progress);
    }
    // The group format on the same cohort: circles of 2 to 4 mentors around each mentee.
    CircleResult circles = run.circles();
    CirclesJson.write(circles, dir.resolve(CirclesJson.FILE_NAME));
    CirclesCsv.write(circles, dir.resolve(CirclesCsv.FILE_NAME));
    CirclesHtml.write(circles, dir.resolve(CirclesHtml.FILE_NAME), locale);
    LOG.debug("demo of {} people done in {} ms", people, (System.nanoTime() - started) / 1_000_000);
    List<String> lines = new ArrayList<>(DemoSummary.lines(localeOption.texts(), run, dir, FILES));
    lines.add(lines.size() - 1, CirclesCommand.summary(localeOption.texts(), circles));
    lines.forEach(spec.commandLine().getOut()::println);
    return ReversoCommand.EXIT_OK;
  }

  /** Everything the summary needs: the second cohort's run, and how the first one went and handed over. */
  record DemoRun(Program program, long seed, MatchResult initial, DemoSimulation.Result simulation,
      ProgramMetrics metrics, String rematchStrategy, FirstCohort first, NextCohort.Result handover,
      CohortTrends trends, CircleResult circles) {}

  /** The first cohort: its programme, initial match, simulation and metrics as of its last day. */
  record FirstCohort(Program program, MatchResult initial, DemoSimulation.Result simulation, ProgramMetrics metrics) {}

  private DemoRun run(SampleOrganization.Options options, Matcher matcher, Matcher rematcher, Path dir,
      ProgressDisplay progress) {
    progress.stepTo(0, "generating the organisation");
    // with synthetic gender and generation attributes, for the report's representation funnel
    Program organisation = DemoAttributes.apply(options.generate(), seed, locale);
    Set<ParticipantId> joiners = heldBack(organisation);
    // people decide too: a few withdrawn consents, two pinned pairs, mentees' picks from shortlists
    Program program1 = DemoDecisions.apply(withoutJoiners(organisation, joiners), seed).withCohort(FIRST_COHORT);
    progress.stepTo(3, "matching cohort " + FIRST_COHORT);
    MatchResult initial1 = matcher.match(program1);
    progress.stepTo(5, "simulating cohort " + FIRST_COHORT);
    DemoSimulation.Result sim1 = DemoSimulation.run(program1, initial1, rematcher, seed, FIRST_START, FIRST_END, 1,
        DemoSimulation.Ending.COMPLETE,
        (done, total) -> progress.stepTo(5 + 35L * done / total, "simulating cohort " + FIRST_COHORT));

    progress.stepTo(40, "building cohort " + SECOND_COHORT);
    // exactly what 'reverso next-cohort --participants' does, with the HR export of the same organisation
    // that now lists the held-back volunteers too
    NextCohort.Result handover = NextCohort.build(program1, sim1.matches(), sim1.events(), sim1.end(),
        Optional.of(withJoiners(program1, organisation, joiners)), SECOND_COHORT);
    Program program = handover.program();
    progress.stepTo(42, "matching cohort " + SECOND_COHORT);
    MatchResult initial = matcher.match(program);
    progress.stepTo(45, "simulating cohort " + SECOND_COHORT);
    DemoSimulation.Result sim = DemoSimulation.run(program, initial, rematcher, secondSeed(seed),
        DemoSimulation.DEFAULT_START, DemoSimulation.DEFAULT_START.plusMonths(DemoSimulation.MONTHS).minusDays(1),
        sim1.events().size() + 1, DemoSimulation.Ending.OPEN,
        (done, total) -> progress.stepTo(45 + 35L * done / total, "simulating cohort " + SECOND_COHORT));
    List<JournalEvent> events = new ArrayList<>(sim1.events());
    events.addAll(sim.events());

    progress.stepTo(80, "writing files");
    ProgramFiles.write(names ? program : program.withoutNames(), dir.resolve("program.json"));
    MatchReport.builder(sim.matches()).program(program).includeNames(names).build().writeFiles(dir, locale);
    ProgramFiles.write(names ? program1 : program1.withoutNames(), dir.resolve(FIRST_PROGRAM_FILE));
    MatchReport.renderer(ReportFormat.JSON).withLocale(Locale.ROOT).write(
        MatchReport.builder(sim1.matches()).program(program1).includeNames(names).build(),
        dir.resolve(FIRST_MATCHES_FILE));
    // circles of the second cohort run beside its pairs over the same months; their sessions and feedback join
    // the journal
    CircleResult circles = CircleMatcher.builder().build().match(program);
    List<JournalEvent> circleEvents = DemoCircles.simulate(circles, seed, sim.start(), sim.end(), sim.events());
    Set<MentoringPair> roster = new LinkedHashSet<>(sim1.roster());
    roster.addAll(sim.roster());
    roster.addAll(DemoCircles.roster(circles));
    List<JournalEvent> journalled = new ArrayList<>(events);
    journalled.addAll(circleEvents);
    writeJournal(roster, journalled, dir.resolve("journal.jsonl"));

    progress.stepTo(90, "writing reports");
    // each cohort as of its own last day; the second one over the whole journal (its running pairs began earlier)
    ProgramMetrics metrics1 = ProgramMetrics.compute(program1, sim1.matches(), sim1.events(), sim1.end(),
        MetricsOptions.defaults().withProgramStart(sim1.start()));
    MetricsOptions metricsOptions = MetricsOptions.defaults().withProgramStart(sim.start());
    ProgramMetrics metrics = ProgramMetrics.compute(program, sim.matches(), events, sim.end(), metricsOptions);
    ProgramReportOptions reportOptions = ProgramReportOptions.defaults().withLocale(locale).withMetrics(metricsOptions)
        .withNames(names).withPseudonymKey(demoKey(seed)).withGroupBy(List.of(GroupDimension.DEPARTMENT,
            GroupDimension.LOCATION, GroupDimension.SENIORITY_BAND, GroupDimension.attribute(DemoAttributes.GENDER),
            GroupDimension.attribute(DemoAttributes.GENERATION)));
    ProgramReport report = ProgramReport.of(metrics, program, sim.matches(), reportOptions,
        Optional.of(CircleMetrics.compute(circles, circleEvents, sim.end())));
    report.write(ReportFormat.HTML, dir);
    report.write(ReportFormat.JSON, dir);
    CohortTrends trends = CohortTrends.of(List.of(Map.entry(FIRST_COHORT, metrics1), Map.entry(SECOND_COHORT, metrics)),
        reportOptions.minGroupSize()).withLocale(locale);
    AtomicFiles.writeText(dir.resolve(ReportCommand.TREND_FILES.get(0)), AtomicFiles.Access.DEFAULT,
        trends::writeHtml);
    AtomicFiles.writeText(dir.resolve(ReportCommand.TREND_FILES.get(1)), AtomicFiles.Access.DEFAULT,
        trends::writeCsv);
    progress.stepTo(100, "done");
    return new DemoRun(program, seed, initial, sim, metrics, rematcher.strategy().name(),
        new FirstCohort(program1, initial1, sim1, metrics1), handover, trends, circles);
  }

  /** The second cohort's simulation seed: derived from the seed, different from the first cohort's. */
  static long secondSeed(long seed) {
    return seed ^ 0x2026_0105_C0_40L;
  }

  /**
   * The volunteers held back from the first cohort, who join the second: one in {@value #JOINER_EVERY} of each
   * role, evenly spaced, at least one per role when the role has more than four people.
   */
  static Set<ParticipantId> heldBack(Program organisation) {
    Set<ParticipantId> out = new HashSet<>();
    for (List<Participant> role : List.of(organisation.mentors(), organisation.mentees())) {
      int n = role.size();
      if (n <= 4) {
        continue;
      }
      int count = Math.max(1, n / JOINER_EVERY);
      for (int k = 0; k < count; k++) {
        out.add(role.get((int) ((k + 0.5) * n / count)).id());
      }
    }
    return out;
  }

  /** The organisation with the held-back volunteers outside the programme (still in the org chart). */
  private static Program withoutJoiners(Program organisation, Set<ParticipantId> joiners) {
    Program.Builder b = Program.builder().taxonomy(organisation.taxonomy()).people(organisation.people())
        .history(organisation.history()).active(organisation.active());
    organisation.cohort().ifPresent(b::cohort);
    for (Participant p : organisation.mentors()) {
      if (joiners.contains(p.id())) {
        b.person(p);
      } else {
        b.mentor(p);
      }
    }
    for (Participant p : organisation.mentees()) {
      if (joiners.contains(p.id())) {
        b.person(p);
      } else {
        b.mentee(p);
      }
    }
    return b.build();
  }

  /**
   * The HR export six months on: the first cohort's people as they decided (consents, pins, preferences) and the
   * held-back volunteers back in their roles, in the organisation's order.
   */
  private static Program withJoiners(Program cohort, Program organisation, Set<ParticipantId> joiners) {
    Program.Builder b = Program.builder().taxonomy(cohort.taxonomy());
    for (Participant p : organisation.mentors()) {
      b.mentor(cohort.participant(p.id()).filter(q -> !joiners.contains(q.id())).orElse(p));
    }
    for (Participant p : organisation.mentees()) {
      b.mentee(cohort.participant(p.id()).filter(q -> !joiners.contains(q.id())).orElse(p));
    }
    b.people(organisation.people());
    return b.build();
  }

  /** A fresh journal file with every event, forced to the device once at the end (the demo can be rerun). */
  private static void writeJournal(Iterable<MentoringPair> roster, List<JournalEvent> events, Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new FileAccessException(file, "cannot replace the journal file", e);
    }
    try (FileJournal journal = FileJournal.open(file, roster,
        FileJournalOptions.defaults().withForceEvery(Integer.MAX_VALUE))) {
      journal.appendAll(events);
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
