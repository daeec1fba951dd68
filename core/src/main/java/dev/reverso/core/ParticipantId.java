package dev.reverso.core;

import static java.util.Objects.requireNonNull;

/**
 * An opaque person id from the HR system: 1 to 128 characters, no control characters, no invisible format
 * characters (Unicode category Cf, such as U+200B or U+FEFF, which would make two ids that look the same name
 * different people), no leading or trailing blanks. Compared exactly (case-sensitive), ordered by {@link String#compareTo}.
 */
public final class ParticipantId implements Comparable<ParticipantId> {
  /** The longest id accepted. */
  public static final int MAX_LENGTH = 128;

  private final String value;

  private ParticipantId(String value) {
    this.value = value;
  }

  /**
   * The id for a raw value.
   *
   * @throws InvalidInputException if the value is empty, too long, has control or format characters or
   *     leading or trailing blanks
   */
  public static ParticipantId of(String value) {
    requireNonNull(value, "value");
    String problem = check(value);
    if (problem != null) {
      throw InvalidInputException.of("id", problem);
    }
    return new ParticipantId(value);
  }

  /**
   * Why {@code value} is not a valid id, or {@code null} if it is one. Lets importers validate without
   * catching exceptions.
   */
  public static String check(String value) {
    if (value == null || value.isEmpty()) {
      return "expected a non-empty id";
    }
    if (value.length() > MAX_LENGTH) {
      return "expected at most " + MAX_LENGTH + " characters, found " + value.length();
    }
    if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
      return "expected no leading or trailing blanks in id '" + value.strip() + "'";
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        return "expected no control characters, found one at position " + (i + 1);
      }
      if (Character.getType(c) == Character.FORMAT) {
        // invisible (U+200B zero width space, U+FEFF byte order mark, U+2060, bidi marks...): two ids that
        // look the same would name different people
        return "expected no invisible format characters, found U+" + String.format(java.util.Locale.ROOT, "%04X",
            (int) c) + " at position " + (i + 1);
      }
    }
    return null;
  }

  /** The raw id string, exactly as the HR system gave it. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ParticipantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParticipantId && ((ParticipantId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The raw id (HR ids are pseudonymous handles, not names). */
  @Override
  public String toString() {
    return value;
  }
}
