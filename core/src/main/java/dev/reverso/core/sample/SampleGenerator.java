package dev.reverso.core.sample;

import static dev.reverso.core.sample.SampleCatalogue.DEPARTMENTS;
import static dev.reverso.core.sample.SampleCatalogue.DEPARTMENTS_OF_DIVISION;
import static dev.reverso.core.sample.SampleCatalogue.DIGITAL_POPULARITY;
import static dev.reverso.core.sample.SampleCatalogue.DIGITAL_SKILLS;
import static dev.reverso.core.sample.SampleCatalogue.DIVISIONS;
import static dev.reverso.core.sample.SampleCatalogue.DIVISION_OF_DEPARTMENT;
import static dev.reverso.core.sample.SampleCatalogue.OFFICES;
import static dev.reverso.core.sample.SampleCatalogue.STRATEGIC_POPULARITY;
import static dev.reverso.core.sample.SampleCatalogue.STRATEGIC_SKILLS;
import static dev.reverso.core.sample.SampleCatalogue.VALUES;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Priority;
import dev.reverso.core.Problems;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleCatalogue.Office;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One run of the sample generator: draws the tree, the org attributes, the cohort and the profiles on
 * parallel int arrays indexed by breadth-first position (index 0 is the CEO), then builds the
 * {@link Program}. Every random choice comes from a {@link SplittableRandom} stream split from the seed,
 * one stream per concern, so that e.g. the cohort draw does not shift the org chart.
 */
final class SampleGenerator {
  private static final int MIN_SPAN = 3;
  private static final int MAX_SPAN = 9;
  /** From the third level on, the share of people who are individual contributors rather than managers. */
  private static final double INDIVIDUAL_CONTRIBUTOR_SHARE = 0.125;
  private static final int TOP_GRADE = 12;
  private static final int LOWEST_MANAGER_GRADE = 4;
  private static final int MAX_JUNIOR_GRADE = 3;
  /** A leaf reporting to a manager of this grade or less is a junior. */
  private static final int JUNIOR_MANAGER_GRADE = 6;
  private static final double STAY_WITH_MANAGER_OFFICE = 0.75;
  private static final double EXTRA_LANGUAGE_SHARE = 0.08;
  private static final double MENTOR_CAPACITY_TWO_SHARE = 0.2;

  private final int n;
  private final long seed;
  private final int requestedMentors;
  private final int requestedMentees;

  private final int[] parent;
  private final int[] level;
  private final int[] childStart;
  private final int[] childCount;
  private final int[] grade;
  private final int[] department;
  private final int[] office;
  private int maxLevel;

  SampleGenerator(int people, long seed, int mentors, int mentees) {
    this.n = people;
    this.seed = seed;
    this.requestedMentors = mentors;
    this.requestedMentees = mentees;
    this.parent = new int[n];
    this.level = new int[n];
    this.childStart = new int[n];
    this.childCount = new int[n];
    this.grade = new int[n];
    this.department = new int[n];
    this.office = new int[n];
  }

