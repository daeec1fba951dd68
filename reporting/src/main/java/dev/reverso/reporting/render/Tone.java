package dev.reverso.reporting.render;

/**
 * The colour of a bar that carries meaning, from the Okabe–Ito palette (Okabe &amp; Ito, "Color Universal
 * Design", 2008), whose colours stay distinct under the common forms of colour blindness. A pair's status
 * always has the same colour in every chart and table: active bluish green, at risk orange, dormant
 * vermillion, closed grey. Charts that use tones also show a legend, and every bar keeps its label and
 * value as text, so colour is never the only carrier of the meaning.
 */
public enum Tone {
  /** A plain quantity (Okabe–Ito blue). */
  NEUTRAL("#0072b2"),
  /** An active pair (Okabe–Ito bluish green). */
  ACTIVE("#009e73"),
  /** A pair at risk (Okabe–Ito orange). */
  AT_RISK("#e69f00"),
  /** A dormant pair (Okabe–Ito vermillion). */
  DORMANT("#d55e00"),
  /** A closed pair (grey). */
  CLOSED("#8c8c8c");

  private final String colour;

  Tone(String colour) {
    this.colour = colour;
  }

  /** The fill colour, as a CSS hex colour. */
  public String colour() {
    return colour;
  }

  /** The CSS class that gives a table tag this tone's colour ({@code tone-at-risk}). */
  public String cssClass() {
    return "tone-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
