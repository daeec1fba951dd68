package dev.reverso.reporting.journal.storage;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import dev.reverso.reporting.journal.JournalContents;
import dev.reverso.reporting.journal.JournalStorageException;
import dev.reverso.reporting.journal.EventDates;
import dev.reverso.reporting.journal.EventIndex;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Recovery;
import dev.reverso.reporting.journal.Retractions;

/**
 * Reads a journal file, for the command line and for metrics, without keeping it open and without changing it.
 * The file is read as a stream, in chunks, never whole: {@link #forEach(Path, Consumer)} hands the events to a
 * visitor one by one and keeps only what the journal rules need (per pair its close and latest date, 16 bytes
 * per event id), so that metrics over a million events fit a small heap; {@link #read(Path)} collects the
 * events into a {@link JournalContents}.
 *
 * <p>A torn last line (see {@link Recovery}: a last line without its line end) is skipped and reported in the
 * result; any other bad line, the last one included, is an {@link InvalidInputException} listing every bad line
 * as {@code file:line[:field]} (up to 1 000 bad lines of at most 20 problems each, so that a hostile file cannot
 * flood memory with problems). A line longer than 1 MiB is a bad line, reported without being held in memory.
 * The history is checked against the journal rules (idempotency, nothing after a close, plausible dates by
 * {@link EventDates}: {@link EventDates#systemUtc()} unless the caller passes its own rule), not against a roster.
 *
 * <p>Reading a file that a {@link FileJournal} of this JVM (or, where the file system supports file locks, of
 * another process) is appending to is safe: the read takes the same locks and sees whole lines only.
 * O(file size) in time; memory as said above. Thread-safe (stateless).
 */
public final class JournalReader {
  private JournalReader() {}

  /**
   * Reads every event of a journal file.
   *
   * @throws InvalidInputException if the file does not exist or has a bad line other than a torn last one
   * @throws JournalStorageException if the file cannot be read
   */
  public static JournalContents read(Path file) {
    return read(file, EventDates.systemUtc());
  }

  /**
   * Reads every event of a journal file, checking event dates with {@code dates} (a clock of the caller's
   * choice, pair starts) instead of {@link EventDates#systemUtc()}; an implausible date is a bad line.
   *
   * @throws InvalidInputException if the file does not exist or has a bad line other than a torn last one
   * @throws JournalStorageException if the file cannot be read
   */
  public static JournalContents read(Path file, EventDates dates) {
    requireNonNull(dates, "dates");
    EventIndex index = new EventIndex();
    String name = name(file);
    Optional<Recovery> torn = readFile(file, name, problems -> Replay.into(index, dates, name, problems));
    return new JournalContents(index.events(), torn);
  }

  /**
   * Streams every event of a journal file to {@code visitor}, in file order, each once (exact repeats of an id
   * are skipped as a journal skips them). Memory does not grow with the events: only per pair state and a
   * 64-bit fingerprint per event id are kept.
   *
   * <p>The visitor sees each good event as soon as its line is read; the file's bad lines are reported at the
   * end, all at once. So when this method throws, discard what the visitor built.
   *
   * @return the torn last line that was skipped, if any
   * @throws InvalidInputException if the file does not exist or has a bad line other than a torn last one
   * @throws JournalStorageException if the file cannot be read
   */
  public static Optional<Recovery> forEach(Path file, Consumer<? super JournalEvent> visitor) {
    return forEach(file, EventDates.systemUtc(), visitor);
  }

  /**
   * Streams every event of a journal file to {@code visitor} like {@link #forEach(Path, Consumer)}, checking
   * event dates with {@code dates} instead of {@link EventDates#systemUtc()}; an implausible date is a bad line.
   *
   * @return the torn last line that was skipped, if any
   * @throws InvalidInputException if the file does not exist or has a bad line other than a torn last one
   * @throws JournalStorageException if the file cannot be read
   */
  public static Optional<Recovery> forEach(Path file, EventDates dates, Consumer<? super JournalEvent> visitor) {
    requireNonNull(dates, "dates");
    requireNonNull(visitor, "visitor");
    String name = name(file);
    return readFile(file, name, problems -> Replay.streaming(visitor, dates, name, problems));
  }

  /**
   * Reads every event of a journal from a stream (which is not closed), naming it {@code fileName} in
   * problem locations and the recovery.
   *
   * @throws InvalidInputException if a line other than a torn last one is bad
   * @throws JournalStorageException if the stream cannot be read
   */
  public static JournalContents read(InputStream in, String fileName) {
    requireNonNull(in, "in");
    requireNonNull(fileName, "fileName");
    EventIndex index = new EventIndex();
    Optional<Recovery> torn = readStream(in, fileName,
        problems -> Replay.into(index, EventDates.systemUtc(), fileName, problems));
    return new JournalContents(index.events(), torn);
  }

