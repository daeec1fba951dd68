package dev.reverso.reporting.programreport;

import dev.reverso.reporting.metrics.PairHealth;

/** The status of a pair in the report: the {@link PairHealth} of an open pair, or closed. */
public enum PairStatus {
  /** Open and {@link PairHealth#ACTIVE}. */
  ACTIVE,
  /** Open and {@link PairHealth#AT_RISK}. */
  AT_RISK,
  /** Open and {@link PairHealth#DORMANT}. */
  DORMANT,
  /** Closed on or before the report date. */
  CLOSED;

  /** The status of an open pair of this health. */
  public static PairStatus of(PairHealth health) {
    return valueOf(health.name());
  }
}
