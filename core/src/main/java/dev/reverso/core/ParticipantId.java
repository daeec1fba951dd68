package dev.reverso.core;

import static java.util.Objects.requireNonNull;

/**
 * An opaque person id from the HR system: 1 to 128 characters, no control characters, no leading or
 * trailing blanks. Compared exactly (case-sensitive), ordered by {@link String#compareTo}.
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
   * @throws InvalidInputException if the value is empty, too long, has control characters or
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
      if (Character.isISOControl(value.charAt(i))) {
        return "expected no control characters, found one at position " + (i + 1);
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
