package dev.reverso.matching.constraint;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.OrgChart;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.spi.Constraint;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import dev.reverso.matching.internal.BuiltinCriterion;
import dev.reverso.matching.internal.RowCheck;
import dev.reverso.matching.internal.TimeZoneOverlapCriterion;

/**
 * The built-in hard constraints. Each is an immutable value (equal when its settings are equal); bound to
 * a programme it answers {@code allows(mentor, mentee)} in O(1) (or O(log h) for history and exclusions)
 * without allocating, and gives a reason naming HR ids only when it forbids a pair.
 *
 * <table>
 * <caption>Built-in constraints</caption>
 * <tr><th>factory</th><th>id</th><th>forbids</th></tr>
 * <tr><td>{@link #reportingChain()}</td><td>{@code reporting-chain}</td><td>one is above the other in the
 *   reporting line, at any depth (or up to a maximum depth), through people outside the programme too;
 *   optionally also peers with the same manager</td></tr>
 * <tr><td>{@link #mentorMoreJunior(int)}</td><td>{@code seniority-gap}</td><td>mentee grade − mentor grade &lt; k</td></tr>
 * <tr><td>{@link #sharedLanguage()}</td><td>{@code shared-language}</td><td>both list languages and share none</td></tr>
 * <tr><td>{@link #maxTimeZoneDifference(double)}</td><td>{@code max-time-zone-difference}</td><td>UTC offsets
 *   further apart than the limit (when both zones are known)</td></tr>
 * <tr><td>{@link #noRepeat()}</td><td>{@code no-repeat}</td><td>the two were paired before (history), either way round</td></tr>
 * <tr><td>{@link #exclusions()}</td><td>{@code exclusions}</td><td>either side excludes the other</td></tr>
 * <tr><td>{@link #differentDepartment()}</td><td>{@code different-department}</td><td>both in the same known department</td></tr>
 * </table>
 */
public final class Constraints {
  /** Max depth meaning "at any depth" for {@link #reportingChain(int, boolean)}. */
  public static final int ANY_DEPTH = Integer.MAX_VALUE;

  private Constraints() {}

  /**
   * The default constraints: {@link #reportingChain()}, {@link #mentorMoreJunior(int) mentorMoreJunior(1)},
   * {@link #sharedLanguage()}, {@link #noRepeat()}, {@link #exclusions()}, in this order.
   */
  public static ImmutableList<Constraint> defaults() {
    return ImmutableList.of(reportingChain(), mentorMoreJunior(1), sharedLanguage(), noRepeat(), exclusions());
  }

  /** Forbids a pair where one is above the other in the reporting line, at any depth. */
  public static Constraint reportingChain() {
    return new ReportingChain(ANY_DEPTH, false);
  }

  /**
   * Forbids a pair where one is above the other by at most {@code maxDepth} levels ({@link #ANY_DEPTH} for
   * any), and, if {@code sameManagerPeers}, also two people with the same direct manager.
   *
   * @throws IllegalArgumentException if {@code maxDepth < 1}
   */
  public static Constraint reportingChain(int maxDepth, boolean sameManagerPeers) {
    return new ReportingChain(maxDepth, sameManagerPeers);
  }

  /**
   * Forbids a pair unless the mentor's grade is at least {@code grades} below the mentee's.
   *
   * @throws IllegalArgumentException if {@code grades < 0}
   */
  public static Constraint mentorMoreJunior(int grades) {
    return new SeniorityGap(grades);
  }

  /**
   * Forbids a pair who list languages but share none. Languages are compared by their primary language
   * subtag ({@code en-GB} and {@code en-US} share English). Someone who lists no language blocks nobody.
   */
  public static Constraint sharedLanguage() {
    return SharedLanguage.INSTANCE;
  }

  /**
   * Forbids a pair whose UTC offsets differ by more than {@code hours} (on the 24-hour circle), taken at
   * noon UTC of the fixed reference date 2026-01-15. A pair with an unknown zone is allowed.
   *
   * @throws IllegalArgumentException unless {@code 0 <= hours <= 12}
   */
  public static Constraint maxTimeZoneDifference(double hours) {
    return new MaxTimeZoneDifference(hours, LocalDate.parse(TimeZoneOverlapCriterion.DEFAULT_REFERENCE_DATE));
  }

  /** As {@link #maxTimeZoneDifference(double)}, with offsets taken at noon UTC of {@code referenceDate}. */
  public static Constraint maxTimeZoneDifference(double hours, LocalDate referenceDate) {
    return new MaxTimeZoneDifference(hours, referenceDate);
  }

