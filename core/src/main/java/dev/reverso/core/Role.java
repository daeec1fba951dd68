package dev.reverso.core;

import java.util.Locale;
import java.util.Optional;

/** A person's role in a programme. */
public enum Role {
  /** A junior who teaches a senior. */
  MENTOR,
  /** A senior who learns from a junior. */
  MENTEE,
  /** In the org chart only. */
  NONE;

  /** The id used in files: {@code mentor}, {@code mentee}, or empty for {@link #NONE}. */
  public String id() {
    return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code mentor}, {@code mentee} or an empty string (ignoring case and surrounding blanks). */
  public static Optional<Role> parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.of(NONE);
    }
    for (Role r : values()) {
      if (r != NONE && r.name().equalsIgnoreCase(t)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