  Program generate() {
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom treeRandom = root.split();
    SplittableRandom gradeRandom = root.split();
    SplittableRandom officeRandom = root.split();
    SplittableRandom cohortRandom = root.split();
    SplittableRandom profileRandom = root.split();
    SplittableRandom nameRandom = root.split();

    drawTree(treeRandom);
    assignGrades(gradeRandom);
    assignDepartments();
    assignOffices(officeRandom);

    int[] juniors = pool(true);
    int[] seniors = pool(false);
    int mentorCount = cohortSize(requestedMentors, juniors.length);
    int menteeCount = cohortSize(requestedMentees, seniors.length);
    checkPools(mentorCount, juniors.length, menteeCount, seniors.length);

    int[] mentees = sampleBySeniority(seniors, menteeCount, cohortRandom);
    int forced = mentorCount == 0 ? -1 : juniorBelow(mentees, cohortRandom);
    int[] mentors = sample(juniors, mentorCount, forced, cohortRandom);

    byte[] role = new byte[n];
    for (int m : mentors) {
      role[m] = 1;
    }
    for (int m : mentees) {
      role[m] = 2;
    }
    String[] ids = ids();
    Map<Integer, List<Integer>> exclusions = new HashMap<>();
    List<MentoringPair> history = new ArrayList<>();
    drawExclusionsAndHistory(mentors, mentees, ids, cohortRandom, exclusions, history);

    Program.Builder program = Program.builder();
    for (int i = 0; i < n; i++) {
      Participant.Builder p = Participant.builder(ids[i])
          .displayName(displayName(nameRandom))
          .department(DEPARTMENTS.get(department[i]))
          .division(DIVISIONS.get(DIVISION_OF_DEPARTMENT[department[i]]))
          .location(OFFICES.get(office[i]).name)
          .timeZone(OFFICES.get(office[i]).zone)
          .seniority(grade[i])
          .languages(languages(OFFICES.get(office[i]), nameRandom));
      if (parent[i] >= 0) {
        p.manager(ids[parent[i]]);
      }
      for (int other : exclusions.getOrDefault(i, List.of())) {
        p.exclude(ids[other]);
      }
      if (role[i] == 1) {
        profile(p, true, profileRandom);
        p.capacity(profileRandom.nextDouble() < MENTOR_CAPACITY_TWO_SHARE ? 2 : 1);
        program.mentor(p.build());
      } else if (role[i] == 2) {
        profile(p, false, profileRandom);
        program.mentee(p.build());
      } else {
        program.person(p.build());
      }
    }
    Collections.sort(history);
    return program.history(history).build();
  }

  /**
   * Breadth-first filling: each person, in order, either gets 3 to 9 direct reports appended at the end
   * or (from level 2 on, with a small probability) stays an individual contributor. The last manager's
   * span is adjusted so that nobody is left with fewer than 3 reports.
   */
  private void drawTree(SplittableRandom random) {
    parent[0] = -1;
    int placed = 1;
    for (int m = 0; placed < n; m++) {
      boolean lastCandidate = m == placed - 1;
      if (level[m] >= 2 && !lastCandidate && random.nextDouble() < INDIVIDUAL_CONTRIBUTOR_SHARE) {
        continue;
      }
      int remaining = n - placed;
      int span = MIN_SPAN + random.nextInt(MAX_SPAN - MIN_SPAN + 1);
      if (span >= remaining) {
        span = remaining;
      } else if (remaining - span < MIN_SPAN) {
        span = remaining <= MAX_SPAN ? remaining : remaining - MIN_SPAN;
      }
      childStart[m] = placed;
      childCount[m] = span;
      for (int c = placed; c < placed + span; c++) {
        parent[c] = m;
        level[c] = level[m] + 1;
      }
      placed += span;
    }
    maxLevel = level[n - 1];
  }

  /** Managers by level from 12 down to 4; individual contributors below their manager (see class doc). */
  private void assignGrades(SplittableRandom random) {
    int lowestManagerLevel = Math.max(1, maxLevel - 1);
    int lowest = Math.max(2, Math.min(LOWEST_MANAGER_GRADE, TOP_GRADE - lowestManagerLevel));
    for (int i = 0; i < n; i++) {
      if (childCount[i] > 0 || i == 0) {
        grade[i] = (int) Math.round(TOP_GRADE - (double) (TOP_GRADE - lowest) * level[i] / lowestManagerLevel);
      } else {
        int managerGrade = grade[parent[i]];
        if (level[i] >= maxLevel - 1 || managerGrade <= JUNIOR_MANAGER_GRADE) {
          grade[i] = 1 + random.nextInt(Math.max(1, Math.min(MAX_JUNIOR_GRADE, managerGrade - 1)));
        } else {
          int low = Math.max(LOWEST_MANAGER_GRADE, managerGrade - 3);
          grade[i] = low + random.nextInt(managerGrade - low);
        }
      }
    }
  }

  /** The CEO's direct reports head divisions, their reports head departments; below, people inherit. */
  private void assignDepartments() {
    int[] nextDepartmentOfDivision = new int[DIVISIONS.size()];
    int headsOfDivisions = 0;
    department[0] = SampleCatalogue.EXECUTIVE_OFFICE;
    for (int i = 1; i < n; i++) {
      if (level[i] == 1) {
        int division = headsOfDivisions % DIVISIONS.size();
        int[] departments = DEPARTMENTS_OF_DIVISION[division];
        department[i] = departments[(headsOfDivisions / DIVISIONS.size()) % departments.length];
        headsOfDivisions++;
      } else if (level[i] == 2) {
        int division = DIVISION_OF_DEPARTMENT[department[parent[i]]];
        int[] departments = DEPARTMENTS_OF_DIVISION[division];
        department[i] = departments[nextDepartmentOfDivision[division]++ % departments.length];
      } else {
        department[i] = department[parent[i]];
      }
    }
  }

