package dev.reverso.matching.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.matching.result.PartnerFeasibility;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.spi.Constraint;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The hard constraints of an {@link EncodedProblem} bound to its programme: whether a pair is allowed, a
 * whole row or column at once (built-in rules through {@link RowCheck}), and how many partners the
 * constraints leave a participant. Immutable after construction.
 */
final class Admissibility {
  private final ImmutableList<Constraint> constraints;
  private final Constraint.Check[] checks;
  private final int mentors;
  private final int mentees;

  Admissibility(Program program, ImmutableList<Constraint> constraints) {
    this.constraints = constraints;
    this.mentors = program.mentors().size();
    this.mentees = program.mentees().size();
    this.checks = new Constraint.Check[constraints.size()];
    for (int c = 0; c < checks.length; c++) {
      Constraint constraint = constraints.get(c);
      checks[c] = requireNonNull(constraint.bind(program), () -> "constraint '" + constraint.id() + "' bound to null");
    }
  }

  /** The number of constraints. */
  int count() {
    return checks.length;
  }

  /** The id of the c-th constraint. */
  String id(int c) {
    return constraints.get(c).id();
  }

  /** Whether the c-th constraint allows the pair. */
  boolean allows(int c, int mentor, int mentee) {
    return checks[c].allows(mentor, mentee);
  }

  /** Why the c-th constraint forbids the pair. */
  Reason reason(int c, int mentor, int mentee) {
    Reason r = checks[c].reason(mentor, mentee);
    if (r == null) {
      throw new IllegalStateException("constraint '" + id(c) + "' gave no reason for a pair it forbids");
    }
    return r;
  }

  boolean allowed(int mentor, int mentee) {
    for (Constraint.Check check : checks) {
      if (!check.allows(mentor, mentee)) {
        return false;
      }
    }
    return true;
  }

  void allowedRow(int mentee, boolean[] out) {
    int m = mentors;
    Objects.checkIndex(mentee, mentees);
    if (out.length < m) {
      throw new IllegalArgumentException("expected a row buffer of at least " + m + " entries, found " + out.length);
    }
    Arrays.fill(out, 0, m, true);
    for (Constraint.Check check : checks) {
      if (check instanceof RowCheck) {
        ((RowCheck) check).restrictRow(mentee, out);
      } else {
        for (int i = 0; i < m; i++) {
          if (out[i] && !check.allows(i, mentee)) {
            out[i] = false;
          }
        }
      }
    }
  }

  void allowedColumn(int mentor, boolean[] out) {
    int n = mentees;
    Objects.checkIndex(mentor, mentors);
    if (out.length < n) {
      throw new IllegalArgumentException("expected a column buffer of at least " + n + " entries, found "
          + out.length);
    }
    Arrays.fill(out, 0, n, true);
    for (Constraint.Check check : checks) {
      if (check instanceof RowCheck) {
        ((RowCheck) check).restrictColumn(mentor, out);
      } else {
        for (int j = 0; j < n; j++) {
          if (out[j] && !check.allows(mentor, j)) {
            out[j] = false;
          }
        }
      }
    }
  }

  PartnerFeasibility feasibility(ParticipantId id, Role role, int self) {
    int partners = role == Role.MENTOR ? mentees : mentors;
    int[] forbidden = new int[checks.length];
    int feasible = 0;
    for (int other = 0; other < partners; other++) {
      int i = role == Role.MENTOR ? self : other;
      int j = role == Role.MENTOR ? other : self;
      boolean ok = true;
      for (int c = 0; c < checks.length; c++) {
        if (!checks[c].allows(i, j)) {
          forbidden[c]++;
          ok = false;
        }
      }
      if (ok) {
        feasible++;
      }
    }
    Map<String, Integer> by = new LinkedHashMap<>();
    for (int c = 0; c < checks.length; c++) {
      if (forbidden[c] > 0) {
        by.put(constraints.get(c).id(), forbidden[c]);
      }
    }
    return new PartnerFeasibility(id, role, partners, feasible, ImmutableMap.copyOf(by));
  }
}
