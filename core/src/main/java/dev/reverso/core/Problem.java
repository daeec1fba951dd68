package dev.reverso.core;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong (or suspicious) with an input, with where it is and what was expected.
 *
 * <p>The location is either a JSON-like path ({@code mentees[3].goals[1].target}) or a file position
 * ({@code participants.csv:17:goals} or {@code program.json:12:5}). The message says what was expected
 * and what was found; it may quote the offending value but never a display name or comment.
 *
 * <p>A location longer than {@value #MAX_LOCATION_LENGTH} characters (hostile input can put a field name
 * of megabytes into a path) is shortened in the middle, keeping its start (the file position) and its
 * end, joined by {@code ...}.
 *
 * @param severity whether the problem stops the input from being used
 * @param location where the problem is; never empty
 * @param message what was expected and what was found
 */
public record Problem(Severity severity, String location, String message) {
  /** The longest location kept whole; longer ones are shortened in the middle. */
  public static final int MAX_LOCATION_LENGTH = 300;
  private static final int KEPT_AT_END = 100;

  /** Whether a problem rejects the input ({@link #ERROR}) or is only reported ({@link #WARNING}). */
  public enum Severity {
    /** The input cannot be used as it is. */
    ERROR,
    /** The input is usable, but something looks unintended; the library says what it assumed. */
    WARNING
  }

  /** Validates the components. */
  public Problem {
    requireNonNull(severity, "severity");
    requireNonNull(location, "location");
    requireNonNull(message, "message");
    if (location.isEmpty()) {
      throw new IllegalArgumentException("location must not be empty");
    }
    if (location.length() > MAX_LOCATION_LENGTH) {
      location = location.substring(0, MAX_LOCATION_LENGTH - KEPT_AT_END - 3) + "..."
          + location.substring(location.length() - KEPT_AT_END);
    }
  }

  /** An error at a location. */
  public static Problem error(String location, String message) {
    return new Problem(Severity.ERROR, location, message);
  }

  /** A warning at a location. */
  public static Problem warning(String location, String message) {
    return new Problem(Severity.WARNING, location, message);
  }

  /** Whether this problem is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The same problem located inside a parent: {@code error("goals[1]", m).under("mentees[3]")} is at
   * {@code mentees[3].goals[1]}.
   */
  public Problem under(String parent) {
    if (parent.isEmpty()) {
      return this;
    }
    String joined = location.startsWith("[") ? parent + location : parent + "." + location;
    return new Problem(severity, joined, message);
  }

  /** The same problem at another location (used by importers to map a field to a file position). */
  public Problem at(String newLocation) {
    return new Problem(severity, newLocation, message);
  }

  /** {@code ERROR mentees[3].goals[1].target: expected ...}. */
  @Override
  public String toString() {
    return severity + " " + location + ": " + message;
  }
}