  /** The CEO in Milan; most people sit with their manager, the others anywhere (weighted by office size). */
  private void assignOffices(SplittableRandom random) {
    int totalWeight = 0;
    for (Office o : OFFICES) {
      totalWeight += o.weight;
    }
    office[0] = 0;
    for (int i = 1; i < n; i++) {
      if (level[i] >= 2 && random.nextDouble() < STAY_WITH_MANAGER_OFFICE) {
        office[i] = office[parent[i]];
      } else {
        int pick = random.nextInt(totalWeight);
        int o = 0;
        while (pick >= OFFICES.get(o).weight) {
          pick -= OFFICES.get(o).weight;
          o++;
        }
        office[i] = o;
      }
    }
  }

  /** Juniors (individual contributors of grade 1..3) or seniors (people with reports), in index order. */
  private int[] pool(boolean juniors) {
    int count = 0;
    int[] pool = new int[n];
    for (int i = 0; i < n; i++) {
      boolean junior = childCount[i] == 0 && grade[i] <= MAX_JUNIOR_GRADE;
      boolean senior = childCount[i] > 0;
      if (juniors ? junior : senior) {
        pool[count++] = i;
      }
    }
    return Arrays.copyOf(pool, count);
  }

  private int cohortSize(int requested, int available) {
    if (requested >= 0) {
      return requested;
    }
    long share = Math.round(n * SampleOrganization.DEFAULT_COHORT_PERCENT / 100.0);
    return (int) Math.min(available, Math.max(1, share));
  }

  private void checkPools(int mentorCount, int juniors, int menteeCount, int seniors) {
    Problems problems = new Problems();
    if (mentorCount > juniors) {
      problems.error("mentors", String.format(Locale.ROOT,
          "expected at most %d mentors: an organisation of %d people (seed %d) has %d juniors "
              + "(individual contributors of grade 1 to 3), found %d; ask for fewer mentors or for about %d people",
          juniors, n, seed, juniors, mentorCount, peopleFor(mentorCount, juniors)));
    }
    if (menteeCount > seniors) {
      problems.error("mentees", String.format(Locale.ROOT,
          "expected at most %d mentees: an organisation of %d people (seed %d) has %d seniors "
              + "(people with direct reports), found %d; ask for fewer mentees or for about %d people",
          seniors, n, seed, seniors, menteeCount, peopleFor(menteeCount, seniors)));
    }
    problems.throwIfErrors();
  }

  /** The organisation size whose pool would hold {@code wanted}, with a 10% margin, within the maximum. */
  private long peopleFor(int wanted, int pool) {
    double perPerson = Math.max(pool, 1) / (double) n;
    return Math.min(SampleOrganization.MAX_PEOPLE, (long) Math.ceil(wanted / perPerson * 1.1));
  }

