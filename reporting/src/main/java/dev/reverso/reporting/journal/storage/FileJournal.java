package dev.reverso.reporting.journal.storage;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.Journal;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.JournalRules;
import dev.reverso.reporting.journal.JournalStorageException;
import dev.reverso.reporting.journal.Recovery;
import dev.reverso.reporting.journal.EventIndex;

/**
 * The embedded default {@link Journal}: an append-only JSON Lines file in the {@value EventCodec#FORMAT}
 * format ({@code docs/journal-format.md}), one event per line.
 *
 * <p><b>Durability.</b> With the default options an append returns only after its line, line end
 * included, has been written and forced to the storage device ({@code fsync}); see
 * {@link FileJournalOptions} for batching and its trade-off. The file only ever grows by whole lines
 * written with a single positional write, so after a crash it is a prefix of what was acknowledged,
 * possibly followed by one torn line.
 *
 * <p><b>Recovery.</b> Opening reads and checks the whole file, as a stream in chunks. A torn last line (one
 * without its line end: all that an interrupted append can leave) is truncated away and reported by
 * {@link #recovery()} (and logged as a warning with its line and byte offset). Any other bad line, a complete
 * last line included, is real corruption: {@link #open} throws an
 * {@link InvalidInputException} listing every bad line as {@code file:line} (or {@code file:line:field}),
 * up to 1 000 bad lines of at most 20 problems each, so that a hostile file cannot flood memory with
 * problems. History is replayed without the roster check (it was accepted earlier, perhaps under another roster),
 * but with every other rule.
 *
 * <p><b>Concurrency.</b> Thread-safe. Appends are serialised by a lock shared by every instance of this
 * JVM on the same file (by real path), plus an exclusive {@link FileLock} that keeps out other processes
 * that follow the same protocol. Under both locks an instance first reads the lines other instances have
 * appended since its last look, so that idempotency and the rules see every event in the file; then it
 * checks, writes and records. {@link #events()} also catches up first. On Linux and macOS a
 * {@code FileLock} is a POSIX record lock, held by the process and released when the process closes
 * <em>any</em> descriptor of the file: this class closes its descriptors only under the JVM-wide lock, and
 * code of the same process must not open and close the journal file by other means while a journal is
 * appending (read it with {@link JournalReader} instead).
 *
 * <p><b>Permissions.</b> A journal file this class creates is readable and writable by its owner only (on
 * file systems with POSIX permissions): it holds private comments.
 *
 * <p><b>Cost.</b> Opening is O(file size) in time and O(events) in memory (the events are kept, the file is
 * read in chunks of 64 KiB; a line may be at most 1 MiB).
 * An append is O(line length) plus one device flush (or 1/n of one when batching). Nothing personal is
 * logged: file name, line numbers, offsets and counts only.
 */
public final class FileJournal implements Journal {
  private static final Logger LOG = LoggerFactory.getLogger(FileJournal.class);
  /** Owner read and write only: a journal holds private comments. */
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  private final Path path;
  private final String fileName;
  private final FileJournalOptions options;
  private final ReentrantLock lock;
  private volatile ImmutableSet<MentoringPair> roster;
  private final EventIndex index = new EventIndex();
  // All below guarded by lock.
  private FileChannel channel;
  private long size;
  private long lines;
  private int unforced;
  private boolean closed;
  private volatile Recovery recovery;

  private interface IoAction<T> {
    T run() throws IOException;
  }

  private FileJournal(Path realPath, ImmutableSet<MentoringPair> roster, FileJournalOptions options,
      ReentrantLock lock) {
    this.path = realPath;
    this.fileName = realPath.getFileName().toString();
    this.options = options;
    this.lock = lock;
    this.roster = roster;
  }

  /** Opens (creating it if absent) a journal file with the {@link FileJournalOptions#defaults() defaults}. */
  public static FileJournal open(Path file, Iterable<MentoringPair> roster) {
    return open(file, roster, FileJournalOptions.defaults());
  }

