package dev.reverso.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The input has one or more errors; {@link #problems()} lists every one of them, each with its location.
 *
 * <p>Validation never stops at the first error: fix everything listed and the input is accepted (unless
 * the fixes introduce new problems). Warnings found at the same time are included, after the errors.
 */
public class InvalidInputException extends ReversoException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_PROBLEMS_IN_MESSAGE = 50;

  private final ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; at least one must be an error
   * @throws IllegalArgumentException if no problem is an error
   */
  public InvalidInputException(List<Problem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
    if (this.problems.stream().noneMatch(Problem::isError)) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one error");
    }
  }

  /** A single error at a location. */
  public static InvalidInputException of(String location, String message) {
    return new InvalidInputException(List.of(Problem.error(location, message)));
  }

  /** Every problem found, errors first, in input order within each severity. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** Only the errors. */
  public ImmutableList<Problem> errors() {
    return problems.stream().filter(Problem::isError).collect(ImmutableList.toImmutableList());
  }

  private static String message(List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    StringBuilder sb = new StringBuilder();
    sb.append("Invalid input: ").append(errors).append(errors == 1 ? " error" : " errors");
    int shown = 0;
    for (Problem p : problems) {
      if (shown++ == MAX_PROBLEMS_IN_MESSAGE) {
        sb.append("\n  ... and ").append(problems.size() - MAX_PROBLEMS_IN_MESSAGE).append(" more (see problems())");
        break;
      }
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }
}
