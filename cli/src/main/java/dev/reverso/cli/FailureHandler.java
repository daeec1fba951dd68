package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.core.ReversoException;
import dev.reverso.core.io.FileAccessException;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns an exception escaping a subcommand into messages on standard error and an exit code, in one
 * place for every subcommand (see {@link ReversoCommand} for the codes). Messages from the library carry
 * locations and HR ids, never display names, so they are safe to print.
 */
final class FailureHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** A usage error (unknown option, bad value, missing option): the error, suggestions, the usage; exit 2. */
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("reverso: " + oneLine(ex.getMessage()));
    UnmatchedArgumentException.printSuggestions(ex, err);
    commandLine.usage(err);
    return ReversoCommand.EXIT_INVALID_INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean verbose = ReversoCommand.isVerbose(parseResult);
    if (ex instanceof InvalidInputException) {
      printProblems((InvalidInputException) ex, err, verbose);
      return ReversoCommand.EXIT_INVALID_INPUT;
    }
    if (ex instanceof ReversoException && !(ex instanceof FileAccessException)) {
      err.println("reverso: " + oneLine(ex.getMessage()));
      if (verbose) {
        ex.printStackTrace(err);
      }
      return ReversoCommand.EXIT_INVALID_INPUT;
    }
    // a FileAccessException is the environment failing (a full disk, a device error), not bad input
    String line = "reverso: unexpected error: " + ex.getClass().getName() + ": " + oneLine(ex.getMessage());
    if (verbose) {
      err.println(line);
      ex.printStackTrace(err);
    } else {
      err.println(line + "; run with " + ReversoCommand.VERBOSE + " for the trace");
    }
    return ReversoCommand.EXIT_UNEXPECTED;
  }

  /** The most problems printed without {@code --verbose}; the rest are counted on one line. */
  static final int SHOWN_PROBLEMS = 50;

  /**
   * A header line, then the problems on their own lines with their locations: the first
   * {@value #SHOWN_PROBLEMS} and a line counting the rest, or all of them with {@code --verbose}.
   */
  static void printProblems(InvalidInputException e, PrintWriter err, boolean all) {
    long errors = e.problems().stream().filter(Problem::isError).count();
    long warnings = e.problems().size() - errors;
    err.println(String.format(Locale.ROOT, "reverso: invalid input: %d %s%s; fix every one listed", errors,
        errors == 1 ? "error" : "errors",
        warnings == 0 ? "" : String.format(Locale.ROOT, " and %d %s", warnings, warnings == 1 ? "warning" : "warnings")));
    int shown = all ? e.problems().size() : Math.min(SHOWN_PROBLEMS, e.problems().size());
    for (Problem p : e.problems().subList(0, shown)) {
      err.println(p.severity().name() + " " + p.location() + ": " + oneLine(p.message()));
    }
    if (shown < e.problems().size()) {
      err.println("... and " + (e.problems().size() - shown) + " more; run with " + ReversoCommand.VERBOSE
          + " to list them all");
    }
  }

  private static String oneLine(String message) {
    return message == null ? "(no message)" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
