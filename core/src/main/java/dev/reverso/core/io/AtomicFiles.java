package dev.reverso.core.io;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Writes a file so that readers only ever see the old file or the complete new one: the content goes to a
 * new temporary file in the target's directory ({@code .NAME.HEX.tmp}, created exclusively, so never through
 * a link planted there), is forced to the device, and is then renamed over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}. A failure at any step (a full disk, a file-size limit, an exception
 * of the content writer) deletes the temporary file and leaves the target as it was.
 *
 * <p>The rename replaces whatever is at the target path, so a symbolic link there is replaced by the new
 * file and its target is never written. A directory at the target path is refused. On a file system that
 * cannot rename atomically the write fails instead of falling back to copying.
 *
 * <p>{@link Access#OWNER_ONLY} creates the file readable and writable by its owner only (POSIX
 * {@code rw-------}; elsewhere the platform's default); {@link Access#DEFAULT} uses the process's default
 * permissions (the umask). Files holding personal data beyond HR ids (display names, profiles) are written
 * owner-only.
 *
 * <p>Stateless and thread-safe. Used by every writer of the library ({@link ProgramFiles#write}, the report,
 * matches and scoring files) and by the command-line tool.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private AtomicFiles() {}

  /** Who may read a new file. */
  public enum Access {
    /** The default permissions of the process (its umask). */
    DEFAULT,
    /** The owner only: {@code rw-------} on POSIX file systems. */
    OWNER_ONLY
  }

  /** Writes bytes; {@link AtomicFiles} owns the stream. */
  @FunctionalInterface
  public interface ByteContent {
    /** Writes the content to {@code out}, without closing it. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes text; {@link AtomicFiles} owns the writer, which encodes UTF-8. */
  @FunctionalInterface
  public interface TextContent {
    /** Writes the content to {@code out}, without closing it. */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes UTF-8 text to {@code target} atomically.
   *
   * @throws FileAccessException naming the target if it cannot be written (its directory is missing, a
   *     directory is in the way, the disk is full, the content writer failed); the target is unchanged
   */
  public static void writeText(Path target, Access access, TextContent content) {
    requireNonNull(content, "content");
    write(target, access, out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      content.writeTo(w);
      w.flush();
    });
  }

  /**
   * Writes a string as UTF-8 to {@code target} atomically.
   *
   * @throws FileAccessException as {@link #writeText}
   */
  public static void writeString(Path target, Access access, String text) {
    requireNonNull(text, "text");
    write(target, access, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Writes bytes to {@code target} atomically.
   *
   * @throws FileAccessException as {@link #writeText}
   */
  public static void write(Path target, Access access, ByteContent content) {
    requireNonNull(target, "target");
    try {
      writeOrThrow(target, access, content);
    } catch (NoSuchFileException e) {
      throw new FileAccessException(target, "cannot write the file: its directory does not exist", e);
    } catch (IOException e) {
      throw new FileAccessException(target, "cannot write the file", e);
    }
  }

  /**
   * Writes bytes to {@code target} atomically, reporting a failure as the {@link IOException} itself (for
   * callers that throw their own {@link FileAccessException} subclass).
   *
   * @throws IOException if the file cannot be written; the target is unchanged
   */
  public static void writeOrThrow(Path target, Access access, ByteContent content) throws IOException {
    requireNonNull(target, "target");
    requireNonNull(access, "access");
    requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    Path name = absolute.getFileName();
    Path dir = absolute.getParent();
    if (name == null || dir == null) {
      throw new IOException("expected a file path, found the root directory");
    }
    if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw new java.nio.file.FileSystemException(absolute.toString(), null, "expected a file, found a directory in the"
          + " way");
    }
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "the directory does not exist");
    }
    String base = name.toString();
    if (base.length() > 200) {
      base = base.substring(0, 200);
    }
    byte[] random = new byte[8];
    RANDOM.nextBytes(random);
    Path temp = dir.resolve("." + base + "." + HexFormat.of().formatHex(random) + ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, createOptions(), attributes(access))) {
        OutputStream out = Channels.newOutputStream(channel);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the file system cannot replace the file atomically; nothing was written", e);
      }
      moved = true;
      forceDirectory(dir);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static Set<OpenOption> createOptions() {
    // CREATE_NEW fails on anything already there, a symbolic link included: the temporary file is ours
    return Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
  }

  private static FileAttribute<?>[] attributes(Access access) {
    if (access == Access.OWNER_ONLY && POSIX) {
      Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
      return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(ownerOnly)};
    }
    return new FileAttribute<?>[0];
  }

  /** Makes the rename durable where the platform allows forcing a directory (POSIX); elsewhere a no-op. */
  private static void forceDirectory(Path dir) {
    if (!POSIX) {
      return;
    }
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // some file systems refuse to sync a directory; the rename itself has happened
    }
  }
}
