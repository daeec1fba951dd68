package dev.reverso.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.ReversoException;
import dev.reverso.core.io.FileAccessException;
import dev.reverso.core.io.ProgramFileException;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.match.MatchReport;
import dev.reverso.reporting.match.MatchesJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir
  Path dir;

  @Test
  void writesUtf8AndReadsItBack() {
    Path file = dir.resolve("a.txt");
    ReportFiles.write(file, out -> out.write("größer → 1\n"));
    assertThat(ReportFiles.readAllBytes(file, 100)).isEqualTo("größer → 1\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aFailedWriteNamesTheFileAndKeepsTheCause() throws IOException {
    Path file = Files.createDirectory(dir.resolve("taken"));
    assertThatThrownBy(() -> ReportFiles.write(file, out -> out.write("x")))
        .isInstanceOf(FileAccessException.class)
        .hasMessageStartingWith(file + ": cannot write the file (")
        .satisfies(e -> assertThat(((FileAccessException) e).file()).isEqualTo(file.toString()))
        .hasCauseInstanceOf(FileSystemException.class);
  }

  @Test
  void aMissingFileOrADirectoryIsInvalidInputNamingIt() {
    Path missing = dir.resolve("none.json");
    assertThatThrownBy(() -> ReportFiles.readAllBytes(missing, 100)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.location()).isEqualTo(missing.toString());
              assertThat(p.message()).isEqualTo("expected an existing file, found none");
            }));
    assertThatThrownBy(() -> ReportFiles.readAllBytes(dir, 100)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("expected a file, found a directory");
  }

  @Test
  void aFileAboveTheLimitIsRefusedAndOneAtTheLimitRead() throws IOException {
    Path file = Files.write(dir.resolve("big.json"), new byte[11]);
    assertThat(ReportFiles.readAllBytes(file, 11)).hasSize(11);
    assertThatThrownBy(() -> ReportFiles.readAllBytes(file, 10)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("expected a file of at most 10 bytes, found 11 bytes");
  }

  @Test
  void pathMethodsOfTheReportsThrowReversoExceptions() throws IOException {
    MatchResult empty = MatchResult.builder("optimal").build();
    Path taken = Files.createDirectory(dir.resolve(MatchesJson.FILE_NAME));
    assertThatThrownBy(() -> MatchesJson.idsOnly().write(empty, taken)).isInstanceOf(FileAccessException.class);
    assertThatThrownBy(() -> MatchReport.of(empty).writeFiles(dir, Locale.ROOT))
        .isInstanceOf(FileAccessException.class).hasMessageStartingWith(taken.toString());
    assertThatThrownBy(() -> MatchReport.of(empty).writeFiles(dir.resolve("absent"), Locale.ROOT))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("expected an existing directory");
    assertThatThrownBy(() -> MatchReport.renderer(ReportFormat.CSV).write(MatchReport.of(empty), dir.resolve("no/x.csv")))
        .isInstanceOf(FileAccessException.class);
    assertThatThrownBy(() -> MatchesJson.read(dir.resolve("absent.json"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("expected an existing file, found none");
  }

  @Test
  void programFileFailuresAreFileAccessFailures() {
    ProgramFileException e = new ProgramFileException(Path.of("p.json"), "cannot read the file", new IOException("EIO"));
    assertThat(e).isInstanceOf(FileAccessException.class).isInstanceOf(ReversoException.class)
        .hasMessage("p.json: cannot read the file (IOException: EIO)");
    assertThat(e.file()).isEqualTo("p.json");
  }
}
