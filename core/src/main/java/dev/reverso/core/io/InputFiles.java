package dev.reverso.core.io;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens the files Reverso reads, with the checks every reader shares: the path must name an existing,
 * readable <em>regular</em> file (a directory, a FIFO, a device such as {@code /dev/zero} or a socket is
 * refused before it is opened, so a read never blocks or runs forever), symbolic links are followed but a
 * link that cannot be resolved (a loop, a dangling link) is refused, and at most a given number of bytes is
 * read: a larger file is refused by its size before reading, and a file that grows while being read is
 * stopped at the limit. Every refusal is an {@link InvalidInputException} located at the file (as the caller
 * named it) that says what was expected; another I/O failure is a {@link FileAccessException}.
 *
 * <p>Stateless and thread-safe.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * Checks that {@code file} is an existing, readable regular file of at most {@code maxBytes} bytes.
   *
   * @param what what the file should hold, for messages ({@code "a programme file"})
   * @return the file's size in bytes
   * @throws InvalidInputException located at the file if it is missing, not a regular file, an unresolvable
   *     link or larger than {@code maxBytes}
   * @throws FileAccessException for another I/O failure
   */
  public static long check(Path file, long maxBytes, String what) {
    requireNonNull(file, "file");
    requireNonNull(what, "what");
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be at least 0, was " + maxBytes);
    }
    String at = file.toString();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(file)) {
        throw InvalidInputException.of(at, "expected " + what + ", found a symbolic link to nothing");
      }
      throw InvalidInputException.of(at, "expected an existing file, found none");
    } catch (AccessDeniedException e) {
      throw InvalidInputException.of(at, "expected a readable file, found one without read permission");
    } catch (FileSystemException e) {
      if (!isLinkLoop(file, e)) {
        throw new FileAccessException(file, "cannot read the file", e);
      }
      // ELOOP: the path cannot be resolved; the user named a link that goes round in circles
      throw InvalidInputException.of(at, "expected " + what + ", found a path that cannot be resolved"
          + (Files.isSymbolicLink(file) ? " (a symbolic link loop?)" : "")
          + (e.getReason() == null ? "" : ": " + e.getReason()));
    } catch (IOException e) {
      throw new FileAccessException(file, "cannot read the file", e);
    }
    if (attributes.isDirectory()) {
      throw InvalidInputException.of(at, "expected a file, found a directory");
    }
    if (!attributes.isRegularFile()) {
      throw InvalidInputException.of(at, "expected " + what + " (a regular file), found something else (a FIFO,"
          + " a device or a socket), which is never read");
    }
    if (attributes.size() > maxBytes) {
      throw InvalidInputException.of(at, "expected a file of at most " + maxBytes + " bytes, found "
          + attributes.size() + " bytes");
    }
    return attributes.size();
  }

  private static boolean isLinkLoop(Path file, FileSystemException e) {
    String reason = e.getReason();
    if (reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("symbolic link")) {
      return true;
    }
    return Files.isSymbolicLink(file) && !Files.exists(file);
  }

  /**
   * Opens a checked file (see {@link #check}) for reading; the stream refuses to deliver more than
   * {@code maxBytes} bytes (a file that grew after the check) with an {@link InvalidInputException}.
   *
   * @throws InvalidInputException as {@link #check}
   * @throws FileAccessException for another I/O failure
   */
  public static InputStream open(Path file, long maxBytes, String what) {
    check(file, maxBytes, what);
    try {
      return new Bounded(Files.newInputStream(file), maxBytes, file.toString());
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(file.toString(), "expected an existing file, found none");
    } catch (AccessDeniedException e) {
      throw InvalidInputException.of(file.toString(), "expected a readable file, found one without read permission");
    } catch (IOException e) {
      throw new FileAccessException(file, "cannot read the file", e);
    }
  }

  /**
   * Reads a whole checked file (see {@link #check}) of at most {@code maxBytes} bytes.
   *
   * @param maxBytes at most {@code Integer.MAX_VALUE - 8} (an array's limit)
   * @throws InvalidInputException as {@link #check}
   * @throws FileAccessException for another I/O failure
   */
  public static byte[] readAllBytes(Path file, int maxBytes, String what) {
    if (maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes must be at most Integer.MAX_VALUE - 8, was " + maxBytes);
    }
    try (InputStream in = open(file, maxBytes, what)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new FileAccessException(file, "cannot read the file", e);
    }
  }

  /** Counts the bytes read and refuses to go past the limit. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private final String at;
    private long count;

    Bounded(InputStream in, long max, String at) {
      super(in);
      this.max = max;
      this.at = at;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, (int) Math.min(len, max - count + 1));
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, max - count + 1));
      count(skipped);
      return skipped;
    }

    private void count(long n) {
      count += n;
      if (count > max) {
        throw InvalidInputException.of(at, "expected a file of at most " + max + " bytes, found a larger one"
            + " (it grew while being read)");
      }
    }
  }
}
