package dev.reverso.core.io;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ReversoException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on an output directory, so that runs writing a <em>set</em> of files into one directory
 * (a report, the matches and their pairs) take turns and the directory never holds files of two runs. The
 * lock is an operating-system lock ({@link FileChannel#tryLock()}) on the file {@value #FILE_NAME} in the
 * directory, which keeps other processes out, plus a lock per directory inside this JVM (a file lock belongs
 * to the whole JVM). It is reentrant for the thread that holds it. The lock file stays in the directory (it
 * holds nothing; removing it while unlocked is harmless).
 *
 * <p>{@link #acquire} waits up to the given time for a run in progress to finish, then gives up with a
 * {@link BusyException} that names the directory. Thread-safe.
 */
public final class DirectoryLock implements AutoCloseable {
  /** The name of the lock file in a locked directory. */
  public static final String FILE_NAME = ".reverso.lock";
  /** How long {@link #acquire(Path)} waits for another run. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

  private static final long POLL_MILLIS = 50;
  private static final Map<Path, Shared> HELD = new HashMap<>();

  /** The state of one directory's lock in this JVM. */
  private static final class Shared {
    final ReentrantLock lock = new ReentrantLock();
    int users;
    FileChannel channel;
    FileLock fileLock;
  }

  /** Another run held the directory for longer than the wait. */
  public static final class BusyException extends ReversoException {
    private static final long serialVersionUID = 1L;

    BusyException(Path dir, Duration waited) {
      super(dir + ": expected no other run writing into this directory, found one still writing after "
          + waited.toSeconds() + " s (lock file " + FILE_NAME + "); wait for it to finish or write elsewhere");
    }
  }

  private final Path key;
  private final Shared shared;
  private boolean closed;

  private DirectoryLock(Path key, Shared shared) {
    this.key = key;
    this.shared = shared;
  }

  /**
   * Locks an existing directory, waiting up to {@link #DEFAULT_WAIT}.
   *
   * @throws BusyException if another run holds it for longer
   * @throws FileAccessException if the lock file cannot be created or locked
   */
  public static DirectoryLock acquire(Path dir) {
    return acquire(dir, DEFAULT_WAIT);
  }

  /**
   * Locks an existing directory, waiting up to {@code wait} for another holder.
   *
   * @throws BusyException if another run holds it for longer
   * @throws FileAccessException if the lock file cannot be created or locked
   */
  public static DirectoryLock acquire(Path dir, Duration wait) {
    requireNonNull(dir, "dir");
    requireNonNull(wait, "wait");
    Path key;
    try {
      key = dir.toRealPath();
    } catch (IOException e) {
      throw new FileAccessException(dir, "cannot lock the directory", e);
    }
    long deadline = System.nanoTime() + wait.toNanos();
    Shared shared;
    synchronized (HELD) {
      shared = HELD.computeIfAbsent(key, k -> new Shared());
      shared.users++;
    }
    boolean locked = false;
    try {
      if (!shared.lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        throw new BusyException(dir, wait);
      }
      locked = true;
      if (shared.lock.getHoldCount() == 1) {
        lockFile(dir, key, shared, deadline, wait);
      }
      return new DirectoryLock(key, shared);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BusyException(dir, wait);
    } catch (RuntimeException e) {
      if (locked) {
        shared.lock.unlock();
      }
      release(key, shared);
      throw e;
    }
  }

  private static void lockFile(Path dir, Path key, Shared shared, long deadline, Duration wait)
      throws InterruptedException {
    Path file = key.resolve(FILE_NAME);
    try {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS);
      try {
        FileLock fileLock;
        while ((fileLock = channel.tryLock()) == null) {
          if (System.nanoTime() > deadline) {
            throw new BusyException(dir, wait);
          }
          Thread.sleep(POLL_MILLIS);
        }
        shared.channel = channel;
        shared.fileLock = fileLock;
      } catch (RuntimeException | InterruptedException e) {
        channel.close();
        throw e;
      }
    } catch (IOException e) {
      throw new FileAccessException(file, "cannot lock the directory", e);
    }
  }

  private static void release(Path key, Shared shared) {
    synchronized (HELD) {
      if (--shared.users == 0) {
        HELD.remove(key);
      }
    }
  }

  /** Releases the lock (once; later calls do nothing). */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (shared.lock.getHoldCount() == 1 && shared.channel != null) {
        try {
          shared.fileLock.release();
          shared.channel.close();
        } catch (IOException e) {
          // closing the channel releases the lock whatever happens
        } finally {
          shared.channel = null;
          shared.fileLock = null;
        }
      }
    } finally {
      shared.lock.unlock();
      release(key, shared);
    }
  }
}
