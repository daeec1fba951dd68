package dev.reverso.reporting.programreport;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * A breakdown of a statistic by group after {@linkplain dev.reverso.reporting.privacy.SmallGroupSuppression
 * small-group suppression}: every group is listed, but a suppressed group carries no value.
 *
 * @param id what the breakdown is by, such as {@code department} or {@code mentee-location}
 * @param groups the groups in order
 * @param totalWithheld whether the breakdown's total had to be withheld as well (every group suppressed and
 *     recoverable from the total)
 * @param <T> the statistics type of a group
 */
public record GroupBreakdown<T>(String id, ImmutableList<PublishedGroup<T>> groups, boolean totalWithheld) {
  /** Validates and copies the components. */
  public GroupBreakdown {
    requireNonNull(id, "id");
    groups = ImmutableList.copyOf(groups);
  }

  /** How many groups were suppressed. */
  public int suppressedCount() {
    return (int) groups.stream().filter(PublishedGroup::suppressed).count();
  }
}
