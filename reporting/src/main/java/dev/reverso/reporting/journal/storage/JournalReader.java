package dev.reverso.reporting.journal.storage;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import dev.reverso.reporting.journal.JournalContents;
import dev.reverso.reporting.journal.JournalStorageException;
import dev.reverso.reporting.journal.EventIndex;

/**
 * Reads a whole journal file, for the command line and for metrics, without keeping it open and without
 * changing it. A torn last line (see {@link Recovery}) is skipped and reported in the result; any other bad
 * line is an {@link InvalidInputException} listing every bad line as {@code file:line[:field]} (up to 1 000
 * bad lines of at most 20 problems each, so that a hostile file cannot flood memory with problems). The history
 * is checked against the journal rules (idempotency, nothing after a close), not against a roster.
 *
 * <p>Reading a file that a {@link FileJournal} of this JVM (or, where the file system supports file locks,
 * of another process) is appending to is safe: the read takes the same locks and sees whole lines only.
 * O(file size) in time and memory; files up to 2 GiB.
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
    requireNonNull(file, "file");
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(name, "expected a journal file, found "
          + (Files.exists(file) ? "something that is not a regular file" : "no such file"));
    }
    byte[] data;
    try {
      Path real = file.toRealPath();
      ReentrantLock lock = PathLocks.acquire(real);
      lock.lock();
      try (FileChannel channel = FileChannel.open(real, StandardOpenOption.READ)) {
        FileLock shared = sharedLock(channel);
        try {
          data = readAll(channel, name);
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
    return parse(data, name);
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
    try {
      return parse(in.readAllBytes(), fileName);
    } catch (IOException e) {
      throw new JournalStorageException("Cannot read journal " + fileName + ": " + e, e);
    }
  }

  private static JournalContents parse(byte[] data, String name) {
    Problems problems = new Problems();
    JournalFiles.Chunk chunk = JournalFiles.parse(data, data.length, 0, 1, name, problems);
    EventIndex index = new EventIndex();
    JournalFiles.replay(chunk.entries(), index, name, problems);
    problems.throwIfErrors();
    return new JournalContents(index.events(), Optional.ofNullable(chunk.torn()));
  }

  /** A shared lock against writers of other processes; null where the file system has no locks. */
  private static FileLock sharedLock(FileChannel channel) {
    try {
      return channel.lock(0, Long.MAX_VALUE, true);
    } catch (IOException unsupported) {
      return null;
    }
  }

  private static byte[] readAll(FileChannel channel, String name) throws IOException {
    long size = channel.size();
    if (size > Integer.MAX_VALUE - 16) {
      throw new JournalStorageException("Journal file " + name + " has " + size + " bytes; at most 2 GiB can be read");
    }
    ByteBuffer buf = ByteBuffer.allocate((int) size);
    long pos = 0;
    while (buf.hasRemaining()) {
      int n = channel.read(buf, pos);
      if (n < 0) {
        break;
      }
      pos += n;
    }
    byte[] data = new byte[buf.position()];
    buf.flip();
    buf.get(data);
    return data;
  }
}
