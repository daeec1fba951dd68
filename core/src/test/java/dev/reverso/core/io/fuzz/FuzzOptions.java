package dev.reverso.core.io.fuzz;

import dev.reverso.core.io.ImportOptions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Import options for fuzzing: strict or lenient, with the default limits or tight ones that are easy to hit. */
final class FuzzOptions {
  private FuzzOptions() {}

  static final ImportOptions TIGHT = ImportOptions.defaults().withMaxCellLength(300).withMaxJsonDepth(8)
      .withMaxRows(100).withMaxFileBytes(64_000);

  static Arbitrary<ImportOptions> options() {
    return Arbitraries.of(ImportOptions.defaults(), ImportOptions.lenient(), TIGHT,
        TIGHT.withMode(ImportOptions.Mode.LENIENT));
  }
}