  /**
   * Opens a journal file, creating it if absent (its directory must exist), recovering a torn last line.
   *
   * @param file the journal file
   * @param roster the pairs new events may be appended for
   * @param options durability options
   * @throws InvalidInputException if a line other than a torn last one is not a valid event, or the
   *     recorded history breaks the journal's rules; every bad line is listed
   * @throws JournalStorageException if the file cannot be created, read or written
   */
  public static FileJournal open(Path file, Iterable<MentoringPair> roster, FileJournalOptions options) {
    requireNonNull(file, "file");
    ImmutableSet<MentoringPair> pairs = ImmutableSet.copyOf(requireNonNull(roster, "roster"));
    requireNonNull(options, "options");
    Path real;
    FileChannel channel;
    try {
      // The descriptor that creates the file is the one the journal keeps. Creating it with a throwaway
      // descriptor (Files.createFile) would close that descriptor at once, and closing any descriptor of a
      // file releases every POSIX record lock this process holds on it: another instance's FileLock.
      // A new file is created owner-only (on POSIX file systems), atomically with its creation, so that no one
      // else can open it in between; an existing file keeps the permissions its owner gave it.
      Set<StandardOpenOption> open = EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      channel = posix(file)
          ? FileChannel.open(file, open, OWNER_ONLY)
          : FileChannel.open(file, open);
    } catch (NoSuchFileException e) {
      throw new JournalStorageException("Cannot create journal file " + file.getFileName()
          + ": its directory does not exist", e);
    } catch (IOException e) {
      throw new JournalStorageException("Cannot create journal file " + file.getFileName() + ": " + e, e);
    }
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      try {
        channel.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new JournalStorageException("Cannot resolve journal file " + file.getFileName() + ": " + e, e);
    }
    ReentrantLock lock = PathLocks.acquire(real);
    FileJournal journal = new FileJournal(real, pairs, options, lock);
    journal.channel = channel;
    try {
      journal.locked(() -> null);
    } catch (RuntimeException e) {
      journal.close();
      throw e;
    }
    LOG.debug("Opened journal {} with {} events", journal.fileName, journal.index.size());
    return journal;
  }

  /** Whether the file system of this (perhaps not yet existing) file supports POSIX permissions. */
  private static boolean posix(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      return dir != null && Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
    } catch (IOException e) {
      return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
  }

  /** The journal file (its real path). */
  public Path file() {
    return path;
  }

  /** The options this journal was opened with. */
  public FileJournalOptions options() {
    return options;
  }

  @Override
  public ImmutableSet<MentoringPair> roster() {
    return roster;
  }

  @Override
  public ImmutableSet<MentoringPair> addToRoster(Iterable<MentoringPair> pairs) {
    requireNonNull(pairs, "pairs");
    return locked(() -> {
      roster = ImmutableSet.<MentoringPair>builder().addAll(roster).addAll(pairs).build();
      return roster;
    });
  }

  /**
   * The torn last line this instance found and truncated away, when it opened the file or later (if
   * another process crashed mid-append); empty if the file was always whole.
   */
  public Optional<Recovery> recovery() {
    return Optional.ofNullable(recovery);
  }

  @Override
  public AppendResult append(JournalEvent event) {
    requireNonNull(event, "event");
    byte[] line = EventCodec.encodeLine(event);
    return locked(() -> {
      AppendResult result = JournalRules.check(event, roster, index, options.eventDates());
      if (!result.isNew()) {
        return result;
      }
      write(line);
      size += line.length;
      lines++;
      index.record(event);
      if (++unforced >= options.forceEvery()) {
        forceNow();
      }
      return result;
    });
  }

  /**
   * Appends events in order, as {@link #append} would one by one, but under one lock and with one write per
   * {@value #BATCH_BYTES} bytes of lines instead of one per event (and one device flush per
   * {@link FileJournalOptions#forceEvery()} events, as with single appends): for imports and bulk loads of many
   * events. If an event breaks a rule or conflicts, the events before it are recorded (written and, with the
   * default options, forced) and its exception is thrown; the events after it are not looked at.
   *
   * @return the result of each event, in order
   * @throws dev.reverso.reporting.journal.EventRejectedException if an event breaks a journal rule (the events before it are recorded)
   * @throws dev.reverso.reporting.journal.EventConflictException if a different event with an event's id was recorded (likewise)
   * @throws JournalStorageException if the storage failed (appending the same events again is safe)
   * @throws IllegalStateException if the journal is closed
   */
  public ImmutableList<AppendResult> appendAll(Iterable<? extends JournalEvent> events) {
    requireNonNull(events, "events");
    return locked(() -> {
      ImmutableList.Builder<AppendResult> results = ImmutableList.builder();
      java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
      int pendingEvents = 0;
      try {
        for (JournalEvent event : events) {
          requireNonNull(event, "event");
          AppendResult result = JournalRules.check(event, roster, index, options.eventDates());
          results.add(result);
          if (!result.isNew()) {
            continue;
          }
          pending.writeBytes(EventCodec.encodeLine(event));
          index.record(event); // so that later events of the batch see it; rolled back below if the write fails
          pendingEvents++;
          if (pending.size() >= BATCH_BYTES || unforced + pendingEvents >= options.forceEvery()) {
            flushBatch(pending, pendingEvents);
            pendingEvents = 0;
          }
        }
      } finally {
        // also when an event was refused: the events before it stay recorded
        flushBatch(pending, pendingEvents);
      }
      return results.build();
    });
  }

