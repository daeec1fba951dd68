package dev.reverso.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link OrgChart} against a naive manager walk on random forests, and cycle detection on random cycles. */
class OrgChartPropertiesTest {

  /** A random forest: {@code parent[i]} is -1 or another node; nodes are shuffled so parents come in any order. */
  record Forest(int[] parent, long seed) {
    @Override
    public String toString() {
      return "Forest[n=" + parent.length + ", seed=" + seed + "]";
    }
  }

  @Provide
  Arbitrary<Forest> forests() {
    Arbitrary<Integer> sizes = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 60)),
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(61, 600)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(601, 2000)));
    return Combinators.combine(sizes, Arbitraries.longs(), Arbitraries.integers().between(1, 20))
        .as((n, seed, rootEvery) -> new Forest(randomForest(n, new Random(seed), rootEvery), seed));
  }

  static int[] randomForest(int n, Random random, int rootEvery) {
    // build a forest on positions 0..n-1 where each parent comes earlier, then relabel with a permutation
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    int[] parent = new int[n];
    for (int pos = 0; pos < n; pos++) {
      int p = pos == 0 || random.nextInt(rootEvery) == 0 ? -1
          // bias towards recent nodes now and then to make deep chains
          : random.nextBoolean() ? pos - 1 : random.nextInt(pos);
      parent[perm[pos]] = p < 0 ? -1 : perm[p];
    }
    return parent;
  }

  private static Map<ParticipantId, Optional<ParticipantId>> managers(int[] parent) {
    Map<ParticipantId, Optional<ParticipantId>> m = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      m.put(id(i), parent[i] < 0 ? Optional.empty() : Optional.of(id(parent[i])));
    }
    return m;
  }

  private static ParticipantId id(int i) {
    return ParticipantId.of("p" + i);
  }

  private static boolean naiveIsAbove(int[] parent, int upper, int lower) {
    for (int v = parent[lower], steps = 0; v >= 0 && steps <= parent.length; v = parent[v], steps++) {
      if (v == upper) {
        return true;
      }
    }
    return false;
  }

  @Property(tries = 120)
  void isAboveEqualsANaiveManagerWalk(@ForAll("forests") Forest forest) {
    int[] parent = forest.parent();
    int n = parent.length;
    OrgChart chart = OrgChart.fromManagers(managers(parent));
    assertThat(chart.size()).isEqualTo(n);
    assertThat(chart.warnings()).isEmpty();
    Random random = new Random(forest.seed());
    int checks = n <= 80 ? n * n : 6000;
    for (int k = 0; k < checks; k++) {
      int a = n <= 80 ? k / n : random.nextInt(n);
      int b = n <= 80 ? k % n : (random.nextInt(4) == 0 ? ancestorOrSelf(parent, random.nextInt(n), random) : random.nextInt(n));
      if (n > 80 && random.nextBoolean()) {
        int t = a;
        a = b;
        b = t;
      }
      assertThat(chart.isAbove(a, b)).as("isAbove(%d, %d)", a, b).isEqualTo(naiveIsAbove(parent, a, b));
      assertThat(chart.isAbove(id(a), id(b))).isEqualTo(naiveIsAbove(parent, a, b));
    }
    for (int i = 0; i < Math.min(n, 200); i++) {
      int v = random.nextInt(n);
      List<ParticipantId> chain = new ArrayList<>();
      for (int u = parent[v]; u >= 0; u = parent[u]) {
        chain.add(id(u));
      }
      assertThat(chart.chainAbove(id(v))).containsExactlyElementsOf(chain);
      assertThat(chart.depth(v)).isEqualTo(chain.size());
      assertThat(chart.parentIndex(v)).isEqualTo(parent[v]);
    }
  }

  private static int ancestorOrSelf(int[] parent, int v, Random random) {
    while (parent[v] >= 0 && random.nextInt(3) != 0) {
      v = parent[v];
    }
    return v;
  }

  @Provide
  Arbitrary<int[]> forestsWithACycle() {
    return Combinators.combine(Arbitraries.integers().between(2, 1500), Arbitraries.longs(),
        Arbitraries.integers().between(2, 40)).as((n, seed, cycleLength) -> {
          Random random = new Random(seed);
          int[] parent = randomForest(n, random, 5);
          int k = Math.min(cycleLength, n);
          List<Integer> nodes = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            nodes.add(i);
          }
          java.util.Collections.shuffle(nodes, random);
          for (int i = 0; i < k; i++) {
            parent[nodes.get(i)] = nodes.get((i + 1) % k);
          }
          return parent;
        });
  }

  @Property(tries = 100)
  void aCycleIsFoundAndNamed(@ForAll("forestsWithACycle") int[] parent) {
    // the expected cycles, found by walking up from every node
    Set<Set<String>> expected = new java.util.HashSet<>();
    for (int start = 0; start < parent.length; start++) {
      int slow = start;
      int fast = start;
      boolean cyclic = false;
      while (fast >= 0 && parent[fast] >= 0) {
        slow = parent[slow];
        fast = parent[parent[fast]];
        if (slow == fast) {
          cyclic = true;
          break;
        }
      }
      if (cyclic) {
        Set<String> cycle = new TreeSet<>();
        int u = slow;
        do {
          cycle.add(id(u).value());
          u = parent[u];
        } while (u != slow);
        expected.add(cycle);
      }
    }
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> OrgChart.fromManagers(managers(parent)));
    assertThat(e).isNotNull();
    Set<Set<String>> found = new java.util.HashSet<>();
    for (Problem p : e.errors()) {
      String names = p.message().substring(p.message().indexOf("cycle: ") + "cycle: ".length());
      List<String> walk = Arrays.asList(names.split(" -> "));
      assertThat(walk.get(0)).isEqualTo(walk.get(walk.size() - 1));
      assertThat(p.location()).isEqualTo(walk.get(0) + ".managerId");
      found.add(new TreeSet<>(walk));
    }
    assertThat(found).isEqualTo(expected);
  }
}
