package dev.reverso.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for the long steps of a command, shown only when a person is watching:
 * when the JVM has an interactive console ({@link System#console()} is present, so standard input and output
 * are terminals), the environment does not set {@code NO_COLOR} (https://no-color.org) and {@code TERM} is not
 * {@code dumb}. Otherwise — output redirected or captured (scripts, CI, {@code mvn -q}), or decorations turned
 * off — nothing at all is written, so captured output stays exactly the command's result, free of carriage
 * returns and escape codes. The bar is plain ASCII without colour and shows counts of steps only, never data.
 */
final class ProgressDisplay implements AutoCloseable {
  private static final int WIDTH = 78;

  private final ProgressBar bar;
  private final PrintWriter err;

  private ProgressDisplay(ProgressBar bar, PrintWriter err) {
    this.bar = bar;
    this.err = err;
  }

  /** A bar of {@code max} steps on {@code err} if the console is interactive, else a display that shows nothing. */
  static ProgressDisplay open(PrintWriter err, String task, long max) {
    if (!decorate(System.console() != null, System.getenv())) {
      return new ProgressDisplay(null, err);
    }
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(100).clearDisplayOnFinish()
        .setConsumer(new DelegatingProgressBarConsumer(line -> {
          synchronized (err) {
            err.print('\r');
            err.print(line);
            err.print(" ".repeat(Math.max(0, WIDTH - line.length()))); // overwrite a longer previous line
            err.flush();
          }
        }, WIDTH)).build();
    return new ProgressDisplay(bar, err);
  }

  /**
   * Whether terminal decorations (the bar, carriage returns) may be written: only to an interactive console,
   * and never when {@code NO_COLOR} is set to anything non-empty or {@code TERM} is {@code dumb}.
   */
  static boolean decorate(boolean interactiveConsole, java.util.Map<String, String> env) {
    String noColor = env.get("NO_COLOR");
    return interactiveConsole && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
  }

  /** Moves the bar to {@code done} steps and shows what is being done. */
  void stepTo(long done, String what) {
    if (bar != null) {
      bar.stepTo(done);
      bar.setExtraMessage(what);
    }
  }

  /** Whether a bar is shown. */
  boolean isShown() {
    return bar != null;
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      synchronized (err) {
        err.print('\r');
        err.print(" ".repeat(WIDTH));
        err.print('\r');
        err.flush();
      }
    }
  }
}
