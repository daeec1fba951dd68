package dev.reverso.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code reverso} command: the entry point of {@code java -jar cli/target/reverso.jar}.
 *
 * <p>Exit codes, the same for every subcommand (set up once in {@link #commandLine}):
 * <ul>
 *   <li>{@value #EXIT_OK} — success;
 *   <li>{@value #EXIT_INVALID_INPUT} — invalid input: a usage error (unknown option, bad number) with the
 *       usage message, or an {@link dev.reverso.core.InvalidInputException} with every problem on its own
 *       line, located, and no stack trace, or another {@link dev.reverso.core.ReversoException} with its
 *       message;
 *   <li>{@value #EXIT_UNEXPECTED} — an unexpected failure (a bug, or the environment failing: a
 *       {@link dev.reverso.core.io.FileAccessException} such as a full disk), reported on one line;
 *       {@code --verbose} adds the stack trace and turns the {@code dev.reverso} loggers to DEBUG.
 * </ul>
 * Command output goes to standard output, problems and logs to standard error.
 */
@Command(
    name = "reverso",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Reverse mentoring: match junior mentors with senior mentees, explain the matches and "
        + "report on the programme.",
    subcommands = {DemoCommand.class, SampleCommand.class, ValidateCommand.class, MatchCommand.class,
        ExplainCommand.class, ReportCommand.class, StrategiesCommand.class, AdviseCommand.class,
        JournalCommand.class, CirclesCommand.class, BoardCommand.class,
        ShortlistCommand.class, RecordCommand.class, NextCohortCommand.class},
    footerHeading = "%n",
    footer = {
        "Exit codes: 0 success, 2 invalid input (every problem listed), 1 unexpected failure.",
        "",
        "Examples:",
        "  reverso demo",
        "  reverso sample --people 600 --seed 42 --out org.csv",
        "  reverso validate --in org.csv",
        "  reverso match --in org.csv --strategy optimal --out matches",
        "  reverso explain --in org.csv --mentor e000433 --mentee e000002",
        "  reverso demo --locale it",
        "  reverso match --in org.csv --plugins plugins --strategy round-robin --out matches",
        "  reverso demo --help"})
public final class ReversoCommand implements Callable<Integer> {
  /** Success. */
  public static final int EXIT_OK = 0;
  /** An unexpected failure (a bug or an environment problem). */
  public static final int EXIT_UNEXPECTED = 1;
  /** Invalid input or usage. */
  public static final int EXIT_INVALID_INPUT = 2;

  static final String VERBOSE = "--verbose";

  @Spec
  private CommandSpec spec;

  @Option(names = VERBOSE, scope = ScopeType.INHERIT,
      description = "Log what Reverso does (DEBUG) and print the stack trace of an unexpected failure.")
  private boolean verbose;

  @Option(names = PluginJars.OPTION, paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Also find matching strategies in the jars of DIR (each registers its strategies in "
          + "META-INF/services/dev.reverso.matching.spi.MatchingStrategy), as if they were on the class path.")
  private java.nio.file.Path plugins;

  /** Without a subcommand: the usage on standard error, and exit code 2. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("reverso: missing command");
    spec.commandLine().usage(err);
    return EXIT_INVALID_INPUT;
  }

  /**
   * Runs the command line as {@code java -jar reverso.jar} would, but in-process, writing to the given
   * streams (flushed before returning).
   *
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Objects.requireNonNull(args, "args");
    try {
      return commandLine(out, err, List.of()).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Runs the command and exits the JVM with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, UTF_8), true);
    System.exit(run(out, err, args));
  }

  /**
   * The configured command line: streams, the verbose-aware execution strategy and the exception
   * handler that maps failures to exit codes. {@code extraSubcommands} lets tests add commands that fail
   * on purpose, wired exactly like the real ones.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Object> extraSubcommands) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    CommandLine cl = new CommandLine(new ReversoCommand());
    for (Object sub : extraSubcommands) {
      cl.addSubcommand(sub);
    }
    cl.registerConverter(java.time.LocalDate.class, ReversoCommand::isoDate);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionStrategy(ReversoCommand::executeVerboseAware);
    FailureHandler failures = new FailureHandler();
    cl.setExecutionExceptionHandler(failures);
    cl.setParameterExceptionHandler(failures);
    HelpLayout.install(cl);
    return cl;
  }

  /** A date option: ISO-8601 only, and a wrong one says so (not the name of a Java exception). */
  static java.time.LocalDate isoDate(String text) {
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("expected an ISO date yyyy-MM-dd such as 2026-07-04, found '"
          + text + "'");
    }
  }

  /** Whether {@code --verbose} was given on the command or on any subcommand in the chain. */
  static boolean isVerbose(ParseResult parseResult) {
    for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
      if (pr.hasMatchedOption(VERBOSE)) {
        return true;
      }
    }
    return false;
  }

  /** The directory of {@code --plugins} given on the command or on any subcommand in the chain, or null. */
  static java.nio.file.Path pluginDirectory(ParseResult parseResult) {
    java.nio.file.Path dir = null;
    for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
      if (pr.hasMatchedOption(PluginJars.OPTION)) {
        dir = pr.matchedOption(PluginJars.OPTION).getValue();
      }
    }
    return dir;
  }

  private static int executeVerboseAware(ParseResult parseResult) {
    if (!isVerbose(parseResult)) {
      return executeWithFiles(parseResult);
    }
    try (VerboseLogging ignored = VerboseLogging.enable()) {
      return executeWithFiles(parseResult);
    }
  }

  /**
   * Runs the command after the checks every command shares on its files ({@link CommandFiles}): no output
   * may replace an input, and output directories are locked from their creation to the end of the run. A problem found here reaches the
   * {@link FailureHandler} like one of the command itself.
   */
  private static int executeWithFiles(ParseResult parseResult) {
    ParseResult leaf = parseResult;
    while (leaf.subcommand() != null) {
      leaf = leaf.subcommand();
    }
    if (leaf.isUsageHelpRequested() || leaf.isVersionHelpRequested()) {
      return new CommandLine.RunLast().execute(parseResult);
    }
    try {
      declaredFiles(leaf.commandSpec()).checkNoOutputReplacesAnInput();
    } catch (RuntimeException e) {
      throw new CommandLine.ExecutionException(leaf.commandSpec().commandLine(), String.valueOf(e.getMessage()), e);
    }
    java.nio.file.Path pluginDir = pluginDirectory(parseResult);
    PluginJars jars;
    try {
      jars = pluginDir == null ? null : PluginJars.open(pluginDir);
    } catch (RuntimeException e) {
      throw new CommandLine.ExecutionException(leaf.commandSpec().commandLine(), String.valueOf(e.getMessage()), e);
    }
    CommandFiles.startRun();
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } finally {
      CommandFiles.endRun();
      if (jars != null) {
        jars.close();
      }
    }
  }

  /**
   * The files of a parsed command: as it declares them if it is a {@link FileCommand}; otherwise every
   * {@link java.nio.file.Path} option is taken as an input, except {@code --out} and {@code --to}, which are
   * outputs, so that a command added without a declaration is still protected.
   */
  static CommandFiles declaredFiles(CommandSpec spec) {
    CommandFiles files = new CommandFiles();
    if (spec.userObject() instanceof FileCommand command) {
      command.declareFiles(files);
      // inherited by every command: the plug-in jars are read, never written
      CommandLine.Model.OptionSpec plugins = spec.findOption(PluginJars.OPTION);
      if (plugins != null && plugins.getValue() != null) {
        files.input(PluginJars.OPTION, plugins.getValue());
      }
      return files;
    }
    for (CommandLine.Model.OptionSpec option : spec.options()) {
      if (option.type() == java.nio.file.Path.class && option.getValue() != null) {
        java.nio.file.Path path = option.getValue();
        String name = option.longestName();
        if (name.equals("--out") || name.equals("--to")) {
          files.output(name, path);
        } else {
          files.input(name, path);
        }
      }
    }
    return files;
  }
}
