package dev.reverso.reporting.internal;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.io.FileAccessException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
   * Writes a file in UTF-8, replacing it if it exists (the parent directory must exist).
   *
   * @throws FileAccessException if the file cannot be opened, written or closed
   */
  public static void write(Path file, Content content) {
    requireNonNull(file, "file");
    requireNonNull(content, "content");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      content.writeTo(out);
    } catch (IOException e) {
      throw new FileAccessException(file, "cannot write the file", e);
    }
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
    if (Files.isDirectory(file)) {
      throw InvalidInputException.of(file.toString(), "expected a file, found a directory");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(maxBytes + 1);
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(file.toString(), "expected an existing file, found none");
    } catch (AccessDeniedException e) {
      throw InvalidInputException.of(file.toString(), "expected a readable file, found one without read permission");
    } catch (IOException e) {
      throw new FileAccessException(file, "cannot read the file", e);
    }
    if (bytes.length > maxBytes) {
      throw InvalidInputException.of(file.toString(), "expected a file of at most " + maxBytes
          + " bytes, found a larger one");
    }
    return bytes;
  }
}