  /** Forbids a pair of people paired before ({@link Program#history()}), in either role. */
  public static Constraint noRepeat() {
    return NoRepeat.INSTANCE;
  }

  /** Forbids a pair where either side lists the other in {@link Participant#exclusions()}. */
  public static Constraint exclusions() {
    return Exclusions.INSTANCE;
  }

  /** Forbids a pair from the same department (when both departments are known). */
  public static Constraint differentDepartment() {
    return DifferentDepartment.INSTANCE;
  }

  private static int[] chartIndices(OrgChart chart, List<Participant> people) {
    int[] out = new int[people.size()];
    for (int p = 0; p < out.length; p++) {
      out[p] = chart.indexOf(people.get(p).id());
    }
    return out;
  }

  private static final class ReportingChain implements Constraint {
    private final int maxDepth;
    private final boolean sameManagerPeers;

    ReportingChain(int maxDepth, boolean sameManagerPeers) {
      if (maxDepth < 1) {
        throw new IllegalArgumentException("expected a maximum chain depth of at least 1, found " + maxDepth);
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
        public String reason(int mentor, int mentee) {
          int a = mentorNode[mentor];
          int b = menteeNode[mentee];
          if (above(a, b)) {
            return chain(b, a);
          }
          if (above(b, a)) {
            return chain(a, b);
          }
          return chart.id(a) + " and " + chart.id(b) + " both report to " + chart.id(chart.parentIndex(a));
        }

        private String chain(int lower, int upper) {
          StringBuilder sb = new StringBuilder().append(chart.id(lower)).append(" reports to ");
          int at = chart.parentIndex(lower);
          sb.append(chart.id(at));
          while (at != upper) {
            at = chart.parentIndex(at);
            sb.append(", who reports to ").append(chart.id(at));
          }
          return sb.toString();
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
      return "Constraint[" + id() + ", maxDepth=" + (maxDepth == ANY_DEPTH ? "any" : maxDepth)
          + ", sameManagerPeers=" + sameManagerPeers + "]";
    }
  }

  private static final class SeniorityGap implements Constraint {
    private final int grades;

    SeniorityGap(int grades) {
      if (grades < 0) {
        throw new IllegalArgumentException("expected a grade gap of 0 or more, found " + grades);
      }
      this.grades = grades;
    }

    @Override
    public String id() {
      return "seniority-gap";
    }

    @Override
    public Check bind(Program program) {
      int[] mentorGrade = program.mentors().stream().mapToInt(Participant::seniority).toArray();
      int[] menteeGrade = program.mentees().stream().mapToInt(Participant::seniority).toArray();
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

        @Override
        public boolean allows(int mentor, int mentee) {
          return menteeGrade[mentee] - mentorGrade[mentor] >= grades;
        }

        @Override
        public String reason(int mentor, int mentee) {
          return "mentor " + program.mentors().get(mentor).id() + " (grade " + mentorGrade[mentor]
              + ") is not at least " + grades + (grades == 1 ? " grade" : " grades") + " below mentee "
              + program.mentees().get(mentee).id() + " (grade " + menteeGrade[mentee] + ")";
        }
      };
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SeniorityGap && ((SeniorityGap) o).grades == grades;
    }

    @Override
    public int hashCode() {
      return grades;
    }

    @Override
    public String toString() {
      return "Constraint[" + id() + ", grades=" + grades + "]";
    }
  }

  private static final class SharedLanguage implements Constraint {
    static final SharedLanguage INSTANCE = new SharedLanguage();

    @Override
    public String id() {
      return "shared-language";
    }

    @Override
    public Check bind(Program program) {
      Map<String, Integer> index = new HashMap<>();
      for (List<Participant> side : List.of(program.mentors(), program.mentees())) {
        for (Participant p : side) {
          for (String tag : p.languages()) {
            index.putIfAbsent(primary(tag), index.size());
          }
        }
      }
      int words = Math.max(1, (index.size() + 63) / 64);
      long[] mentorBits = bits(program.mentors(), index, words);
      long[] menteeBits = bits(program.mentees(), index, words);
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

        @Override
        public boolean allows(int mentor, int mentee) {
          boolean anyA = false;
          boolean anyB = false;
          for (int w = 0; w < words; w++) {
            long a = mentorBits[mentor * words + w];
            long b = menteeBits[mentee * words + w];
            if ((a & b) != 0) {
              return true;
            }
            anyA |= a != 0;
            anyB |= b != 0;
          }
          return !anyA || !anyB;
        }

        @Override
        public String reason(int mentor, int mentee) {
          Participant a = program.mentors().get(mentor);
          Participant b = program.mentees().get(mentee);
          return "no shared language: " + a.id() + " speaks " + String.join(", ", a.languages()) + "; "
              + b.id() + " speaks " + String.join(", ", b.languages());
        }
      };
    }

