package dev.reverso.matching.internal;

import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import java.util.ArrayList;
import java.util.List;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.Participant;
import dev.reverso.core.SkillTaxonomy;
import dev.reverso.matching.spi.Beneficiary;
import java.util.Map;

/**
 * Skill coverage: how far the teaching side's skills close the learning side's goals.
 *
 * <p>For each goal (skill s, current level c, target level t, priority weight w of the learner):
 * {@code credit = max over skills k held by the teacher at level L of relatedness(k, s) × clamp((L − c) /
 * (t − c), 0, 1)}, where relatedness is 1 for s itself (or an alias) and the taxonomy's
 * {@link SkillTaxonomy#relatedness} for a parent, child, sibling, grandparent or grandchild. So an exact
 * skill counts in full, and a related skill counts discounted by its relatedness; the best of them wins.
 * {@code coverage = Σ w·credit / Σ w}; 0 when the learner has no goals.
 *
 * <p>Forward: the mentor teaches, the mentee learns (benefits the mentee). Reverse: the mentee teaches,
 * the mentor learns (reciprocity; benefits the mentor).
 *
 * <p>Evidence ({@link ReasonCodes}), one reason per goal that earns credit, for the teacher's best skill:
 * forward {@code mentor-has-skill {skill, level, goal, from, to, priority, credit}} (the skill itself or an
 * alias) or {@code mentor-has-related-skill {skill, level, goal, from, to, priority, relation, relatedness,
 * credit}}; reverse the same with {@code mentee-has-skill} / {@code mentee-has-related-skill}. A learner
 * without goals gives {@code mentee-has-no-goals} (forward) or {@code mentor-has-no-goals} (reverse).
 */
public final class CoverageCriterion extends BuiltinCriterion {
  public static final CoverageCriterion FORWARD = new CoverageCriterion(false);
  public static final CoverageCriterion REVERSE = new CoverageCriterion(true);

  private final boolean reverse;

  private CoverageCriterion(boolean reverse) {
    this.reverse = reverse;
  }

  @Override
  public String id() {
    return reverse ? BuiltinCriterion.REVERSE_COVERAGE_ID : BuiltinCriterion.FORWARD_COVERAGE_ID;
  }

  @Override
  public Beneficiary beneficiary() {
    return reverse ? Beneficiary.MENTOR : Beneficiary.MENTEE;
  }

  @Override
  Kind kind() {
    return reverse ? Kind.REVERSE_COVERAGE : Kind.FORWARD_COVERAGE;
  }

  @Override
  Bound bind(Encoding encoding) {
    return new Bound(encoding, reverse);
  }

  @Override
  public String toString() {
    return "Criterion[" + id() + "]";
  }

  /** The bound coverage scorer. */
  static final class Bound extends EncodedScorer {
    private final Encoding encoding;
    private final boolean reverse;
    private final Encoding.Side teacher;
    private final Encoding.Side learner;
    private final int teachers;
    private final char[] teacherCodes;
    private final float[] creditTable;
    /**
     * For the reverse direction's rows: each learner goal's (current, target) pair and skill as one index
     * {@code (current × LEVELS + target) × skills + skill} into a per-row table of credits.
     */
    final int[] goalPairSkill;
    /**
     * The same, goal slot by goal slot: entry {@code k × learners + l} is learner l's k-th goal, or a zero
     * credit entry (index {@code pairs × skills}) with weight 0 if it has fewer goals; {@code slots} is the
     * largest number of goals. Adding the zero entries leaves every sum as it is (+0 added to a sum ≥ +0).
     */
    private final int[] slotIndex;
    private final float[] slotWeight;
    private final int slots;
    /** The distinct {@link #goalPairSkill} keys of all learners, ascending. */
    private final int[] goalKeys;

