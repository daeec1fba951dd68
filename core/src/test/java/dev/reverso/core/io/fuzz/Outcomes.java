package dev.reverso.core.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.core.ReversoException;
import dev.reverso.core.io.ImportResult;
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
    assertLocated(e.problems(), source);
  }

  /** Every problem has a location starting with {@code source} and a message, both of readable length. */
  public static void assertLocated(Iterable<Problem> problems, String source) {
    for (Problem p : problems) {
      assertThat(p.location()).as("location of a problem").isNotBlank().startsWith(source);
      assertThat(p.location().length()).as("length of the location %s", shorten(p.location())).isLessThan(MAX_LENGTH);
      assertThat(p.message()).as("message of %s", p.location()).isNotBlank();
      assertThat(p.message().length()).as("length of the message %s", shorten(p.message()))
          .isLessThan(MAX_MESSAGE_LENGTH);
    }
  }

  /** The warnings and the rejected records of an import, and every reason, are located in {@code source}. */
  public static void assertLocated(ImportResult result, String source) {
    assertLocated(result.warnings(), source);
    for (ImportResult.RejectedRecord r : result.rejected()) {
      assertThat(r.location()).as("location of a rejected record").startsWith(source);
      assertThat(r.reasons()).as("reasons of %s", r.location()).isNotEmpty();
      assertLocated(r.reasons(), source);
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
