package dev.reverso.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problem;
import dev.reverso.core.Problems;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The participants CSV: one HR export, a row per person, with a header row. The format is specified in
 * {@code docs/formats.md}; in short:
 *
 * <ul>
 *   <li>Columns {@link #COLUMNS}, in any order, matched ignoring case and surrounding blanks. Required:
 *       {@code id}, {@code role}, {@code seniority}. Any other column becomes an attribute named by its header.
 *   <li>{@code role} is {@code mentor}, {@code mentee} or empty (in the org chart only).
 *   <li>Multi-valued cells split on {@code ;}: {@code skills} {@code genai:4;social-media:5}, {@code goals}
 *       {@code strategy:1>3:high;negotiation:2>4} (priority optional, default medium), {@code values}
 *       {@code inclusion:5}, {@code languages} {@code it;en}, {@code exclude} {@code e17;e42}, and on mentee
 *       rows {@code previous_mentors} / {@code current_mentors} (the programme's history and active pairs).
 *   <li>What people decide: {@code consent} ({@code yes}, {@code no}, empty = yes), {@code pin} (the id of
 *       the partner fixed by the programme manager), {@code preferences} (ids of the other role, best
 *       first, {@code e7;e12}). Written only when some person has withdrawn consent, a pin or preferences.
 *   <li>A blank cell means absent. Free-text cells (name, department, division, location, attributes) are
 *       kept exactly; all other cells are trimmed. RFC 4180 quoting; UTF-8 with or without a byte order
 *       mark; {@code \n} or {@code \r\n} line ends. Empty lines and rows of blank cells are skipped.
 * </ul>
 *
 * <p>Problems are located as {@code participants.csv:17:goals} (source name, physical line where the cell
 * starts, column header) or {@code participants.csv:17} for the row as a whole.
 *
 * <p>Writing puts the columns in the order of {@link #COLUMNS} ({@code previous_mentors} and
 * {@code current_mentors} only when the programme has history or active pairs), then attribute columns
 * sorted by name; one row per person (people, mentors, mentees, in programme order); {@code \n} line ends;
 * UTF-8 without byte order mark; cells quoted only when needed. A programme written and read back is equal
 * to the original when its history and active pairs are grouped by mentee in mentee order (the CSV keeps
 * pairs on mentee rows); a CSV read and written again comes out with the rows grouped as people, mentors,
 * mentees. Stateless and thread-safe; readers and writers passed in are not closed.
 */
public final class ParticipantsCsv {
  /** The known columns, in the order they are written. */
  public static final ImmutableList<String> COLUMNS =
      java.util.Arrays.stream(CsvColumn.values()).map(CsvColumn::header).collect(ImmutableList.toImmutableList());

  private ParticipantsCsv() {}

  /**
   * Reads a programme, strictly, with the default limits.
   *
   * @param sourceName the name used in problem locations, usually the file name
   * @throws InvalidInputException listing every problem if anything is wrong
   */
  public static Program read(Reader in, String sourceName) {
    return importFrom(in, sourceName, ImportOptions.defaults()).program();
  }

  /**
   * Reads a programme from UTF-8 bytes, strictly, with the default limits.
   *
   * @throws InvalidInputException listing every problem if anything is wrong
   */
  public static Program read(InputStream in, String sourceName) {
    return importFrom(in, sourceName, ImportOptions.defaults()).program();
  }

  /**
   * Imports a programme from characters. In strict mode anything wrong throws; in lenient mode each row
   * with errors is rejected and reported, the other rows are imported, and references to rejected rows
   * become warnings (a manager whose row was rejected makes a top of a reporting line). Problems of the
   * file as a whole (no header, a missing required column, an exceeded limit, not UTF-8) throw in both modes.
   *
   * @throws InvalidInputException listing every problem, located as {@code file:line:column}
   */
  public static ImportResult importFrom(Reader in, String sourceName, ImportOptions options) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(options, "options");
    return CsvParticipantReader.read(TextInput.of(in, sourceName, options), sourceName, options);
  }

  /**
   * Imports a programme from UTF-8 bytes; see {@link #importFrom(Reader, String, ImportOptions)}.
   *
   * @throws InvalidInputException listing every problem
   */
  public static ImportResult importFrom(InputStream in, String sourceName, ImportOptions options) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(options, "options");
    return CsvParticipantReader.read(TextInput.of(in, sourceName, options), sourceName, options);
  }

  /**
   * The programme as CSV text.
   *
   * @throws UnsupportedFormatException if the programme holds what the CSV cannot represent
   */
  public static String toCsv(Program program) {
    StringWriter out = new StringWriter();
    write(program, out);
    return out.toString();
  }

  /**
   * Writes a programme as a participants CSV. Nothing is written if the programme holds something the CSV
   * cannot represent: no people at all (a header-only CSV is refused by the reader), a skill taxonomy, a blank name or attribute (a blank cell means absent), an attribute
   * named like a known column or twice ignoring case or with surrounding blanks, an id containing
   * {@code ;} in a list cell, or a history or active pair whose mentee is not a mentee of the programme.
   *
   * @throws UnsupportedFormatException listing every such problem; write the programme as Program JSON instead
   */
  public static void write(Program program, Writer out) {
    requireNonNull(program, "program");
    requireNonNull(out, "out");
    List<String> attributeColumns = checkRepresentable(program);
    boolean pairs = !program.history().isEmpty() || !program.active().isEmpty();
    boolean decisions = program.everyone().stream()
        .anyMatch(p -> !p.hasConsent() || p.pin().isPresent() || !p.preferences().isEmpty());
    List<String> header = new ArrayList<>();
    for (CsvColumn c : CsvColumn.values()) {
      boolean pairColumn = c == CsvColumn.PREVIOUS_MENTORS || c == CsvColumn.CURRENT_MENTORS;
      boolean decisionColumn = c == CsvColumn.CONSENT || c == CsvColumn.PIN || c == CsvColumn.PREFERENCES;
      if ((pairs || !pairColumn) && (decisions || !decisionColumn)) {
        header.add(c.header());
      }
    }
    header.addAll(attributeColumns);
    Map<ParticipantId, List<String>> previous = byMentee(program.history());
    Map<ParticipantId, List<String>> current = byMentee(program.active());
    try {
      writeRow(out, header);
      List<String> cells = new ArrayList<>(header.size());
      for (Participant p : program.everyone()) {
        cells.clear();
        Role role = program.role(p.id()).orElse(Role.NONE);
        cells.add(p.id().value());
        cells.add(p.displayName().orElse(""));
        cells.add(role.id());
        cells.add(p.managerId().map(ParticipantId::value).orElse(""));
        cells.add(p.department().orElse(""));
        cells.add(p.division().orElse(""));
        cells.add(p.location().orElse(""));
        cells.add(Integer.toString(p.seniority()));
        cells.add(p.timeZone().map(z -> z.getId()).orElse(""));
        cells.add(String.join(";", p.languages()));
        cells.add(p.hoursPerMonth().isPresent() ? Numbers.shortest(p.hoursPerMonth().getAsDouble()) : "");
        cells.add(Integer.toString(p.capacity()));
        cells.add(p.skills().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(";")));
        cells.add(p.goals().stream().map(ParticipantsCsv::goal).collect(Collectors.joining(";")));
        cells.add(p.values().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(";")));
        cells.add(p.exclusions().stream().map(ParticipantId::value).collect(Collectors.joining(";")));
        if (pairs) {
          cells.add(String.join(";", previous.getOrDefault(p.id(), List.of())));
          cells.add(String.join(";", current.getOrDefault(p.id(), List.of())));
        }
        if (decisions) {
          cells.add(p.hasConsent() ? "" : p.consent().id());
          cells.add(p.pin().map(ParticipantId::value).orElse(""));
          cells.add(p.preferences().stream().map(ParticipantId::value).collect(Collectors.joining(";")));
        }
        for (String key : attributeColumns) {
          cells.add(p.attributes().getOrDefault(key, ""));
        }
        writeRow(out, cells);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String goal(LearningGoal g) {
    return g.skill() + ":" + g.current() + ">" + g.target() + ":" + g.priority().id();
  }

  private static Map<ParticipantId, List<String>> byMentee(List<MentoringPair> pairs) {
    Map<ParticipantId, List<String>> out = new HashMap<>();
    for (MentoringPair pair : pairs) {
      out.computeIfAbsent(pair.menteeId(), k -> new ArrayList<>()).add(pair.mentorId().value());
    }
    return out;
  }

  /** Every reason the programme cannot be written as CSV; returns the attribute columns, sorted. */
  private static List<String> checkRepresentable(Program program) {
    Problems problems = new Problems();
    if (program.everyone().isEmpty()) {
      problems.error("people", "a programme without people cannot be written as a participants CSV (a header"
          + " alone reads as an error); write it as Program JSON (.json) instead");
    }
    if (!program.taxonomy().isEmpty()) {
      problems.error("skills", "a programme with a skill taxonomy cannot be written as a participants CSV;"
          + " write it as Program JSON (.json) instead");
    }
    Map<String, String> attributeByFolded = new TreeMap<>();
    Map<String, String> firstUse = new HashMap<>();
    check(program.people(), "people", problems, attributeByFolded, firstUse);
    check(program.mentors(), "mentors", problems, attributeByFolded, firstUse);
    check(program.mentees(), "mentees", problems, attributeByFolded, firstUse);
    checkPairs(program, program.history(), "history", problems);
    checkPairs(program, program.active(), "active", problems);
    if (problems.hasErrors()) {
      throw new UnsupportedFormatException(problems.toList());
    }
    return attributeByFolded.values().stream().sorted().toList();
  }

  private static void check(List<Participant> people, String list, Problems problems, Map<String, String> attributes,
      Map<String, String> firstUse) {
    for (int i = 0; i < people.size(); i++) {
      Participant p = people.get(i);
      String at = list + "[" + i + "]";
      if (p.displayName().isPresent() && p.displayName().get().isBlank()) {
        problems.error(at + ".name", "a blank name cannot be written as CSV, where a blank cell means no name;"
            + " write Program JSON (.json) instead");
      }
      int k = 0;
      for (ParticipantId other : p.exclusions()) {
        if (other.value().contains(";")) {
          problems.error(at + ".exclusions[" + k + "]", "the id '" + other + "' contains ';', which separates ids in"
              + " the exclude cell; write Program JSON (.json) instead");
        }
        k++;
      }
      for (int r = 0; r < p.preferences().size(); r++) {
        if (p.preferences().get(r).value().contains(";")) {
          problems.error(at + ".preferences[" + r + "]", "the id '" + p.preferences().get(r) + "' contains ';',"
              + " which separates ids in the preferences cell; write Program JSON (.json) instead");
        }
      }
      for (Map.Entry<String, String> e : p.attributes().entrySet()) {
        String key = e.getKey();
        String loc = at + ".attributes." + key;
        String folded = key.toLowerCase(Locale.ROOT);
        if (e.getValue().isBlank()) {
          problems.error(loc, "a blank attribute cannot be written as CSV, where a blank cell means absent;"
              + " write Program JSON (.json) instead");
        }
        if (!key.equals(key.strip())) {
          problems.error(loc, "an attribute name with surrounding blanks cannot be a CSV column (headers are trimmed);"
              + " write Program JSON (.json) instead");
        } else if (CsvColumn.byName(folded) != null) {
          problems.error(loc, "the attribute '" + key + "' has the name of a CSV column; write Program JSON (.json) instead");
        } else {
          String earlier = attributes.putIfAbsent(folded, key);
          if (earlier != null && !earlier.equals(key)) {
            problems.error(loc, "the attribute '" + key + "' differs from '" + earlier + "' (at " + firstUse.get(folded)
                + ") only in case, and CSV headers ignore case; write Program JSON (.json) instead");
          } else {
            firstUse.putIfAbsent(folded, loc);
          }
        }
      }
    }
  }

  private static void checkPairs(Program program, List<MentoringPair> pairs, String list, Problems problems) {
    for (int i = 0; i < pairs.size(); i++) {
      MentoringPair pair = pairs.get(i);
      if (program.role(pair.menteeId()).orElse(Role.NONE) != Role.MENTEE) {
        problems.error(list + "[" + i + "]", "the pair " + pair + " cannot be written as CSV, which keeps pairs on"
            + " the rows of mentees, and '" + pair.menteeId() + "' is not a mentee of the programme;"
            + " write Program JSON (.json) instead");
      } else if (pair.mentorId().value().contains(";")) {
        problems.error(list + "[" + i + "].mentorId", "the id '" + pair.mentorId() + "' contains ';', which separates"
            + " ids in a cell; write Program JSON (.json) instead");
      }
    }
  }

  private static void writeRow(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells.get(i)));
    }
    out.write('\n');
  }

  /** Quotes a cell only when needed: a comma, quote or line break inside, or blanks at either end. */
  static String quote(String cell) {
    boolean needs = !cell.isEmpty() && (Character.isWhitespace(cell.charAt(0))
        || Character.isWhitespace(cell.charAt(cell.length() - 1)));
    for (int i = 0; i < cell.length() && !needs; i++) {
      char c = cell.charAt(i);
      needs = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
