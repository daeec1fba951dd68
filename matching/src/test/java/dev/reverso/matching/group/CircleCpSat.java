package dev.reverso.matching.group;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import dev.reverso.core.Participant;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact optimum of the circle problem with OR-tools CP-SAT, as an oracle on 30–60-person programmes.
 *
 * <p>Set-packing model: every feasible circle of every senior is a column — each subset of the senior's
 * allowed juniors with {@code min..max} members who share a language with the senior and each other — worth
 * its {@link CircleObjective} score (computed by the reference evaluation, scaled by {@value #SCALE} and
 * rounded). Constraints: at most one column per senior, and every junior in at most its capacity of chosen
 * columns. Its optimum is the optimum of the circle problem (the objective depends on each circle alone),
 * and its LP relaxation is tight enough for CP-SAT to prove it in seconds. The chosen circles are re-scored
 * exactly, so rounding can only lower the oracle's value by under 1e-5 per circle.
 */
final class CircleCpSat {
  static final double SCALE = 1_000_000;

  static {
    Loader.loadNativeLibraries();
  }

  /** The value of the optimum found, whether CP-SAT proved it optimal, and its upper bound. */
  record Optimum(double value, boolean proven, double bound, int columns, double seconds) {}

  private CircleCpSat() {}

  static Optimum solve(MatchingProblem problem, CircleObjective objective, int min, int max, double seconds) {
    int seniors = problem.menteeCount();
    int juniors = problem.mentorCount();
    CpModel model = new CpModel();
    LinearExprBuilder total = LinearExpr.newBuilder();
    List<List<BoolVar>> ofJunior = new ArrayList<>();
    for (int j = 0; j < juniors; j++) {
      ofJunior.add(new ArrayList<>());
    }
    List<BoolVar> columns = new ArrayList<>();
    List<int[]> members = new ArrayList<>();
    List<Integer> seniorOf = new ArrayList<>();
    for (int s = 0; s < seniors; s++) {
      List<Integer> feasible = new ArrayList<>();
      for (int j = 0; j < juniors; j++) {
        if (problem.allowed(j, s)) {
          feasible.add(j);
        }
      }
      List<int[]> circles = new ArrayList<>();
      enumerate(problem, s, feasible, 0, new int[max], 0, min, max, circles);
      List<BoolVar> mine = new ArrayList<>();
      for (int[] circle : circles) {
        BoolVar c = model.newBoolVar("c" + columns.size());
        total.addTerm(c, Math.round(SCALE * objective.score(problem, s, circle, max)));
        for (int j : circle) {
          ofJunior.get(j).add(c);
        }
        mine.add(c);
        columns.add(c);
        members.add(circle);
        seniorOf.add(s);
      }
      if (!mine.isEmpty()) {
        model.addAtMostOne(mine.toArray(new com.google.ortools.sat.Literal[0]));
      }
    }
    for (int j = 0; j < juniors; j++) {
      if (ofJunior.get(j).size() > problem.mentorCapacity(j)) {
        model.addLessOrEqual(LinearExpr.sum(ofJunior.get(j).toArray(new BoolVar[0])), problem.mentorCapacity(j));
      }
    }
    model.maximize(total.build());
    CpSolver solver = new CpSolver();
    // A deterministic time limit: the same work on a loaded machine as on an idle one (wall time as a backstop).
    solver.getParameters().setMaxDeterministicTime(seconds).setMaxTimeInSeconds(20 * seconds).setNumWorkers(1)
        .setLinearizationLevel(2).setRandomSeed(7);
    CpSolverStatus status = solver.solve(model);
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE && status != CpSolverStatus.UNKNOWN) {
      throw new IllegalStateException("CP-SAT ended with " + status);
    }
    double value = 0;
    for (int c = 0; status != CpSolverStatus.UNKNOWN && c < columns.size(); c++) {
      if (solver.booleanValue(columns.get(c))) {
        value += objective.score(problem, seniorOf.get(c), members.get(c), max);
      }
    }
    return new Optimum(value, status == CpSolverStatus.OPTIMAL, solver.bestObjectiveBound() / SCALE, columns.size(),
        solver.userTime());
  }

  /** Every subset of {@code feasible[from..]} extending {@code chosen[0..k-1]} that forms a valid circle. */
  private static void enumerate(MatchingProblem problem, int s, List<Integer> feasible, int from, int[] chosen,
      int k, int min, int max, List<int[]> out) {
    if (k >= min && sharesLanguage(problem, s, chosen, k)) {
      out.add(java.util.Arrays.copyOf(chosen, k));
    }
    if (k == max) {
      return;
    }
    for (int f = from; f < feasible.size(); f++) {
      chosen[k] = feasible.get(f);
      if (sharesLanguage(problem, s, chosen, k + 1)) { // a subset that fails cannot be completed
        enumerate(problem, s, feasible, f + 1, chosen, k + 1, min, max, out);
      }
    }
  }

  private static boolean sharesLanguage(MatchingProblem problem, int s, int[] chosen, int k) {
    List<Participant> people = new ArrayList<>();
    people.add(problem.mentee(s));
    boolean anyListed = !problem.mentee(s).languages().isEmpty();
    for (int r = 0; r < k; r++) {
      people.add(problem.mentor(chosen[r]));
      anyListed |= !problem.mentor(chosen[r]).languages().isEmpty();
    }
    return !anyListed || !Languages.common(people).isEmpty();
  }
}
