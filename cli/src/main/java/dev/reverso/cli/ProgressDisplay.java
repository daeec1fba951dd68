package dev.reverso.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for the long steps of a command, shown only when a person is watching:
 * when the JVM has an interactive console ({@link System#console()} is present). When the output is
 * redirected or captured (scripts, CI, tests) nothing at all is written, so captured output stays exactly
 * the command's result. The bar shows counts of steps only, never data.
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
    if (System.console() == null) {
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
