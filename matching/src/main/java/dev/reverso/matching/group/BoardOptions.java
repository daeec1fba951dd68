package dev.reverso.matching.group;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.Problems;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link ShadowBoard#select} is asked for: the board's size and representation bounds per group.
 *
 * <p>A <em>dimension</em> groups the juniors: {@code department}, {@code division}, {@code location},
 * {@code seniority} (bands of {@value CircleObjective#SENIORITY_BAND_WIDTH} grades, as {@code band-1},
 * {@code band-2}, …) or the key of any {@link Participant#attributes() attribute}. {@code maxPer("department",
 * 2)}: at most 2 members from any one department. {@code minPer("location", 1)}: at least 1 member from every
 * location that has volunteers (at most as many as it has). People whose value is unknown count for no group.
 *
 * <pre>{@code
 * BoardOptions options = BoardOptions.builder().size(8).maxPer("department", 2).minPer("location", 1).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class BoardOptions {
  /** The largest board accepted. */
  public static final int MAX_SIZE = 200;

  private final int size;
  private final ImmutableMap<String, Integer> maxPer;
  private final ImmutableMap<String, Integer> minPer;
  private final Optional<Duration> deadline;

  private BoardOptions(Builder b) {
    this.size = b.size;
    this.maxPer = ImmutableMap.copyOf(b.maxPer);
    this.minPer = ImmutableMap.copyOf(b.minPer);
    this.deadline = Optional.ofNullable(b.deadline);
  }

  /** A builder; {@link Builder#size(int)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of members to choose. */
  public int size() {
    return size;
  }

  /** Dimension → the most members of any one group, in the order given. */
  public ImmutableMap<String, Integer> maxPer() {
    return maxPer;
  }

  /** Dimension → the fewest members of every group that has volunteers, in the order given. */
  public ImmutableMap<String, Integer> minPer() {
    return minPer;
  }

  /** The time limit of one selection, if any. */
  public Optional<Duration> deadline() {
    return deadline;
  }

  /** The group of a person in a dimension, if known. */
  public static Optional<String> group(Participant p, String dimension) {
    switch (dimension) {
      case "department":
        return p.department();
      case "division":
        return p.division();
      case "location":
        return p.location();
      case "seniority":
        return Optional.of("band-" + CircleObjective.seniorityBand(p.seniority()));
      default:
        return Optional.ofNullable(p.attributes().get(dimension));
    }
  }

  /** Settings only. */
  @Override
  public String toString() {
    return "BoardOptions[size=" + size + ", maxPer=" + maxPer + ", minPer=" + minPer + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BoardOptions other && size == other.size && maxPer.equals(other.maxPer)
        && minPer.equals(other.minPer) && deadline.equals(other.deadline);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(size, maxPer, minPer, deadline);
  }

  /** Builds {@link BoardOptions}; {@link #build()} reports every problem at once. Not thread-safe. */
  public static final class Builder {
    private int size = -1;
    private final Map<String, Integer> maxPer = new LinkedHashMap<>();
    private final Map<String, Integer> minPer = new LinkedHashMap<>();
    private Duration deadline;

    private Builder() {}

    /** The number of members, 1 to {@value BoardOptions#MAX_SIZE}. */
    public Builder size(int size) {
      this.size = size;
      return this;
    }

    /** At most {@code max} members from any one group of {@code dimension} (≥ 1); replaces an earlier bound. */
    public Builder maxPer(String dimension, int max) {
      maxPer.put(requireNonNull(dimension, "dimension").trim().toLowerCase(Locale.ROOT), max);
      return this;
    }

    /** At least {@code min} members (≥ 1) from each group of {@code dimension} that has volunteers. */
    public Builder minPer(String dimension, int min) {
      minPer.put(requireNonNull(dimension, "dimension").trim().toLowerCase(Locale.ROOT), min);
      return this;
    }

    /** A time limit for each selection. */
    public Builder deadline(Duration deadline) {
      this.deadline = requireNonNull(deadline, "deadline");
      return this;
    }

    /**
     * The options.
     *
     * @throws InvalidInputException if the size is missing or out of range, a dimension is blank, or a bound
     *     is below 1 (every problem, each located as {@code size}, {@code maxPer.department}, …)
     */
    public BoardOptions build() {
      Problems problems = new Problems();
      if (size < 1 || size > MAX_SIZE) {
        problems.error("size", size == -1 ? "expected the board size (1 to " + MAX_SIZE + "), found none"
            : "expected a board size from 1 to " + MAX_SIZE + ", found " + size);
      }
      bounds(problems, "maxPer", maxPer);
      bounds(problems, "minPer", minPer);
      for (Map.Entry<String, Integer> e : minPer.entrySet()) {
        Integer max = maxPer.get(e.getKey());
        if (max != null && max >= 1 && e.getValue() > max) {
          problems.error("minPer." + e.getKey(), "expected at most maxPer." + e.getKey() + " (" + max + "), found "
              + e.getValue());
        }
      }
      if (deadline != null && (deadline.isNegative() || deadline.isZero())) {
        problems.error("deadline", "expected a positive time limit, found " + deadline);
      }
      problems.throwIfErrors();
      return new BoardOptions(this);
    }

    private static void bounds(Problems problems, String name, Map<String, Integer> bounds) {
      for (Map.Entry<String, Integer> e : bounds.entrySet()) {
        if (e.getKey().isEmpty()) {
          problems.error(name, "expected a dimension (department, division, location, seniority or an attribute key),"
              + " found an empty one");
        } else if (e.getValue() < 1) {
          problems.error(name + "." + e.getKey(), "expected at least 1 member, found " + e.getValue());
        }
      }
    }
  }
}
