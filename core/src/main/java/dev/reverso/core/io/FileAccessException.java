package dev.reverso.core.io;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ReversoException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A file could not be read or written because of an I/O failure of the environment, not of its content: a
 * device error, a full disk, a path through something that is not a directory, a directory where a file is
 * to be written. A missing or unreadable input file is an {@link dev.reverso.core.InvalidInputException}
 * instead, since the caller can fix it by naming another file.
 *
 * <p>The message starts with the file and says what failed, then the kind and message of the
 * {@link IOException}, which {@link #getCause()} returns. Nothing about the file's content is said, so the
 * message holds no personal data. Thrown instead of a checked {@code IOException} by the methods that read or
 * write a {@link Path} in {@code core.io} ({@link ProgramFileException}) and in the reporting module (report
 * renderers, {@code MatchesJson}, {@code MatchReport}, {@code ProgramReport}); the journal has its own
 * {@code JournalStorageException}.
 */
public class FileAccessException extends ReversoException {
  private static final long serialVersionUID = 1L;

  private final String file;

  /**
   * Creates the exception.
   *
   * @param file the file being read or written
   * @param failed what failed, as a phrase such as {@code "cannot write the file"}
   * @param cause the underlying failure
   */
  public FileAccessException(Path file, String failed, IOException cause) {
    super(requireNonNull(file, "file") + ": " + requireNonNull(failed, "failed") + " ("
        + requireNonNull(cause, "cause").getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", cause);
    this.file = file.toString();
  }

  /** The file as the caller gave it, as text. */
  public String file() {
    return file;
  }

  /** The underlying I/O failure. */
  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
