package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

/**
 * HTML escaping and {@link SafeHtml} fragments.
 *
 * <p>{@link #escape(String)} is safe in element content and in double- or single-quoted attribute values;
 * it also replaces control characters other than tab and line breaks (not allowed in HTML) by U+FFFD.
 */
public final class Html {
  private Html() {}

  /** The text with {@code & < > " '} replaced by character references. */
  public static String escape(String text) {
    requireNonNull(text, "text");
    StringBuilder sb = null;
    for (int k = 0; k < text.length(); k++) {
      char ch = text.charAt(k);
      String rep;
      switch (ch) {
        case '&' -> rep = "&amp;";
        case '<' -> rep = "&lt;";
        case '>' -> rep = "&gt;";
        case '"' -> rep = "&quot;";
        case '\'' -> rep = "&#39;";
        default -> rep = ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0x7f ? "\uFFFD" : null;
      }
      if (rep != null) {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 16).append(text, 0, k);
        }
        sb.append(rep);
      } else if (sb != null) {
        sb.append(ch);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** A fragment holding this text, escaped. */
  public static SafeHtml text(String text) {
    return SafeHtml.trusted(escape(text));
  }

  /**
   * {@code <tag class="cls">escaped text</tag>}; {@code cssClass} may be empty.
   *
   * @throws IllegalArgumentException if the tag is not a lower-case name
   */
  public static SafeHtml element(String tag, String cssClass, String text) {
    return element(tag, cssClass, text(text));
  }

  /** {@code <tag class="cls">content</tag>}; {@code cssClass} may be empty. */
  public static SafeHtml element(String tag, String cssClass, SafeHtml content) {
    requireNonNull(tag, "tag");
    requireNonNull(cssClass, "cssClass");
    requireNonNull(content, "content");
    if (!tag.matches("[a-z][a-z0-9]*")) {
      throw new IllegalArgumentException("expected a lower-case tag name, found " + tag);
    }
    String open = cssClass.isEmpty() ? "<" + tag + ">" : "<" + tag + " class=\"" + escape(cssClass) + "\">";
    return SafeHtml.trusted(open + content.html() + "</" + tag + ">");
  }
}
