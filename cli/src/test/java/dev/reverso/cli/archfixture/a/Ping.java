package dev.reverso.cli.archfixture.a;

import dev.reverso.cli.archfixture.b.Pong;

/** One half of a package cycle: LayoutArchitectureTest proves its cycle rule rejects it. */
public final class Ping {
  private Ping() {}

  /** Calls the other package. */
  public static int ping() {
    return Pong.pong() + 1;
  }
}
