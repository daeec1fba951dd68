package dev.reverso.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code reverso journal}: commands that fill or move a relationship journal as a whole. */
@Command(
    name = "journal",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Commands on a whole relationship journal: 'import' turns a survey export into feedback events.",
    subcommands = {JournalImportCommand.class},
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso journal import --journal journal.jsonl --matches matches.json --from answers.csv "
            + "--mapping survey-mapping.json",
        "  reverso journal import --help"})
final class JournalCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("reverso journal: missing command: import");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ReversoCommand.EXIT_INVALID_INPUT;
  }
}
