package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Program;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.reporting.i18n.Texts;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.Retractions;
import dev.reverso.reporting.programreport.NextCohort;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reverso next-cohort}: the next round of a programme from the current one, its matches and its journal. */
@Command(
    name = "next-cohort",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Writes the next cohort's programme: pairs closed in the journal (completed or early) become history and "
            + "are never made again, running pairs stay active, people who left are removed from the cohort, and new "
            + "joiners from an HR export (--participants) are added. The journal is not changed: it keeps every "
            + "cohort's events.",
        "Leavers are the mentor of a pair closed as mentor-left, the mentee of one closed as mentee-left and, with "
            + "--participants, every mentor or mentee the new export no longer lists in that role."},
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso next-cohort --in program.json --matches matches.json --journal journal.jsonl --out next.json",
        "  reverso next-cohort --in program.json --matches matches.json --journal journal.jsonl "
            + "--participants hr-export.csv --cohort 2027-H1 --out next.json",
        "  reverso next-cohort --in program.json --matches matches.json --journal journal.jsonl --locale it "
            + "--out next.json"})
final class NextCohortCommand implements Callable<Integer>, FileCommand {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LocaleOption localeOption;

  @Mixin
  private ProgrammeHistoryOptions inputs;

  @Option(names = "--participants", paramLabel = "FILE",
      description = "A new HR export (.csv or .json): the people of the next cohort, with joiners and without "
          + "leavers (default: the current programme's people).")
  private Path participants;

  @Option(names = "--cohort", paramLabel = "LABEL",
      description = "The next cohort's label (default: the current label's trailing number plus one, such as "
          + "2026-1 -> 2026-2, or cohort-2).")
  private String cohort;

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "The next cohort's programme (.json or .csv).")
  private Path out;

  /** Reads the programme, its matches, the journal (when a file) and the HR export; writes {@code --out}. */
  @Override
  public void declareFiles(CommandFiles files) {
    inputs.declareInputs(files);
    files.input("--participants", participants).output("--out", out);
  }

  @Override
  public Integer call() {
    CommandInputs.checkExtension(out, "--out");
    CommandInputs.checkOutputFileDirectory(out, "--out");
    Program current = inputs.readProgramme();
    MatchResult matches = inputs.readMatches();
    CommandInputs.checkPeople(matches, current, String.valueOf(inputs.matchesFile().getFileName()),
        inputs.programme().fileName());
    PrintWriter err = spec.commandLine().getErr();
    // two streaming passes: the ids of retracted events, then the closes that count (at most one per pair) and
    // the latest date of the events that count; notices are printed once, by the second pass
    Retractions retractions = inputs.journalRetractions();
    List<PairClosed> closes = new ArrayList<>();
    LocalDate[] latest = new LocalDate[1];
    inputs.streamJournal(err, e -> {
      if (!retractions.counts(e)) {
        return;
      }
      if (e instanceof PairClosed c) {
        closes.add(c);
      }
      if (latest[0] == null || e.date().isAfter(latest[0])) {
        latest[0] = e.date();
      }
    });
    // --as-of, or the latest event's date (a rerun gives the same output), or today (UTC) for an empty journal
    LocalDate asOf = inputs.asOfOption().orElse(latest[0] != null ? latest[0] : LocalDate.now(ZoneOffset.UTC));
    Optional<Program> export = participants == null ? Optional.empty()
        : Optional.of(CommandInputs.program(participants, "--participants"));
    String label = cohort != null ? cohort : NextCohort.nextLabel(current.cohort());
    NextCohort.Result r;
    try {
      r = NextCohort.build(current, matches, closes, asOf, export, label);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.problems().stream().map(p -> p.under("next cohort")).toList());
    }
    ProgramFiles.write(r.program(), out);
    PrintWriter o = spec.commandLine().getOut();
    Texts t = localeOption.texts();
    o.println(t.get("cli.nextCohort", "label", label, "date", asOf, "mentors",
        DemoSummary.counted(t, r.program().mentors().size(), "mentor"), "mentees",
        DemoSummary.counted(t, r.program().mentees().size(), "mentee")));
    o.println(t.get("cli.nextCohort.kept", "running", DemoSummary.counted(t, r.active().size(), "pair"), "history",
        DemoSummary.counted(t, r.newHistory().size(), "pair"), "never", r.program().history().size()));
    o.println(t.get("cli.nextCohort.moves", "left", r.leavers().size(), "joined", r.joiners().size()));
    o.println(t.get("cli.wroteFile", "file", out));
    return ReversoCommand.EXIT_OK;
  }
}
