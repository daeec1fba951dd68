package dev.reverso.core.io;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ReversoException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A programme file could not be read or written because of an I/O failure other than a missing or
 * unreadable file (which are {@link dev.reverso.core.InvalidInputException}s): a path through something
 * that is not a directory, a device error, a full disk, a failed rename. The message starts with the file
 * and says what failed; {@link #getCause()} is the underlying {@link IOException}. Nothing about the file's
 * content is said, so the message holds no personal data.
 */
public class ProgramFileException extends ReversoException {
  private static final long serialVersionUID = 1L;

  private final String file;

  /**
   * Creates the exception.
   *
   * @param file the file being read or written
   * @param failed what failed, as a phrase such as {@code "cannot read the file"}
   * @param cause the underlying failure
   */
  public ProgramFileException(Path file, String failed, IOException cause) {
    super(requireNonNull(file, "file") + ": " + requireNonNull(failed, "failed") + " ("
        + requireNonNull(cause, "cause").getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", cause);
    this.file = file.toString();
  }

  /** The file as given by the caller, as text. */
  public String file() {
    return file;
  }

  /** The underlying I/O failure. */
  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
