package dev.reverso.matching.group;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problems;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.MatchingProblems;
import dev.reverso.matching.spi.MatchingProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Chooses a <b>shadow board</b>: a panel of juniors (the programme's mentors, the volunteers) who advise the
 * executive team (the programme's mentees), chosen to cover as much of the executive team's learning goals
 * as possible while hearing voices from across the organisation.
 *
 * <p><b>Objective.</b> With executives {@code S} and board {@code B}:
 * {@code coverage(B) = (1/|S|) · Σ_{s ∈ S} Σ_g w(s, g) · max_{j ∈ B} credit(j, s, g)}, where {@code w} and
 * {@code credit} are those of {@link CircleObjective} (the forward-coverage tables of
 * {@link MatchingProblem}): every executive counts equally, each of their goals is credited by the board's
 * best member for it. Monotone submodular in {@code B}. Pair constraints (reporting lines and the like) do
 * not apply: the board advises the team, not one person.
 *
 * <p><b>Bounds.</b> At most {@link BoardOptions#size()} members; {@link BoardOptions#maxPer()} caps each group
 * of a dimension; {@link BoardOptions#minPer()} asks for a minimum from every group that has volunteers.
 *
 * <p><b>Algorithm and guarantee.</b> Greedy: add the junior of largest coverage gain whose addition keeps
 * every cap and still leaves enough seats for every dimension's unmet minimums, until the board is full.
 * Then local search: swap a member for a non-member when the swap lowers the total shortfall of minimums or
 * keeps it and raises coverage, until no swap does (at most 50 passes). The size and the caps of one
 * dimension form a laminar matroid, so with caps on {@code k} dimensions the feasible boards are the
 * intersection of {@code k} matroids and greedy reaches at least {@code 1/(k+1)} of the optimum (Fisher,
 * Nemhauser &amp; Wolsey 1978) — 1/2 with caps on one dimension, as in {@code --max-per department=2}; local
 * search never lowers it. Minimum bounds are not a matroid constraint: with them the bound is not proven, and
 * the tests compare the result with the exact optimum. Each greedy step and each local-search pass cost
 * O(juniors × executive goals) credit look-ups per member; no memory beyond O(executive goals).
 *
 * <p>Deterministic (ties go to the lower mentor index) and thread-safe (no shared state).
 */
public final class ShadowBoard {
  static final double EPS = 1e-12;
  static final int MAX_PASSES = 50;

  private ShadowBoard() {}

  /**
   * Chooses the board of a programme: its mentors are the volunteers, its mentees the executive team.
   *
   * @throws InvalidInputException if the programme has no mentor, or the minimums of one dimension need more
   *     seats than the board has (every problem reported)
   */
  public static BoardResult select(Program program, BoardOptions options) {
    requireNonNull(program, "program");
    return select(MatchingProblems.builder(program).constraints(List.of()).build(), options);
  }

  /** As {@link #select(Program, BoardOptions)}, on an encoded programme (its constraints are not used). */
  public static BoardResult select(MatchingProblem problem, BoardOptions options) {
    requireNonNull(problem, "problem");
    requireNonNull(options, "options");
    MatchingOptions run = MatchingOptions.defaults();
    if (options.deadline().isPresent()) {
      Instant end;
      try {
        end = Instant.now().plus(options.deadline().get());
      } catch (ArithmeticException | java.time.DateTimeException e) {
        end = Instant.MAX;
      }
      run = run.withDeadline(end);
    }
    return new Search(problem, options, run).run();
  }

  /**
   * The coverage of a board: the reference evaluation of the objective (see the class doc).
   *
   * @param members mentor indices, distinct
   */
  public static double coverage(MatchingProblem problem, int[] members) {
    int seniors = problem.menteeCount();
    if (seniors == 0) {
      return 0;
    }
    double total = 0;
    for (int s = 0; s < seniors; s++) {
      double mine = 0;
      for (int g = 0; g < problem.menteeGoalCount(s); g++) {
        double best = 0;
        for (int j : members) {
          best = Math.max(best, problem.goalCredit(j, s, g));
        }
        mine += problem.menteeGoalWeight(s, g) * best;
      }
      total += mine;
    }
    return Math.min(1, total / seniors);
  }

  /** One selection. */
  private static final class Search {
    private final MatchingProblem problem;
    private final BoardOptions options;
    private final MatchingOptions run;
    private final int juniors;
    /** Executive goal t: senior, goal index, weight (w / |S|). */
    private final int[] tSenior;
    private final int[] tGoal;
    private final double[] tWeight;
    private final String[] dims;
    private final int[][] gid;
    private final String[][] groupNames;
    private final int[] cap;
    private final int[][] need;
    private final int[][] count;
    private final boolean[] chosen;
    private final List<Integer> board = new ArrayList<>();
    private long steps;

    Search(MatchingProblem problem, BoardOptions options, MatchingOptions run) {
      this.problem = problem;
      this.options = options;
      this.run = run;
      this.juniors = problem.mentorCount();
      int seniors = problem.menteeCount();
      int goals = 0;
      for (int s = 0; s < seniors; s++) {
        goals += problem.menteeGoalCount(s);
      }
      tSenior = new int[goals];
      tGoal = new int[goals];
      tWeight = new double[goals];
      for (int s = 0, t = 0; s < seniors; s++) {
        for (int g = 0; g < problem.menteeGoalCount(s); g++, t++) {
          tSenior[t] = s;
          tGoal[t] = g;
          tWeight[t] = problem.menteeGoalWeight(s, g) / seniors;
        }
      }
      LinkedHashSet<String> dimensions = new LinkedHashSet<>(options.maxPer().keySet());
      dimensions.addAll(options.minPer().keySet());
      dims = dimensions.toArray(new String[0]);
      gid = new int[dims.length][juniors];
      groupNames = new String[dims.length][];
      cap = new int[dims.length];
      need = new int[dims.length][];
      count = new int[dims.length][];
      Problems problems = new Problems();
      if (juniors == 0) {
        problems.error("mentors", "expected at least one mentor to choose the board from, found none");
      }
      for (int d = 0; d < dims.length; d++) {
        Map<String, Integer> ids = new TreeMap<>();
        for (int j = 0; j < juniors; j++) {
          BoardOptions.group(problem.mentor(j), dims[d]).ifPresent(v -> ids.putIfAbsent(v, 0));
        }
        int next = 0;
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
          e.setValue(next++);
        }
        groupNames[d] = ids.keySet().toArray(new String[0]);
        int[] volunteers = new int[next];
        for (int j = 0; j < juniors; j++) {
          Optional<String> v = BoardOptions.group(problem.mentor(j), dims[d]);
          gid[d][j] = v.map(ids::get).orElse(-1);
          if (gid[d][j] >= 0) {
            volunteers[gid[d][j]]++;
          }
        }
        cap[d] = options.maxPer().getOrDefault(dims[d], Integer.MAX_VALUE);
        int min = options.minPer().getOrDefault(dims[d], 0);
        need[d] = new int[next];
        int seats = 0;
        for (int v = 0; v < next; v++) {
          need[d][v] = Math.min(min, volunteers[v]);
          seats += need[d][v];
        }
        if (seats > options.size()) {
          problems.error("minPer." + dims[d], "expected minimums that fit a board of " + options.size()
              + ", found " + next + " groups with volunteers needing " + seats + " seats");
        }
        count[d] = new int[next];
      }
      problems.throwIfErrors();
      chosen = new boolean[juniors];
    }

    BoardResult run() {
      double[] best = new double[tWeight.length];
      // greedy
      while (board.size() < options.size()) {
        run.checkpoint();
        int pick = -1;
        double pickGain = -1;
        for (int j = 0; j < juniors; j++) {
          if (chosen[j] || !fits(j, -1)) {
            continue;
          }
          double gain = 0;
          for (int t = 0; t < tWeight.length; t++) {
            double c = credit(j, t);
            if (c > best[t]) {
              gain += tWeight[t] * (c - best[t]);
            }
          }
          if (gain > pickGain) {
            pickGain = gain;
            pick = j;
          }
        }
        if (pick < 0) {
          break;
        }
        take(pick);
        for (int t = 0; t < tWeight.length; t++) {
          best[t] = Math.max(best[t], credit(pick, t));
        }
      }
      double greedy = coverage(problem, members());
      localSearch();
      int[] members = members();
      double coverage = coverage(problem, members);
      return result(members, coverage, greedy);
    }

    private double credit(int j, int t) {
      return problem.goalCredit(j, tSenior[t], tGoal[t]);
    }

    /** Whether adding j (after removing board member {@code out}, or none if -1) keeps caps and seats. */
    private boolean fits(int j, int out) {
      int seatsAfter = options.size() - board.size() - (out < 0 ? 1 : 0);
      for (int d = 0; d < dims.length; d++) {
        int g = gid[d][j];
        int go = out < 0 ? -1 : gid[d][out];
        if (g >= 0 && g != go && count[d][g] + 1 > cap[d]) {
          return false;
        }
        if (out < 0) {
          int deficit = 0;
          for (int v = 0; v < need[d].length; v++) {
            int c = count[d][v] + (v == g ? 1 : 0);
            deficit += Math.max(0, need[d][v] - c);
          }
          if (deficit > seatsAfter) {
            return false;
          }
        }
      }
      return true;
    }

    private int deficitAfterSwap(int in, int out) {
      int deficit = 0;
      for (int d = 0; d < dims.length; d++) {
        for (int v = 0; v < need[d].length; v++) {
          int c = count[d][v] + (gid[d][in] == v ? 1 : 0) - (gid[d][out] == v ? 1 : 0);
          deficit += Math.max(0, need[d][v] - c);
        }
      }
      return deficit;
    }

    private void take(int j) {
      chosen[j] = true;
      board.add(j);
      for (int d = 0; d < dims.length; d++) {
        if (gid[d][j] >= 0) {
          count[d][gid[d][j]]++;
        }
      }
    }

    private void drop(int j) {
      chosen[j] = false;
      board.remove(Integer.valueOf(j));
      for (int d = 0; d < dims.length; d++) {
        if (gid[d][j] >= 0) {
          count[d][gid[d][j]]--;
        }
      }
    }

    private int[] members() {
      int[] m = board.stream().mapToInt(Integer::intValue).toArray();
      Arrays.sort(m);
      return m;
    }

    private void localSearch() {
      int goals = tWeight.length;
      double[] b1 = new double[goals];
      double[] b2 = new double[goals];
      int[] who = new int[goals];
      double[] base = new double[goals];
      for (int pass = 0; pass < MAX_PASSES; pass++) {
        int[] members = members();
        Arrays.fill(b1, 0);
        Arrays.fill(b2, 0);
        Arrays.fill(who, -1);
        for (int j : members) {
          for (int t = 0; t < goals; t++) {
            double c = credit(j, t);
            if (c > b1[t]) {
              b2[t] = b1[t];
              b1[t] = c;
              who[t] = j;
            } else if (c > b2[t]) {
              b2[t] = c;
            }
          }
        }
        int deficit = currentDeficit();
        int bestOut = -1;
        int bestIn = -1;
        int bestDeficit = deficit;
        double bestDelta = EPS;
        for (int out : members) {
          if ((++steps & 15) == 0) {
            run.checkpoint();
          }
          for (int t = 0; t < goals; t++) {
            base[t] = who[t] == out ? b2[t] : b1[t];
          }
          for (int in = 0; in < juniors; in++) {
            if (chosen[in] || !fits(in, out)) {
              continue;
            }
            int def = deficitAfterSwap(in, out);
            if (def > bestDeficit) {
              continue;
            }
            double delta = 0;
            for (int t = 0; t < goals; t++) {
              double c = credit(in, t);
              delta += tWeight[t] * ((c > base[t] ? c : base[t]) - b1[t]);
            }
            // lexicographic: a smaller shortfall of minimums first, then more coverage
            if (def < bestDeficit || delta > bestDelta) {
              bestDeficit = def;
              bestDelta = delta;
              bestOut = out;
              bestIn = in;
            }
          }
        }
        // seats left empty (greedy stopped when no junior fit): fill them if that keeps or lowers the shortfall
        if (board.size() < options.size()) {
          for (int in = 0; in < juniors; in++) {
            if (chosen[in] || !capsAllow(in)) {
              continue;
            }
            int def = deficitAfterAdd(in);
            double delta = 0;
            for (int t = 0; t < goals; t++) {
              double c = credit(in, t);
              delta += c > b1[t] ? tWeight[t] * (c - b1[t]) : 0;
            }
            if (def < bestDeficit || (def == bestDeficit && (bestOut >= 0 ? delta > bestDelta : bestIn < 0 || delta > bestDelta))) {
              bestDeficit = def;
              bestDelta = delta;
              bestOut = -1;
              bestIn = in;
            }
          }
        }
        if (bestIn < 0) {
          return;
        }
        if (bestOut >= 0) {
          drop(bestOut);
        }
        take(bestIn);
      }
    }

    private boolean capsAllow(int j) {
      for (int d = 0; d < dims.length; d++) {
        int g = gid[d][j];
        if (g >= 0 && count[d][g] + 1 > cap[d]) {
          return false;
        }
      }
      return true;
    }

    private int deficitAfterAdd(int in) {
      int deficit = 0;
      for (int d = 0; d < dims.length; d++) {
        for (int v = 0; v < need[d].length; v++) {
          int c = count[d][v] + (gid[d][in] == v ? 1 : 0);
          deficit += Math.max(0, need[d][v] - c);
        }
      }
      return deficit;
    }

    private int currentDeficit() {
      int deficit = 0;
      for (int d = 0; d < dims.length; d++) {
        for (int v = 0; v < need[d].length; v++) {
          deficit += Math.max(0, need[d][v] - count[d][v]);
        }
      }
      return deficit;
    }

    private BoardResult result(int[] members, double coverage, double greedy) {
      ImmutableList.Builder<ParticipantId> ids = ImmutableList.builder();
      List<String> reportDims = new ArrayList<>(Arrays.asList(dims));
      for (String d : List.of("department", "division", "location")) {
        if (!reportDims.contains(d)) {
          reportDims.add(d);
        }
      }
      ImmutableList.Builder<BoardResult.Contribution> contributions = ImmutableList.builder();
      Map<String, Map<String, Integer>> groups = new LinkedHashMap<>();
      for (String d : reportDims) {
        groups.put(d, new TreeMap<>());
      }
      for (int j : members) {
        Participant p = problem.mentor(j);
        ids.add(p.id());
        int[] without = Arrays.stream(members).filter(o -> o != j).toArray();
        Map<String, String> mine = new LinkedHashMap<>();
        for (String d : reportDims) {
          BoardOptions.group(p, d).ifPresent(v -> {
            mine.put(d, v);
            groups.get(d).merge(v, 1, Integer::sum);
          });
        }
        contributions.add(new BoardResult.Contribution(p.id(),
            Math.max(0, coverage - coverage(problem, without)), ImmutableMap.copyOf(mine)));
      }
      ImmutableMap.Builder<String, ImmutableMap<String, Integer>> g = ImmutableMap.builder();
      groups.forEach((d, m) -> g.put(d, ImmutableMap.copyOf(m)));
      List<String> shortfalls = new ArrayList<>();
      for (int d = 0; d < dims.length; d++) {
        for (int v = 0; v < need[d].length; v++) {
          if (count[d][v] < need[d][v]) {
            shortfalls.add(dims[d] + "=" + groupNames[d][v] + ": " + count[d][v] + " of at least " + need[d][v]);
          }
        }
      }
      return new BoardResult(ids.build(), coverage, greedy, contributions.build(), skills(members), g.build(),
          ImmutableList.copyOf(shortfalls), options);
    }

    private ImmutableMap<String, Double> skills(int[] members) {
      Map<String, double[]> bySkill = new TreeMap<>();
      for (int t = 0; t < tWeight.length; t++) {
        double best = 0;
        for (int j : members) {
          best = Math.max(best, credit(j, t));
        }
        String skill = problem.mentee(tSenior[t]).goals().get(tGoal[t]).skill();
        double[] acc = bySkill.computeIfAbsent(skill, k -> new double[2]);
        acc[0] += tWeight[t] * best;
        acc[1] += tWeight[t];
      }
      Map<String, Double> out = new HashMap<>();
      bySkill.forEach((k, a) -> out.put(k, a[1] > 0 ? Math.min(1, a[0] / a[1]) : 0));
      return ImmutableMap.copyOf(new TreeMap<>(out));
    }
  }
}
