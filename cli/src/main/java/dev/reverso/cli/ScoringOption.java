package dev.reverso.cli;

import dev.reverso.matching.Matcher;
import dev.reverso.reporting.scoring.ScoringModelFiles;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --scoring} option of the commands that score pairs ({@code match}, {@code explain}), mixed in
 * with picocli's {@code @Mixin}.
 */
final class ScoringOption {
  @Option(names = "--scoring", paramLabel = "FILE",
      description = "The scoring model (reverso/scoring@1 JSON, as written by 'reverso advise'); "
          + "default: the built-in reverse-mentoring weights.")
  private Path file;

  /** The {@code --scoring} file, or null if not given. */
  Path file() {
    return file;
  }

  /**
   * Sets the model of {@code --scoring} on the builder, if the option was given.
   *
   * @throws dev.reverso.core.InvalidInputException listing the problems of the file
   */
  Matcher.Builder applyTo(Matcher.Builder builder) {
    return file == null ? builder : builder.scoring(ScoringModelFiles.read(file));
  }
}
