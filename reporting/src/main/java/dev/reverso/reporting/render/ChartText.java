package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

/**
 * The texts that make a chart understandable without seeing it: an id unique in the page (used to link
 * the SVG's {@code <title>} and {@code <desc>} through {@code aria-labelledby}), a short title and a
 * longer description that states the data's message in words.
 *
 * @param id an HTML id: a letter, then letters, digits, {@code -} or {@code _}
 * @param title a short title (plain text)
 * @param description one or two sentences saying what the chart shows (plain text)
 */
public record ChartText(String id, String title, String description) {
  /** Validates the components. */
  public ChartText {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException("expected an id made of a letter then letters, digits, - or _, found " + id);
    }
    if (title.isBlank()) {
      throw new IllegalArgumentException("a chart needs a title");
    }
  }
}
