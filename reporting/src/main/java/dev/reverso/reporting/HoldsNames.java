package dev.reverso.reporting;

/**
 * A report that may show display names (an explicit opt-in). {@link ReportRenderer#write} creates its files
 * owner-only when it does, as any file holding names.
 */
public interface HoldsNames {
  /** Whether the report shows display names. */
  boolean includesNames();
}
