package dev.reverso.core;

import java.util.Locale;

/** How much a learning goal matters to its owner; the weight is used by coverage criteria. */
public enum Priority {
  /** Nice to have. Weight 1. */
  LOW(1),
  /** The default. Weight 2. */
  MEDIUM(2),
  /** What the person most wants from the programme. Weight 3. */
  HIGH(3);

  private final int weight;

  Priority(int weight) {
    this.weight = weight;
  }

  /** The relative weight of a goal with this priority: 1, 2 or 3. */
  public int weight() {
    return weight;
  }

  /** The lower-case name used in files: {@code low}, {@code medium}, {@code high}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code low}, {@code medium} or {@code high}, ignoring case.
   *
   * @throws InvalidInputException if the text is none of them
   */
  public static Priority parse(String text) {
    for (Priority p : values()) {
      if (p.name().equalsIgnoreCase(text.strip())) {
        return p;
      }
    }
    throw InvalidInputException.of("priority", "expected low, medium or high, found '" + text + "'");
  }
}
