package dev.reverso.core.io.fuzz;

import dev.reverso.core.io.ImportOptions;
import dev.reverso.core.io.ImportResult;
import dev.reverso.core.io.ParticipantsCsv;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Fuzzes the participants CSV reader with mutations of valid exports: it reads the result (which then
 * writes as CSV and as JSON and reads back equal) or throws an {@link dev.reverso.core.InvalidInputException}
 * whose every problem is located in {@code participants.csv} — never any other exception.
 */
@AddLifecycleHook(FuzzTries.class)
class ParticipantsCsvFuzzProperties {
  static final String SOURCE = "participants.csv";
  private static final List<byte[]> TOKENS = Hostile.csvTokens();
  private static final List<byte[]> VALUES = Hostile.valueTokens(Hostile.CSV_CELLS);

  @Property(tries = 2500)
  void mutatedBytesReadOrFailWithLocations(@ForAll("bases") int base, @ForAll("mutations") List<Mutation> mutations,
      @ForAll("options") ImportOptions options) {
    byte[] input = Mutation.applyAll(mutations, Corpus.csv().get(base), Mutation.Syntax.CSV, Corpus.donors(), TOKENS);
    ImportResult result = Outcomes.readOrLocatedFailure(
        () -> ParticipantsCsv.importFrom(new ByteArrayInputStream(input), SOURCE, options), SOURCE);
    Statistics.label("outcome").collect(result == null ? "refused" : result.hasRejections() ? "read, some rejected" : "read");
    if (result != null) {
      Outcomes.assertLocated(result, SOURCE);
      RoundTrip.csv(result.program());
    }
  }

  /** Whole values replaced by values of other types, duplicate keys, lines dropped or swapped. */
  @Property(tries = 2000)
  void structuralMutationsReadOrFailWithLocations(@ForAll("bases") int base,
      @ForAll("structuralMutations") List<Mutation> mutations, @ForAll("options") ImportOptions options) {
    byte[] input = Mutation.applyAll(mutations, Corpus.csv().get(base), Mutation.Syntax.CSV, Corpus.donors(), VALUES);
    ImportResult result = Outcomes.readOrLocatedFailure(
        () -> ParticipantsCsv.importFrom(new ByteArrayInputStream(input), SOURCE, options), SOURCE);
    Statistics.label("outcome").collect(result == null ? "refused" : result.hasRejections() ? "read, some rejected" : "read");
    if (result != null) {
      Outcomes.assertLocated(result, SOURCE);
      RoundTrip.csv(result.program());
    }
  }

  /** Characters no UTF-8 file can hold reach the reader through a {@link java.io.Reader}: unpaired surrogates. */
  @Property(tries = 1500)
  void randomUnicodeReadsOrFailsWithLocations(@ForAll("bases") int base,
      @ForAll("structuralMutations") List<Mutation> mutations,
      @ForAll("insertions") List<Insertion> insertions, @ForAll("options") ImportOptions options) {
    byte[] mutated = Mutation.applyAll(mutations, Corpus.csv().get(base), Mutation.Syntax.CSV, Corpus.donors(), VALUES);
    String text = Insertion.applyAll(insertions, new String(mutated, StandardCharsets.UTF_8), ',');
    ImportResult result = Outcomes.readOrLocatedFailure(
        () -> ParticipantsCsv.importFrom(new StringReader(text), SOURCE, options), SOURCE);
    Statistics.label("outcome").collect(result == null ? "refused" : result.hasRejections() ? "read, some rejected" : "read");
    if (result != null) {
      Outcomes.assertLocated(result, SOURCE);
      RoundTrip.csv(result.program());
    }
  }

  @Provide
  Arbitrary<Integer> bases() {
    return Arbitraries.integers().between(0, Corpus.csv().size() - 1);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return Hostile.mutationLists();
  }

  @Provide
  Arbitrary<List<Mutation>> structuralMutations() {
    return Hostile.structuralMutationLists();
  }

  @Provide
  Arbitrary<List<Insertion>> insertions() {
    return Insertion.lists();
  }

  @Provide
  Arbitrary<ImportOptions> options() {
    return FuzzOptions.options();
  }
}
