package dev.reverso.reporting.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.io.fuzz.FuzzTries;
import dev.reverso.core.io.fuzz.Mutation;
import dev.reverso.core.io.fuzz.Outcomes;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.storage.FileJournal;
import dev.reverso.reporting.journal.JournalContents;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.storage.JournalReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
 * Fuzzes {@link JournalReader#read(java.io.InputStream, String)} and {@link FileJournal#open} with mutations of
 * valid journal files: they read the events (a torn last line recovered and reported) or throw a
 * {@link dev.reverso.core.ReversoException} whose problems are located {@code journal.jsonl:line[:field]};
 * events read write back as a journal that reads equal; and the reader and the file journal agree.
 */
@AddLifecycleHook(FuzzTries.class)
class JournalFileFuzzProperties {
  private static final String NAME = "journal.jsonl";
  private static final List<byte[]> TOKENS = JournalHostile.tokens();
  private static final List<byte[]> VALUES = JournalHostile.valueTokens();
  private static Path dir;

  @BeforeContainer
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("reverso-journal-fuzz");
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

  @Property(tries = 2000)
  void mutatedJournalsReadOrFailWithLocations(@ForAll("journals") int journal, @ForAll boolean structural,
      @ForAll("mutations") List<Mutation> mutations) {
    byte[] input = mutate(journal, mutations, structural);
    JournalContents contents = Outcomes.readOrLocatedFailure(
        () -> JournalReader.read(new ByteArrayInputStream(input), NAME), NAME);
    Statistics.label("outcome").collect(contents == null ? "refused"
        : contents.recovery().isPresent() ? "read, torn line recovered" : "read");
    if (contents != null) {
      contents.recovery().ifPresent(r -> assertThat(r.file()).isEqualTo(NAME));
      byte[] again = write(contents.events());
      JournalContents back = JournalReader.read(new ByteArrayInputStream(again), NAME);
      assertThat(back.events()).isEqualTo(contents.events());
      assertThat(back.recovery()).isEmpty();
    }
  }

  @Property(tries = 600)
  void mutatedJournalFilesOpenLikeTheyRead(@ForAll("journals") int journal, @ForAll boolean structural,
      @ForAll("mutations") List<Mutation> mutations) throws IOException {
    byte[] input = mutate(journal, mutations, structural);
    Path file = Files.write(dir.resolve(NAME), input);
    JournalContents read = Outcomes.readOrLocatedFailure(() -> JournalReader.read(file), NAME);
    List<JournalEvent> opened = Outcomes.readOrLocatedFailure(() -> {
      try (FileJournal j = FileJournal.open(file, JournalCorpus.ROSTER)) {
        return j.events();
      }
    }, NAME);
    Statistics.label("outcome").collect(opened == null ? "refused" : "opened");
    assertThat(opened == null).as("the file journal refuses exactly what the reader refuses").isEqualTo(read == null);
    if (opened != null) {
      assertThat(opened).isEqualTo(read.events());
      // opening truncated any torn line away: the file is whole now
      JournalContents after = JournalReader.read(file);
      assertThat(after.recovery()).isEmpty();
      assertThat(after.events()).isEqualTo(read.events());
    }
  }

  private static byte[] mutate(int journal, List<Mutation> mutations, boolean structural) {
    return Mutation.applyAll(mutations, JournalCorpus.journals().get(journal), Mutation.Syntax.JSON,
        JournalCorpus.donors(), structural ? VALUES : TOKENS);
  }

  private static byte[] write(List<JournalEvent> events) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    events.forEach(e -> out.writeBytes(EventCodec.encodeLine(e)));
    return out.toByteArray();
  }

  @Provide
  Arbitrary<Integer> journals() {
    return Arbitraries.integers().between(0, JournalCorpus.journals().size() - 1);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return Arbitraries.oneOf(JournalHostile.mutationLists(), JournalHostile.structuralMutationLists());
  }
}
