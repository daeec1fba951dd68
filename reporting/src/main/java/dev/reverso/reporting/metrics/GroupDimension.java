package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What groups people for coverage, representation and score breakdowns: one of the org-chart fields
 * ({@link #DEPARTMENT}, {@link #LOCATION}, {@link #SENIORITY_BAND}, {@link #DIVISION}) or any free attribute the HR
 * export carries ({@link #attribute(String)}: a CSV column or a JSON attribute such as {@code gender},
 * {@code generation}, {@code employee-resource-group} or {@code contract}).
 *
 * <p>Attributes used as a dimension serve aggregate reporting only: the report publishes counts per group after
 * small-group suppression, never a person's value. They are never a matching criterion unless a caller's own
 * criterion reads them explicitly.
 *
 * <p>Immutable, value-based (equal when of the same kind and key) and thread-safe.
 */
public final class GroupDimension {
  /** The label of people whose attribute is missing. */
  public static final String UNKNOWN = "(unknown)";

  /** {@link Participant#department()}. */
  public static final GroupDimension DEPARTMENT = new GroupDimension(Kind.DEPARTMENT, "department");
  /** {@link Participant#location()}. */
  public static final GroupDimension LOCATION = new GroupDimension(Kind.LOCATION, "location");
  /** {@link Participant#seniority()} in bands of {@link MetricsOptions#seniorityBandWidth()} grades. */
  public static final GroupDimension SENIORITY_BAND = new GroupDimension(Kind.SENIORITY_BAND, "seniority-band");
  /** {@link Participant#division()}. */
  public static final GroupDimension DIVISION = new GroupDimension(Kind.DIVISION, "division");

  private static final ImmutableList<GroupDimension> DEFAULTS = ImmutableList.of(DEPARTMENT, LOCATION, SENIORITY_BAND);

  private enum Kind { DEPARTMENT, LOCATION, SENIORITY_BAND, DIVISION, ATTRIBUTE }

  private final Kind kind;
  private final String id;

  private GroupDimension(Kind kind, String id) {
    this.kind = kind;
    this.id = id;
  }

  /**
   * The dimensions of the coverage and score breakdowns, in report order: department, location, seniority band.
   */
  public static ImmutableList<GroupDimension> values() {
    return DEFAULTS;
  }

  /**
   * Groups people by the free attribute {@code key} ({@link Participant#attributes()}); people without it fall in
   * {@link #UNKNOWN}.
   *
   * @throws InvalidInputException if {@code key} is not a valid attribute key
   */
  public static GroupDimension attribute(String key) {
    String why = Participant.keyProblem(key);
    if (why != null) {
      throw InvalidInputException.of("attribute", why);
    }
    return new GroupDimension(Kind.ATTRIBUTE, key);
  }

  /**
   * The dimension a user named: {@code department}, {@code location}, {@code seniority-band} (or
   * {@code seniority}), {@code division}, or else the attribute of that name.
   *
   * @throws InvalidInputException if the name is neither a field nor a valid attribute key
   */
  public static GroupDimension parse(String name) {
    requireNonNull(name, "name");
    return switch (name) {
      case "department" -> DEPARTMENT;
      case "location" -> LOCATION;
      case "seniority-band", "seniority" -> SENIORITY_BAND;
      case "division" -> DIVISION;
      default -> attribute(name);
    };
  }

  /**
   * A comma-separated list of dimensions ({@code department,location,gender}), each as {@link #parse(String)},
   * duplicates dropped, order kept.
   *
   * @param location where the list came from, such as {@code --group-by}, for the problems
   * @throws InvalidInputException naming every bad item at once
   */
  public static ImmutableList<GroupDimension> parseList(String list, String location) {
    requireNonNull(list, "list");
    requireNonNull(location, "location");
    Set<GroupDimension> out = new LinkedHashSet<>();
    List<Problem> problems = new ArrayList<>();
    String[] items = list.split(",", -1);
    for (int i = 0; i < items.length; i++) {
      String item = items[i].trim();
      String why = item.isEmpty() ? "expected a dimension name (department, location, seniority-band, division or an "
          + "attribute), found an empty item" : isField(item) ? null : Participant.keyProblem(item);
      if (why != null) {
        problems.add(Problem.error(location + "[" + i + "]", why));
      } else {
        out.add(parse(item));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return ImmutableList.copyOf(out);
  }

  private static boolean isField(String name) {
    return switch (name) {
      case "department", "location", "seniority-band", "seniority", "division" -> true;
      default -> false;
    };
  }

  /** The id used in reports: {@code department}, {@code location}, {@code seniority-band}, or the attribute key. */
  public String id() {
    return id;
  }

  /** Whether this dimension reads a free attribute rather than an org-chart field. */
  public boolean isAttribute() {
    return kind == Kind.ATTRIBUTE;
  }

  /** The group of a person in this dimension. */
  public String groupOf(Participant p, MetricsOptions options) {
    return switch (kind) {
      case DEPARTMENT -> p.department().orElse(UNKNOWN);
      case LOCATION -> p.location().orElse(UNKNOWN);
      case SENIORITY_BAND -> options.seniorityBand(p.seniority());
      case DIVISION -> p.division().orElse(UNKNOWN);
      case ATTRIBUTE -> {
        String v = p.attributes().get(id);
        yield v == null || v.isBlank() ? UNKNOWN : v;
      }
    };
  }

  /** Orders group labels: seniority bands by their lowest grade, other labels alphabetically (by code point). */
  public int compareGroups(String a, String b) {
    if (kind == Kind.SENIORITY_BAND) {
      int c = Integer.compare(bandStart(a), bandStart(b));
      if (c != 0) {
        return c;
      }
    }
    return a.compareTo(b);
  }

  /** A title for people: {@code department}, {@code seniority band}, or the attribute key. */
  public String title() {
    return kind == Kind.ATTRIBUTE ? id : id.replace('-', ' ').toLowerCase(Locale.ROOT);
  }

  private static int bandStart(String band) {
    int dash = band.indexOf('-');
    String lo = dash < 0 ? band : band.substring(0, dash);
    try {
      return Integer.parseInt(lo);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupDimension d && d.kind == kind && d.id.equals(id);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + id.hashCode();
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }
}
