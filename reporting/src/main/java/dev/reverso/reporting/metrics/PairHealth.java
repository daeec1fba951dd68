package dev.reverso.reporting.metrics;

/**
 * How an open pair is doing as of a date. A closed pair has no health: it is reported as closed with its
 * {@link dev.reverso.reporting.journal.CloseReason reason} instead. The rules are in {@link HealthRule}.
 */
public enum PairHealth {
  /** Meeting regularly; no rule fired. */
  ACTIVE,
  /** At least one at-risk rule fired and no dormant rule did. */
  AT_RISK,
  /** A dormant rule fired: the pair has stopped meeting (or never started). */
  DORMANT
}
