package dev.reverso.cli.archfixture.b;

import dev.reverso.cli.archfixture.a.Ping;

/** The other half of the package cycle. */
public final class Pong {
  private Pong() {}

  /** Calls back into the first package. */
  public static int pong() {
    return Ping.class.getSimpleName().length();
  }
}
