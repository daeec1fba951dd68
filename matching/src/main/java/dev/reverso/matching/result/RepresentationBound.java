package dev.reverso.matching.result;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.Map;

/**
 * A lower bound on each group's share of the matched mentors, along one {@link MentorGroups} dimension: set
 * with {@link MatchingOptions#representation(MentorGroups, Map)} (explicit shares) or
 * {@link MatchingOptions#representation(MentorGroups)} (each group's share of the mentor volunteers).
 *
 * <p><b>What "share" means.</b> Let T be the number of distinct mentors the {@code optimal} strategy matches
 * <em>without</em> the bound (kept active and pinned pairs included). Group g must then have at least
 * {@code ceil(share_g × T)} distinct matched mentors (explicit shares) or {@code floor(share_g × T)}
 * (proportional shares, rounded down so that the bounds always sum to at most T). Groups without a bound
 * have none. Counting against the unconstrained T keeps the bound a fixed number of mentors, which is what
 * makes it exact as a flow; the result's actual shares are reported beside it.
 *
 * <p>Immutable and thread-safe.
 */
public final class RepresentationBound {
  private final MentorGroups dimension;
  private final ImmutableSortedMap<String, Double> minShares;
  private final boolean proportional;

  private RepresentationBound(MentorGroups dimension, ImmutableSortedMap<String, Double> minShares,
      boolean proportional) {
    this.dimension = dimension;
    this.minShares = minShares;
    this.proportional = proportional;
  }

  /**
   * Explicit minimum shares by group name.
   *
   * @throws dev.reverso.core.InvalidInputException listing every problem at once: a blank group name, a share
   *     outside (0, 1], shares summing to more than 1, or no share at all
   */
  static RepresentationBound of(MentorGroups dimension, Map<String, Double> minShares) {
    requireNonNull(dimension, "dimension");
    requireNonNull(minShares, "minShares");
    dev.reverso.core.Problems problems = new dev.reverso.core.Problems();
    double sum = 0;
    ImmutableSortedMap.Builder<String, Double> b = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<String, Double> e : minShares.entrySet()) {
      String group = requireNonNull(e.getKey(), "group");
      Double share = requireNonNull(e.getValue(), "share of " + group);
      String at = "representation." + dimension.name() + "[" + group + "]";
      if (group.isBlank()) {
        problems.error(at, "expected a group name, found a blank one");
      }
      if (!(share > 0 && share <= 1)) {
        problems.error(at, "expected a share in (0, 1], found " + share);
      } else {
        sum += share;
      }
      b.put(group, share);
    }
    if (minShares.isEmpty()) {
      problems.error("representation." + dimension.name(), "expected at least one group with a minimum share");
    }
    if (sum > 1 + 1e-9) {
      problems.error("representation." + dimension.name(), "expected shares summing to at most 1, found "
          + String.format(Locale.ROOT, "%.4f", sum));
    }
    problems.throwIfErrors();
    return new RepresentationBound(dimension, b.build(), false);
  }

  /** Each group's share of the mentor volunteers as its minimum. */
  static RepresentationBound proportional(MentorGroups dimension) {
    return new RepresentationBound(requireNonNull(dimension, "dimension"), ImmutableSortedMap.of(), true);
  }

  /** The grouping. */
  public MentorGroups dimension() {
    return dimension;
  }

  /** The explicit minimum shares by group (empty when {@link #proportional()}). */
  public ImmutableSortedMap<String, Double> minShares() {
    return minShares;
  }

  /** Whether each group's minimum is its share of the mentor volunteers. */
  public boolean proportional() {
    return proportional;
  }

  /**
   * The minimum number of matched mentors of a group.
   *
   * @param group the group
   * @param volunteerShare the group's share of the mentor volunteers (used when proportional)
   * @param reference T, the number of mentors matched without the bound
   */
  public int minimumMentors(String group, double volunteerShare, int reference) {
    if (proportional) {
      return (int) Math.floor(volunteerShare * reference + 1e-9);
    }
    Double share = minShares.get(group);
    return share == null ? 0 : (int) Math.ceil(share * reference - 1e-9);
  }

  /** Dimension and shares (group names are organisational units, never people). */
  @Override
  public String toString() {
    return "RepresentationBound[" + dimension.name() + (proportional ? ", proportional" : ", " + minShares) + "]";
  }
}
