package dev.reverso.reporting.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Fresh journal paths under one temporary directory per JVM, deleted on exit. */
final class TempFiles {
  private static final Path DIR;
  private static final AtomicInteger COUNTER = new AtomicInteger();

  static {
    try {
      DIR = Files.createTempDirectory("reverso-journal-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (Stream<Path> files = Files.walk(DIR)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // Best effort.
      }
    }));
  }

  private TempFiles() {}

  /** A path that does not exist yet, in a directory that does. */
  static Path newJournalPath() {
    try {
      Path dir = Files.createDirectory(DIR.resolve("j" + COUNTER.incrementAndGet()));
      return dir.resolve("journal.jsonl");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
