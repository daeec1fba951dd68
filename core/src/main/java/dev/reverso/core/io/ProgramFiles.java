package dev.reverso.core.io;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes programmes as files, choosing the format by extension (ignoring case): {@code .json}
 * is Program JSON ({@link ProgramJson}), {@code .csv} a participants CSV ({@link ParticipantsCsv}).
 *
 * <p>Reading is strict unless asked otherwise: anything wrong throws an {@link InvalidInputException}
 * listing every problem with its file location, and nothing is imported. {@link #importFrom(Path,
 * ImportOptions)} returns an {@link ImportResult} with the warnings located in the file and, in lenient
 * mode, the rejected records. A missing or unreadable file is an {@link InvalidInputException} too; any
 * other I/O failure, reading or writing, is a {@link ProgramFileException} naming the file, with the
 * {@link IOException} as its cause. Writing goes to a temporary file in the same directory
 * that then replaces the target, so a failed write leaves any earlier file intact.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProgramFiles {
  private ProgramFiles() {}

  private enum Format {
    JSON,
    CSV
  }

  private static Format formatOf(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Format.JSON;
    }
    if (lower.endsWith(".csv")) {
      return Format.CSV;
    }
    throw new UnsupportedFormatException(List.of(Problem.error(name == null ? file.toString() : name.toString(),
        "expected a file name ending in .json (Program JSON) or .csv (participants CSV)")));
  }

  /** Whether the file name ends in an extension this class reads and writes ({@code .json}, {@code .csv}). */
  public static boolean isSupported(Path file) {
    String lower = String.valueOf(requireNonNull(file, "file").getFileName()).toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".csv");
  }

  /**
   * Reads a programme, strictly, with the default limits.
   *
   * @throws UnsupportedFormatException if the extension is neither {@code .json} nor {@code .csv}
   * @throws InvalidInputException listing every problem found
   * @throws ProgramFileException if the file cannot be read for another reason than being absent or unreadable
   */
  public static Program read(Path file) {
    return read(file, ImportOptions.defaults());
  }

  /**
   * Reads a programme strictly, with these limits.
   *
   * @throws IllegalArgumentException if the options are lenient: use {@link #importFrom(Path, ImportOptions)},
   *     which returns the rejected records instead of dropping them
   * @throws InvalidInputException listing every problem found
   * @throws ProgramFileException if the file cannot be read for another reason than being absent or unreadable
   */
  public static Program read(Path file, ImportOptions options) {
    requireNonNull(options, "options");
    if (options.isLenient()) {
      throw new IllegalArgumentException("read(Path, ImportOptions) is strict; use importFrom for a lenient import,"
          + " which reports the rejected records");
    }
    return importFrom(file, options).program();
  }

  /**
   * Imports a programme: strict or lenient as the options say.
   *
   * @throws UnsupportedFormatException if the extension is neither {@code .json} nor {@code .csv}
   * @throws InvalidInputException listing every problem (in lenient mode, only problems of the file as a whole)
   * @throws ProgramFileException if the file cannot be read for another reason than being absent or unreadable
   */
  public static ImportResult importFrom(Path file, ImportOptions options) {
    requireNonNull(file, "file");
    requireNonNull(options, "options");
    Format format = formatOf(file);
    String source = file.getFileName().toString();
    try {
      // a regular file: a FIFO or a device would block or never end; a link loop is a located error
      long size;
      try {
        size = InputFiles.check(file, Long.MAX_VALUE, "a programme file (.json or .csv)");
      } catch (FileAccessException e) {
        throw new ProgramFileException(file, "cannot read the file", e.getCause());
      }
      if (size > options.maxFileBytes()) {
        throw InvalidInputException.of(source, "expected at most " + options.maxFileBytes()
            + " bytes (ImportOptions.maxFileBytes), found " + size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return format == Format.JSON ? ProgramJson.importFrom(in, source, options)
            : ParticipantsCsv.importFrom(in, source, options);
      }
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(file.toString(), "expected an existing file, found none");
    } catch (AccessDeniedException e) {
      throw InvalidInputException.of(file.toString(), "expected a readable file, found one without read permission");
    } catch (IOException e) {
      throw new ProgramFileException(file, "cannot read the file", e);
    } catch (UncheckedIOException e) {
      // the readers wrap failures of the stream they read
      throw new ProgramFileException(file, "cannot read the file", e.getCause());
    }
  }

  /**
   * Writes a programme in the format of the file's extension, replacing the file if it exists, atomically
   * and owner-only (see {@link AtomicFiles}): readers see the old file or the whole new one, a symbolic link
   * at the path is replaced rather than followed.
   *
   * @throws UnsupportedFormatException if the extension is neither {@code .json} nor {@code .csv}, or the
   *     programme cannot be represented as CSV (see {@link ParticipantsCsv#write})
   * @throws ProgramFileException if the file cannot be written (a missing directory, a full disk, ...);
   *     any earlier file is left as it was
   */
  public static void write(Program program, Path file) {
    requireNonNull(program, "program");
    requireNonNull(file, "file");
    Format format = formatOf(file);
    // render first: a programme the CSV cannot hold fails before any file is touched
    String text = format == Format.JSON ? ProgramJson.toJson(program) : ParticipantsCsv.toCsv(program);
    try {
      // owner-only: a programme holds profiles (and perhaps names) of people
      AtomicFiles.writeOrThrow(file, AtomicFiles.Access.OWNER_ONLY, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchFileException e) {
      throw new ProgramFileException(file, "cannot write the file: its directory does not exist", e);
    } catch (IOException e) {
      throw new ProgramFileException(file, "cannot write the file", e);
    }
  }
}
