package dev.reverso.examples;

import dev.reverso.matching.Matcher;
import dev.reverso.matching.spi.Constraint;

/** A company rule in one line: mentoring crosses offices, so people of the same office are not paired. */
public final class LambdaConstraint {
  public static final Constraint DIFFERENT_OFFICE = Constraint.of("different-office",
      (mentor, mentee) -> mentor.location().isEmpty() || !mentor.location().equals(mentee.location()),
      (mentor, mentee) -> "both work in " + mentor.location().orElseThrow());

  /** The default rules (reporting chain, seniority gap, shared language, ...) and this one. */
  public static Matcher matcher() {
    return Matcher.builder().strategy("optimal").constraint(DIFFERENT_OFFICE).build();
  }

  private LambdaConstraint() {}
}
