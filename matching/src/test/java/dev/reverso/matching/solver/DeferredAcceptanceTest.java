package dev.reverso.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DeferredAcceptanceTest {

  /** A random instance: incomplete lists, capacities 0..maxCapacity. */
  record Instance(int[][] proposerPrefs, int[][] receiverPrefs, int[] capacity) {
    static Instance random(int proposers, int receivers, int maxCapacity, long seed) {
      Random random = new Random(seed);
      int[][] p = new int[proposers][];
      for (int i = 0; i < proposers; i++) {
        p[i] = randomList(receivers, random);
      }
      int[][] r = new int[receivers][];
      int[] capacity = new int[receivers];
      for (int j = 0; j < receivers; j++) {
        r[j] = randomList(proposers, random);
        capacity[j] = random.nextInt(maxCapacity + 1);
      }
      return new Instance(p, r, capacity);
    }

    private static int[] randomList(int bound, Random random) {
      List<Integer> all = new ArrayList<>();
      for (int x = 0; x < bound; x++) {
        all.add(x);
      }
      Collections.shuffle(all, random);
      // Mostly long lists, sometimes short or empty ones.
      int length = random.nextInt(4) == 0 ? random.nextInt(bound + 1) : bound - random.nextInt(2);
      return all.subList(0, Math.max(0, Math.min(bound, length))).stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
      return "proposers=" + Arrays.deepToString(proposerPrefs) + " receivers=" + Arrays.deepToString(receiverPrefs)
          + " capacity=" + Arrays.toString(capacity);
    }
  }

  static int rank(int[] list, int x) {
    for (int k = 0; k < list.length; k++) {
      if (list[k] == x) {
        return k;
      }
    }
    return -1;
  }

  static boolean acceptable(Instance in, int p, int r) {
    return rank(in.proposerPrefs()[p], r) >= 0 && rank(in.receiverPrefs()[r], p) >= 0;
  }

  /** Whether the matching uses acceptable pairs only, respects capacities and has no blocking pair. */
  static boolean isStable(Instance in, int[] match) {
    int receivers = in.receiverPrefs().length;
    int[] used = new int[receivers];
    int[] worstHeld = new int[receivers];
    Arrays.fill(worstHeld, -1);
    for (int p = 0; p < match.length; p++) {
      int r = match[p];
      if (r >= 0) {
        if (!acceptable(in, p, r)) {
          return false;
        }
        used[r]++;
        worstHeld[r] = Math.max(worstHeld[r], rank(in.receiverPrefs()[r], p));
      }
    }
    for (int r = 0; r < receivers; r++) {
      if (used[r] > in.capacity()[r]) {
        return false;
      }
    }
    for (int p = 0; p < match.length; p++) {
      for (int r = 0; r < receivers; r++) {
        if (r == match[p] || !acceptable(in, p, r)) {
          continue;
        }
        boolean proposerWants = match[p] < 0 || rank(in.proposerPrefs()[p], r) < rank(in.proposerPrefs()[p], match[p]);
        boolean receiverWants = used[r] < in.capacity()[r]
            || (in.capacity()[r] > 0 && rank(in.receiverPrefs()[r], p) < worstHeld[r]);
        if (proposerWants && receiverWants) {
          return false;
        }
      }
    }
    return true;
  }

  /** Every stable matching, by enumerating all assignments of proposers to acceptable receivers or none. */
  static List<int[]> allStableMatchings(Instance in) {
    List<int[]> found = new ArrayList<>();
    enumerate(in, new int[in.proposerPrefs().length], 0, found);
    return found;
  }

  private static void enumerate(Instance in, int[] match, int p, List<int[]> found) {
    if (p == match.length) {
      if (isStable(in, match)) {
        found.add(match.clone());
      }
      return;
    }
    match[p] = -1;
    enumerate(in, match, p + 1, found);
    for (int r : in.proposerPrefs()[p]) {
      if (acceptable(in, p, r)) {
        match[p] = r;
        enumerate(in, match, p + 1, found);
      }
    }
  }

  @Property
  void resultIsStable(@ForAll @IntRange(min = 0, max = 12) int proposers,
      @ForAll @IntRange(min = 0, max = 8) int receivers, @ForAll @IntRange(min = 0, max = 3) int maxCapacity,
      @ForAll long seed) {
    Instance in = Instance.random(proposers, receivers, maxCapacity, seed);

    int[] match = DeferredAcceptance.solve(in.proposerPrefs(), in.receiverPrefs(), in.capacity());

    assertThat(isStable(in, match)).as("stable: %s -> %s", in, Arrays.toString(match)).isTrue();
  }

  @Property
  void isTheProposerOptimalStableMatching(@ForAll @IntRange(min = 0, max = 6) int proposers,
      @ForAll @IntRange(min = 0, max = 4) int receivers, @ForAll @IntRange(min = 0, max = 2) int maxCapacity,
      @ForAll long seed) {
    Instance in = Instance.random(proposers, receivers, maxCapacity, seed);
    List<int[]> stable = allStableMatchings(in);

    int[] match = DeferredAcceptance.solve(in.proposerPrefs(), in.receiverPrefs(), in.capacity());

    assertThat(stable).as("stable matchings always exist").isNotEmpty();
    assertThat(stable).anySatisfy(m -> assertThat(m).isEqualTo(match));
    for (int p = 0; p < proposers; p++) {
      int mine = preference(in, p, match[p]);
      for (int[] other : stable) {
        assertThat(mine).as("proposer %d in %s", p, in).isLessThanOrEqualTo(preference(in, p, other[p]));
      }
    }
  }

  /** Position of a receiver in the proposer's list; unmatched counts as worst. */
  private static int preference(Instance in, int p, int r) {
    return r < 0 ? Integer.MAX_VALUE : rank(in.proposerPrefs()[p], r);
  }

  @Property
  void perEntryRanksGiveTheSameMatchingAsTheRankTable(@ForAll @IntRange(min = 0, max = 12) int proposers,
      @ForAll @IntRange(min = 0, max = 8) int receivers, @ForAll @IntRange(min = 0, max = 3) int maxCapacity,
      @ForAll long seed) {
    Instance in = Instance.random(proposers, receivers, maxCapacity, seed);

    assertThat(DeferredAcceptance.solve(in.proposerPrefs(), in.receiverPrefs(), in.capacity(), false))
        .isEqualTo(DeferredAcceptance.solve(in.proposerPrefs(), in.receiverPrefs(), in.capacity(), true));
  }

  @Property(tries = 10)
  void largeShortListsAreStable(@ForAll long seed) {
    // 3 000 × 3 000 with about four mutual candidates each: the per-entry rank path.
    Random random = new Random(seed);
    int n = 3000;
    List<List<Integer>> proposerLists = new ArrayList<>();
    List<List<Integer>> receiverLists = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      proposerLists.add(new ArrayList<>());
      receiverLists.add(new ArrayList<>());
    }
    for (int p = 0; p < n; p++) {
      for (int k = 0; k < 4; k++) {
        int r = random.nextInt(n);
        if (!proposerLists.get(p).contains(r)) {
          proposerLists.get(p).add(r);
          receiverLists.get(r).add(p);
        }
      }
    }
    receiverLists.forEach(list -> Collections.shuffle(list, random));
    int[] capacity = new int[n];
    for (int r = 0; r < n; r++) {
      capacity[r] = random.nextInt(3);
    }
    Instance in = new Instance(toArrays(proposerLists), toArrays(receiverLists), capacity);

    int[] match = DeferredAcceptance.solve(in.proposerPrefs(), in.receiverPrefs(), in.capacity());

    assertThat(isStable(in, match)).isTrue();
  }

  private static int[][] toArrays(List<List<Integer>> lists) {
    return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
  }

  @Property
  void leavesInputsUnchangedAndIsDeterministic(@ForAll @IntRange(min = 0, max = 10) int proposers,
      @ForAll @IntRange(min = 0, max = 6) int receivers, @ForAll long seed) {
    Instance in = Instance.random(proposers, receivers, 2, seed);
    Instance copy = Instance.random(proposers, receivers, 2, seed);

    int[] first = DeferredAcceptance.solve(in.proposerPrefs(), in.receiverPrefs(), in.capacity());

    assertThat(in.proposerPrefs()).isDeepEqualTo(copy.proposerPrefs());
    assertThat(in.receiverPrefs()).isDeepEqualTo(copy.receiverPrefs());
    assertThat(in.capacity()).isEqualTo(copy.capacity());
    assertThat(DeferredAcceptance.solve(in.proposerPrefs(), in.receiverPrefs(), in.capacity())).isEqualTo(first);
  }

  /**
   * Example 1 of D. Gale and L. S. Shapley, "College admissions and the stability of marriage", American
   * Mathematical Monthly 69(1), 1962: men α, β, γ (0, 1, 2) and women A, B, C (0, 1, 2) with the ranking
   * matrix (1,3) (2,2) (3,1) / (3,1) (1,3) (2,2) / (2,2) (3,1) (1,3). Of the six complete matchings three
   * are stable; the men-optimal one gives every man his first choice, the women-optimal one every woman
   * hers.
   */
  @Test
  void galeShapleyExampleOne() {
    int[][] men = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}};
    int[][] women = {{1, 2, 0}, {2, 0, 1}, {0, 1, 2}};

    assertThat(DeferredAcceptance.solve(men, women)).containsExactly(0, 1, 2);
    assertThat(DeferredAcceptance.solve(women, men)).containsExactly(1, 2, 0); // A-β, B-γ, C-α
    assertThat(allStableMatchings(new Instance(men, women, new int[] {1, 1, 1}))).hasSize(3);
  }

  /**
   * The hospitals/residents instance of the README of the Python library "matching" (H. Wilde, V. Knight,
   * J. Gillard, "Matching: A Python library for solving matching games", Journal of Open Source Software
   * 5(48), 2020): residents A, S, D, J, L; hospitals M, C, G with two places each. Its resident-optimal
   * stable matching is M: {L, S}, C: {D, A}, G: {J}.
   */
  @Test
  void hospitalsResidentsExample() {
    int a = 0;
    int s = 1;
    int d = 2;
    int j = 3;
    int l = 4;
    int m = 0;
    int c = 1;
    int g = 2;
    int[][] residents = {{c}, {c, m}, {c, m, g}, {c, g, m}, {m, c, g}};
    int[][] hospitals = {{d, l, s, j}, {d, a, s, l, j}, {d, j, l}};

    int[] match = DeferredAcceptance.solve(residents, hospitals, new int[] {2, 2, 2});

    assertThat(match).containsExactly(c, m, c, g, m);
  }

  @Test
  void zeroCapacityAndUnacceptablePairsLeaveProposersUnmatched() {
    int[][] proposers = {{0, 1}, {1}, {}};
    int[][] receivers = {{0}, {2}};

    // Receiver 0 has no place; receiver 1 does not list proposers 0 or 1.
    assertThat(DeferredAcceptance.solve(proposers, receivers, new int[] {0, 1})).containsExactly(-1, -1, -1);
  }

  @Test
  void reportsEveryProblemWithItsLocation() {
    int[][] proposers = {{0, 0}, null, {5}};
    int[][] receivers = {{0, 1, 2, 2}, {-1}};

    assertThatThrownBy(() -> DeferredAcceptance.solve(proposers, receivers, new int[] {-1}))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
            .containsExactly("proposerPrefs[0][1]", "proposerPrefs[1]", "proposerPrefs[2][0]",
                "receiverPrefs[0][3]", "receiverPrefs[1][0]", "receiverCapacity", "receiverCapacity[0]"));
  }
}
