package dev.reverso.core.io;

import static dev.reverso.core.io.IoTestSupport.errors;
import static dev.reverso.core.io.IoTestSupport.failure;
import static dev.reverso.core.io.IoTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Program;
import dev.reverso.core.ReversoException;
import dev.reverso.core.SkillTaxonomy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files by extension, missing files, atomic writes, and the options' validation. */
class ProgramFilesTest {
  @TempDir
  Path dir;

  private Path copy(String resource, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, resource(resource), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theFormatFollowsTheExtensionIgnoringCase() throws IOException {
    Program json = ProgramFiles.read(copy("program.json", "Program.JSON"));
    Program csv = ProgramFiles.read(copy("participants.csv", "HR-Export.Csv"));
    assertThat(csv).isEqualTo(json.toBuilder().taxonomy(SkillTaxonomy.empty()).build());
    assertThat(ProgramFiles.isSupported(Path.of("a.JSON"))).isTrue();
    assertThat(ProgramFiles.isSupported(Path.of("a.xlsx"))).isFalse();
  }

  @Test
  void anUnknownExtensionNamesTheSupportedOnes() {
    UnsupportedFormatException e = catchThrowableOfType(UnsupportedFormatException.class,
        () -> ProgramFiles.read(dir.resolve("people.xlsx")));
    assertThat(e).isInstanceOf(ReversoException.class);
    assertThat(errors(e)).containsExactly(
        "people.xlsx: expected a file name ending in .json (Program JSON) or .csv (participants CSV)");
    assertThatThrownBy(() -> ProgramFiles.write(Program.builder().build(), dir.resolve("out.txt")))
        .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining(".json").hasMessageContaining(".csv");
  }

  @Test
  void missingFilesAndDirectoriesAreInvalidInput() throws IOException {
    Path missing = dir.resolve("missing.csv");
    assertThat(errors(failure(() -> ProgramFiles.read(missing))))
        .containsExactly(missing + ": expected an existing file, found none");
    Path folder = Files.createDirectory(dir.resolve("folder.json"));
    assertThat(errors(failure(() -> ProgramFiles.read(folder))))
        .containsExactly(folder + ": expected a file, found a directory");
  }

  @Test
  void problemsAreLocatedByTheFileName() throws IOException {
    Path file = copy("participants-with-errors.csv", "participants.csv");
    InvalidInputException e = failure(() -> ProgramFiles.read(file));
    assertThat(e.errors()).allSatisfy(p -> assertThat(p.location()).startsWith("participants.csv:"));
    ImportResult lenient = ProgramFiles.importFrom(file, ImportOptions.lenient());
    assertThat(lenient.rejected()).hasSize(3);
  }

  @Test
  void readWithLenientOptionsPointsToImportFrom() {
    assertThatThrownBy(() -> ProgramFiles.read(dir.resolve("x.csv"), ImportOptions.lenient()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("importFrom");
  }

  @Test
  void theFileSizeLimitIsCheckedBeforeReading() throws IOException {
    Path file = copy("participants.csv", "participants.csv");
    InvalidInputException e = failure(() -> ProgramFiles.importFrom(file, ImportOptions.defaults().withMaxFileBytes(100)));
    assertThat(errors(e)).singleElement().asString()
        .startsWith("participants.csv: expected at most 100 bytes (ImportOptions.maxFileBytes), found ");
  }

  @Test
  void writeThenReadGivesTheSameProgramInBothFormats() throws IOException {
    Program p = ProgramFiles.read(copy("program.json", "in.json"));
    Path json = dir.resolve("out.json");
    ProgramFiles.write(p, json);
    assertThat(ProgramFiles.read(json)).isEqualTo(p);
    assertThat(Files.readString(json, StandardCharsets.UTF_8)).isEqualTo(resource("program.json"));
    Program noTaxonomy = p.toBuilder().taxonomy(SkillTaxonomy.empty()).build();
    Path csv = dir.resolve("out.csv");
    ProgramFiles.write(noTaxonomy, csv);
    assertThat(ProgramFiles.read(csv)).isEqualTo(noTaxonomy);
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(bytes[0]).isEqualTo((byte) 'i');
  }

  @Test
  void aProgramTheCsvCannotHoldLeavesTheOldFileUntouched() throws IOException {
    Path csv = dir.resolve("out.csv");
    Files.writeString(csv, "old content");
    Program withTaxonomy = ProgramFiles.read(copy("program.json", "in.json"));
    assertThatThrownBy(() -> ProgramFiles.write(withTaxonomy, csv)).isInstanceOf(UnsupportedFormatException.class)
        .hasMessageContaining("skill taxonomy").hasMessageContaining(".json");
    assertThat(Files.readString(csv)).isEqualTo("old content");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("out.csv", "in.json");
    }
  }

  @Test
  void optionsAreValidatedAndCopied() {
    ImportOptions o = ImportOptions.defaults();
    assertThat(o.mode()).isEqualTo(ImportOptions.Mode.STRICT);
    assertThat(o.maxRows()).isEqualTo(1_000_000);
    assertThat(o.maxCellLength()).isEqualTo(10_000);
    assertThat(o.maxJsonDepth()).isEqualTo(32);
    assertThat(o.maxFileBytes()).isEqualTo(512L * 1024 * 1024);
    ImportOptions changed = o.withMaxRows(5).withMaxCellLength(6).withMaxJsonDepth(7).withMaxFileBytes(8)
        .withMode(ImportOptions.Mode.LENIENT);
    assertThat(changed.isLenient()).isTrue();
    assertThat(changed.toString()).isEqualTo(
        "ImportOptions[mode=LENIENT, maxRows=5, maxCellLength=6, maxJsonDepth=7, maxFileBytes=8]");
    assertThat(o).isEqualTo(ImportOptions.defaults()).isNotEqualTo(changed);
    assertThat(ImportOptions.lenient()).isEqualTo(o.withMode(ImportOptions.Mode.LENIENT));
    assertThatThrownBy(() -> o.withMaxRows(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> o.withMaxCellLength(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> o.withMaxJsonDepth(4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 5");
    assertThatThrownBy(() -> o.withMaxFileBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> o.withMode(null)).isInstanceOf(NullPointerException.class);
  }
}
