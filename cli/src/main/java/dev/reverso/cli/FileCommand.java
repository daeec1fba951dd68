package dev.reverso.cli;

/**
 * A command that reads or writes files. Every command with a file option implements it:
 * {@link ReversoCommand} refuses to run a command that has a {@link java.nio.file.Path} option and does not,
 * and before running one it checks the declared files (see {@link CommandFiles}): no output may replace an
 * input, and output directories are locked for the run.
 */
interface FileCommand {
  /**
   * Declares every file option of the command as an input, an output file or an output directory (with the
   * names written there). Called after the options are parsed, before {@code call()}; options not given are
   * {@code null} and ignored.
   */
  void declareFiles(CommandFiles files);
}