  /** The size of one write of {@link #appendAll}. */
  private static final int BATCH_BYTES = 1 << 16;

  private void flushBatch(java.io.ByteArrayOutputStream pending, int events) throws IOException {
    if (events == 0 || pending.size() == 0) {
      return;
    }
    byte[] data = pending.toByteArray();
    pending.reset();
    try {
      write(data);
    } catch (IOException e) {
      // nothing of the chunk is in the file (write truncates a partial one): forget its events
      index.truncate(index.size() - events);
      throw e;
    }
    size += data.length;
    lines += events;
    unforced += events;
    if (unforced >= options.forceEvery()) {
      forceNow();
    }
  }

  /** Every event in the file, including those other instances appended; an immutable snapshot. */
  @Override
  public ImmutableList<JournalEvent> events() {
    lock.lock();
    try {
      if (closed) {
        return index.events();
      }
    } finally {
      lock.unlock();
    }
    return locked(index::events);
  }

  /**
   * Forces appends not yet forced (with {@link FileJournalOptions#withForceEvery(int) batching}) to the
   * storage device.
   *
   * @throws JournalStorageException if the device flush fails
   */
  public void sync() {
    locked(() -> {
      if (unforced > 0) {
        forceNow();
      }
      return null;
    });
  }

  /** Forces pending appends to the device and closes the file; closing twice does nothing. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (unforced > 0 && channel != null && channel.isOpen()) {
          forceNow();
        }
      } catch (IOException e) {
        throw new JournalStorageException("Cannot force journal file " + fileName + " to the device on close: " + e, e);
      } finally {
        try {
          if (channel != null) {
            channel.close();
          }
        } catch (IOException e) {
          LOG.warn("Closing journal {} failed: {}", fileName, e.getClass().getSimpleName());
        }
        PathLocks.release(path);
      }
    } finally {
      lock.unlock();
    }
  }

  /** File name and count only. */
  @Override
  public String toString() {
    return "FileJournal[" + fileName + ", events=" + index.size() + "]";
  }

  /** Runs an action holding the JVM lock and the file lock, after catching up with the file. */
  private <T> T locked(IoAction<T> action) {
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("journal " + fileName + " is closed");
      }
      ensureChannel();
      FileLock fileLock = channel.lock();
      try {
        catchUp();
        return action.run();
      } finally {
        if (fileLock.isValid()) {
          try {
            fileLock.release();
          } catch (IOException e) {
            LOG.debug("Releasing the file lock of journal {} failed: {}", fileName, e.getClass().getSimpleName());
          }
        }
      }
    } catch (IOException e) {
      throw new JournalStorageException("I/O error on journal file " + fileName + ": " + e
          + " (appending the same event again is safe)", e);
    } finally {
      lock.unlock();
    }
  }

  /** (Re)opens the channel: a thread interrupted during I/O closes a FileChannel for every user. */
  private void ensureChannel() throws IOException {
    if (channel == null || !channel.isOpen()) {
      channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }
  }

  /** Reads and replays the lines appended since this instance last looked; recovers a torn tail. */
  private void catchUp() throws IOException {
    long actual = channel.size();
    if (actual == size) {
      return;
    }
    if (actual < size) {
      throw new JournalStorageException("Journal file " + fileName + " shrank from " + size + " to " + actual
          + " bytes behind the journal's back; reopen it");
    }
    Problems problems = new Problems();
    JournalFiles.Outcome chunk = JournalFiles.parse(JournalFiles.Source.of(channel, size, actual), size, lines + 1,
        fileName, problems, Replay.into(index, options.eventDates(), fileName, problems));
    problems.throwIfErrors();
    if (chunk.torn() != null) {
      channel.truncate(size + chunk.consumedBytes());
      channel.force(true);
      recovery = chunk.torn();
      LOG.warn("Journal recovery: {}", chunk.torn().message());
    }
    size += chunk.consumedBytes();
    lines += chunk.consumedLines();
  }

  private void write(byte[] line) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(line);
    long pos = size;
    try {
      while (buf.hasRemaining()) {
        pos += channel.write(buf, pos);
      }
    } catch (IOException e) {
      // Leave no partial line behind for the next writer.
      try {
        ensureChannel();
        channel.truncate(size);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private void forceNow() throws IOException {
    channel.force(true);
    unforced = 0;
  }
}
