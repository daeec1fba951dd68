package dev.reverso.matching.constraint;

import static dev.reverso.matching.constraint.RuleSupport.chartIndices;
import static dev.reverso.matching.constraint.RuleSupport.emptySets;
import static dev.reverso.matching.constraint.RuleSupport.indexOf;
import static dev.reverso.matching.constraint.RuleSupport.sortedLists;

import dev.reverso.core.OrgChart;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Helpers the built-in constraint rules share: org-chart indices, id indices and sorted index lists. */
final class RuleSupport {
  private RuleSupport() {}

  static int[] chartIndices(OrgChart chart, List<Participant> people) {
    int[] out = new int[people.size()];
    for (int p = 0; p < out.length; p++) {
      out[p] = chart.indexOf(people.get(p).id());
    }
    return out;
  }

  /** Per mentee, the sorted mentor indices a rule forbids; most lists are empty. */
  static int[][] sortedLists(List<TreeSet<Integer>> sets) {
    int[][] out = new int[sets.size()][];
    for (int j = 0; j < out.length; j++) {
      out[j] = sets.get(j).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  static List<TreeSet<Integer>> emptySets(int n) {
    List<TreeSet<Integer>> sets = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      sets.add(new TreeSet<>());
    }
    return sets;
  }

  static Map<ParticipantId, Integer> indexOf(List<Participant> people) {
    Map<ParticipantId, Integer> index = new HashMap<>();
    for (int p = 0; p < people.size(); p++) {
      index.put(people.get(p).id(), p);
    }
    return index;
  }
}
