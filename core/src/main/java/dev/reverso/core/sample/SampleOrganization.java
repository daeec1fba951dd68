package dev.reverso.core.sample;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Program;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A realistic, deterministic sample organisation with a reverse-mentoring cohort, for tests, benchmarks
 * and the demo. Every person is synthetic: ids look like {@code e000123} and display names are invented
 * combinations (a given name and a made-up surname such as "Giulia Quillbrook").
 *
 * <h2>What is generated</h2>
 * <ul>
 *   <li><b>Org chart</b>: one tree with a single CEO at the root, filled breadth first; every manager has
 *       3 to 9 direct reports (fewer only in organisations under 4 people), and from the third level on
 *       about one person in eight is an individual contributor with no reports. Depth grows with the
 *       logarithm of the size: about 4 levels for 100 people, about 8 for 100 000.
 *   <li><b>Grades</b> ({@link dev.reverso.core.Participant#seniority()}): 12 for the CEO, falling evenly to
 *       4 for the lowest managers; individual contributors on the two lowest levels of the tree (or under
 *       a manager of grade 6 or less) are juniors of grade 1 to 3, those higher up are senior specialists one to
 *       three grades below their manager. Everyone's grade is below their manager's.
 *   <li><b>Departments and divisions</b>: Technology (Engineering, Product, Data), Commercial (Sales,
 *       Marketing, Customer Success), Corporate (Finance, People &amp; Culture, Legal, Operations) and
 *       the CEO's Executive Office in Corporate. The CEO's direct reports lead divisions, their reports
 *       lead departments, and everyone below stays in their department.
 *   <li><b>Offices</b>, each with its IANA time zone: Milan (Europe/Rome, headquarters), London, New York,
 *       São Paulo, Berlin, Singapore and Bangalore (Asia/Kolkata). Teams mostly sit with their manager.
 *       Everyone speaks {@code en}; most locals also speak the local language ({@code it}, {@code pt-BR},
 *       {@code de}, {@code zh}, {@code hi}, {@code es}), some a further European language.
 *   <li><b>Cohort</b>: mentors are drawn from the juniors (individual contributors of grade 1 to 3) and
 *       mentees from the seniors (everyone with direct reports, the CEO included; the higher the grade, the
 *       likelier, each grade weighing 1.5 times the one below). By default each side
 *       is {@value #DEFAULT_COHORT_PERCENT}% of the organisation, rounded, at least 1 and at most the
 *       available pool: 600 people give 39 mentors and 39 mentees. At least one mentor is placed in a
 *       mentee's reporting line, so the org-chart constraint always has a pair to forbid.
 *   <li><b>Profiles</b> (mentors and mentees only): about 8 skills and 4 learning goals each. Mentors are
 *       strong (levels 3 to 5) in digital skills ({@link #digitalSkills()}) and want strategic ones
 *       ({@link #strategicSkills()}); mentees the other way round. Some skills are in more demand
 *       than others ({@code genai} most of all), so supply and demand differ by skill. Goals run from the current level to a
 *       higher target with a low, medium or high priority. 3 to 5 values with importance 1 to 5, 2 to 8
 *       hours per month, capacity 1 (a fifth of mentors take 2), the time zone of their office.
 *   <li><b>Programme history</b>: a few exclusions (HR conflicts, about one mentee in fifty), a few earlier
 *       pairings (about one mentee in ten); no skill taxonomy and no active pairs.
 *   <li><b>Everyone else</b> is in {@link Program#people()} with manager, department, division, office,
 *       time zone, languages and grade, but no profile.
 * </ul>
 *
 * <p>Output is a pure function of the options: the same options give an equal {@link Program} on every
 * run and JVM ({@link java.util.SplittableRandom} streams split from the seed, no hash-order iteration).
 * Time and memory are O(n); 100 000 people take a few seconds. Thread-safe: nothing is shared.
 *
 * <pre>{@code
 * Program demo = SampleOrganization.generate(600, 42);
 * Program bench = SampleOrganization.options().people(60_000).mentors(5_000).mentees(5_000).seed(1).generate();
 * }</pre>
 */
public final class SampleOrganization {
  /** People in the organisation when not told otherwise. */
  public static final int DEFAULT_PEOPLE = 600;
  /** Seed when not told otherwise. */
  public static final long DEFAULT_SEED = 42L;
  /** Default share of the organisation on each side of the cohort, in percent. */
  public static final double DEFAULT_COHORT_PERCENT = 6.5;
  /** The largest organisation generated (it needs about 1 GiB of heap). */
  public static final int MAX_PEOPLE = 1_000_000;

  private SampleOrganization() {}

  /**
   * A sample organisation of {@code people} people with the default cohort size.
   *
   * @param people people in the whole organisation, 1 to {@value #MAX_PEOPLE}
   * @param seed any seed; the same seed gives an equal programme
   * @throws InvalidInputException if {@code people} is out of range
   */
  public static Program generate(int people, long seed) {
    return options().people(people).seed(seed).generate();
  }

  /** The default options: {@value #DEFAULT_PEOPLE} people, seed {@value #DEFAULT_SEED}, default cohort. */
  public static Options options() {
    return Options.DEFAULTS;
  }

  /** The digital skill ids juniors teach, in catalogue order. */
  public static ImmutableList<String> digitalSkills() {
    return SampleCatalogue.DIGITAL_SKILLS;
  }

  /** The strategic skill ids seniors teach, in catalogue order. */
  public static ImmutableList<String> strategicSkills() {
    return SampleCatalogue.STRATEGIC_SKILLS;
  }

  /**
   * Immutable generator options; each setter returns a changed copy and rejects a bad value at once.
   * Whether the requested mentors and mentees fit in the junior and senior pools is only known once the
   * org chart is drawn, so {@link #generate()} checks that and says what to change.
   */
  public static final class Options {
    static final Options DEFAULTS = new Options(DEFAULT_PEOPLE, DEFAULT_SEED, -1, -1);

    private final int people;
    private final long seed;
    private final int mentors;
    private final int mentees;

    private Options(int people, long seed, int mentors, int mentees) {
      this.people = people;
      this.seed = seed;
      this.mentors = mentors;
      this.mentees = mentees;
    }

    /**
     * People in the whole organisation (org chart), 1 to {@value #MAX_PEOPLE}.
     *
     * @throws InvalidInputException if out of range
     */
    public Options people(int people) {
      if (people < 1 || people > MAX_PEOPLE) {
        throw InvalidInputException.of("people", "expected 1 to " + MAX_PEOPLE + " people in the organisation, found "
            + people + "; ask for a size in that range (the default is " + DEFAULT_PEOPLE + ")");
      }
      return new Options(people, seed, mentors, mentees);
    }

    /** The seed; any value. */
    public Options seed(long seed) {
      return new Options(people, seed, mentors, mentees);
    }

    /**
     * Exactly this many mentors, drawn from the juniors (0 or more).
     *
     * @throws InvalidInputException if negative
     */
    public Options mentors(int mentors) {
      checkCount("mentors", mentors);
      return new Options(people, seed, mentors, mentees);
    }

    /**
     * Exactly this many mentees, drawn from the seniors (0 or more).
     *
     * @throws InvalidInputException if negative
     */
    public Options mentees(int mentees) {
      checkCount("mentees", mentees);
      return new Options(people, seed, mentors, mentees);
    }

    /** People in the organisation. */
    public int people() {
      return people;
    }

    /** The seed. */
    public long seed() {
      return seed;
    }

    /** The requested number of mentors, or empty for the default share. */
    public OptionalInt mentors() {
      return mentors < 0 ? OptionalInt.empty() : OptionalInt.of(mentors);
    }

    /** The requested number of mentees, or empty for the default share. */
    public OptionalInt mentees() {
      return mentees < 0 ? OptionalInt.empty() : OptionalInt.of(mentees);
    }

    /**
     * Generates the organisation. O(people) time and memory.
     *
     * @throws InvalidInputException if more mentors were asked for than there are juniors, or more
     *     mentees than seniors; the message gives the pool size and the organisation size that would fit
     */
    public Program generate() {
      return new SampleGenerator(people, seed, mentors, mentees).generate();
    }

    private static void checkCount(String what, int count) {
      if (count < 0) {
        throw InvalidInputException.of(what, "expected 0 or more " + what + ", found " + count);
      }
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Options)) {
        return false;
      }
      Options other = (Options) o;
      return people == other.people && seed == other.seed && mentors == other.mentors && mentees == other.mentees;
    }

    @Override
    public int hashCode() {
      return Objects.hash(people, seed, mentors, mentees);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "SampleOrganization.Options[people=%d, seed=%d, mentors=%s, mentees=%s]",
          people, seed, mentors < 0 ? "default" : Integer.toString(mentors),
          mentees < 0 ? "default" : Integer.toString(mentees));
    }
  }
}