    Bound(Encoding encoding, boolean reverse) {
      this.encoding = encoding;
      this.reverse = reverse;
      this.teacher = reverse ? encoding.mentees : encoding.mentors;
      this.learner = reverse ? encoding.mentors : encoding.mentees;
      this.teachers = teacher.size;
      this.teacherCodes = teacher.codes;
      this.creditTable = encoding.creditTable;
      int skills = encoding.skillCount();
      this.goalPairSkill = new int[learner.goalSkill.length];
      for (int g = 0; g < goalPairSkill.length; g++) {
        goalPairSkill[g] = learner.goalTable[g] / encoding.levelCodes * skills + learner.goalSkill[g];
      }
      int most = 0;
      for (int l = 0; l < learner.size; l++) {
        most = Math.max(most, learner.goalStart[l + 1] - learner.goalStart[l]);
      }
      this.slots = most;
      this.goalKeys = java.util.Arrays.stream(goalPairSkill).distinct().sorted().toArray();
      int zero = Encoding.LEVELS * Encoding.LEVELS * skills;
      this.slotIndex = new int[Math.multiplyExact(most, learner.size)];
      this.slotWeight = new float[slotIndex.length];
      java.util.Arrays.fill(slotIndex, zero);
      for (int l = 0; l < learner.size; l++) {
        for (int g = learner.goalStart[l], k = 0; g < learner.goalStart[l + 1]; g++, k++) {
          slotIndex[k * learner.size + l] = goalPairSkill[g];
          slotWeight[k * learner.size + l] = learner.goalWeight[g];
        }
      }
    }

    /**
     * Reverse direction: the learner's goal weights sum to 1, so its coverage is at most the best credit this
     * mentee (the teacher) gives any (current, target, skill) goal that some mentor has. Forward direction:
     * 1 ({@link ThresholdTopK} bounds it goal by goal instead).
     */
    @Override
    float rowMax(int mentee) {
      if (!reverse) {
        return 1f;
      }
      final int skills = encoding.skillCount();
      final int codes = encoding.levelCodes;
      float max = 0f;
      for (int key : goalKeys) {
        int skill = key % skills;
        max = Math.max(max, creditTable[key / skills * codes + teacherCodes[skill * teachers + mentee]]);
      }
      return Math.min(1f, max);
    }

    @Override
    float value(int mentor, int mentee) {
      return reverse ? coverage(mentee, mentor) : coverage(mentor, mentee);
    }

    @Override
    void valueRow(int mentee, float[] out) {
      if (reverse) {
        // The mentee teaches: the credits it can give, by (current, target, skill), in a small table first.
        final float[] local = new float[creditKeys()];
        teacherCredits(mentee, local);
        // Goal slot by goal slot over all mentors: the k-th term of every mentor's sum in one branch-free
        // pass, in the same order as coverage(mentee, i) adds them.
        final int m = learner.size;
        java.util.Arrays.fill(out, 0, m, 0f);
        for (int k = 0; k < slots; k++) {
          final int base = k * m;
          for (int i = 0; i < m; i++) {
            out[i] += slotWeight[base + i] * local[slotIndex[base + i]];
          }
        }
        for (int i = 0; i < m; i++) {
          if (out[i] >= 1f) {
            out[i] = 1f;
          }
        }
        return;
      }
      // The mentors teach this mentee: goal by goal, a sequential pass over the mentors' level codes, adding
      // in the same goal order as coverage(t, l), so every entry equals it bit for bit.
      final char[] codes = teacherCodes;
      final float[] credit = creditTable;
      final int m = teachers;
      java.util.Arrays.fill(out, 0, m, 0f);
      for (int g = learner.goalStart[mentee], end = learner.goalStart[mentee + 1]; g < end; g++) {
        final float weight = learner.goalWeight[g];
        final int table = learner.goalTable[g];
        final int base = learner.goalSkill[g] * m;
        for (int t = 0; t < m; t++) {
          out[t] += weight * credit[table + codes[base + t]];
        }
      }
      for (int t = 0; t < m; t++) {
        if (out[t] >= 1f) {
          out[t] = 1f;
        }
      }
    }

    /**
     * The size of a {@link #teacherCredits} table: one entry per {@code (current, target, skill)} key of
     * {@link #goalPairSkill} and a last one, 0, for the empty goal slots.
     */
    int creditKeys() {
      return Encoding.LEVELS * Encoding.LEVELS * encoding.skillCount() + 1;
    }

