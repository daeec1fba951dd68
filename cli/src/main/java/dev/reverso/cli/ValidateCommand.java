package dev.reverso.cli;

import dev.reverso.core.io.ImportOptions;
import dev.reverso.core.io.ImportResult;
import dev.reverso.core.io.ProgramFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reverso validate}: reads a program file and prints a summary (exit 0) or every problem with its
 * location (exit 2, through {@link FailureHandler}).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Checks a program (.json) or participants file (.csv). Prints a summary (people by role "
        + "and department, skills most wanted and most offered, warnings) or every problem with its location.",
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso validate --in org.csv",
        "  reverso validate --in program.json --verbose"})
final class ValidateCommand implements Callable<Integer>, FileCommand {
  private static final Logger LOG = LoggerFactory.getLogger(ValidateCommand.class);

  @Spec
  private CommandSpec spec;

  @Mixin
  private LocaleOption localeOption;

  @Option(names = "--in", paramLabel = "FILE", required = true,
      description = "The file to check; its extension, .json or .csv, chooses the format.")
  private Path in;

  @Override
  public void declareFiles(CommandFiles files) {
    files.input("--in", in);
  }

  @Override
  public Integer call() {
    CommandInputs.checkExtension(in, "--in");
    long start = System.nanoTime();
    // strict, like ProgramFiles.read, but keeps the warnings located in the file
    ImportResult result = ProgramFiles.importFrom(in, ImportOptions.defaults());
    LOG.debug("read {} in {} ms", result, (System.nanoTime() - start) / 1_000_000);
    PrintWriter out = spec.commandLine().getOut();
    boolean verbose = ReversoCommand.isVerbose(spec.root().commandLine().getParseResult());
    ProgramSummary.lines(result.program(), in.toString(), result.warnings(), verbose, localeOption.texts())
        .forEach(out::println);
    return ReversoCommand.EXIT_OK;
  }
}
