package dev.reverso.cli;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.Participant;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text summary {@code reverso validate} prints for a valid programme: counts by role and by
 * department, the skills most wanted against the skills most offered in both directions, and the
 * warnings. Shows HR-level aggregates only: no display names, no individual profiles.
 * Deterministic: ties are broken by name.
 */
final class ProgramSummary {
  /** How many skills each "wanted" and "offered" list shows. */
  static final int TOP = 5;
  /** The lowest skill level counted as able to teach (Dreyfus "competent"). */
  static final int TEACHING_LEVEL = 3;
  private static final String NO_DEPARTMENT = "(no department)";

  private ProgramSummary() {}

  /** The most warnings listed without {@code --verbose}; the rest are counted. */
  static final int SHOWN_WARNINGS = 5;

  /** The summary lines, with at most {@value #SHOWN_WARNINGS} warnings listed. */
  static ImmutableList<String> lines(Program program, String source, List<Problem> warnings) {
    return lines(program, source, warnings, false);
  }

  /**
   * The summary lines for {@code program}, read from {@code source} with these (file-located) warnings: their
   * count and the first {@value #SHOWN_WARNINGS}, or all of them if {@code allWarnings}.
   */
  static ImmutableList<String> lines(Program program, String source, List<Problem> warnings, boolean allWarnings) {
    List<String> lines = new ArrayList<>();
    lines.add(source + ": valid programme");
    lines.add(String.format(Locale.ROOT, "People: %d in the org chart: %s, %s, %d org chart only",
        program.everyone().size(), counted(program.mentors().size(), "mentor"),
        counted(program.mentees().size(), "mentee"), program.people().size()));
    lines.add(String.format(Locale.ROOT, "History: %s; active: %s; skill taxonomy: %s",
        counted(program.history().size(), "earlier pair"), counted(program.active().size(), "pair"),
        program.taxonomy().isEmpty() ? "none" : program.taxonomy().skills().size() + " skills"));
    decisions(program, lines);
    lines.add("");
    departments(program, lines);
    lines.add("");
    sideBySide("Mentees want (goals)", goals(program.mentees()),
        "Mentors offer (level " + TEACHING_LEVEL + "+)", offered(program.mentors()), lines);
    lines.add("");
    sideBySide("Mentors want (goals)", goals(program.mentors()),
        "Mentees offer (level " + TEACHING_LEVEL + "+)", offered(program.mentees()), lines);
    lines.add("");
    if (warnings.isEmpty()) {
      lines.add("Warnings: none");
    } else {
      lines.add("Warnings: " + warnings.size());
      int shown = allWarnings ? warnings.size() : Math.min(SHOWN_WARNINGS, warnings.size());
      for (Problem w : warnings.subList(0, shown)) {
        lines.add("  " + w.location() + ": " + w.message());
      }
      if (shown < warnings.size()) {
        lines.add("  ... and " + (warnings.size() - shown) + " more; run with " + ReversoCommand.VERBOSE
            + " to list them all");
      }
    }
    return ImmutableList.copyOf(lines);
  }

  /**
   * What people decided, as counts only (people without consent never appear by id): a line only when
   * somebody withdrew consent, was pinned or ranked partners.
   */
  private static void decisions(Program program, List<String> lines) {
    long withdrawn = program.everyone().stream().filter(p -> !p.hasConsent()).count();
    long ranked = program.everyone().stream().filter(p -> !p.preferences().isEmpty()).count();
    if (withdrawn > 0 || ranked > 0 || !program.pinned().isEmpty()) {
      lines.add(String.format(Locale.ROOT, "People decide: %s without consent (left out of matching), %s, %s",
          counted((int) withdrawn, "person"), counted(program.pinned().size(), "pinned pair"),
          counted((int) ranked, "person") + " with stated preferences"));
    }
  }

  /** {@code 1 mentor}, {@code 2 mentors}. */
  static String counted(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static void departments(Program program, List<String> lines) {
    Map<String, int[]> counts = new TreeMap<>();
    count(program.people(), 0, counts);
    count(program.mentors(), 1, counts);
    count(program.mentees(), 2, counts);
    int width = "By department".length();
    for (String d : counts.keySet()) {
      width = Math.max(width, d.length() + 2);
    }
    String row = "%-" + width + "s %7s %8s %8s";
    lines.add(String.format(Locale.ROOT, row, "By department", "people", "mentors", "mentees"));
    counts.forEach((department, c) -> lines.add(String.format(Locale.ROOT, row, "  " + department,
        c[0] + c[1] + c[2], c[1], c[2])));
  }

  private static void count(List<Participant> list, int column, Map<String, int[]> counts) {
    for (Participant p : list) {
      counts.computeIfAbsent(p.department().orElse(NO_DEPARTMENT), d -> new int[3])[column]++;
    }
  }

  /** Skill id to the number of people with a goal in it. */
  private static Map<String, Integer> goals(List<Participant> side) {
    Map<String, Integer> wanted = new TreeMap<>();
    for (Participant p : side) {
      for (LearningGoal g : p.goals()) {
        wanted.merge(g.skill(), 1, Integer::sum);
      }
    }
    return wanted;
  }

  /** Skill id to the number of people who hold it at the teaching level or above. */
  private static Map<String, Integer> offered(List<Participant> side) {
    Map<String, Integer> offered = new TreeMap<>();
    for (Participant p : side) {
      p.skills().forEach((skill, level) -> {
        if (level >= TEACHING_LEVEL) {
          offered.merge(skill, 1, Integer::sum);
        }
      });
    }
    return offered;
  }

  /** The top entries: most people first, then by skill id. */
  static List<String> top(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> top = new ArrayList<>();
    for (int i = 0; i < Math.min(TOP, entries.size()); i++) {
      top.add(String.format(Locale.ROOT, "%-24s %5d", entries.get(i).getKey(), entries.get(i).getValue()));
    }
    return top;
  }

  private static void sideBySide(String leftTitle, Map<String, Integer> left, String rightTitle,
      Map<String, Integer> right, List<String> lines) {
    List<String> l = top(left);
    List<String> r = top(right);
    int width = 32;
    lines.add(String.format(Locale.ROOT, "%-" + width + "s %s", leftTitle, rightTitle).stripTrailing());
    if (l.isEmpty() && r.isEmpty()) {
      lines.add("  (none)");
    }
    for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
      String a = i < l.size() ? "  " + l.get(i) : "";
      String b = i < r.size() ? "  " + r.get(i) : "";
      lines.add(String.format(Locale.ROOT, "%-" + width + "s %s", a, b).stripTrailing());
    }
  }
}