    /**
     * Reverse direction: {@code local[key]} = the credit this mentee, teaching, gives a goal of key
     * {@code (current × LEVELS + target) × skills + skill} (the table is large, levels² × level codes, so a
     * row copies the credits this mentee can give into this small one first and its passes stay in cache).
     */
    void teacherCredits(int mentee, float[] local) {
      final int skills = encoding.skillCount();
      final int codes = encoding.levelCodes;
      final int pairs = Encoding.LEVELS * Encoding.LEVELS;
      for (int s = 0; s < skills; s++) {
        int code = teacherCodes[s * teachers + mentee];
        for (int pair = 0; pair < pairs; pair++) {
          local[pair * skills + s] = creditTable[pair * codes + code];
        }
      }
      local[pairs * skills] = 0f;
    }

    /** Σ goal weight × credit, the credit read from the table by the teacher's level code for the goal skill. */
    private float coverage(int t, int l) {
      final Encoding.Side learner = this.learner;
      final char[] codes = teacherCodes;
      final float[] credit = creditTable;
      final int teachers = this.teachers;
      float sum = 0f;
      for (int g = learner.goalStart[l], end = learner.goalStart[l + 1]; g < end; g++) {
        sum += learner.goalWeight[g] * credit[learner.goalTable[g] + codes[learner.goalSkill[g] * teachers + t]];
      }
      return sum >= 1f ? 1f : sum;
    }

    @Override
    public List<Reason> evidence(int mentor, int mentee) {
      Participant teacherP = reverse ? encoding.mentees.people.get(mentee) : encoding.mentors.people.get(mentor);
      Participant learnerP = reverse ? encoding.mentors.people.get(mentor) : encoding.mentees.people.get(mentee);
      SkillTaxonomy tx = encoding.taxonomy;
      List<Reason> out = new ArrayList<>();
      if (learnerP.goals().isEmpty()) {
        out.add(Reason.of(reverse ? ReasonCodes.MENTOR_HAS_NO_GOALS : ReasonCodes.MENTEE_HAS_NO_GOALS));
      }
      for (LearningGoal goal : learnerP.goals()) {
        String bestSkill = null;
        int bestLevel = 0;
        double bestCredit = 0;
        double bestRelatedness = 0;
        for (Map.Entry<String, Integer> e : teacherP.skills().entrySet()) {
          double r = tx.relatedness(e.getKey(), goal.skill());
          double credit = r * clamp01((float) (e.getValue() - goal.current()) / goal.gap());
          if (credit > bestCredit) {
            bestCredit = credit;
            bestSkill = e.getKey();
            bestLevel = e.getValue();
            bestRelatedness = r;
          }
        }
        if (bestSkill == null) {
          continue;
        }
        if (bestRelatedness >= 1) {
          out.add(Reason.of(reverse ? ReasonCodes.MENTEE_HAS_SKILL : ReasonCodes.MENTOR_HAS_SKILL,
              "skill", bestSkill, "level", bestLevel, "goal", goal.skill(), "from", goal.current(),
              "to", goal.target(), "priority", goal.priority().id(), "credit", num(bestCredit)));
        } else {
          out.add(Reason.of(reverse ? ReasonCodes.MENTEE_HAS_RELATED_SKILL : ReasonCodes.MENTOR_HAS_RELATED_SKILL,
              "skill", bestSkill, "level", bestLevel, "goal", goal.skill(), "from", goal.current(),
              "to", goal.target(), "priority", goal.priority().id(), "relation", relation(tx, bestSkill, goal.skill()),
              "relatedness", num(bestRelatedness), "credit", num(bestCredit)));
        }
      }
      return List.copyOf(out);
    }
  }

  /** What {@code held} is to {@code goal} in the taxonomy: parent, child, sibling, grandparent or grandchild. */
  static String relation(SkillTaxonomy tx, String held, String goal) {
    String a = tx.canonicalId(held);
    String b = tx.canonicalId(goal);
    String pa = parent(tx, a);
    String pb = parent(tx, b);
    if (a.equals(pb)) {
      return "parent";
    }
    if (b.equals(pa)) {
      return "child";
    }
    if (pa != null && pa.equals(pb)) {
      return "sibling";
    }
    if (pb != null && a.equals(parent(tx, pb))) {
      return "grandparent";
    }
    if (pa != null && b.equals(parent(tx, pa))) {
      return "grandchild";
    }
    return "related";
  }

  private static String parent(SkillTaxonomy tx, String id) {
    return tx.skill(id).flatMap(SkillTaxonomy.Skill::parent).orElse(null);
  }
}
