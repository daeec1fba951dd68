package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/** Checks shared by the group commands. */
final class GroupOutputs {
  private GroupOutputs() {}

  /**
   * Refuses an output directory where one of the outputs would replace the input file.
   *
   * @throws InvalidInputException located at {@code --out}
   */
  static void checkNotAnInput(Path input, Path outDir, List<String> outputs) {
    Path in = input.toAbsolutePath().normalize();
    for (String name : outputs) {
      if (outDir.resolve(name).toAbsolutePath().normalize().equals(in)) {
        throw InvalidInputException.of("--out", "expected a directory whose " + name + " is not the input file, found '"
            + input + "' would be replaced");
      }
    }
  }
}
