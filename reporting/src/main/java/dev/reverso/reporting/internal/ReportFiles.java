package dev.reverso.reporting.internal;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.io.AtomicFiles;
import dev.reverso.core.io.FileAccessException;
import dev.reverso.core.io.InputFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Reads and writes the files of the reporting module, turning I/O failures into Reverso's exceptions: a
 * missing, unreadable or oversized input is an {@link InvalidInputException} naming the file, any other
 * failure a {@link FileAccessException} naming the file with the {@link IOException} as its cause. Messages
 * say nothing of the content.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /** Writes text to a {@link Writer}; the writer is owned by {@link ReportFiles#write(Path, Content)}. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content to {@code out}, without closing it. */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes a file in UTF-8 with the process's default permissions, replacing it atomically if it exists (the
   * parent directory must exist); see {@link AtomicFiles}.
   *
   * @throws FileAccessException if the file cannot be written; an earlier file is then left as it was
   */
  public static void write(Path file, Content content) {
    write(file, AtomicFiles.Access.DEFAULT, content);
  }

  /**
   * Writes a file in UTF-8, replacing it atomically if it exists (the parent directory must exist): the
   * text goes to a temporary file in the same directory that is then renamed over the target, so readers
   * see the old file or the whole new one, and a symbolic link at the target is replaced, never followed.
   *
   * @param access {@link AtomicFiles.Access#OWNER_ONLY} for a file that shows display names
   * @throws FileAccessException if the file cannot be written; an earlier file is then left as it was
   */
  public static void write(Path file, AtomicFiles.Access access, Content content) {
    requireNonNull(file, "file");
    requireNonNull(access, "access");
    requireNonNull(content, "content");
    AtomicFiles.writeText(file, access, content::writeTo);
  }


  /**
   * Reads a whole file, refusing one of more than {@code maxBytes} bytes without reading further, so that
   * memory stays bounded whatever the file.
   *
   * @param maxBytes the largest file accepted, at most {@link Integer#MAX_VALUE} - 8 (an array's limit)
   * @throws InvalidInputException located at the file if it is missing, a directory, unreadable or larger
   *     than {@code maxBytes}
   * @throws FileAccessException for any other I/O failure
   */
  public static byte[] readAllBytes(Path file, int maxBytes) {
    requireNonNull(file, "file");
    if (maxBytes < 0 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes must be from 0 to Integer.MAX_VALUE - 8, was " + maxBytes);
    }
    // a regular file only (never a FIFO or a device), a link loop is an input error, the size is bounded
    return InputFiles.readAllBytes(file, maxBytes, "a regular file");
  }
}