  /**
   * Streams every event of a journal read from a stream (which is not closed) to {@code visitor}, as
   * {@link #forEach(Path, Consumer)} does for a file.
   *
   * @return the torn last line that was skipped, if any
   * @throws InvalidInputException if a line other than a torn last one is bad
   * @throws JournalStorageException if the stream cannot be read
   */
  public static Optional<Recovery> forEach(InputStream in, String fileName, Consumer<? super JournalEvent> visitor) {
    requireNonNull(in, "in");
    requireNonNull(fileName, "fileName");
    requireNonNull(visitor, "visitor");
    return readStream(in, fileName,
        problems -> Replay.streaming(visitor, EventDates.systemUtc(), fileName, problems));
  }

  private interface ReplayFactory {
    JournalFiles.Sink create(Problems problems);
  }

  /**
   * The retractions of a journal file, for the first of two streaming passes (see {@link Retractions}): much
   * cheaper than {@link #forEach(Path, Consumer)} with {@link Retractions#collector()}, since only the lines that
   * can hold a retraction are decoded, those that name the type {@code event-retracted} or use a backslash-u
   * escape that could spell it. Nothing else is checked: the full pass that follows reports every bad line.
   *
   * @throws InvalidInputException if the file does not exist, or a line that can hold a retraction is bad
   * @throws JournalStorageException if the file cannot be read
   */
  public static Retractions retractions(Path file) {
    Retractions.Collector collector = Retractions.collector();
    readFile(file, name(file), problems -> new JournalFiles.Sink() {
      @Override
      public void accept(JournalEvent event, long line) {
        collector.accept(event);
      }

      @Override
      public boolean wants(byte[] buf, int offset, int length) {
        return contains(buf, offset, length, RETRACTION_TYPE) || contains(buf, offset, length, UNICODE_ESCAPE);
      }
    });
    return collector.retractions();
  }

  private static final byte[] RETRACTION_TYPE = "\"event-retracted\"".getBytes(StandardCharsets.UTF_8);
  private static final byte[] UNICODE_ESCAPE = "\\u".getBytes(StandardCharsets.UTF_8);

  private static boolean contains(byte[] buf, int offset, int length, byte[] what) {
    int last = offset + length - what.length;
    outer:
    for (int i = offset; i <= last; i++) {
      for (int k = 0; k < what.length; k++) {
        if (buf[i + k] != what[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static String name(Path file) {
    requireNonNull(file, "file");
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  private static Optional<Recovery> readStream(InputStream in, String name, ReplayFactory factory) {
    Problems problems = new Problems();
    JournalFiles.Outcome outcome;
    try {
      outcome = JournalFiles.parse(JournalFiles.Source.of(in), 0, 1, name, problems, factory.create(problems));
    } catch (IOException e) {
      throw new JournalStorageException("Cannot read journal " + name + ": " + e, e);
    }
    problems.throwIfErrors();
    return Optional.ofNullable(outcome.torn());
  }

  private static Optional<Recovery> readFile(Path file, String name, ReplayFactory factory) {
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(name, "expected a journal file, found "
          + (Files.exists(file) ? "something that is not a regular file" : "no such file"));
    }
    Problems problems = new Problems();
    JournalFiles.Outcome outcome;
    try {
      Path real = file.toRealPath();
      ReentrantLock lock = PathLocks.acquire(real);
      lock.lock();
      try (FileChannel channel = FileChannel.open(real, StandardOpenOption.READ)) {
        FileLock shared = sharedLock(channel);
        try {
          // the size under the lock: whole lines only, even if a writer of another process appends later
          outcome = JournalFiles.parse(JournalFiles.Source.of(channel, 0, channel.size()), 0, 1, name, problems,
              factory.create(problems));
        } finally {
          if (shared != null && shared.isValid()) {
            shared.release();
          }
        }
      } finally {
        lock.unlock();
        PathLocks.release(real);
      }
    } catch (IOException e) {
      throw new JournalStorageException("Cannot read journal file " + name + ": " + e, e);
    }
    problems.throwIfErrors();
    return Optional.ofNullable(outcome.torn());
  }

  /** A shared lock against writers of other processes; null where the file system has no locks. */
  private static FileLock sharedLock(FileChannel channel) {
    try {
      return channel.lock(0, Long.MAX_VALUE, true);
    } catch (IOException unsupported) {
      return null;
    }
  }
}
