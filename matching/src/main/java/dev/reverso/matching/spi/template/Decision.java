package dev.reverso.matching.spi.template;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * The pairs a strategy written on {@link AbstractMatchingStrategy} chose: mentor and mentee indexes of
 * the {@link dev.reverso.matching.spi.MatchingProblem}, and a note on which solver ran. Only the new pairs: the
 * template adds the pairs it keeps (active and pinned) itself.
 *
 * <p>Build one with {@link #of(String, int[], int[], int)} from index arrays, or pair by pair with
 * {@link #builder(String)}. Immutable once built; the arrays given to {@code of} are copied.
 */
public final class Decision {
  private final String solverPath;
  private final int[] mentors;
  private final int[] mentees;
  private final int[] menteeCapacities;
  private final java.util.List<String> warnings;

  private Decision(String solverPath, int[] mentors, int[] mentees, int[] menteeCapacities) {
    this(solverPath, mentors, mentees, menteeCapacities, java.util.List.of());
  }

  private Decision(String solverPath, int[] mentors, int[] mentees, int[] menteeCapacities,
      java.util.List<String> warnings) {
    this.warnings = warnings;
    this.solverPath = requireNonNull(solverPath, "solverPath");
    this.mentors = mentors;
    this.mentees = mentees;
    this.menteeCapacities = menteeCapacities;
  }

  /**
   * A copy stating that the strategy gave mentees less room than the round offered (as {@code stable},
   * one new mentor per mentee): the unmatched reasons are then judged against these capacities.
   *
   * @param menteeCapacities per mentee, at most the round's {@link MatchingRound#menteeCapacities()}
   */
  public Decision withMenteeCapacities(int[] menteeCapacities) {
    return new Decision(solverPath, mentors, mentees, menteeCapacities.clone(), warnings);
  }

  /**
   * A copy with these warnings, added to the result's {@link dev.reverso.matching.result.MatchResult#warnings()}
   * (such as what a representation bound changed). They must name no person by display name.
   */
  public Decision withWarnings(java.util.List<String> warnings) {
    return new Decision(solverPath, mentors, mentees, menteeCapacities, java.util.List.copyOf(warnings));
  }

  /** The warnings the strategy added; empty unless {@link #withWarnings} was used. */
  public java.util.List<String> warnings() {
    return warnings;
  }

  /** The mentee capacities the strategy worked with, if it said so; else null. */
  int[] menteeCapacities() {
    return menteeCapacities;
  }

  /**
   * The first {@code count} pairs of two index arrays.
   *
   * @param solverPath which solver ran, such as {@code dense}; recorded in the result
   * @throws IllegalArgumentException if {@code count} is negative or longer than an array
   */
  public static Decision of(String solverPath, int[] mentors, int[] mentees, int count) {
    requireNonNull(mentors, "mentors");
    requireNonNull(mentees, "mentees");
    if (count < 0 || count > mentors.length || count > mentees.length) {
      throw new IllegalArgumentException("expected a pair count from 0 to " + Math.min(mentors.length, mentees.length)
          + ", found " + count);
    }
    return new Decision(solverPath, Arrays.copyOf(mentors, count), Arrays.copyOf(mentees, count), null);
  }

  /** A builder that collects pairs one by one. */
  public static Builder builder(String solverPath) {
    return new Builder(requireNonNull(solverPath, "solverPath"));
  }

  /** Which solver ran. */
  public String solverPath() {
    return solverPath;
  }

  /** How many pairs. */
  public int size() {
    return mentors.length;
  }

  /** The mentor index of pair {@code k}. */
  public int mentor(int k) {
    return mentors[k];
  }

  /** The mentee index of pair {@code k}. */
  public int mentee(int k) {
    return mentees[k];
  }

  /** Solver path and pair count only. */
  @Override
  public String toString() {
    return "Decision[" + solverPath + ", pairs=" + mentors.length + "]";
  }

  /** Collects pairs; not thread-safe. */
  public static final class Builder {
    private final String solverPath;
    private int[] mentors = new int[16];
    private int[] mentees = new int[16];
    private int count;

    private Builder(String solverPath) {
      this.solverPath = solverPath;
    }

    /** Adds the pair of mentor index {@code mentor} and mentee index {@code mentee}. */
    public Builder pair(int mentor, int mentee) {
      if (count == mentors.length) {
        mentors = Arrays.copyOf(mentors, count * 2);
        mentees = Arrays.copyOf(mentees, count * 2);
      }
      mentors[count] = mentor;
      mentees[count++] = mentee;
      return this;
    }

    /** Adds every pair of another decision. */
    public Builder pairs(Decision other) {
      for (int k = 0; k < other.size(); k++) {
        pair(other.mentor(k), other.mentee(k));
      }
      return this;
    }

    /** The decision. */
    public Decision build() {
      return Decision.of(solverPath, mentors, mentees, count);
    }
  }
}
