package dev.reverso.matching.internal;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.core.SkillTaxonomy;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A programme as dense ints and primitive arrays, shared by the built-in criteria.
 *
 * <p>Skills are indexed over the <em>goal skills</em> of both sides only (canonical ids after the
 * taxonomy's aliases), because only they are looked up when scoring. For each person and goal skill the
 * encoding finds, per relatedness class, the best level the person holds in a skill of that class: class
 * 0 is the skill itself (relatedness 1), classes 1.. are the distinct relatedness values below 1 that
 * occur (the taxonomy's parent/child and near relations), in decreasing order. These C levels (0..5 each)
 * are packed into one <em>level code</em> {@code Σ_c L_c·6^c}. The credit of a goal (current, target)
 * for every code is precomputed once in {@link #creditTable}, so the coverage of a goal costs one code
 * lookup and one table lookup: no arithmetic, no branches.
 *
 * <p>Memory: (mentors + mentees) × goal skills × 2 bytes for the codes, (mentors + mentees) × values
 * floats, and a credit table of 36 × 6^C floats (31 KB for the taxonomy's C = 3). Building is linear in
 * the size of the profiles (times the number of taxonomy neighbours of each held skill).
 */
final class Encoding {
  final Program program;
  final SkillTaxonomy taxonomy;
  /** Canonical goal skill ids by index. */
  final ImmutableList<String> skills;
  /** Relatedness of each class; class 0 is 1.0. */
  final float[] classRelatedness;
  /** {@code 6^classes}: the number of level codes. */
  final int levelCodes;
  /**
   * {@code creditTable[(current * 6 + target) * levelCodes + code]}: the credit of a goal from
   * {@code current} to {@code target} for a person whose level code is {@code code}:
   * {@code max_c relatedness_c · clamp((L_c − current) / (target − current), 0, 1)}.
   */
  final float[] creditTable;
  /** Value ids by index. */
  final ImmutableList<String> values;
  final Side mentors;
  final Side mentees;

  private Encoding(Program program) {
    this.program = program;
    this.taxonomy = program.taxonomy();
    Map<String, Integer> skillIndex = new LinkedHashMap<>();
    Map<String, Integer> valueIndex = new LinkedHashMap<>();
    Map<String, Integer> departments = new HashMap<>();
    Map<String, Integer> divisions = new HashMap<>();
    Map<String, Integer> locations = new HashMap<>();
    for (List<Participant> side : List.of(program.mentors(), program.mentees())) {
      for (Participant p : side) {
        for (LearningGoal g : p.goals()) {
          skillIndex.putIfAbsent(taxonomy.canonicalId(g.skill()), skillIndex.size());
        }
        for (String v : p.values().keySet()) {
          valueIndex.putIfAbsent(v, valueIndex.size());
        }
      }
    }
    this.skills = ImmutableList.copyOf(skillIndex.keySet());
    this.values = ImmutableList.copyOf(valueIndex.keySet());

    // Related goal skills of every held skill, with the relatedness the taxonomy gives.
    Map<String, List<String>> children = new HashMap<>();
    for (SkillTaxonomy.Skill s : taxonomy.skills()) {
      s.parent().ifPresent(parent -> children.computeIfAbsent(parent, k -> new ArrayList<>()).add(s.id()));
    }
    Map<String, int[]> relatedIdx = new HashMap<>();
    Map<String, double[]> relatedValue = new HashMap<>();
    TreeSet<Double> distinct = new TreeSet<>();
    for (List<Participant> side : List.of(program.mentors(), program.mentees())) {
      for (Participant p : side) {
        for (String held : p.skills().keySet()) {
          String t = taxonomy.canonicalId(held);
          if (relatedIdx.containsKey(t)) {
            continue;
          }
          List<Integer> idx = new ArrayList<>();
          List<Double> rel = new ArrayList<>();
          for (String c : neighbours(t, children)) {
            Integer s = skillIndex.get(c);
            if (s == null || c.equals(t) || idx.contains(s)) {
              continue;
            }
            double r = taxonomy.relatedness(t, c);
            if (r > 0 && r < 1) {
              idx.add(s);
              rel.add(r);
              distinct.add(r);
            }
          }
          relatedIdx.put(t, idx.stream().mapToInt(Integer::intValue).toArray());
          relatedValue.put(t, rel.stream().mapToDouble(Double::doubleValue).toArray());
        }
      }
    }
    List<Double> classes = new ArrayList<>(distinct.descendingSet());
    this.classRelatedness = new float[classes.size() + 1];
    classRelatedness[0] = 1f;
    for (int c = 0; c < classes.size(); c++) {
      classRelatedness[c + 1] = classes.get(c).floatValue();
    }
    Map<Double, Integer> classOf = new HashMap<>();
    for (int c = 0; c < classes.size(); c++) {
      classOf.put(classes.get(c), c + 1);
    }
    int codes = 1;
    for (int c = 0; c < classRelatedness.length; c++) {
      codes *= LEVELS;
    }
    if (classRelatedness.length > MAX_CLASSES) {
      throw new IllegalStateException("the skill taxonomy gives " + (classRelatedness.length - 1)
          + " distinct relatedness values below 1; at most " + (MAX_CLASSES - 1) + " are supported");
    }
    this.levelCodes = codes;
    this.creditTable = creditTable(classRelatedness, codes);
    Interner interner = new Interner(skillIndex, valueIndex, relatedIdx, relatedValue, classOf,
        classRelatedness.length, levelCodes, departments, divisions, locations, taxonomy);
    this.mentors = new Side(program.mentors(), interner);
    this.mentees = new Side(program.mentees(), interner);
  }

  /** Levels 0..5. */
  static final int LEVELS = Participant.MAX_LEVEL + 1;
  /** Level codes must fit in a {@code char}: 6^6 = 46 656. */
  private static final int MAX_CLASSES = 6;

  private static float[] creditTable(float[] relatedness, int codes) {
    float[] table = new float[LEVELS * LEVELS * codes];
    for (int current = 0; current < LEVELS; current++) {
      for (int target = current + 1; target < LEVELS; target++) {
        int base = (current * LEVELS + target) * codes;
        for (int code = 0; code < codes; code++) {
          double best = 0;
          int rest = code;
          for (int c = 0; c < relatedness.length; c++) {
            int level = rest % LEVELS;
            rest /= LEVELS;
            double credit = Math.max(0, Math.min(1, (double) (level - current) / (target - current)));
            best = Math.max(best, relatedness[c] * credit);
          }
          table[base + code] = (float) best;
        }
      }
    }
    return table;
  }

  /** Encodes a programme. O(size of all profiles). */
  static Encoding of(Program program) {
    return new Encoding(program);
  }

  int skillCount() {
    return skills.size();
  }

  int valueCount() {
    return values.size();
  }

  int classCount() {
    return classRelatedness.length;
  }

  /** The taxonomy skills near {@code skill}: parent, grandparent, children, grandchildren, siblings. */
  private List<String> neighbours(String skill, Map<String, List<String>> children) {
    List<String> out = new ArrayList<>();
    String parent = taxonomy.skill(skill).flatMap(SkillTaxonomy.Skill::parent).orElse(null);
    if (parent != null) {
      out.add(parent);
      taxonomy.skill(parent).flatMap(SkillTaxonomy.Skill::parent).ifPresent(out::add);
      out.addAll(children.getOrDefault(parent, List.of()));
    }
    for (String child : children.getOrDefault(skill, List.of())) {
      out.add(child);
      out.addAll(children.getOrDefault(child, List.of()));
    }
    return out;
  }

  /** Shared dictionaries used while encoding both sides. */
  private record Interner(Map<String, Integer> skillIndex, Map<String, Integer> valueIndex,
      Map<String, int[]> relatedIdx, Map<String, double[]> relatedValue, Map<Double, Integer> classOf,
      int classes, int levelCodes, Map<String, Integer> departments, Map<String, Integer> divisions,
      Map<String, Integer> locations, SkillTaxonomy taxonomy) {

    static int intern(Map<String, Integer> map, java.util.Optional<String> text) {
      return text.map(t -> map.computeIfAbsent(t, k -> map.size())).orElse(-1);
    }
  }

  /** One side (mentors or mentees) as arrays indexed by the person's dense index. */
  static final class Side {
    final ImmutableList<Participant> people;
    final int size;
    final int[] capacity;
    final int[] seniority;
    final int[] department;
    final int[] division;
    final int[] location;
    /** Hours per month, NaN when unknown. */
    final float[] hours;
    /** Time zone, null when unknown. */
    final ZoneId[] zones;
    /** Goals of person p are {@code goalStart[p] .. goalStart[p + 1] - 1}. */
    final int[] goalStart;
    final int[] goalSkill;
    /** Offset of the goal's (current, target) block in {@link Encoding#creditTable}. */
    final int[] goalTable;
    /** Priority weight divided by the person's total goal weight. */
    final float[] goalWeight;
    /**
     * {@code codes[s * size + p]}: person p's level code for goal skill s. Skill-major, so that scanning many
     * people against one goal reads memory in sequence.
     */
    final char[] codes;
    /** Values of person p are {@code valueStart[p] .. valueStart[p + 1] - 1}. */
    final int[] valueStart;
    final int[] valueId;
    final float[] valueImportance;
    /** Sum of the person's value importances. */
    final float[] valueTotal;
    /** {@code valueDense[p * values + v]}: importance, 0 when the person does not list v. */
    final float[] valueDense;

    Side(ImmutableList<Participant> people, Interner in) {
      this.people = people;
      int n = people.size();
      this.size = n;
      int skills = in.skillIndex.size();
      int values = in.valueIndex.size();
      capacity = new int[n];
      seniority = new int[n];
      department = new int[n];
      division = new int[n];
      location = new int[n];
      hours = new float[n];
      zones = new ZoneId[n];
      goalStart = new int[n + 1];
      valueStart = new int[n + 1];
      valueTotal = new float[n];
      int goals = 0;
      int valueCount = 0;
      for (int p = 0; p < n; p++) {
        goals += people.get(p).goals().size();
        valueCount += people.get(p).values().size();
      }
      goalSkill = new int[goals];
      goalTable = new int[goals];
      goalWeight = new float[goals];
      valueId = new int[valueCount];
      valueImportance = new float[valueCount];
      valueDense = new float[Math.multiplyExact(n, values)];
      int classes = in.classes;
      byte[] levels = new byte[Math.multiplyExact(Math.multiplyExact(n, skills), classes)];
      int g = 0;
      int v = 0;
      for (int p = 0; p < n; p++) {
        Participant person = people.get(p);
        capacity[p] = person.capacity();
        seniority[p] = person.seniority();
        department[p] = Interner.intern(in.departments, person.department());
        division[p] = Interner.intern(in.divisions, person.division());
        location[p] = Interner.intern(in.locations, person.location());
        hours[p] = person.hoursPerMonth().isPresent() ? (float) person.hoursPerMonth().getAsDouble() : Float.NaN;
        zones[p] = person.timeZone().orElse(null);
        goalStart[p] = g;
        int totalWeight = 0;
        for (LearningGoal goal : person.goals()) {
          totalWeight += goal.priority().weight();
        }
        for (LearningGoal goal : person.goals()) {
          goalSkill[g] = in.skillIndex.get(in.taxonomy.canonicalId(goal.skill()));
          goalTable[g] = (goal.current() * LEVELS + goal.target()) * in.levelCodes;
          goalWeight[g] = (float) goal.priority().weight() / totalWeight;
          g++;
        }
        valueStart[p] = v;
        float total = 0;
        for (Map.Entry<String, Integer> e : person.values().entrySet()) {
          int id = in.valueIndex.get(e.getKey());
          valueId[v] = id;
          valueImportance[v] = e.getValue();
          valueDense[p * values + id] = e.getValue();
          total += e.getValue();
          v++;
        }
        valueTotal[p] = total;
        for (Map.Entry<String, Integer> e : person.skills().entrySet()) {
          byte level = (byte) (int) e.getValue();
          if (level <= 0) {
            continue;
          }
          String t = in.taxonomy.canonicalId(e.getKey());
          Integer exact = in.skillIndex.get(t);
          if (exact != null) {
            raise(levels, (exact * n + p) * classes, level);
          }
          int[] rel = in.relatedIdx.get(t);
          double[] relValue = in.relatedValue.get(t);
          for (int k = 0; k < rel.length; k++) {
            raise(levels, (rel[k] * n + p) * classes + in.classOf.get(relValue[k]), level);
          }
        }
      }
      goalStart[n] = g;
      valueStart[n] = v;
      codes = new char[n * skills];
      for (int k = 0; k < codes.length; k++) {
        int code = 0;
        for (int c = classes - 1; c >= 0; c--) {
          code = code * LEVELS + levels[k * classes + c];
        }
        codes[k] = (char) code;
      }
    }

    private static void raise(byte[] levels, int at, byte level) {
      if (levels[at] < level) {
        levels[at] = level;
      }
    }
  }
}
