package dev.reverso.reporting.privacy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.reverso.core.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;

/**
 * Small-group suppression for one-dimensional breakdowns (a count or statistic per group, plus a published
 * total): no group smaller than {@link #minGroupSize()} is published, and no suppressed group can be worked
 * out from the published groups and the total.
 *
 * <h2>Rule</h2>
 * Given the group sizes {@code n_1..n_g} of a breakdown whose total {@code T = Σ n_i} is published:
 * <ol>
 *   <li><b>Primary suppression</b>: every group with {@code n_i < minGroupSize} is suppressed.</li>
 *   <li><b>Complementary suppression</b>: while the suppressed groups could be recovered by subtraction, the
 *       smallest published group (ties: the earlier one) is suppressed too. They could be recovered when
 *       exactly one group is suppressed ({@code T − Σ published} is its size), or when the suppressed groups
 *       add up to {@code m · L} for {@code m} suppressed groups and {@code L} the smallest size in the breakdown
 *       (each must then be exactly {@code L}, for instance two groups of one person).</li>
 *   <li><b>Every published column</b> ({@link #suppress(List, List)}): a breakdown usually publishes several counts
 *       per group (people in the programme, matched, giving feedback) whose totals are published too. A column
 *       whose suppressed cells add up to 0, or to the suppressed groups' whole size, gives every suppressed cell
 *       away (each is 0, or each is its whole group), so one more group that breaks this is suppressed.</li>
 *   <li>If every group ends up suppressed and they could still be recovered, the breakdown's total must not be
 *       published either ({@link Result#suppressTotal()}).</li>
 * </ol>
 *
 * <p>Whole groups are suppressed, never single cells, so each suppressed group's row has all its cells
 * suppressed, and each column's total then has either no suppressed cell or at least two: no suppressed cell is a
 * linear combination of published cells and totals (rows and columns of the table), and the solver-free check "each
 * row or total with a suppressed cell has at least two" holds for every table this class decides.
 *
 * <h2>Guarantee</h2>
 * A reader who knows the published sizes, the total, which groups were suppressed, the smallest size
 * {@code L} and that a suppressed group is no larger than the smallest published one (all complementary
 * groups are chosen smallest first, when no further column is given) can narrow each suppressed group only to a
 * range of at least two values.
 * The test suite checks this with a property over random breakdowns. Suppression works on one breakdown at a
 * time: it does not protect cross-tabulations (department × location), which the reports do not publish.
 *
 * <p>{@link #minGroupSize()} defaults to {@value #DEFAULT_MIN_GROUP_SIZE} and is never below
 * {@value #LOWEST_MIN_GROUP_SIZE}. Immutable and thread-safe; O(g log g) per breakdown.
 */
public final class SmallGroupSuppression {
  /** The default smallest publishable group. */
  public static final int DEFAULT_MIN_GROUP_SIZE = 5;
  /** The lowest {@link #minGroupSize()} accepted. */
  public static final int LOWEST_MIN_GROUP_SIZE = 3;

  private static final SmallGroupSuppression DEFAULT = new SmallGroupSuppression(DEFAULT_MIN_GROUP_SIZE);

  private final int minGroupSize;

  private SmallGroupSuppression(int minGroupSize) {
    this.minGroupSize = minGroupSize;
  }

  /** Suppression with the default minimum group size of {@value #DEFAULT_MIN_GROUP_SIZE}. */
  public static SmallGroupSuppression defaults() {
    return DEFAULT;
  }

  /**
   * Suppression of groups smaller than {@code minGroupSize}.
   *
   * @throws InvalidInputException if {@code minGroupSize} is below {@value #LOWEST_MIN_GROUP_SIZE}: smaller
   *     groups would let readers single out individuals
   */
  public static SmallGroupSuppression withMinGroupSize(int minGroupSize) {
    check(minGroupSize);
    return minGroupSize == DEFAULT_MIN_GROUP_SIZE ? DEFAULT : new SmallGroupSuppression(minGroupSize);
  }

  /**
   * Checks a minimum group size.
   *
   * @throws InvalidInputException if it is below {@value #LOWEST_MIN_GROUP_SIZE}
   */
  public static void check(int minGroupSize) {
    if (minGroupSize < LOWEST_MIN_GROUP_SIZE) {
      throw InvalidInputException.of("minGroupSize", "expected a minimum group size of " + LOWEST_MIN_GROUP_SIZE
          + " or more (groups smaller than 3 identify individuals), found " + minGroupSize);
    }
  }

  /** The smallest group size that is published. */
  public int minGroupSize() {
    return minGroupSize;
  }

  /**
   * Which groups of a breakdown to suppress, looking at the group sizes only (a breakdown that publishes no other
   * count per group). Same as {@code suppress(sizes, List.of())}.
   *
   * @param sizes the size of each group (people, pairs or answers it summarises), in publication order
   * @throws IllegalArgumentException if a size is negative
   */
  public Result suppress(List<Integer> sizes) {
    return suppress(sizes, List.of());
  }

