package dev.reverso.matching.result;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.Participant;
import java.util.function.Function;

/**
 * How mentors are grouped for a {@linkplain MatchingOptions#representation(MentorGroups, java.util.Map)
 * representation bound}: by department, division, location, seniority or one attribute of the HR export
 * ({@link Participant#attributes()}). The matching modules cannot see reporting's group dimensions, so this
 * small value names the same groupings from the participant alone; reporting maps its dimensions onto it.
 *
 * <p>A mentor without a value falls in the group {@value #UNKNOWN}. Immutable and thread-safe; equal when
 * the names are equal.
 */
public final class MentorGroups {
  /** The group of a mentor who has no value for the dimension. */
  public static final String UNKNOWN = "(unknown)";

  private static final MentorGroups DEPARTMENT =
      new MentorGroups("department", p -> p.department().orElse(UNKNOWN));
  private static final MentorGroups DIVISION = new MentorGroups("division", p -> p.division().orElse(UNKNOWN));
  private static final MentorGroups LOCATION = new MentorGroups("location", p -> p.location().orElse(UNKNOWN));
  private static final MentorGroups SENIORITY =
      new MentorGroups("seniority", p -> Integer.toString(p.seniority()));

  private final String name;
  private final Function<Participant, String> group;

  private MentorGroups(String name, Function<Participant, String> group) {
    this.name = name;
    this.group = group;
  }

  /** By department. */
  public static MentorGroups department() {
    return DEPARTMENT;
  }

  /** By division. */
  public static MentorGroups division() {
    return DIVISION;
  }

  /** By location. */
  public static MentorGroups location() {
    return LOCATION;
  }

  /** By seniority level (the group names are the levels, "0" to "5"). */
  public static MentorGroups seniority() {
    return SENIORITY;
  }

  /**
   * By one attribute of the HR export, such as {@code gender} or {@code generation}. Reading an attribute
   * here uses it only to balance who is selected; it never enters any pair's score.
   *
   * @throws IllegalArgumentException if the key is blank
   */
  public static MentorGroups attribute(String key) {
    requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("expected a non-blank attribute key, found '" + key + "'");
    }
    return new MentorGroups("attribute:" + key, p -> p.attributes().getOrDefault(key, UNKNOWN));
  }

  /** The dimension's name: {@code department}, {@code division}, {@code location}, {@code seniority} or {@code attribute:KEY}. */
  public String name() {
    return name;
  }

  /** The group of one participant; {@value #UNKNOWN} when the participant has no value. */
  public String groupOf(Participant participant) {
    String g = group.apply(requireNonNull(participant, "participant"));
    return g == null || g.isBlank() ? UNKNOWN : g;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MentorGroups other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The dimension's name. */
  @Override
  public String toString() {
    return "MentorGroups[" + name + "]";
  }
}
