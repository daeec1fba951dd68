package dev.reverso.matching.internal;

/** Which (mentor, mentee) pairs a strategy may make; thread-safe. Internal. */
@FunctionalInterface
public interface PairFilter {
  /** A filter that lets every pair through. */
  PairFilter ALL = (mentor, mentee) -> true;

  /** Whether the pair of mentor index {@code mentor} and mentee index {@code mentee} may be made. */
  boolean test(int mentor, int mentee);
}
