package dev.reverso.reporting.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.io.fuzz.FuzzTries;
import dev.reverso.core.io.fuzz.Mutation;
import dev.reverso.core.io.fuzz.Outcomes;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.JournalEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes {@link EventCodec#decode(String)} with mutations of valid event lines: it decodes (and the event
 * encodes to a line that decodes equal, byte for byte stable) or throws an
 * {@link dev.reverso.core.InvalidInputException} whose every problem names a field or a column.
 */
@AddLifecycleHook(FuzzTries.class)
class EventCodecFuzzProperties {
  private static final List<byte[]> TOKENS = JournalHostile.tokens();
  private static final List<byte[]> VALUES = JournalHostile.valueTokens();

  @Property(tries = 2500)
  void mutatedLinesDecodeOrFailWithLocations(@ForAll("lines") int line, @ForAll("mutations") List<Mutation> mutations) {
    check(mutate(line, mutations, TOKENS));
  }

  @Property(tries = 2000)
  void structurallyMutatedLinesDecodeOrFailWithLocations(@ForAll("lines") int line,
      @ForAll("structuralMutations") List<Mutation> mutations) {
    check(mutate(line, mutations, VALUES));
  }

  /** Any UTF-16 unit, unpaired surrogates included, inside the strings of a line. */
  @Property(tries = 1000)
  void randomUnicodeDecodesOrFailsWithLocations(@ForAll("lines") int line, @ForAll("positions") int at,
      @ForAll("oddChars") String chars) {
    String text = JournalCorpus.lines().get(line);
    int quotes = (int) text.chars().filter(c -> c == '"').count();
    int k = Math.floorMod(at, quotes);
    int i = -1;
    while (k-- >= 0) {
      i = text.indexOf('"', i + 1);
    }
    check(text.substring(0, i + 1) + chars + text.substring(i + 1));
  }

  private static String mutate(int line, List<Mutation> mutations, List<byte[]> tokens) {
    byte[] bytes = JournalCorpus.lines().get(line).getBytes(StandardCharsets.UTF_8);
    return new String(Mutation.applyAll(mutations, bytes, Mutation.Syntax.JSON, JournalCorpus.donors(), tokens),
        StandardCharsets.UTF_8);
  }

  private static void check(String text) {
    JournalEvent event = Outcomes.readOrLocatedFailure(() -> EventCodec.decode(text), "");
    Statistics.label("outcome").collect(event == null ? "refused" : "decoded");
    if (event != null) {
      String encoded = EventCodec.encode(event);
      JournalEvent again = EventCodec.decode(encoded);
      assertThat(again).isEqualTo(event);
      assertThat(EventCodec.encode(again)).isEqualTo(encoded);
      assertThat(EventCodec.decode(new String(encoded.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)))
          .as("decoded from UTF-8").isEqualTo(event);
    }
  }

  @Provide
  Arbitrary<Integer> lines() {
    return Arbitraries.integers().between(0, JournalCorpus.lines().size() - 1);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE);
  }

  @Provide
  Arbitrary<String> oddChars() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4),
        Arbitraries.of("\uD800", "\uDC00", "\uDBFF\uDBFF", "\uDFFF\uD800", "\u202E", "\u0000", "\\ud800", "\uD83D\uDE00",
            "\uFEFF", "\u2028", "\\u0000"));
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return JournalHostile.mutationLists();
  }

  @Provide
  Arbitrary<List<Mutation>> structuralMutations() {
    return JournalHostile.structuralMutationLists();
  }
}