    private static String primary(String tag) {
      return Locale.forLanguageTag(tag).getLanguage();
    }

    private static long[] bits(List<Participant> people, Map<String, Integer> index, int words) {
      long[] out = new long[people.size() * words];
      for (int p = 0; p < people.size(); p++) {
        for (String tag : people.get(p).languages()) {
          int bit = index.get(primary(tag));
          out[p * words + bit / 64] |= 1L << (bit % 64);
        }
      }
      return out;
    }

    @Override
    public String toString() {
      return "Constraint[" + id() + "]";
    }
  }

  private static final class MaxTimeZoneDifference implements Constraint {
    private final double hours;
    private final LocalDate referenceDate;

    MaxTimeZoneDifference(double hours, LocalDate referenceDate) {
      if (!(hours >= 0 && hours <= 12)) {
        throw new IllegalArgumentException("expected a maximum time-zone difference of 0 to 12 hours, found " + hours);
      }
      this.hours = hours;
      this.referenceDate = requireNonNull(referenceDate, "referenceDate");
    }

    @Override
    public String id() {
      return "max-time-zone-difference";
    }

    @Override
    public Check bind(Program program) {
      ZoneId[] mentorZone = program.mentors().stream().map(p -> p.timeZone().orElse(null)).toArray(ZoneId[]::new);
      ZoneId[] menteeZone = program.mentees().stream().map(p -> p.timeZone().orElse(null)).toArray(ZoneId[]::new);
      int[] a = TimeZoneOverlapCriterion.offsets(mentorZone, referenceDate);
      int[] b = TimeZoneOverlapCriterion.offsets(menteeZone, referenceDate);
      double limit = hours * 60;
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

        @Override
        public boolean allows(int mentor, int mentee) {
          return mentorZone[mentor] == null || menteeZone[mentee] == null
              || TimeZoneOverlapCriterion.circularDifference(a[mentor], b[mentee]) <= limit;
        }

        @Override
        public String reason(int mentor, int mentee) {
          double apart = TimeZoneOverlapCriterion.circularDifference(a[mentor], b[mentee]) / 60.0;
          return program.mentors().get(mentor).id() + " (" + mentorZone[mentor].getId() + ") and "
              + program.mentees().get(mentee).id() + " (" + menteeZone[mentee].getId() + ") are "
              + BuiltinCriterion.fmt(apart) + " h apart on " + referenceDate + "; at most "
              + BuiltinCriterion.fmt(hours) + " h allowed";
        }
      };
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MaxTimeZoneDifference && ((MaxTimeZoneDifference) o).hours == hours
          && ((MaxTimeZoneDifference) o).referenceDate.equals(referenceDate);
    }

    @Override
    public int hashCode() {
      return Objects.hash(hours, referenceDate);
    }

