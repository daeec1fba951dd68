package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problem;
import dev.reverso.core.io.AtomicFiles;
import dev.reverso.reporting.i18n.Texts;
import dev.reverso.reporting.journal.EventDates;
import dev.reverso.reporting.journal.Journal;
import dev.reverso.reporting.survey.SurveyImport;
import dev.reverso.reporting.survey.SurveyMapping;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reverso journal import}: survey answers (a CSV export) into feedback events of a journal. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Turns a survey tool's CSV export (one row per answer) into feedback events, through a mapping file "
            + "(reverso/survey-mapping@1, see docs/survey-import.md).",
        "Strict by default: if any row is wrong nothing is imported and every problem is listed as "
            + "file:line:column. With --lenient the good rows are imported and the others listed (and written to "
            + "--rejected). Importing the same export again adds nothing: event ids derive from each row."},
    footerHeading = "%n",
    footer = {
        "Example:",
        "  reverso journal import --journal journal.jsonl --matches matches.json --from answers.csv "
            + "--mapping docs/survey-mapping.json"})
final class JournalImportCommand implements Callable<Integer>, FileCommand {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LocaleOption localeOption;

  @Mixin
  private JournalTarget target;

  @Option(names = "--from", paramLabel = "CSV", required = true, description = "The survey export (CSV, UTF-8).")
  private Path from;

  @Option(names = "--mapping", paramLabel = "JSON", required = true,
      description = "The mapping file (reverso/survey-mapping@1).")
  private Path mapping;

  @Option(names = "--lenient", description = "Import the good rows and list the rejected ones.")
  private boolean lenient;

  @Option(names = "--rejected", paramLabel = "FILE",
      description = "With --lenient: also write the rejected rows (line, location, problem) to this CSV file.")
  private Path rejected;

  @Override
  public void declareFiles(CommandFiles files) {
    target.declareInputs(files);
    files.input("--from", from).input("--mapping", mapping).output("--rejected", rejected);
  }

  @Override
  public Integer call() {
    if (rejected != null && !lenient) {
      throw InvalidInputException.of("--rejected", "expected --lenient too (strict mode imports nothing when a row "
          + "is wrong, and lists every problem)");
    }
    if (rejected != null) {
      CommandInputs.checkOutputFileDirectory(rejected, "--rejected");
    }
    SurveyMapping map = SurveyMapping.read(mapping);
    Set<MentoringPair> roster = target.roster();
    EventDates dates = EventDates.of(RecordCommand.clock);
    SurveyImport.Result result;
    try (Journal journal = target.open(roster, dates)) {
      result = SurveyImport.run(from, map, journal, dates, lenient);
    }
    PrintWriter err = spec.commandLine().getErr();
    for (SurveyImport.Rejected r : result.rejected()) {
      for (Problem p : r.problems()) {
        err.println("REJECTED " + p.location() + ": " + p.message());
      }
    }
    if (rejected != null) {
      writeRejected(result);
    }
    Texts t = localeOption.texts();
    spec.commandLine().getOut().println(t.get("cli.journalImport", "answers",
        DemoSummary.counted(t, result.appended(), "answer"), "from", from.getFileName(), "to", target.displayName(),
        "present", result.alreadyPresent(), "rejected", result.rejected().size()));
    return ReversoCommand.EXIT_OK;
  }

  /** The rejected rows quote HR ids and answers: written atomically and owner-only. */
  private void writeRejected(SurveyImport.Result result) {
    AtomicFiles.writeText(rejected, AtomicFiles.Access.OWNER_ONLY, result::writeRejectedCsv);
  }
}
