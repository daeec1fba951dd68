package dev.reverso.cli;

import dev.reverso.matching.MatchingStrategies;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code reverso strategies}: every matching strategy found, built-in first, then plug-ins discovered through
 * {@code META-INF/services/dev.reverso.matching.spi.MatchingStrategy} on the class path.
 */
@Command(
    name = "strategies",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Lists the matching strategies, one per line: name, then what it optimises. Plug-ins (a jar on the class "
            + "path with a META-INF/services/dev.reverso.matching.spi.MatchingStrategy entry) are listed after "
            + "the built-in ones, with their class."},
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso strategies",
        "  reverso strategies --help",
        "  java -cp reverso.jar:my-strategy.jar dev.reverso.cli.ReversoCommand strategies"})
final class StrategiesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (MatchingStrategies.Descriptor d : MatchingStrategies.available()) {
      String description = d.description().isBlank() ? "(no description)" : d.description().strip();
      out.println(d.name() + " — " + description + (d.builtIn() ? "" : " [plug-in " + d.implementation() + "]"));
    }
    return ReversoCommand.EXIT_OK;
  }
}
