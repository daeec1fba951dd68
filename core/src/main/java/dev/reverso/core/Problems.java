package dev.reverso.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems while validating, so that every problem is reported at once.
 *
 * <p>Not thread-safe; create one per validation. Typical use:
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * if (capacity < 1) problems.error("capacity", "expected at least 1, found " + capacity);
 * problems.throwIfErrors();
 * }</pre>
 */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  /** Records an error. */
  public Problems error(String location, String message) {
    list.add(Problem.error(location, message));
    return this;
  }

  /** Records a warning. */
  public Problems warning(String location, String message) {
    list.add(Problem.warning(location, message));
    return this;
  }

  /** Records a problem. */
  public Problems add(Problem problem) {
    list.add(problem);
    return this;
  }

  /** Records every problem of {@code others}, each placed under {@code parent}. */
  public Problems addAll(Iterable<Problem> others, String parent) {
    for (Problem p : others) {
      list.add(p.under(parent));
    }
    return this;
  }

  /** Whether any error was recorded. */
  public boolean hasErrors() {
    return list.stream().anyMatch(Problem::isError);
  }

  /** Whether nothing was recorded. */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** Everything recorded: errors first, then warnings, each in the order recorded. */
  public ImmutableList<Problem> toList() {
    return list.stream()
        .sorted(Comparator.comparing(Problem::severity))
        .collect(ImmutableList.toImmutableList());
  }

  /** Only the warnings, in the order recorded. */
  public ImmutableList<Problem> warnings() {
    return list.stream().filter(p -> !p.isError()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Throws if any error was recorded.
   *
   * @throws InvalidInputException listing every problem recorded, errors first
   */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new InvalidInputException(toList());
    }
  }
}
