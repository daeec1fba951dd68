package dev.reverso.cli;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.Participant;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import dev.reverso.reporting.i18n.Texts;
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
  /** The key of people without a department (a department id cannot contain a NUL). */
  private static final String NO_DEPARTMENT = "\u0000";

  private ProgramSummary() {}

  /** The most warnings listed without {@code --verbose}; the rest are counted. */
  static final int SHOWN_WARNINGS = 5;

  /** The summary lines in English, with at most {@value #SHOWN_WARNINGS} warnings listed. */
  static ImmutableList<String> lines(Program program, String source, List<Problem> warnings) {
    return lines(program, source, warnings, false, DemoSummary.ENGLISH);
  }

  /**
   * The summary lines for {@code program}, read from {@code source} with these (file-located) warnings: their
   * count and the first {@value #SHOWN_WARNINGS}, or all of them if {@code allWarnings}; in the language of
   * {@code t} (the warnings themselves stay as the reader wrote them).
   */
  static ImmutableList<String> lines(Program program, String source, List<Problem> warnings, boolean allWarnings,
      Texts t) {
    List<String> lines = new ArrayList<>();
    lines.add(t.get("cli.validate.valid", "source", source));
    lines.add(t.get("cli.validate.people", "everyone", program.everyone().size(), "mentors",
        DemoSummary.counted(t, program.mentors().size(), "mentor"), "mentees",
        DemoSummary.counted(t, program.mentees().size(), "mentee"), "orgOnly", program.people().size()));
    lines.add(t.get("cli.validate.history", "history", DemoSummary.counted(t, program.history().size(), "earlierPair"),
        "active", DemoSummary.counted(t, program.active().size(), "pair"), "taxonomy", program.taxonomy().isEmpty()
            ? t.get("cli.validate.taxonomyNone") : t.get("cli.validate.taxonomySkills", "n",
                program.taxonomy().skills().size())));
    decisions(program, lines, t);
    lines.add("");
    departments(program, lines, t);
    lines.add("");
    sideBySide(t.get("cli.validate.menteesWant"), goals(program.mentees()),
        t.get("cli.validate.mentorsOffer", "level", TEACHING_LEVEL), offered(program.mentors()), lines, t);
    lines.add("");
    sideBySide(t.get("cli.validate.mentorsWant"), goals(program.mentors()),
        t.get("cli.validate.menteesOffer", "level", TEACHING_LEVEL), offered(program.mentees()), lines, t);
    lines.add("");
    if (warnings.isEmpty()) {
      lines.add(t.get("cli.validate.warningsNone"));
    } else {
      lines.add(t.get("cli.validate.warnings", "n", warnings.size()));
      int shown = allWarnings ? warnings.size() : Math.min(SHOWN_WARNINGS, warnings.size());
      for (Problem w : warnings.subList(0, shown)) {
        lines.add("  " + w.location() + ": " + w.message());
      }
      if (shown < warnings.size()) {
        lines.add("  " + t.get("cli.validate.more", "n", warnings.size() - shown, "flag", ReversoCommand.VERBOSE));
      }
    }
    return ImmutableList.copyOf(lines);
  }

  /**
   * What people decided, as counts only (people without consent never appear by id): a line only when
   * somebody withdrew consent, was pinned or ranked partners.
   */
  private static void decisions(Program program, List<String> lines, Texts t) {
    long withdrawn = program.everyone().stream().filter(p -> !p.hasConsent()).count();
    long ranked = program.everyone().stream().filter(p -> !p.preferences().isEmpty()).count();
    if (withdrawn > 0 || ranked > 0 || !program.pinned().isEmpty()) {
      lines.add(t.get("cli.validate.decisions", "withdrawn", DemoSummary.counted(t, (int) withdrawn, "person"),
          "pinned", DemoSummary.counted(t, program.pinned().size(), "pinnedPair"), "ranked",
          DemoSummary.counted(t, (int) ranked, "person")));
    }
  }

  private static void departments(Program program, List<String> lines, Texts t) {
    Map<String, int[]> counts = new TreeMap<>();
    count(program.people(), 0, counts);
    count(program.mentors(), 1, counts);
    count(program.mentees(), 2, counts);
    String title = t.get("cli.validate.byDepartment");
    String none = t.get("cli.validate.noDepartment");
    int width = title.length();
    for (String d : counts.keySet()) {
      width = Math.max(width, (d.equals(NO_DEPARTMENT) ? none : d).length() + 2);
    }
    String row = "%-" + width + "s %7s %8s %8s";
    lines.add(String.format(Locale.ROOT, row, title, t.get("cli.validate.col.people"),
        t.get("cli.validate.col.mentors"), t.get("cli.validate.col.mentees")));
    counts.forEach((department, c) -> lines.add(String.format(Locale.ROOT, row,
        "  " + (department.equals(NO_DEPARTMENT) ? none : department), c[0] + c[1] + c[2], c[1], c[2])));
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
      Map<String, Integer> right, List<String> lines, Texts t) {
    List<String> l = top(left);
    List<String> r = top(right);
    int width = Math.max(32, leftTitle.length());
    lines.add(String.format(Locale.ROOT, "%-" + width + "s %s", leftTitle, rightTitle).stripTrailing());
    if (l.isEmpty() && r.isEmpty()) {
      lines.add("  " + t.get("cli.validate.none"));
    }
    for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
      String a = i < l.size() ? "  " + l.get(i) : "";
      String b = i < r.size() ? "  " + r.get(i) : "";
      lines.add(String.format(Locale.ROOT, "%-" + width + "s %s", a, b).stripTrailing());
    }
  }
}
