package dev.reverso.core.io;

import dev.reverso.core.Consent;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Priority;
import dev.reverso.core.Problem;
import dev.reverso.core.Role;
import dev.reverso.core.SkillTaxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads a participants CSV into records, one per data row; see {@link ParticipantsCsv} for the format. */
final class CsvParticipantReader {
  private static final Pattern GOAL = Pattern.compile("([^:>]*):([^:>]*)>([^:>]*)(?::([^:>]*))?");
  private static final String GOAL_FORM = "skill:current>target[:priority]";
  /** Rows read into records together, in parallel: enough to keep two cores busy, little to hold. */
  private static final int BATCH = 2048;

  private final String source;
  private final ImportOptions options;
  private final List<ImportRecord> records = new ArrayList<>();
  /** Errors of the records read so far, for the strict-mode limit. */
  private int errorCount;
  private final List<Problem> fileProblems = new ArrayList<>();
  /** Header name as written (trimmed), per cell index. */
  private final List<String> names = new ArrayList<>();
  /** Known column per cell index, or null for an attribute column. */
  private final List<CsvColumn> columns = new ArrayList<>();
  private final Map<CsvColumn, Integer> index = new LinkedHashMap<>();

  private CsvParticipantReader(String source, ImportOptions options) {
    this.source = source;
    this.options = options;
  }

