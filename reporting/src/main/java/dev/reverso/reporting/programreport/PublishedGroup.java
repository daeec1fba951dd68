package dev.reverso.reporting.programreport;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One group of a {@link GroupBreakdown}: its label and, unless it was suppressed, its value.
 *
 * @param group the group's label (a department, location, seniority band, skill id or side)
 * @param value the group's statistics; empty when suppressed
 * @param <T> the statistics type
 */
public record PublishedGroup<T>(String group, Optional<T> value) {
  /** Validates the components. */
  public PublishedGroup {
    requireNonNull(group, "group");
    requireNonNull(value, "value");
  }

  /** Whether the group's statistics were withheld. */
  public boolean suppressed() {
    return value.isEmpty();
  }
}
