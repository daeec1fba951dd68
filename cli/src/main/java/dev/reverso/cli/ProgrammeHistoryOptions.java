package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.reporting.journal.JournalContents;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Retractions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The inputs of the commands that look back on a running programme ({@code report}, {@code advise}): the
 * programme, its matches, its relationship journal and the date to look from, mixed in with picocli's
 * {@code @Mixin}.
 */
final class ProgrammeHistoryOptions {
  @Mixin
  private ProgrammeOption programme;

  @Option(names = "--matches", paramLabel = "FILE", required = true,
      description = "The pairs: a matches.json (reverso/matches@2 or @1) written by 'reverso match' or 'reverso demo', "
          + "with every pair's criterion scores.")
  private Path matches;

  @Option(names = "--journal", paramLabel = "FILE|URL", required = true,
      description = "The relationship journal: a JSON Lines file (reverso/event@1), or a database as "
          + "jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DB (credentials from the URL or PGUSER/PGPASSWORD).")
  private String journal;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date to look from, such as 2026-06-30; later journal events are ignored (default: the "
          + "date of the latest journal event, so that a rerun gives the same output; today (UTC) for an empty "
          + "journal).")
  private LocalDate asOf;

  /** Declares {@code --in}, {@code --matches} and {@code --journal} (when it is a file, not a database) as inputs. */
  void declareInputs(CommandFiles files) {
    files.input(ProgrammeOption.NAME, programme.file()).input("--matches", matches)
        .input("--journal", journal == null ? null
            : JournalLocation.parse("--journal", journal, System.getenv()).file().orElse(null));
  }

  /** The {@code --in} option. */
  ProgrammeOption programme() {
    return programme;
  }

  /** The {@code --matches} file as given. */
  Path matchesFile() {
    return matches;
  }

  /**
   * Reads the matches.
   *
   * @throws InvalidInputException naming {@code --matches} if it is not a file, or listing the file's problems
   */
  MatchResult readMatches() {
    return CommandInputs.matches(matches, "--matches");
  }

  /**
   * Reads the journal (a file or a database, see {@link JournalLocation}); a torn last line of a file is
   * dropped with a notice on {@code err}.
   *
   * @throws InvalidInputException naming {@code --journal} if it is a directory or an unsupported URL, or
   *     listing the journal's bad lines
   */
  JournalContents readJournal(PrintWriter err) {
    return JournalLocation.parse("--journal", journal, System.getenv()).read(err);
  }

  /**
   * Streams the journal's events to {@code visitor} without holding them (a file through
   * {@link dev.reverso.reporting.journal.storage.JournalReader#forEach}, a database through its cursor); a torn
   * last line of a file is dropped with a notice on {@code err}.
   *
   * @throws InvalidInputException naming {@code --journal} if it is a directory or an unsupported URL, or
   *     listing the journal's bad lines
   */
  void streamJournal(PrintWriter err, Consumer<JournalEvent> visitor) {
    JournalLocation.parse("--journal", journal, System.getenv()).stream(err, visitor);
  }

  /** The retractions of {@code --journal}, read in a cheap first pass (see {@link JournalLocation#retractions()}). */
  Retractions journalRetractions() {
    return JournalLocation.parse("--journal", journal, System.getenv()).retractions();
  }

  /** {@code --as-of} if given. */
  Optional<LocalDate> asOfOption() {
    return Optional.ofNullable(asOf);
  }

  /**
   * {@code --as-of}, or the date of the latest event of the journal (see {@link CommandInputs#latestEventDate}),
   * or today (UTC) for an empty journal: a report of no events is a report of no data today, never one "as of
   * 1970-01-01".
   */
  LocalDate asOf(JournalContents journal) {
    if (asOf != null) {
      return asOf;
    }
    return journal.events().isEmpty() ? LocalDate.now(java.time.ZoneOffset.UTC) : CommandInputs.latestEventDate(journal);
  }

  /** Reads the programme of {@code --in}. */
  Program readProgramme() {
    return programme.read();
  }
}