  static ImportResult read(TextInput in, String source, ImportOptions options) {
    CsvParticipantReader r = new CsvParticipantReader(source, options);
    try {
      r.readAll(new CsvTokenizer(in, source, options.maxCellLength()));
    } catch (TextInput.Stop stop) {
      r.fileProblems.add(stop.problem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ProgramAssembler.assemble(r.records, SkillTaxonomy.empty(), r.fileProblems, path -> source, options);
  }

  private void readAll(CsvTokenizer tokenizer) throws IOException {
    CsvTokenizer.Row header = tokenizer.next();
    while (header != null && header.isEmptyLine()) {
      header = tokenizer.next();
    }
    if (header == null) {
      fileProblems.add(Problem.error(source, "expected UTF-8 text with a header row such as 'id,role,seniority,...',"
          + " found an empty file"));
      return;
    }
    if (!readHeader(header)) {
      return;
    }
    tokenizer.header(names);
    int rows = 0;
    List<CsvTokenizer.Row> pending = new ArrayList<>(BATCH);
    while (true) {
      CsvTokenizer.Row row;
      try {
        row = tokenizer.next();
      } catch (TextInput.Stop stop) {
        // the rows before the one that stopped the tokenizer come first, as if read one by one
        flush(pending);
        throw stop;
      }
      if (row == null) {
        break;
      }
      if (row.isEmptyLine() || isBlankRow(row)) {
        continue;
      }
      if (++rows > options.maxRows()) {
        flush(pending);
        throw new TextInput.Stop(Problem.error(source + ":" + row.line(), "expected at most " + options.maxRows()
            + " data rows (ImportOptions.maxRows), found more"));
      }
      pending.add(row);
      if (pending.size() == BATCH) {
        flush(pending);
      }
    }
    flush(pending);
    if (rows == 0) {
      // a header alone is no programme: most likely the export lost its rows
      fileProblems.add(Problem.error(source + ":" + (header.line() + 1), "expected at least one person (a data row"
          + " after the header), found none"));
    }
  }

  /**
   * Reads the pending rows into records, in parallel (each row's record depends only on the row and the
   * header), then adds them in file order and counts their errors in that order, so a strict read stops at the
   * same row as a reading one row at a time would.
   */
  private void flush(List<CsvTokenizer.Row> pending) {
    List<ImportRecord> read = pending.parallelStream().map(this::readRow).collect(Collectors.toList());
    for (int k = 0; k < read.size(); k++) {
      ImportRecord rec = read.get(k);
      records.add(rec);
      String where = source + ":" + pending.get(k).line();
      errorCount = ImportRecord.checkStrictErrorCount(errorCount, rec, options, where);
    }
    pending.clear();
  }

  private static boolean isBlankRow(CsvTokenizer.Row row) {
    return row.problems().isEmpty() && row.cells().stream().allMatch(c -> c.text().isBlank());
  }

  private boolean readHeader(CsvTokenizer.Row header) {
    fileProblems.addAll(header.problems());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.cells().size(); i++) {
      String name = header.cells().get(i).text().strip();
      String key = name.toLowerCase(Locale.ROOT);
      // a name far too long for a column is shortened in locations, which are printed with every problem
      String loc = source + ":" + header.line() + ":" + (name.isEmpty() ? "column " + (i + 1) : shortenName(name));
      if (name.isEmpty()) {
        fileProblems.add(Problem.error(loc, "expected a column name in the header, found an empty cell"));
      } else if (!seen.add(key)) {
        fileProblems.add(Problem.error(loc, "expected each column once, found '" + shortenName(name) + "' again"));
      } else if (CsvColumn.byName(key) == null && name.length() > Participant.MAX_KEY_LENGTH) {
        fileProblems.add(Problem.error(loc, "expected a column name of at most " + Participant.MAX_KEY_LENGTH
            + " characters (extra columns become attributes), found " + name.length()));
      }
      CsvColumn column = CsvColumn.byName(key);
      names.add(name);
      columns.add(column);
      if (column != null) {
        index.putIfAbsent(column, i);
      }
    }
    List<String> missing = new ArrayList<>();
    for (CsvColumn required : List.of(CsvColumn.ID, CsvColumn.ROLE, CsvColumn.SENIORITY)) {
      if (!index.containsKey(required)) {
        missing.add(required.header());
      }
    }
    if (!missing.isEmpty()) {
      fileProblems.add(Problem.error(source + ":" + header.line(), "expected the required column"
          + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " in the header, found: "
          + String.join(", ", names.stream().map(JsonProgramReader::shorten).toList())
          + (names.size() == 1 && names.get(0).matches(".*[;\t].*")
              ? " (the columns seem separated by ';' or tabs: save the file as comma-separated CSV)" : "")));
    }
    return fileProblems.stream().noneMatch(Problem::isError);
  }

  /** A header name as written, or its start if it is longer than any sensible column name. */
  private static String shortenName(String name) {
    return name.length() <= 200 ? name : name.substring(0, 197) + "...";
  }

  private String cellLocation(CsvTokenizer.Row row, int i) {
    int line = i < row.cells().size() ? row.cells().get(i).line() : row.line();
    return source + ":" + line + ":" + names.get(i);
  }

  /**
   * Maps a participant path to the cell holding it. Keeps only line numbers (not the row's text), since
   * records live until the whole file is read; {@code cellLines} is null when every cell starts on the
   * row's first line.
   */
  private UnaryOperator<String> locator(int rowLine, int[] cellLines) {
    return domainPath -> {
      CsvColumn column = CsvColumn.forDomainPath(domainPath);
      Integer i = column == null ? null : index.get(column);
      if (i == null) {
        return source + ":" + rowLine;
      }
      int line = cellLines == null || i >= cellLines.length ? rowLine : cellLines[i];
      return source + ":" + line + ":" + names.get(i);
    };
  }

  private String locate(CsvTokenizer.Row row, String domainPath) {
    CsvColumn column = CsvColumn.forDomainPath(domainPath);
    Integer i = column == null ? null : index.get(column);
    return i == null ? source + ":" + row.line() : cellLocation(row, i);
  }

  private String cell(CsvTokenizer.Row row, CsvColumn column) {
    Integer i = index.get(column);
    return i == null ? null : row.cells().get(i).text();
  }

  private ImportRecord readRow(CsvTokenizer.Row row) {
    int[] cellLines = null;
    if (row.cells().stream().anyMatch(c -> c.line() != row.line())) {
      cellLines = row.cells().stream().mapToInt(CsvTokenizer.Cell::line).toArray();
    }
    ImportRecord rec = new ImportRecord(source + ":" + row.line(), locator(row.line(), cellLines));
    rec.errors.addAll(row.problems());
    int idIndex = index.get(CsvColumn.ID);
    if (idIndex < row.cells().size()) {
      String id = row.cells().get(idIndex).text().strip();
      rec.rawId = ParticipantId.check(id) == null ? id : null;
    }
    if (row.width() != names.size()) {
      rec.errors.add(Problem.error(rec.location, "expected " + names.size() + " cells as in the header, found "
          + row.width() + (row.width() > names.size() ? " (is there an unquoted comma in a cell?)" : "")));
      return rec;
    }
    Participant.Builder b = Participant.builder(row.cells().get(idIndex).text().strip());
    String roleText = cell(row, CsvColumn.ROLE);
    Role role = Role.parse(roleText).orElse(null);
    if (role == null) {
      rec.errors.add(Problem.error(locate(row, "role"), "unknown role: expected mentor, mentee or an empty cell,"
          + " found '" + JsonProgramReader.shorten(roleText.strip()) + "'"));
      role = Role.NONE;
    }
    rec.role = role;
    for (int i = 0; i < columns.size(); i++) {
      String text = row.cells().get(i).text();
      CsvColumn column = columns.get(i);
      if (text.isBlank() || column == CsvColumn.ID || column == CsvColumn.ROLE) {
        continue;
      }
      String loc = cellLocation(row, i);
      if (column == null) {
        b.attribute(names.get(i), text);
      } else {
        readCell(column, text, loc, b, rec, role);
      }
    }
    try {
      Participant p = b.build();
      if (!rec.hasErrors()) {
        rec.participant = p;
      }
    } catch (InvalidInputException e) {
      rec.addLocated(e.problems(), "");
    }
    if (rec.participant == null) {
      rec.pairs.clear();
    }
    return rec;
  }

  private void readCell(CsvColumn column, String text, String loc, Participant.Builder b, ImportRecord rec, Role role) {
    String t = text.strip();
    switch (column) {
      case NAME:
        b.displayName(text);
        break;
      case MANAGER_ID:
        b.manager(t);
        break;
      case DEPARTMENT:
        b.department(text);
        break;
      case DIVISION:
        b.division(text);
        break;
      case LOCATION:
        b.location(text);
        break;
      case SENIORITY: {
        Integer v = wholeNumber(t, loc, rec);
        // after a reported error, a placeholder keeps the builder from also calling the grade missing
        b.seniority(v != null ? v : 0);
        break;
      }
      case CAPACITY: {
        Integer v = wholeNumber(t, loc, rec);
        if (v != null) {
          b.capacity(v);
        }
        break;
      }
      case TIME_ZONE:
        b.timeZone(t);
        break;
      case HOURS_PER_MONTH:
        if (Numbers.DECIMAL.matcher(t).matches()) {
          b.hoursPerMonth(Double.parseDouble(t));
        } else {
          rec.errors.add(Problem.error(loc, "expected a number such as 12 or 7.5 (with '.' as the decimal mark),"
              + " found '" + JsonProgramReader.shorten(t) + "'"));
        }
        break;
      case LANGUAGES:
        items(t).forEach(b::language);
        break;
      case EXCLUDE:
        items(t).forEach(b::exclude);
        break;
      case SKILLS:
      case VALUES:
        keyedNumbers(column, t, loc, b, rec);
        break;
      case GOALS:
        goals(t, loc, b, rec);
        break;
      case CONSENT: {
        Consent consent = Consent.parse(t).orElse(null);
        if (consent == null) {
          rec.errors.add(Problem.error(loc, "expected yes, no or an empty cell (yes), found '"
              + JsonProgramReader.shorten(t) + "'"));
        } else {
          b.consent(consent);
        }
        break;
      }
      case PIN:
        b.pin(t);
        break;
      case PREFERENCES:
        items(t).forEach(b::preference);
        break;
      case PREVIOUS_MENTORS:
      case CURRENT_MENTORS:
        mentors(column == CsvColumn.CURRENT_MENTORS, t, loc, rec, role);
        break;
      default:
        throw new AssertionError(column);
    }
  }

  /** The items of a {@code ;}-separated cell, trimmed; empty items (as after a trailing {@code ;}) are skipped. */
  static List<String> items(String cell) {
    List<String> out = new ArrayList<>();
    for (String item : cell.split(";", -1)) {
      String s = item.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static Integer wholeNumber(String t, String loc, ImportRecord rec) {
    if (Numbers.SMALL_INT.matcher(t).matches()) {
      return Integer.parseInt(t);
    }
    rec.errors.add(Problem.error(loc, "expected a whole number such as 3, found '" + JsonProgramReader.shorten(t) + "'"));
    return null;
  }

  private static void keyedNumbers(CsvColumn column, String t, String loc, Participant.Builder b, ImportRecord rec) {
    boolean skills = column == CsvColumn.SKILLS;
    String form = skills ? "skill:level such as genai:4" : "value:importance such as inclusion:5";
    Set<String> seen = new HashSet<>();
    for (String item : items(t)) {
      String[] parts = item.split(":", -1);
      if (parts.length != 2 || !Numbers.SMALL_INT.matcher(parts[1].strip()).matches() || parts[0].isBlank()) {
        rec.errors.add(Problem.error(loc, "expected " + form + ", found '" + JsonProgramReader.shorten(item) + "'"));
        continue;
      }
      String key = parts[0].strip();
      if (!seen.add(key)) {
        rec.errors.add(Problem.error(loc, "expected each " + (skills ? "skill" : "value") + " once, found '" + key
            + "' again"));
        continue;
      }
      int v = Integer.parseInt(parts[1].strip());
      if (skills) {
        b.skill(key, v);
      } else {
        b.value(key, v);
      }
    }
  }

  private static void goals(String t, String loc, Participant.Builder b, ImportRecord rec) {
    for (String item : items(t)) {
      Matcher m = GOAL.matcher(item);
      if (!m.matches() || m.group(1).isBlank() || !Numbers.SMALL_INT.matcher(m.group(2).strip()).matches()
          || !Numbers.SMALL_INT.matcher(m.group(3).strip()).matches()) {
        rec.errors.add(Problem.error(loc, "expected " + GOAL_FORM + " such as strategy:1>3:high, found '"
            + JsonProgramReader.shorten(item) + "'"));
        continue;
      }
      Priority priority = Priority.MEDIUM;
      if (m.group(4) != null) {
        try {
          priority = Priority.parse(m.group(4));
        } catch (InvalidInputException e) {
          rec.errors.add(Problem.error(loc, "expected " + GOAL_FORM + " with priority low, medium or high, found '"
              + JsonProgramReader.shorten(item) + "'"));
          continue;
        }
      }
      try {
        b.goal(new LearningGoal(m.group(1).strip(), Integer.parseInt(m.group(2).strip()),
            Integer.parseInt(m.group(3).strip()), priority));
      } catch (InvalidInputException e) {
        for (Problem p : e.problems()) {
          rec.errors.add(Problem.error(loc, "in goal '" + JsonProgramReader.shorten(item) + "' (" + GOAL_FORM + "): "
              + p.message()));
        }
      }
    }
  }

  private static void mentors(boolean active, String t, String loc, ImportRecord rec, Role role) {
    if (role != Role.MENTEE) {
      rec.errors.add(Problem.error(loc, "expected an empty cell: only mentee rows can list mentors, found '"
          + JsonProgramReader.shorten(t) + "' on a row whose role is " + (role == Role.NONE ? "empty" : "'" + role.id() + "'")));
      return;
    }
    if (rec.rawId == null) {
      return;
    }
    for (String mentor : items(t)) {
      String why = ParticipantId.check(mentor);
      if (why != null) {
        rec.errors.add(Problem.error(loc, why));
      } else {
        rec.pairs.add(new ImportRecord.PendingPair(active, MentoringPair.of(mentor, rec.rawId), path -> loc));
      }
    }
  }
}
