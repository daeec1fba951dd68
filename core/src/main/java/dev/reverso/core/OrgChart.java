package dev.reverso.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who reports to whom, for the <em>whole</em> organisation: participants and everyone above them, so
 * that a reporting chain through people outside the programme is still seen.
 *
 * <p>Every person gets a dense index {@code 0..size()-1} in the order given. An Euler tour of the forest
 * assigns each person an interval {@code [enter, exit)}; {@code a} is above {@code b} exactly when
 * {@code b}'s interval lies inside {@code a}'s, so {@link #isAbove(int, int)} is O(1). Building is O(n).
 *
 * <p>A manager id that names nobody in the chart makes that person a root and yields a warning
 * ({@link #warnings()}); a manager cycle is an error naming the people in it. Immutable and thread-safe.
 */
public final class OrgChart {
  static {
    // an older Guava fails here, with a message naming the minimum, rather than deep inside a match
    GuavaRequirement.check();
  }

  private final ImmutableMap<ParticipantId, Integer> index;
  private final ImmutableList<ParticipantId> ids;
  private final int[] parent;
  private final int[] enter;
  private final int[] exit;
  private final int[] depth;
  private final ImmutableList<Problem> warnings;

  private OrgChart(ImmutableMap<ParticipantId, Integer> index, ImmutableList<ParticipantId> ids, int[] parent,
      ImmutableList<Problem> warnings) {
    this.index = index;
    this.ids = ids;
    this.parent = parent;
    this.warnings = warnings;
    int n = parent.length;
    this.enter = new int[n];
    this.exit = new int[n];
    this.depth = new int[n];
    tour();
  }

  /**
   * The chart of these people, each reporting to {@link Participant#managerId()}.
   *
   * @throws InvalidInputException if an id appears twice or the managers form a cycle
   */
  public static OrgChart of(Iterable<Participant> people) {
    Map<ParticipantId, Optional<ParticipantId>> managers = new LinkedHashMap<>();
    Problems problems = new Problems();
    int i = 0;
    for (Participant p : people) {
      if (managers.putIfAbsent(p.id(), p.managerId()) != null) {
        problems.error("people[" + i + "].id", "expected a unique id, found '" + p.id() + "' again");
      }
      i++;
    }
    problems.throwIfErrors();
    return fromManagers(managers);
  }

  /**
   * The chart given as person → manager (empty for a root), in iteration order.
   *
   * @throws InvalidInputException if the managers form a cycle
   */
  public static OrgChart fromManagers(Map<ParticipantId, Optional<ParticipantId>> managers) {
    requireNonNull(managers, "managers");
    ImmutableList<ParticipantId> ids = ImmutableList.copyOf(managers.keySet());
    ImmutableMap.Builder<ParticipantId, Integer> ib = ImmutableMap.builderWithExpectedSize(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      ib.put(ids.get(i), i);
    }
    ImmutableMap<ParticipantId, Integer> index = ib.buildOrThrow();
    int n = ids.size();
    int[] parent = new int[n];
    Problems problems = new Problems();
    for (int i = 0; i < n; i++) {
      ParticipantId id = ids.get(i);
      Optional<ParticipantId> m = requireNonNull(managers.get(id), "manager of " + id);
      if (m.isEmpty()) {
        parent[i] = -1;
      } else if (!index.containsKey(m.get())) {
        parent[i] = -1;
        problems.warning(id.value() + ".managerId",
            "manager '" + m.get() + "' is not in the org chart; treating '" + id + "' as the top of a reporting line");
      } else {
        parent[i] = index.get(m.get());
      }
    }
    findCycles(parent, ids, problems);
    problems.throwIfErrors();
    return new OrgChart(index, ids, parent, problems.warnings());
  }

  private static void findCycles(int[] parent, List<ParticipantId> ids, Problems problems) {
    int n = parent.length;
    // 0 = unvisited, 1 = on the current walk, 2 = known to reach a root
    byte[] state = new byte[n];
    int[] walk = new int[n];
    for (int start = 0; start < n; start++) {
      int len = 0;
      int v = start;
      while (v >= 0 && state[v] == 0) {
        state[v] = 1;
        walk[len++] = v;
        v = parent[v];
      }
      if (v >= 0 && state[v] == 1) {
        List<String> cycle = new ArrayList<>();
        int u = v;
        do {
          cycle.add(ids.get(u).value());
          u = parent[u];
        } while (u != v);
        problems.error(ids.get(v).value() + ".managerId",
            "expected a reporting tree, found a manager cycle: " + String.join(" -> ", cycle) + " -> " + cycle.get(0));
        // break the cycle so the rest can be checked
        parent[v] = -1;
      }
      for (int k = 0; k < len; k++) {
        state[walk[k]] = 2;
      }
    }
  }

  private void tour() {
    int n = parent.length;
    int[] childCount = new int[n + 1];
    for (int i = 0; i < n; i++) {
      childCount[parent[i] + 1]++;
    }
    // children of node p (p = -1 for roots) stored in CSR form, slot p + 1
    int[] start = new int[n + 2];
    for (int i = 0; i <= n; i++) {
      start[i + 1] = start[i] + childCount[i];
    }
    int[] fill = Arrays.copyOf(start, n + 1);
    int[] children = new int[n];
    for (int i = 0; i < n; i++) {
      children[fill[parent[i] + 1]++] = i;
    }
    int[] stack = new int[n + 1];
    int[] next = new int[n + 1];
    int clock = 0;
    int top = 0;
    stack[0] = -1;
    next[0] = start[0];
    while (top >= 0) {
      int node = stack[top];
      int slot = node + 1;
      if (next[top] < start[slot + 1]) {
        int child = children[next[top]++];
        enter[child] = clock++;
        depth[child] = node < 0 ? 0 : depth[node] + 1;
        stack[++top] = child;
        next[top] = start[child + 1];
      } else {
        if (node >= 0) {
          exit[node] = clock;
        }
        top--;
      }
    }
  }

  /** The number of people in the chart. */
  public int size() {
    return ids.size();
  }

  /** Everyone, in index order. */
  public ImmutableList<ParticipantId> ids() {
    return ids;
  }

  /** Whether this person is in the chart. */
  public boolean contains(ParticipantId id) {
    return index.containsKey(id);
  }

  /** The dense index of a person, or -1 if not in the chart. */
  public int indexOf(ParticipantId id) {
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  /** The person at a dense index. */
  public ParticipantId id(int index) {
    return ids.get(index);
  }

  /** The index of the manager, or -1 for a root. */
  public int parentIndex(int index) {
    return parent[index];
  }

  /** The manager in the chart, if any (a manager not in the chart counts as none). */
  public Optional<ParticipantId> manager(ParticipantId id) {
    int i = indexOf(id);
    return i < 0 || parent[i] < 0 ? Optional.empty() : Optional.of(ids.get(parent[i]));
  }

  /** Levels below the top of the person's reporting line: 0 for a root. */
  public int depth(int index) {
    return depth[index];
  }

  /** Whether {@code upper} is strictly above {@code lower} in the reporting line, at any depth. O(1). */
  public boolean isAbove(int upper, int lower) {
    return upper != lower && enter[upper] <= enter[lower] && exit[lower] <= exit[upper];
  }

  /** Whether {@code upper} is strictly above {@code lower}; false if either is not in the chart. */
  public boolean isAbove(ParticipantId upper, ParticipantId lower) {
    int u = indexOf(upper);
    int l = indexOf(lower);
    return u >= 0 && l >= 0 && isAbove(u, l);
  }

  /** The reporting line above a person: the manager first, the top last. Empty if not in the chart. */
  public ImmutableList<ParticipantId> chainAbove(ParticipantId id) {
    ImmutableList.Builder<ParticipantId> chain = ImmutableList.builder();
    int i = indexOf(id);
    while (i >= 0 && parent[i] >= 0) {
      i = parent[i];
      chain.add(ids.get(i));
    }
    return chain.build();
  }

  /** Warnings found while building: managers not in the chart. */
  public ImmutableList<Problem> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "OrgChart[people=" + ids.size() + "]";
  }
}
