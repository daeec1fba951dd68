package dev.reverso.matching.group;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.ParticipantId;
import java.util.Locale;

/**
 * The shadow board chosen by {@link ShadowBoard#select}: its members, the share of the executive team's
 * goals they cover, what each member brings, and how the board spreads over the groups.
 *
 * @param members the members, in programme order of the mentors
 * @param coverage the coverage of the executive team's goals, in [0, 1] (see {@link ShadowBoard})
 * @param greedyCoverage the coverage after the greedy phase, before local search (higher than {@code coverage}
 *     only when local search gave up coverage to lower the shortfall of minimums greedy left: a smaller
 *     shortfall comes first, even if some minimums stay unmet)
 * @param contributions per member, in {@link #members()} order: the coverage lost without them
 * @param skills per goal skill of the executive team (sorted): the weighted share of it covered, in [0, 1]
 * @param groups per dimension (the bounded ones, then department, division and location): group → members,
 *     sorted by group
 * @param shortfalls the minimum bounds that could not be met, as {@code location=Boston: 0 of at least 1};
 *     empty when every bound holds
 * @param options what was asked for
 */
public record BoardResult(ImmutableList<ParticipantId> members, double coverage, double greedyCoverage,
    ImmutableList<Contribution> contributions, ImmutableMap<String, Double> skills,
    ImmutableMap<String, ImmutableMap<String, Integer>> groups, ImmutableList<String> shortfalls,
    BoardOptions options) {

  /** Validates and copies. */
  public BoardResult {
    members = ImmutableList.copyOf(members);
    contributions = ImmutableList.copyOf(contributions);
    skills = ImmutableMap.copyOf(skills);
    groups = ImmutableMap.copyOf(groups);
    shortfalls = ImmutableList.copyOf(shortfalls);
    requireNonNull(options, "options");
    if (!(coverage >= 0 && coverage <= 1) || !(greedyCoverage >= 0 && greedyCoverage <= 1)) {
      throw new IllegalArgumentException("coverage must be in [0, 1], found " + coverage + ", " + greedyCoverage);
    }
  }

  /**
   * What one member brings.
   *
   * @param id the member
   * @param coverage the board's coverage minus its coverage without this member (≥ 0)
   * @param groups the member's group in each dimension of {@link BoardResult#groups()} (known ones only)
   */
  public record Contribution(ParticipantId id, double coverage, ImmutableMap<String, String> groups) {
    /** Validates and copies. */
    public Contribution {
      requireNonNull(id, "id");
      groups = ImmutableMap.copyOf(groups);
    }
  }

  /** Whether every minimum bound holds. */
  public boolean meetsAllMinimums() {
    return shortfalls.isEmpty();
  }

  /** Counts and coverage only. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BoardResult[members=%d, coverage=%.4f, shortfalls=%d]", members.size(),
        coverage, shortfalls.size());
  }
}
