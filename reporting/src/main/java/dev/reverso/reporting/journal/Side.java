package dev.reverso.reporting.journal;

/** One side of a mentoring pair: the junior who mentors or the senior who is mentored. */
public enum Side {
  /** The junior who mentors. */
  MENTOR,
  /** The senior who is mentored. */
  MENTEE
}
