package dev.reverso.matching.constraint;

import static dev.reverso.matching.constraint.RuleSupport.chartIndices;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.OrgChart;
import dev.reverso.core.Program;
import dev.reverso.matching.internal.RowCheck;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import dev.reverso.matching.spi.Constraint;
import java.util.Objects;

/**
 * The {@code reporting-chain} rule of {@link Constraints#reportingChain(int, boolean)}. Reasons:
 * {@code reports-directly-to {person, manager}}, {@code reports-indirectly-to {person, manager, levels, via}}
 * ({@code via}: the ids in between, comma-separated, nearest first) or {@code same-manager {mentor, mentee,
 * manager}}.
 */
final class ReportingChain implements Constraint {
  private final int maxDepth;
  private final boolean sameManagerPeers;

  ReportingChain(int maxDepth, boolean sameManagerPeers) {
    if (maxDepth < 1) {
      throw InvalidInputException.of("reportingChain.maxDepth",
          "expected a maximum chain depth of at least 1, found " + maxDepth);
    }
    this.maxDepth = maxDepth;
    this.sameManagerPeers = sameManagerPeers;
  }

  @Override
  public String id() {
    return "reporting-chain";
  }

  @Override
  public Check bind(Program program) {
    OrgChart chart = program.orgChart();
    int[] mentorNode = chartIndices(chart, program.mentors());
    int[] menteeNode = chartIndices(chart, program.mentees());
    int mentorCount = program.mentors().size();
    int menteeCount = program.mentees().size();
    return new RowCheck() {
      @Override
      public void restrictColumn(int mentor, boolean[] allowed) {
        for (int j = 0; j < menteeCount; j++) {
          if (allowed[j] && !allows(mentor, j)) {
            allowed[j] = false;
          }
        }
      }

      @Override
      public void restrictRow(int mentee, boolean[] allowed) {
        for (int i = 0; i < mentorCount; i++) {
          if (allowed[i] && !allows(i, mentee)) {
            allowed[i] = false;
          }
        }
      }

      private boolean above(int upper, int lower) {
        return chart.isAbove(upper, lower) && chart.depth(lower) - chart.depth(upper) <= maxDepth;
      }

      private boolean peers(int a, int b) {
        return sameManagerPeers && chart.parentIndex(a) >= 0 && chart.parentIndex(a) == chart.parentIndex(b);
      }

      @Override
      public boolean allows(int mentor, int mentee) {
        int a = mentorNode[mentor];
        int b = menteeNode[mentee];
        if (a < 0 || b < 0) {
          return true;
        }
        return !above(a, b) && !above(b, a) && !peers(a, b);
      }

      @Override
      public Reason reason(int mentor, int mentee) {
        int a = mentorNode[mentor];
        int b = menteeNode[mentee];
        if (above(a, b)) {
          return chain(b, a);
        }
        if (above(b, a)) {
          return chain(a, b);
        }
        return Reason.of(ReasonCodes.SAME_MANAGER, "mentor", chart.id(a).value(), "mentee", chart.id(b).value(),
            "manager", chart.id(chart.parentIndex(a)).value());
      }

      private Reason chain(int lower, int upper) {
        int at = chart.parentIndex(lower);
        if (at == upper) {
          return Reason.of(ReasonCodes.REPORTS_DIRECTLY_TO, "person", chart.id(lower).value(),
              "manager", chart.id(upper).value());
        }
        StringBuilder via = new StringBuilder();
        int levels = 1;
        while (at != upper) {
          via.append(via.length() == 0 ? "" : ", ").append(chart.id(at).value());
          at = chart.parentIndex(at);
          levels++;
        }
        return Reason.of(ReasonCodes.REPORTS_INDIRECTLY_TO, "person", chart.id(lower).value(),
            "manager", chart.id(upper).value(), "levels", levels, "via", via.toString());
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportingChain && ((ReportingChain) o).maxDepth == maxDepth
        && ((ReportingChain) o).sameManagerPeers == sameManagerPeers;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDepth, sameManagerPeers);
  }

  @Override
  public String toString() {
    return "Constraint[" + id() + ", maxDepth=" + (maxDepth == Constraints.ANY_DEPTH ? "any" : maxDepth)
        + ", sameManagerPeers=" + sameManagerPeers + "]";
  }
}
