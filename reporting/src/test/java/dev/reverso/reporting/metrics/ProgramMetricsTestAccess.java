package dev.reverso.reporting.metrics;

/** Lets tests of other packages use the hand-computed fixture of {@code ProgramMetricsTest}. */
public final class ProgramMetricsTestAccess {
  private ProgramMetricsTestAccess() {}

  /** The fixture's metrics as of day 60. */
  public static ProgramMetrics metrics() {
    return ProgramMetricsTest.metrics();
  }

  /** The fixture's metrics as of another day. */
  public static ProgramMetrics metricsAsOf(int day) {
    return ProgramMetrics.compute(ProgramMetricsTest.PROGRAM, ProgramMetricsTest.MATCHES, ProgramMetricsTest.journal(),
        MetricsFixtures.day(day), MetricsOptions.defaults());
  }
}
