package dev.reverso.core.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.Program;
import dev.reverso.core.io.ImportOptions;
import dev.reverso.core.io.ImportResult;
import dev.reverso.core.io.ProgramFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes {@link ProgramFiles} end to end, through real files of both formats: a mutated file is read or
 * refused with problems located in it (or a {@link dev.reverso.core.io.ProgramFileException} naming it); a
 * programme read is written with {@link ProgramFiles#write} and reads back equal.
 */
@AddLifecycleHook(FuzzTries.class)
class ProgramFilesFuzzProperties {
  private static final List<byte[]> JSON_TOKENS = Hostile.jsonTokens();
  private static final List<byte[]> CSV_TOKENS = Hostile.csvTokens();
  private static Path dir;

  @BeforeContainer
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("reverso-fuzz");
  }

  @AfterContainer
  static void deleteDirectory() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Property(tries = 1000)
  void mutatedFilesReadOrFailWithLocations(@ForAll boolean json, @ForAll("bases") int base,
      @ForAll("mutations") List<Mutation> mutations, @ForAll("options") ImportOptions options) throws IOException {
    List<byte[]> corpus = json ? Corpus.json() : Corpus.csv();
    byte[] input = Mutation.applyAll(mutations, corpus.get(base % corpus.size()),
        json ? Mutation.Syntax.JSON : Mutation.Syntax.CSV, Corpus.donors(), json ? JSON_TOKENS : CSV_TOKENS);
    String name = json ? "program.json" : "participants.csv";
    Path file = Files.write(dir.resolve(name), input);
    ImportResult result = Outcomes.readOrLocatedFailure(() -> ProgramFiles.importFrom(file, options), name);
    Statistics.label("outcome").collect(result == null ? "refused" : "read");
    if (result != null) {
      Outcomes.assertLocated(result, name);
      Path again = dir.resolve("again-" + name);
      ProgramFiles.write(result.program(), again);
      Program back = ProgramFiles.read(again);
      assertThat(back).isEqualTo(result.program());
      Path other = dir.resolve(json ? "as.csv" : "as.json");
      if (!json) {
        ProgramFiles.write(result.program(), other);
        assertThat(ProgramFiles.read(other)).isEqualTo(result.program());
      }
    }
  }

  @Provide
  Arbitrary<Integer> bases() {
    return Arbitraries.integers().between(0, Math.max(Corpus.json().size(), Corpus.csv().size()) - 1);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return Arbitraries.oneOf(Hostile.mutationLists(), Hostile.structuralMutationLists());
  }

  @Provide
  Arbitrary<ImportOptions> options() {
    return FuzzOptions.options();
  }
}
