package dev.reverso.reporting.journal.storage;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per journal file (by real path) for the whole JVM. A {@link java.nio.channels.FileLock} is held
 * on behalf of the JVM, not of a channel's owner: a second channel of the same JVM asking for it gets an
 * {@link java.nio.channels.OverlappingFileLockException}. So instances in one JVM first take this lock,
 * then the file lock (which keeps other processes out). Entries are reference-counted and removed when
 * the last user releases them.
 */
final class PathLocks {
  private static final Map<Path, Shared> LOCKS = new HashMap<>();

  private static final class Shared {
    final ReentrantLock lock = new ReentrantLock();
    int users;
  }

  private PathLocks() {}

  /** The lock of a real path; call {@link #release(Path)} once when done with it. */
  static ReentrantLock acquire(Path realPath) {
    synchronized (LOCKS) {
      Shared s = LOCKS.computeIfAbsent(realPath, p -> new Shared());
      s.users++;
      return s.lock;
    }
  }

  static void release(Path realPath) {
    synchronized (LOCKS) {
      Shared s = LOCKS.get(realPath);
      if (s != null && --s.users == 0) {
        LOCKS.remove(realPath);
      }
    }
  }
}
