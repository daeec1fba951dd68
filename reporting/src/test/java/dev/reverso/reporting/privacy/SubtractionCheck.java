package dev.reverso.reporting.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * A solver-free check that a published table withstands subtraction. The table has one row per group and one column
 * per published count (the group size first), with a total per column; a suppressed group's row is withheld whole.
 * The check fails when
 * <ul>
 *   <li>a row with a suppressed cell has fewer than two suppressed cells, or a column whose total is published has
 *       exactly one suppressed cell (that cell is the total minus the published cells), or</li>
 *   <li>a column's suppressed cells add up to 0, or to the suppressed groups' whole size for a count of the group's
 *       own people, while the published cells do not (each suppressed cell is then known: 0, or its whole group),
 *       the total being published.</li>
 * </ul>
 */
public final class SubtractionCheck {
  private SubtractionCheck() {}

  /**
   * The problems of a published table, empty when it withstands subtraction.
   *
   * @param sizes the true group sizes
   * @param columns the true further counts, one list per column
   * @param suppressed per group, whether it was withheld
   * @param totalWithheld whether the column totals were withheld
   */
  public static List<String> problems(List<Integer> sizes, List<? extends List<Integer>> columns, boolean[] suppressed,
      boolean totalWithheld) {
    List<String> problems = new ArrayList<>();
    List<List<Integer>> all = new ArrayList<>();
    all.add(sizes);
    all.addAll(columns);
    int hidden = 0;
    long hiddenSize = 0;
    for (int i = 0; i < sizes.size(); i++) {
      if (suppressed[i]) {
        hidden++;
        hiddenSize += sizes.get(i);
        // the row is withheld whole: every one of its cells (all.size()) is suppressed; a one-column table has no
        // row relation to protect, a wider one then has at least two suppressed cells in the row
      }
    }
    if (totalWithheld) {
      return problems;
    }
    for (int j = 0; j < all.size(); j++) {
      List<Integer> c = all.get(j);
      if (hidden == 1) {
        problems.add("column " + j + " has exactly one suppressed cell under a published total");
      }
      if (hidden == 0 || j == 0) {
        continue;
      }
      long hiddenSum = 0;
      long publishedSum = 0;
      long publishedSize = 0;
      boolean bounded = true;
      for (int i = 0; i < sizes.size(); i++) {
        bounded &= c.get(i) <= sizes.get(i);
        if (suppressed[i]) {
          hiddenSum += c.get(i);
        } else {
          publishedSum += c.get(i);
          publishedSize += sizes.get(i);
        }
      }
      if (hiddenSum == 0 && publishedSum > 0) {
        problems.add("column " + j + ": the suppressed cells add up to 0, so each is 0");
      }
      if (bounded && hiddenSum == hiddenSize && publishedSum < publishedSize) {
        problems.add("column " + j + ": the suppressed cells add up to their groups' whole size");
      }
    }
    return problems;
  }

  /** {@link #problems} of a {@link SmallGroupSuppression.Result}. */
  public static List<String> problems(List<Integer> sizes, List<? extends List<Integer>> columns,
      SmallGroupSuppression.Result r) {
    boolean[] suppressed = new boolean[sizes.size()];
    for (int i = 0; i < suppressed.length; i++) {
      suppressed[i] = r.isSuppressed(i);
    }
    return problems(sizes, columns, suppressed, r.suppressTotal());
  }
}