  /**
   * Which groups of a breakdown to suppress when every group also publishes other counts whose totals are
   * published too (people who volunteered, who were matched, who gave feedback, ...).
   *
   * <p>Besides the rules on sizes (see the class comment), a column is <em>forced</em> when the suppressed
   * groups' counts in it add up to 0 (each of them is then 0) or to the suppressed groups' total size (each of them
   * is then its whole group): the column's total minus the published cells would give every suppressed cell. While
   * a forced column can be unforced by suppressing one more group (the smallest published group with a count above
   * 0, or below its size, in that column; ties: the earlier group), that group is suppressed too.
   *
   * @param sizes the size of each group, in publication order
   * @param columns each further published count column, one value per group (a column whose every count is at
   *     most its group's size counts the group's people, and is also checked for the "whole group" case)
   * @throws IllegalArgumentException if a size or count is negative or a column has another length than
   *     {@code sizes}
   */
  public Result suppress(List<Integer> sizes, List<? extends List<Integer>> columns) {
    requireNonNull(sizes, "sizes");
    requireNonNull(columns, "columns");
    int g = sizes.size();
    int min = Integer.MAX_VALUE;
    for (int s : sizes) {
      if (s < 0) {
        throw new IllegalArgumentException("group sizes must not be negative, found " + s);
      }
      min = Math.min(min, s);
    }
    int[][] cols = new int[columns.size()][];
    boolean[] bounded = new boolean[cols.length]; // a count of the group's own people: at most its size
    java.util.Arrays.fill(bounded, true);
    for (int j = 0; j < cols.length; j++) {
      List<Integer> column = columns.get(j);
      if (column.size() != g) {
        throw new IllegalArgumentException("column " + j + " has " + column.size() + " values for " + g + " groups");
      }
      cols[j] = new int[g];
      for (int i = 0; i < g; i++) {
        int v = column.get(i);
        if (v < 0) {
          throw new IllegalArgumentException("column " + j + " group " + i + ": expected a count of 0 or more, found "
              + v);
        }
        cols[j][i] = v;
        bounded[j] &= v <= sizes.get(i);
      }
    }
    TreeSet<Integer> suppressed = new TreeSet<>();
    long suppressedSum = 0;
    for (int i = 0; i < g; i++) {
      if (sizes.get(i) < minGroupSize) {
        suppressed.add(i);
        suppressedSum += sizes.get(i);
      }
    }
    // the groups from the smallest (the first of equal ones) up
    Integer[] bySize = new Integer[g];
    for (int i = 0; i < g; i++) {
      bySize[i] = i;
    }
    java.util.Arrays.sort(bySize, java.util.Comparator.<Integer>comparingInt(sizes::get).thenComparingInt(i -> i));
    while (!suppressed.isEmpty() && suppressed.size() < g) {
      int next = -1;
      if (recoverable(suppressed.size(), suppressedSum, min)) {
        next = firstPublished(bySize, suppressed, i -> true);
      } else {
        for (int j = 0; j < cols.length; j++) {
          int[] c = cols[j];
          long sum = 0;
          for (int i : suppressed) {
            sum += c[i];
          }
          if (sum == 0) {
            next = firstPublished(bySize, suppressed, i -> c[i] > 0);
          } else if (bounded[j] && sum == suppressedSum) {
            next = firstPublished(bySize, suppressed, i -> c[i] < sizes.get(i));
          }
          if (next >= 0) {
            break;
          }
        }
      }
      if (next < 0) {
        break;
      }
      suppressed.add(next);
      suppressedSum += sizes.get(next);
    }
    boolean suppressTotal = !suppressed.isEmpty() && suppressed.size() == g
        && recoverable(suppressed.size(), suppressedSum, min);
    return new Result(g, ImmutableSortedSet.copyOf(suppressed), suppressTotal);
  }

  private static int firstPublished(Integer[] bySize, Set<Integer> suppressed, IntPredicate eligible) {
    for (int i : bySize) {
      if (!suppressed.contains(i) && eligible.test(i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The cells of a breakdown, each kept when published and replaced by empty when suppressed.
   *
   * @param cells the groups in publication order
   * @param size the size of a group
   */
  public <T> ImmutableList<Optional<T>> apply(List<T> cells, ToIntFunction<? super T> size) {
    requireNonNull(cells, "cells");
    requireNonNull(size, "size");
    Result r = suppress(cells.stream().map(size::applyAsInt).toList());
    ImmutableList.Builder<Optional<T>> out = ImmutableList.builderWithExpectedSize(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      out.add(r.isSuppressed(i) ? Optional.empty() : Optional.of(cells.get(i)));
    }
    return out.build();
  }

  private static boolean recoverable(int m, long sum, int smallest) {
    return m == 1 || sum == (long) m * smallest;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SmallGroupSuppression s && s.minGroupSize == minGroupSize;
  }

  @Override
  public int hashCode() {
    return minGroupSize;
  }

  @Override
  public String toString() {
    return "SmallGroupSuppression[minGroupSize=" + minGroupSize + "]";
  }

  /**
   * Which groups of a breakdown are suppressed.
   *
   * @param groups the number of groups in the breakdown
   * @param suppressed indexes of the suppressed groups, ascending
   * @param suppressTotal whether the breakdown's total must be withheld too
   */
  public record Result(int groups, ImmutableSortedSet<Integer> suppressed, boolean suppressTotal) {
    /** Validates the components. */
    public Result {
      requireNonNull(suppressed, "suppressed");
    }

    /** Whether the group at this index is suppressed. */
    public boolean isSuppressed(int index) {
      return suppressed.contains(index);
    }
  }
}
