package dev.reverso.core;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a person agrees to take part in matching. A person whose consent is {@link #WITHDRAWN} is never
 * matched, never suggested, and appears in no output by id: matching reports them only as a count.
 */
public enum Consent {
  /** The person takes part (the default: an empty CSV cell or a missing JSON field). */
  GIVEN("yes"),
  /** The person has withdrawn (or never gave) consent: left out of every pairing and suggestion. */
  WITHDRAWN("no");

  private final String id;

  Consent(String id) {
    this.id = id;
  }

  /** The word used in files: {@code yes} or {@code no}. */
  public String id() {
    return id;
  }

  /** Whether the person may be matched. */
  public boolean isGiven() {
    return this == GIVEN;
  }

  /**
   * Parses the word of a file, case-insensitively and ignoring surrounding blanks: {@code yes} or
   * {@code no}; an empty text is {@link #GIVEN}.
   *
   * @return the consent, or empty if the text is neither
   */
  public static Optional<Consent> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || t.equals("yes")) {
      return Optional.of(GIVEN);
    }
    return t.equals("no") ? Optional.of(WITHDRAWN) : Optional.empty();
  }
}
