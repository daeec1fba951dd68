package dev.reverso.reporting.render;

/**
 * A report that may show display names (an explicit opt-in). Its files are written owner-only when it does
 * ({@link ReportFiles#accessFor(Object)}), as any file holding names.
 */
public interface HoldsNames {
  /** Whether the report shows display names. */
  boolean includesNames();
}
