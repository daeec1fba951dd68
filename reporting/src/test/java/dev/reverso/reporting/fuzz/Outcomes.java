package dev.reverso.reporting.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.core.ReversoException;
import java.util.concurrent.Callable;

/**
 * The fuzzing contract of a reader: it returns, or it throws a {@link ReversoException} whose problems (or
 * message) say where the input is wrong. Any other throwable is turned into an assertion failure that
 * keeps it as the cause, so that jqwik shrinks the input and prints it.
 */
public final class Outcomes {
  private Outcomes() {}

  /**
   * Runs a read; returns its result, or null if it failed as allowed.
   *
   * @param source the name every problem location must start with (a file name, or {@code ""} for paths)
   */
  public static <T> T readOrLocatedFailure(Callable<T> read, String source) {
    try {
      return read.call();
    } catch (InvalidInputException e) {
      assertLocated(e, source);
      return null;
    } catch (ReversoException e) {
      assertThat(e.getMessage()).as("message of %s", e.getClass().getName()).isNotNull().contains(source);
      return null;
    } catch (Throwable e) {
      throw new AssertionError("a reader let " + e.getClass().getName() + " escape: " + e.getMessage(), e);
    }
  }

  /** Every problem has a location starting with {@code source}, and at least one is an error. */
  public static void assertLocated(InvalidInputException e, String source) {
    assertThat(e.errors()).as("errors of %s", e.getMessage()).isNotEmpty();
    for (Problem p : e.problems()) {
      assertThat(p.location()).as("location of a problem").isNotBlank().startsWith(source);
      assertThat(p.location().length()).as("length of the location %s", shorten(p.location())).isLessThan(MAX_LENGTH);
      assertThat(p.message()).as("message of %s", p.location()).isNotBlank();
      assertThat(p.message().length()).as("length of the message %s", shorten(p.message()))
          .isLessThan(MAX_MESSAGE_LENGTH);
    }
  }

  /** A longer location would flood a terminal or a log: names taken from the input must be shortened. */
  static final int MAX_LENGTH = 1_000;
  /**
   * Messages may quote one offending value (at most a cell of the default {@code maxCellLength}, 10 000
   * characters); anything longer means the input is copied into messages without bound.
   */
  static final int MAX_MESSAGE_LENGTH = 12_000;

  private static String shorten(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }
}
