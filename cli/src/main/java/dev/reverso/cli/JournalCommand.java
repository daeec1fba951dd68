package dev.reverso.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code reverso journal}: commands that work on a whole relationship journal (file or database): fill it from a
 * survey export, or copy it.
 */
@Command(
    name = "journal",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Work on a whole relationship journal, in a file or a database: 'import' turns a survey export "
        + "into feedback events, 'copy' copies a journal between files and databases.",
    subcommands = {JournalImportCommand.class, JournalCopyCommand.class},
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso journal import --journal journal.jsonl --matches matches.json --from answers.csv "
            + "--mapping survey-mapping.json",
        "  reverso journal copy --from journal.jsonl --to jdbc:sqlite:journal.db",
        "  reverso journal import --help"})
final class JournalCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  /** Without a subcommand: the usage on standard error, and exit code 2. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("reverso journal: missing command: import or copy");
    spec.commandLine().usage(err);
    return ReversoCommand.EXIT_INVALID_INPUT;
  }
}
