package dev.reverso.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A programme file could not be read or written because of an I/O failure other than a missing or
 * unreadable file (which are {@link dev.reverso.core.InvalidInputException}s): a path through something
 * that is not a directory, a device error, a full disk, a failed rename. The {@link FileAccessException}
 * thrown by {@link ProgramFiles}; the message starts with the file and says what failed, and
 * {@link #getCause()} is the underlying {@link IOException}. Nothing about the file's content is said, so
 * the message holds no personal data.
 */
public class ProgramFileException extends FileAccessException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param file the file being read or written
   * @param failed what failed, as a phrase such as {@code "cannot read the file"}
   * @param cause the underlying failure
   */
  public ProgramFileException(Path file, String failed, IOException cause) {
    super(file, failed, cause);
  }
}
