package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Program;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --in} option of the commands that read a programme, mixed in with picocli's {@code @Mixin}. */
final class ProgrammeOption {
  static final String NAME = "--in";

  @Option(names = NAME, paramLabel = "FILE", required = true,
      description = "The programme: a program file (.json) or a participants file (.csv).")
  private Path file;

  /** The file as given. */
  Path file() {
    return file;
  }

  /** The file name without its directories, as problems about the programme name it. */
  String fileName() {
    return String.valueOf(file.getFileName());
  }

  /**
   * Reads the programme.
   *
   * @throws InvalidInputException naming {@code --in} for a bad file name, or the file's problems
   */
  Program read() {
    return CommandInputs.program(file, NAME);
  }
}
