package dev.reverso.cli;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.journal.jdbc.JdbcJournal;
import dev.reverso.journal.jdbc.JdbcJournalOptions;
import dev.reverso.journal.jdbc.JournalDataSources;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.EventDates;
import dev.reverso.reporting.journal.Journal;
import dev.reverso.reporting.journal.JournalContents;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Retractions;
import dev.reverso.reporting.journal.storage.FileJournal;
import dev.reverso.reporting.journal.storage.FileJournalOptions;
import dev.reverso.reporting.journal.storage.JournalReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Where a journal is, as every {@code --journal} (and {@code journal copy}'s {@code --from}/{@code --to}) gives
 * it: a JSON Lines file path, or a JDBC URL ({@code jdbc:sqlite:FILE}, {@code jdbc:postgresql://HOST[:PORT]/DB}).
 * The one place where commands read and open journals, so that every command accepts both.
 *
 * <p>PostgreSQL credentials come from the URL ({@code ?user=...&password=...}) or, where the URL has none,
 * from the environment variables {@code PGUSER} and {@code PGPASSWORD}, as for {@code psql}. They are never
 * printed: {@link #toString()} shows the URL with user info and passwords blanked out.
 */
final class JournalLocation {
  /** Events per transaction when appending to a database. */
  static final int DATABASE_BATCH = 1_000;
  /** When writing a file journal in bulk, force it to disk after this many appends (and on close). */
  static final int FILE_FORCE_EVERY = 1_000;

  private static final Pattern URL_USER = Pattern.compile("(?i)[?&;]user=|//[^/@?]*@");
  private static final Pattern URL_PASSWORD = Pattern.compile("(?i)[?&;]password=|//[^/@?:]*:[^/@?]*@");

  private final String option;
  private final Path file;
  private final String url;
  private final Map<String, String> env;

  private JournalLocation(String option, Path file, String url, Map<String, String> env) {
    this.option = option;
    this.file = file;
    this.url = url;
    this.env = env;
  }

  /**
   * Parses an option value.
   *
   * @param option the option's name, for messages ({@code --journal})
   * @param value a path or a JDBC URL
   * @param env the environment ({@code PGUSER}, {@code PGPASSWORD})
   * @throws InvalidInputException located at {@code option} for an unsupported JDBC URL or an impossible path
   */
  static JournalLocation parse(String option, String value, Map<String, String> env) {
    requireNonNull(value, "value");
    if (value.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
      if (!JournalDataSources.isJournalUrl(value)) {
        throw InvalidInputException.of(option, "expected a journal file or a JDBC URL jdbc:sqlite:FILE or "
            + "jdbc:postgresql://HOST[:PORT]/DATABASE, found '" + JournalDataSources.redact(value) + "'");
      }
      return new JournalLocation(option, null, value, env);
    }
    try {
      return new JournalLocation(option, Path.of(value), null, env);
    } catch (InvalidPathException e) {
      throw InvalidInputException.of(option, "expected a journal file or a JDBC URL, found an impossible path: "
          + e.getReason());
    }
  }

  /** Whether the journal is in a database. */
  boolean isDatabase() {
    return url != null;
  }

  /** The file, for a file journal. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /**
   * Reads every event; a torn last line of a file is dropped with a notice on {@code err}. A database is
   * read without changing its schema: a missing or older journal schema is an error.
   *
   * @throws InvalidInputException naming the option if the file is a directory, or listing bad lines or rows
   * @throws dev.reverso.reporting.journal.JournalStorageException if the database fails or has no journal
   */
  JournalContents read(PrintWriter err) {
    if (url != null) {
      try (JdbcJournal journal = openDatabase(List.of(), JdbcJournalOptions.defaults().withMigrate(false))) {
        return new JournalContents(journal.events(), Optional.empty());
      }
    }
    if (Files.isDirectory(file)) {
      throw InvalidInputException.of(option, "expected a journal file, found the directory '" + file + "'");
    }
    JournalContents contents = JournalReader.read(file);
    contents.recovery().ifPresent(r -> err.println("reverso: notice: " + r.message()));
    return contents;
  }

  /**
   * The retractions of the journal, for a first pass before {@link #stream}: a file decodes only the lines that
   * can hold one ({@link JournalReader#retractions(Path)}); a database is streamed. Bad lines and notices are
   * left to the pass that follows.
   */
  Retractions retractions() {
    if (url == null && !Files.isDirectory(file)) {
      return JournalReader.retractions(file);
    }
    Retractions.Collector collector = Retractions.collector();
    stream(new PrintWriter(java.io.Writer.nullWriter()), collector);
    return collector.retractions();
  }

  /**
   * Streams every event to {@code visitor} without holding the journal: a file in chunks, a database through
   * its cursor; a torn last line of a file is dropped with a notice on {@code err}.
   *
   * @throws InvalidInputException naming the option if the file is a directory, or listing bad lines or rows
   * @throws dev.reverso.reporting.journal.JournalStorageException if the database fails or has no journal
   */
  void stream(PrintWriter err, Consumer<? super JournalEvent> visitor) {
    if (url != null) {
      try (JdbcJournal journal = openDatabase(List.of(), JdbcJournalOptions.defaults().withMigrate(false))) {
        journal.forEach(visitor);
      }
      return;
    }
    if (Files.isDirectory(file)) {
      throw InvalidInputException.of(option, "expected a journal file, found the directory '" + file + "'");
    }
    JournalReader.forEach(file, visitor).ifPresent(r -> err.println("reverso: notice: " + r.message()));
  }

  /**
   * Opens the journal for appending events of {@code roster}: a file is created if absent (its directory must
   * exist) and forced to disk every {@value #FILE_FORCE_EVERY} appends and on close; a database gets the
   * journal's tables if it lacks them.
   */
  Journal openForAppend(Iterable<MentoringPair> roster) {
    return openForAppend(roster, EventDates.systemUtc());
  }

  /**
   * Opens the journal for appending events of {@code roster} as {@link #openForAppend(Iterable)} does, with the
   * date rule {@code dates} (a file also applies it to the history it reads on opening).
   *
   * @throws InvalidInputException naming the option if the file is a directory or its directory is missing
   */
  Journal openForAppend(Iterable<MentoringPair> roster, EventDates dates) {
    requireNonNull(dates, "dates");
    if (url != null) {
      return openDatabase(roster, JdbcJournalOptions.defaults().withEventDates(dates));
    }
    if (Files.isDirectory(file)) {
      throw InvalidInputException.of(option, "expected a journal file, found the directory '" + file + "'");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw InvalidInputException.of(option, "expected a file in an existing directory, found no directory '"
          + parent + "'");
    }
    return FileJournal.open(file, roster, FileJournalOptions.defaults().withEventDates(dates)
        .withForceEvery(FILE_FORCE_EVERY));
  }

  /**
   * Appends events in order: to a database in transactions of {@value #DATABASE_BATCH} events, to a file one
   * by one. Appends are idempotent, so a run stopped half-way can simply be repeated.
   */
  static ImmutableList<AppendResult> appendAll(Journal journal, List<JournalEvent> events) {
    ImmutableList.Builder<AppendResult> results = ImmutableList.builderWithExpectedSize(events.size());
    if (journal instanceof JdbcJournal database) {
      for (int from = 0; from < events.size(); from += DATABASE_BATCH) {
        results.addAll(database.appendAll(events.subList(from, Math.min(events.size(), from + DATABASE_BATCH))));
      }
    } else {
      for (JournalEvent e : events) {
        results.add(journal.append(e));
      }
    }
    return results.build();
  }

  private JdbcJournal openDatabase(Iterable<MentoringPair> roster, JdbcJournalOptions options) {
    String user = URL_USER.matcher(url).find() ? null : env.get("PGUSER");
    String password = URL_PASSWORD.matcher(url).find() ? null : env.get("PGPASSWORD");
    return JdbcJournal.open(url, user, password, roster, options);
  }

  /** Whether both name the same journal: the same file (after resolving links) or the same URL. */
  boolean sameAs(JournalLocation other) {
    if (url != null || other.url != null) {
      return url != null && url.equals(other.url);
    }
    try {
      if (Files.exists(file) && Files.exists(other.file)) {
        return Files.isSameFile(file, other.file);
      }
    } catch (java.io.IOException e) {
      // fall through to comparing the paths
    }
    return file.toAbsolutePath().normalize().equals(other.file.toAbsolutePath().normalize());
  }

  /** The path, or the URL without credentials. */
  @Override
  public String toString() {
    return url != null ? JournalDataSources.redact(url) : file.toString();
  }
}
