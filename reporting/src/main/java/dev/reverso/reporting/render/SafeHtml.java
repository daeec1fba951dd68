package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

/**
 * A fragment of HTML that is safe to insert as it is: made by {@link Html#text(String)} (escaped text), by
 * the builders of this package, or by {@link #trusted(String)} for markup the caller wrote itself.
 *
 * @param html the markup
 */
public record SafeHtml(String html) {
  /** The empty fragment. */
  public static final SafeHtml EMPTY = new SafeHtml("");

  /** Validates the component. */
  public SafeHtml {
    requireNonNull(html, "html");
  }

  /** Markup written by the caller, not derived from data; never pass untrusted text here. */
  public static SafeHtml trusted(String html) {
    return new SafeHtml(html);
  }

  /** The fragments one after the other. */
  public static SafeHtml concat(SafeHtml... parts) {
    StringBuilder sb = new StringBuilder();
    for (SafeHtml p : parts) {
      sb.append(p.html());
    }
    return new SafeHtml(sb.toString());
  }

  /** This fragment followed by {@code other}. */
  public SafeHtml append(SafeHtml other) {
    return new SafeHtml(html + other.html());
  }
}
