package dev.reverso.matching.result;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import java.util.List;

/**
 * No matching strategy has the requested name. The message and {@link #availableNames()} list the names
 * that would have worked. An {@link InvalidInputException} with one problem located at {@code strategy},
 * so a command-line tool reports it like any other bad input.
 */
public class UnknownStrategyException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final ImmutableList<String> availableNames;

  /**
   * Creates the exception.
   *
   * @param name the name asked for
   * @param availableNames the names of the strategies that were found, in the order to show them
   */
  public UnknownStrategyException(String name, List<String> availableNames) {
    super(List.of(Problem.error("strategy", "expected one of " + String.join(", ", availableNames)
        + ", found '" + requireNonNull(name, "name") + "'")));
    this.name = name;
    this.availableNames = ImmutableList.copyOf(availableNames);
  }

  /** The name asked for. */
  public String name() {
    return name;
  }

  /** The names of the available strategies, built-ins first, each group by name. */
  public ImmutableList<String> availableNames() {
    return availableNames;
  }
}
