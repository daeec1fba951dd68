package dev.reverso.reporting.metrics;

/** The rules that judge an open pair's {@link PairHealth}; thresholds come from {@link MetricsOptions}. */
public enum HealthRule {
  /**
   * {@link PairHealth#DORMANT}: no session held yet, {@link MetricsOptions#dormantIfNeverMetAfterDays()} days
   * or more after the programme start.
   */
  NEVER_MET(PairHealth.DORMANT),
  /** {@link PairHealth#DORMANT}: the last session is {@link MetricsOptions#dormantAfterDays()} days old or older. */
  NO_SESSION_DORMANT(PairHealth.DORMANT),
  /**
   * {@link PairHealth#AT_RISK}: the last session is {@link MetricsOptions#atRiskAfterDays()} days old or older
   * (but not yet dormant).
   */
  NO_RECENT_SESSION(PairHealth.AT_RISK),
  /**
   * {@link PairHealth#AT_RISK}: one side cancelled {@link MetricsOptions#cancellationsAtRisk()} or more of the
   * last {@link MetricsOptions#cancellationWindow()} planned sessions (held or cancelled, by date).
   */
  REPEATED_CANCELLATIONS(PairHealth.AT_RISK),
  /**
   * {@link PairHealth#AT_RISK}: a side's latest feedback given on or after the first session rates the
   * relationship at most {@link MetricsOptions#lowRelationshipRating()}.
   */
  LOW_RELATIONSHIP_RATING(PairHealth.AT_RISK);

  private final PairHealth health;

  HealthRule(PairHealth health) {
    this.health = health;
  }

  /** The health this rule implies when it fires. */
  public PairHealth health() {
    return health;
  }
}
