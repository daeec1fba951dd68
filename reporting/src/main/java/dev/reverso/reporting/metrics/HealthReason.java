package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.reverso.reporting.journal.Side;
import java.util.Optional;

/**
 * One rule that fired for a pair, with its evidence as named numbers and dates (for reports in any language)
 * and a plain-English explanation that names the side concerned (never a person), such as
 * {@code "the mentee cancelled 2 of the last 3 planned sessions"}.
 *
 * <p>The arguments of each rule: {@link HealthRule#NEVER_MET} {@code days}, {@code threshold};
 * {@link HealthRule#NO_SESSION_DORMANT} and {@link HealthRule#NO_RECENT_SESSION} {@code days}, {@code threshold};
 * {@link HealthRule#REPEATED_CANCELLATIONS} {@code cancelled}, {@code window};
 * {@link HealthRule#LOW_RELATIONSHIP_RATING} {@code rating}, {@code date}.
 *
 * @param rule the rule
 * @param side the side the rule is about, when it is about one side
 * @param text the explanation, in English
 * @param args the evidence, by name, in a fixed order
 */
public record HealthReason(HealthRule rule, Optional<Side> side, String text, ImmutableMap<String, Object> args) {
  /** Validates the components. */
  public HealthReason {
    requireNonNull(rule, "rule");
    requireNonNull(side, "side");
    requireNonNull(text, "text");
    args = ImmutableMap.copyOf(args);
  }

  /** A reason without named evidence (only its English text). */
  public HealthReason(HealthRule rule, Optional<Side> side, String text) {
    this(rule, side, text, ImmutableMap.of());
  }
}
