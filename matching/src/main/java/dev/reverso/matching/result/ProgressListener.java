package dev.reverso.matching.result;

/**
 * Hears how far a match has got: a phase name and the fraction of that phase done, for progress bars.
 *
 * <p>Built-in strategies report the phases {@link #SCORING}, {@link #SOLVING} and {@link #RESULT}, each
 * from 0 to 1 in non-decreasing steps, a few dozen times per phase at most; other strategies may report
 * phases of their own. Calls come from the thread that called {@code match}, never with personal data
 * (only the phase name and the fraction). A listener should return quickly; an exception it throws ends
 * the match and reaches the caller.
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores every report. */
  ProgressListener NONE = (phase, fraction) -> { };

  /** Scoring the pairs and building candidate or preference lists. */
  String SCORING = "scoring";
  /** Running the solver. */
  String SOLVING = "solving";
  /** Explaining the chosen pairs and finding why the others were left unmatched. */
  String RESULT = "result";

  /**
   * Reports progress.
   *
   * @param phase the phase, such as {@link #SCORING}
   * @param fraction the share of the phase done, in [0, 1]
   */
  void progress(String phase, double fraction);
}
