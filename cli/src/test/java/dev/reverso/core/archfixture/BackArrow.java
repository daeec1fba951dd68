package dev.reverso.core.archfixture;

import dev.reverso.cli.ReversoCommand;

/** A core-package class that points at the CLI: LayoutArchitectureTest proves its rules reject it. */
final class BackArrow {
  private BackArrow() {}

  static String name() {
    return ReversoCommand.class.getSimpleName();
  }
}
