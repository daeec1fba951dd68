package dev.reverso.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The layout of every {@code --help}: descriptions, the option list and the command list are wrapped at spaces
 * only, so a word, a file name ({@code journal.jsonl}) or a path ({@code target/reverso-demo}) is never split
 * across lines (picocli's own wrapping may break after a dot or a slash); a word longer than the line stays whole
 * on a line of its own. Footer lines (the examples) are printed as they are, never wrapped, so each example can be
 * copied as one command. The width follows the terminal when picocli can tell it, 80 columns otherwise.
 */
final class HelpLayout {
  /** The longest option column before the descriptions move under the names. */
  private static final int MAX_NAMES = 28;

  private HelpLayout() {}

  /** Installs the layout on the command and every subcommand, recursively. */
  static void install(CommandLine cl) {
    cl.setUsageHelpAutoWidth(true);
    Map<String, CommandLine.IHelpSectionRenderer> sections = cl.getHelpSectionMap();
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, HelpLayout::description);
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commands);
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, HelpLayout::footer);
    cl.setHelpSectionMap(sections);
    for (CommandLine sub : cl.getSubcommands().values()) {
      install(sub);
    }
  }

  private static int width(Help help) {
    return help.commandSpec().usageMessage().width();
  }

  private static String description(Help help) {
    StringBuilder sb = new StringBuilder();
    for (String line : help.commandSpec().usageMessage().description()) {
      for (String paragraph : format(line).split("\n", -1)) {
        wrap(sb, paragraph, 0, 0, width(help));
      }
    }
    return sb.toString();
  }

  private static String footer(Help help) {
    StringBuilder sb = new StringBuilder();
    for (String line : help.commandSpec().usageMessage().footer()) {
      sb.append(format(line)).append('\n');
    }
    return sb.toString();
  }

  private static String options(Help help) {
    CommandSpec spec = help.commandSpec();
    List<OptionSpec> options = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        options.add(o);
      }
    }
    options.sort(Comparator.comparing(o -> o.longestName().replaceFirst("^-+", "").toLowerCase(Locale.ROOT)));
    List<String> names = new ArrayList<>();
    int column = 0;
    for (OptionSpec o : options) {
      String n = names(o);
      names.add(n);
      column = Math.max(column, n.length());
    }
    column = Math.min(column, MAX_NAMES) + 2;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < options.size(); i++) {
      entry(sb, names.get(i), String.join(" ", options.get(i).description()), column, width(help));
    }
    return sb.toString();
  }

  private static String commands(Help help) {
    Map<String, Help> subs = help.subcommands();
    if (subs.isEmpty()) {
      return "";
    }
    int column = 0;
    for (String name : subs.keySet()) {
      column = Math.max(column, name.length() + 2);
    }
    column = Math.min(column, MAX_NAMES) + 2;
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Help> e : subs.entrySet()) {
      String[] d = e.getValue().commandSpec().usageMessage().description();
      entry(sb, "  " + e.getKey(), d.length == 0 ? "" : format(d[0]), column, width(help));
    }
    return sb.toString();
  }

  /** {@code "  -h, --help"} or {@code "      --out=DIR"}. */
  private static String names(OptionSpec o) {
    String shortName = null;
    List<String> longNames = new ArrayList<>();
    for (String n : o.names()) {
      if (n.length() == 2 && shortName == null) {
        shortName = n;
      } else {
        longNames.add(n);
      }
    }
    String label = o.typeInfo().isBoolean() || o.arity().max() == 0 ? "" : "=" + o.paramLabel();
    StringBuilder sb = new StringBuilder("  ");
    sb.append(shortName == null ? "    " : shortName + (longNames.isEmpty() ? "" : ", "));
    sb.append(String.join(", ", longNames));
    if (longNames.isEmpty() && shortName != null) {
      return sb.append(label).toString();
    }
    return sb.append(label).toString();
  }

  /** Names in a left column and the text wrapped beside them (under them when the names are too wide). */
  private static void entry(StringBuilder sb, String names, String text, int column, int width) {
    if (names.length() + 2 > column) {
      sb.append(names).append('\n');
      wrap(sb, format(text), column, column, width);
    } else {
      sb.append(names).append(" ".repeat(column - names.length()));
      wrap(sb, format(text), 0, column, width);
    }
  }

  /**
   * Appends {@code text} wrapped at spaces into lines of at most {@code width} columns; the first line is indented
   * by {@code first} spaces (0 when the caller already wrote its start), the others by {@code rest}.
   */
  static void wrap(StringBuilder sb, String text, int first, int rest, int width) {
    int room = Math.max(20, width - rest);
    sb.append(" ".repeat(first));
    int used = 0;
    boolean firstLine = true;
    for (String word : text.trim().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      int limit = firstLine && first == 0 ? Math.max(20, width - rest) : room;
      if (used > 0 && used + 1 + word.length() > limit) {
        sb.append('\n').append(" ".repeat(rest));
        used = 0;
        firstLine = false;
      }
      if (used > 0) {
        sb.append(' ');
        used++;
      }
      sb.append(word);
      used += word.length();
    }
    sb.append('\n');
  }

  /** picocli's format specifiers in usage text: {@code %n} is a line break, {@code %%} a per cent sign. */
  private static String format(String s) {
    try {
      return String.format(Locale.ROOT, s).replace("\r\n", "\n");
    } catch (IllegalFormatException e) {
      return s;
    }
  }
}