    @Override
    public String toString() {
      return "Constraint[" + id() + ", hours=" + hours + ", referenceDate=" + referenceDate + "]";
    }
  }

  /** Per mentee, the sorted mentor indices a rule forbids; most lists are empty. */
  private static int[][] sortedLists(List<TreeSet<Integer>> sets) {
    int[][] out = new int[sets.size()][];
    for (int j = 0; j < out.length; j++) {
      out[j] = sets.get(j).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  private static List<TreeSet<Integer>> emptySets(int n) {
    List<TreeSet<Integer>> sets = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      sets.add(new TreeSet<>());
    }
    return sets;
  }

  private static Map<ParticipantId, Integer> indexOf(List<Participant> people) {
    Map<ParticipantId, Integer> index = new HashMap<>();
    for (int p = 0; p < people.size(); p++) {
      index.put(people.get(p).id(), p);
    }
    return index;
  }

  /**
   * A rule given as explicit forbidden pairs (earlier pairings, exclusions): per mentee, the sorted mentor
   * indices it may not be paired with. One final class for both rules, so its loops stay monomorphic.
   */
  private static final class ForbiddenPairs implements RowCheck {
    private final int[][] forbidden;
    private final IntBinaryFunction<String> reason;

    ForbiddenPairs(int[][] forbidden, IntBinaryFunction<String> reason) {
      this.forbidden = forbidden;
      this.reason = reason;
    }

    @Override
    public void restrictColumn(int mentor, boolean[] allowed) {
      for (int j = 0; j < forbidden.length; j++) {
        if (allowed[j] && !allows(mentor, j)) {
          allowed[j] = false;
        }
      }
    }

    @Override
    public void restrictRow(int mentee, boolean[] allowed) {
      for (int i : forbidden[mentee]) {
        allowed[i] = false;
      }
    }

    @Override
    public boolean allows(int mentor, int mentee) {
      int[] list = forbidden[mentee];
      return list.length == 0 || Arrays.binarySearch(list, mentor) < 0;
    }

    @Override
    public String reason(int mentor, int mentee) {
      return reason.apply(mentor, mentee);
    }
  }

  /** A function of a mentor index and a mentee index. */
  @FunctionalInterface
  private interface IntBinaryFunction<R> {
    R apply(int mentor, int mentee);
  }

  private static final class NoRepeat implements Constraint {
    static final NoRepeat INSTANCE = new NoRepeat();

    @Override
    public String id() {
      return "no-repeat";
    }

    @Override
    public Check bind(Program program) {
      Map<ParticipantId, Integer> mentors = indexOf(program.mentors());
      Map<ParticipantId, Integer> mentees = indexOf(program.mentees());
      List<TreeSet<Integer>> sets = emptySets(program.mentees().size());
      for (MentoringPair pair : program.history()) {
        for (boolean swap : new boolean[] {false, true}) {
          Integer i = mentors.get(swap ? pair.menteeId() : pair.mentorId());
          Integer j = mentees.get(swap ? pair.mentorId() : pair.menteeId());
          if (i != null && j != null) {
            sets.get(j).add(i);
          }
        }
      }
      return new ForbiddenPairs(sortedLists(sets), (mentor, mentee) -> program.mentors().get(mentor).id() + " and "
          + program.mentees().get(mentee).id() + " were paired before (history)");
    }

    @Override
    public String toString() {
      return "Constraint[" + id() + "]";
    }
  }

  private static final class Exclusions implements Constraint {
    static final Exclusions INSTANCE = new Exclusions();

    @Override
    public String id() {
      return "exclusions";
    }

    @Override
    public Check bind(Program program) {
      Map<ParticipantId, Integer> mentors = indexOf(program.mentors());
      Map<ParticipantId, Integer> mentees = indexOf(program.mentees());
      List<TreeSet<Integer>> sets = emptySets(program.mentees().size());
      for (int j = 0; j < program.mentees().size(); j++) {
        for (ParticipantId other : program.mentees().get(j).exclusions()) {
          Integer i = mentors.get(other);
          if (i != null) {
            sets.get(j).add(i);
          }
        }
      }
      for (int i = 0; i < program.mentors().size(); i++) {
        for (ParticipantId other : program.mentors().get(i).exclusions()) {
          Integer j = mentees.get(other);
          if (j != null) {
            sets.get(j).add(i);
          }
        }
      }
      return new ForbiddenPairs(sortedLists(sets), (mentor, mentee) -> {
        Participant a = program.mentors().get(mentor);
        Participant b = program.mentees().get(mentee);
        boolean ab = a.exclusions().contains(b.id());
        boolean ba = b.exclusions().contains(a.id());
        if (ab && ba) {
          return a.id() + " and " + b.id() + " exclude each other";
        }
        return ab ? a.id() + " excludes " + b.id() : b.id() + " excludes " + a.id();
      });
    }

    @Override
    public String toString() {
      return "Constraint[" + id() + "]";
    }
  }

  private static final class DifferentDepartment implements Constraint {
    static final DifferentDepartment INSTANCE = new DifferentDepartment();

    @Override
    public String id() {
      return "different-department";
    }

    @Override
    public Check bind(Program program) {
      Map<String, Integer> index = new HashMap<>();
      int[] a = departments(program.mentors(), index);
      int[] b = departments(program.mentees(), index);
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

        @Override
        public boolean allows(int mentor, int mentee) {
          return a[mentor] < 0 || a[mentor] != b[mentee];
        }

        @Override
        public String reason(int mentor, int mentee) {
          return program.mentors().get(mentor).id() + " and " + program.mentees().get(mentee).id()
              + " are both in department '" + program.mentees().get(mentee).department().orElse("") + "'";
        }
      };
    }

    private static int[] departments(List<Participant> people, Map<String, Integer> index) {
      int[] out = new int[people.size()];
      for (int p = 0; p < out.length; p++) {
        out[p] = people.get(p).department().map(d -> index.computeIfAbsent(d, k -> index.size())).orElse(-1);
      }
      return out;
    }

    @Override
    public String toString() {
      return "Constraint[" + id() + "]";
    }
  }
}
