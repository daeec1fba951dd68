package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import dev.reverso.reporting.journal.Side;
import java.util.Optional;

/**
 * One rule that fired for a pair, with a plain-English explanation that names the side concerned (never a
 * person), such as {@code "the mentee cancelled 2 of the last 3 planned sessions"}.
 *
 * @param rule the rule
 * @param side the side the rule is about, when it is about one side
 * @param text the explanation
 */
public record HealthReason(HealthRule rule, Optional<Side> side, String text) {
  /** Validates the components. */
  public HealthReason {
    requireNonNull(rule, "rule");
    requireNonNull(side, "side");
    requireNonNull(text, "text");
  }
}
