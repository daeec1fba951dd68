package dev.reverso.core.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.reverso.core.Program;
import dev.reverso.core.ReversoException;
import dev.reverso.core.io.ProgramFileException;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.core.sample.SampleOrganization;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The known gap of the hardening issue: I/O failures other than a missing or unreadable file let an
 * {@link java.io.UncheckedIOException} escape {@code ProgramFiles.read/importFrom/write}. They are now a
 * {@link ProgramFileException} (a {@link ReversoException}) naming the file, with the cause attached.
 */
class ProgramFilesIoFailureTest {
  @TempDir
  Path dir;

  private final Program program = SampleOrganization.generate(12, 3);

  @Test
  void readingThroughSomethingThatIsNotADirectoryNamesTheFile() throws IOException {
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Path file = plain.resolve("program.json");
    ProgramFileException e = catchThrowableOfType(ProgramFileException.class, () -> ProgramFiles.read(file));
    assertThat(e).isInstanceOf(ReversoException.class);
    assertThat(e.file()).isEqualTo(file.toString());
    assertThat(e.getMessage()).startsWith(file + ": cannot read the file (FileSystemException");
    assertThat(e.getCause()).isInstanceOf(FileSystemException.class);
  }

  @Test
  void aDeviceErrorWhileReadingNamesTheFile() throws IOException {
    // /proc/self/mem has size 0 and fails with EIO when read at offset 0 (Linux)
    Path mem = Path.of("/proc/self/mem");
    assumeThat(Files.isReadable(mem)).as("Linux /proc/self/mem").isTrue();
    Path link = Files.createSymbolicLink(dir.resolve("program.json"), mem);
    ProgramFileException e = catchThrowableOfType(ProgramFileException.class, () -> ProgramFiles.read(link));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith(link + ": cannot read the file (IOException");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void writingIntoAMissingDirectoryNamesTheFile() {
    Path file = dir.resolve("missing").resolve("program.json");
    ProgramFileException e = catchThrowableOfType(ProgramFileException.class, () -> ProgramFiles.write(program, file));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith(file + ": cannot write the file: its directory does not exist");
    assertThat(e.getCause()).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void writingThroughSomethingThatIsNotADirectoryNamesTheFile() throws IOException {
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Path file = plain.resolve("participants.csv");
    ProgramFileException e = catchThrowableOfType(ProgramFileException.class, () -> ProgramFiles.write(program, file));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith(file + ": cannot write the file");
    assertThat(e.getCause()).isInstanceOf(FileSystemException.class);
    assertThat(Files.readString(plain)).isEqualTo("x");
  }

  @Test
  void replacingADirectoryFailsAndLeavesIt() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("program.json"));
    Files.writeString(folder.resolve("inside.txt"), "kept");
    ProgramFileException e = catchThrowableOfType(ProgramFileException.class, () -> ProgramFiles.write(program, folder));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith(folder + ": cannot write the file");
    assertThat(folder.resolve("inside.txt")).hasContent("kept");
    try (var files = Files.list(dir)) {
      assertThat(files).as("no temporary file left behind").containsExactly(folder);
    }
  }
}
