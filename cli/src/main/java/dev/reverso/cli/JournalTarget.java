package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.journal.EventDates;
import dev.reverso.reporting.journal.Journal;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options of the commands that write into a journal ({@code record}, {@code journal import}): the journal
 * (a file or a database, see {@link JournalLocation}) and the matches whose pairs it accepts events for, mixed
 * in with picocli's {@code @Mixin}.
 */
final class JournalTarget {
  @Option(names = "--journal", paramLabel = "FILE|URL", required = true,
      description = "The relationship journal: a JSON Lines file (reverso/event@1), created if absent, or a "
          + "database as jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DB (credentials from the URL or "
          + "PGUSER/PGPASSWORD), which gets the journal's tables if it lacks them.")
  String journal;

  @Option(names = "--matches", paramLabel = "FILE", required = true,
      description = "The pairs events may be recorded for: a matches.json (reverso/matches@2 or @1).")
  Path matches;

  /** Declares {@code --journal} (when it is a file) and {@code --matches} as inputs: no output may replace them. */
  void declareInputs(CommandFiles files) {
    files.input("--journal", journal == null ? null : location().file().orElse(null)).input("--matches", matches);
  }

  /** Where {@code --journal} is. */
  JournalLocation location() {
    return JournalLocation.parse("--journal", journal, System.getenv());
  }

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
   * @throws InvalidInputException naming {@code --journal} for a directory, a missing parent directory or an
   *     unsupported URL
   */
  Journal open(Set<MentoringPair> roster, EventDates dates) {
    return location().openForAppend(roster, dates);
  }

  /** The journal's file name, or its URL without credentials, for messages. */
  String displayName() {
    JournalLocation where = location();
    return where.file().map(f -> String.valueOf(f.getFileName())).orElse(where.toString());
  }
}
