package dev.reverso.reporting.journal;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import java.nio.file.Path;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.storage.FileJournal;
import dev.reverso.reporting.journal.storage.JournalReader;
import java.util.List;
import java.util.Optional;

/**
 * Reads a journal file one of three ways ({@code read}, {@code stream} or {@code open}) and prints the outcome, for
 * {@link JournalSmallHeapTest} to run in a child JVM with a small heap.
 */
public final class JournalReadMain {
  private JournalReadMain() {}

  /** Arguments: the file and the way to read it. */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    try {
      switch (args[1]) {
        case "read" -> {
          JournalContents c = JournalReader.read(file);
          print(c.events().size(), c.recovery());
        }
        case "stream" -> {
          long[] n = {0};
          Optional<Recovery> torn = JournalReader.forEach(file, e -> n[0]++);
          print(n[0], torn);
        }
        case "open" -> {
          try (FileJournal j = FileJournal.open(file, List.of())) {
            print(j.events().size(), j.recovery());
          }
        }
        default -> throw new IllegalArgumentException(args[1]);
      }
    } catch (InvalidInputException e) {
      for (Problem p : e.problems()) {
        System.out.println("error " + p.location() + " " + p.message());
      }
    }
  }

  private static void print(long events, Optional<Recovery> torn) {
    System.out.println("events=" + events + " torn=" + torn.map(r -> r.line() + "/" + r.droppedBytes()).orElse("none"));
  }
}
