package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.journal.EventDates;
import dev.reverso.reporting.journal.storage.FileJournal;
import dev.reverso.reporting.journal.storage.FileJournalOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options of the commands that write into a journal ({@code record}, {@code journal import}): the journal
 * file and the matches whose pairs it accepts events for, mixed in with picocli's {@code @Mixin}.
 */
final class JournalTarget {
  @Option(names = "--journal", paramLabel = "FILE", required = true,
      description = "The relationship journal (JSON Lines, reverso/event@1); created if absent.")
  Path journal;

  @Option(names = "--matches", paramLabel = "FILE", required = true,
      description = "The pairs events may be recorded for: a matches.json (reverso/matches@1).")
  Path matches;

  /** The pairs of {@code --matches}. */
  Set<MentoringPair> roster() {
    MatchResult result = CommandInputs.matches(matches, "--matches");
    Set<MentoringPair> roster = new LinkedHashSet<>();
    for (Pairing p : result.pairs()) {
      roster.add(new MentoringPair(p.mentorId(), p.menteeId()));
    }
    return roster;
  }

  /**
   * Opens the journal for appending, with the given date rule.
   *
   * @throws InvalidInputException naming {@code --journal} for a directory or a missing parent directory
   */
  FileJournal open(Set<MentoringPair> roster, EventDates dates, int forceEvery) {
    if (Files.isDirectory(journal)) {
      throw InvalidInputException.of("--journal", "expected a journal file, found the directory '" + journal + "'");
    }
    Path parent = journal.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw InvalidInputException.of("--journal", "expected a file in an existing directory, found no directory '"
          + parent + "'");
    }
    return FileJournal.open(journal, roster, FileJournalOptions.defaults().withEventDates(dates)
        .withForceEvery(forceEvery));
  }

  /** The journal's file name, for messages. */
  String fileName() {
    return String.valueOf(journal.getFileName());
  }
}