  /**
   * {@code k} distinct members of {@code pool}, uniformly (partial Fisher–Yates), {@code forced} first if
   * it is a member, returned in index order.
   */
  private static int[] sample(int[] pool, int k, int forced, SplittableRandom random) {
    int[] a = pool.clone();
    int start = 0;
    if (forced >= 0 && k > 0) {
      int at = Arrays.binarySearch(a, forced);
      a[at] = a[0];
      a[0] = forced;
      start = 1;
    }
    for (int i = start; i < k; i++) {
      int j = i + random.nextInt(a.length - i);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    int[] chosen = Arrays.copyOf(a, k);
    Arrays.sort(chosen);
    return chosen;
  }

  /**
   * {@code k} distinct members of {@code pool}, drawn with weight {@code 1.5^(grade - 4)} so that senior
   * leaders are likelier mentees than first-line managers, returned in index order. Weighted sampling
   * without replacement by the keys {@code ln(u) / w} (Efraimidis &amp; Spirakis, Information Processing
   * Letters 97(5), 2006), ties broken by index; O(m log m) for a pool of m.
   */
  private int[] sampleBySeniority(int[] pool, int k, SplittableRandom random) {
    double[] key = new double[pool.length];
    Integer[] order = new Integer[pool.length];
    for (int i = 0; i < pool.length; i++) {
      double weight = Math.pow(1.5, grade[pool[i]] - LOWEST_MANAGER_GRADE);
      // 1 - nextDouble() is in (0, 1], so the logarithm is finite
      key[i] = Math.log(1.0 - random.nextDouble()) / weight;
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int c = Double.compare(key[b], key[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] chosen = new int[k];
    for (int i = 0; i < k; i++) {
      chosen[i] = pool[order[i]];
    }
    Arrays.sort(chosen);
    return chosen;
  }

  /**
   * A junior somewhere below one of the mentees, found by random walks down from mentees in random
   * order, or -1 if the walks find none. Makes sure the org-chart constraint has a pair to forbid.
   */
  private int juniorBelow(int[] mentees, SplittableRandom random) {
    int attempts = Math.min(mentees.length, 64);
    for (int t = 0; t < attempts; t++) {
      int v = mentees[random.nextInt(mentees.length)];
      while (childCount[v] > 0) {
        v = childStart[v] + random.nextInt(childCount[v]);
      }
      if (grade[v] <= MAX_JUNIOR_GRADE) {
        return v;
      }
    }
    return -1;
  }

  /** About one mentee in fifty has an HR conflict with a mentor, one in ten an earlier pairing. */
  private void drawExclusionsAndHistory(int[] mentors, int[] mentees, String[] id, SplittableRandom random,
      Map<Integer, List<Integer>> exclusions, List<MentoringPair> history) {
    if (mentors.length == 0 || mentees.length == 0) {
      return;
    }
    long possible = (long) mentors.length * mentees.length;
    int exclusionCount = (int) Math.min(possible / 2, Math.max(1, mentees.length / 50));
    int historyCount = (int) Math.min(possible / 2, Math.max(1, Math.round(mentees.length / 10.0)));
    Set<Long> used = new HashSet<>();
    int exclusionsDrawn = 0;
    int historyDrawn = 0;
    for (int attempt = 0; attempt < 20 * (exclusionCount + historyCount)
        && (exclusionsDrawn < exclusionCount || historyDrawn < historyCount); attempt++) {
      int mentor = mentors[random.nextInt(mentors.length)];
      int mentee = mentees[random.nextInt(mentees.length)];
      if (!used.add((long) mentor * n + mentee)) {
        continue;
      }
      if (exclusionsDrawn < exclusionCount) {
        boolean menteeAsks = random.nextBoolean();
        exclusions.computeIfAbsent(menteeAsks ? mentee : mentor, k -> new ArrayList<>())
            .add(menteeAsks ? mentor : mentee);
        exclusionsDrawn++;
      } else {
        history.add(MentoringPair.of(id[mentor], id[mentee]));
        historyDrawn++;
      }
    }
  }

  /** {@code e000001} upwards, breadth-first; wider than 6 digits only past 999 999 people. */
  private String[] ids() {
    int width = Math.max(6, Integer.toString(n).length());
    String[] ids = new String[n];
    char[] buffer = new char[width + 1];
    buffer[0] = 'e';
    for (int i = 0; i < n; i++) {
      int v = i + 1;
      for (int d = width; d >= 1; d--) {
        buffer[d] = (char) ('0' + v % 10);
        v /= 10;
      }
      ids[i] = new String(buffer);
    }
    return ids;
  }

  private static String displayName(SplittableRandom random) {
    return pick(SampleCatalogue.GIVEN_NAMES, random) + " " + pick(SampleCatalogue.SURNAME_STARTS, random)
        + pick(SampleCatalogue.SURNAME_ENDS, random);
  }

  private static List<String> languages(Office office, SplittableRandom random) {
    List<String> languages = new ArrayList<>(3);
    boolean local = office.localLanguage != null && random.nextDouble() < office.localShare;
    if (local && office.localFirst) {
      languages.add(office.localLanguage);
    }
    languages.add("en");
    if (local && !office.localFirst) {
      languages.add(office.localLanguage);
    }
    if (random.nextDouble() < EXTRA_LANGUAGE_SHARE) {
      String extra = pick(SampleCatalogue.EXTRA_LANGUAGES, random);
      if (!languages.contains(extra)) {
        languages.add(extra);
      }
    }
    return languages;
  }

  /**
   * Skills, goals, values and hours. A mentor holds 5–7 digital skills at 3–5 and 1–3 strategic skills at
   * 1–2, and wants 3–5 strategic skills; a mentee the mirror image.
   */
  private static void profile(Participant.Builder p, boolean mentor, SplittableRandom random) {
    ImmutableList<String> strong = mentor ? DIGITAL_SKILLS : STRATEGIC_SKILLS;
    ImmutableList<String> weak = mentor ? STRATEGIC_SKILLS : DIGITAL_SKILLS;
    int[] strongPopularity = mentor ? DIGITAL_POPULARITY : STRATEGIC_POPULARITY;
    int[] weakPopularity = mentor ? STRATEGIC_POPULARITY : DIGITAL_POPULARITY;
    boolean[] strongChosen = chooseWeighted(strongPopularity, 5 + random.nextInt(3), random);
    boolean[] weakChosen = chooseWeighted(weakPopularity, 1 + random.nextInt(3), random);
    int[] weakLevel = new int[weak.size()];
    for (int s = 0; s < strong.size(); s++) {
      if (strongChosen[s]) {
        int roll = random.nextInt(10);
        p.skill(strong.get(s), roll < 3 ? 3 : roll < 8 ? 4 : 5);
      }
    }
    for (int s = 0; s < weak.size(); s++) {
      if (weakChosen[s]) {
        weakLevel[s] = 1 + random.nextInt(2);
        p.skill(weak.get(s), weakLevel[s]);
      }
    }
    boolean[] goalChosen = chooseWeighted(weakPopularity, 3 + random.nextInt(3), random);
    for (int s = 0; s < weak.size(); s++) {
      if (goalChosen[s]) {
        int current = weakLevel[s];
        int target = Math.min(Participant.MAX_LEVEL, current + 1 + random.nextInt(3));
        int roll = random.nextInt(20);
        Priority priority = roll < 5 ? Priority.LOW : roll < 14 ? Priority.MEDIUM : Priority.HIGH;
        p.goal(weak.get(s), current, target, priority);
      }
    }
    boolean[] valueChosen = choose(VALUES.size(), 3 + random.nextInt(3), random);
    for (int v = 0; v < VALUES.size(); v++) {
      if (valueChosen[v]) {
        boolean favoured = mentor ? v < 3 : v >= VALUES.size() - 3;
        int importance = 1 + random.nextInt(5);
        p.value(VALUES.get(v), favoured ? Math.min(Participant.MAX_IMPORTANCE, importance + 1) : importance);
      }
    }
    // seniors have less time: 2..6 hours, juniors 2..8
    p.hoursPerMonth(2 + random.nextInt(mentor ? 7 : 5));
  }

  /** {@code k} of {@code size} slots chosen uniformly (Floyd's algorithm on a boolean mask). */
  private static boolean[] choose(int size, int k, SplittableRandom random) {
    boolean[] chosen = new boolean[size];
    for (int j = size - k; j < size; j++) {
      int t = random.nextInt(j + 1);
      chosen[chosen[t] ? j : t] = true;
    }
    return chosen;
  }

  /** {@code k} of {@code weights.length} slots, drawn one at a time with probability proportional to weight. */
  private static boolean[] chooseWeighted(int[] weights, int k, SplittableRandom random) {
    boolean[] chosen = new boolean[weights.length];
    int remaining = 0;
    for (int w : weights) {
      remaining += w;
    }
    for (int drawn = 0; drawn < k; drawn++) {
      int pick = random.nextInt(remaining);
      int i = 0;
      while (chosen[i] || pick >= weights[i]) {
        if (!chosen[i]) {
          pick -= weights[i];
        }
        i++;
      }
      chosen[i] = true;
      remaining -= weights[i];
    }
    return chosen;
  }

  private static String pick(List<String> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }
}
