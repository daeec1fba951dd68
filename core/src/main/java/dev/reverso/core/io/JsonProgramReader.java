package dev.reverso.core.io;

import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads Program JSON with a {@link JsonCursor}, so that every problem carries
 * {@code file:line:column (json.path)}. Recursion follows the fixed shape of the format only; values of
 * any other shape are skipped iteratively, and nesting is limited by {@link ImportOptions#maxJsonDepth()}.
 *
 * <p>Longer than 600 lines on purpose: one method per object of the Program JSON format (programme,
 * person, goal, pair, taxonomy) plus the typed-value helpers that locate every problem; kept in one class
 * so the reader can be checked against {@code docs/formats.md} section by section.
 */
final class JsonProgramReader {
  static final List<String> TOP_FIELDS = List.of("format", "cohort", "skills", "people", "mentors", "mentees", "history", "active");
  static final List<String> PERSON_FIELDS = List.of("id", "name", "managerId", "department", "division", "location",
      "seniority", "timeZone", "languages", "hoursPerMonth", "capacity", "skills", "goals", "values", "exclude",
      "attributes", "consent", "pin", "preferences");
  static final List<String> GOAL_FIELDS = List.of("skill", "current", "target", "priority");
  static final List<String> PAIR_FIELDS = List.of("mentor", "mentee");
  static final List<String> SKILL_FIELDS = List.of("id", "label", "parent", "aliases");

  private final String source;
  private final ImportOptions options;
  private JsonCursor c;
  private final List<ImportRecord> records = new ArrayList<>();
  private final List<Problem> fileProblems = new ArrayList<>();
  private final Map<String, String> topWhere = new HashMap<>();
  private SkillTaxonomy taxonomy = SkillTaxonomy.empty();
  private String cohort;
  private int errorCount;

  private JsonProgramReader(String source, ImportOptions options) {
    this.source = source;
    this.options = options;
  }

  /** The cursor limits of an import: its depth, strings a little above its cell length (checked here first). */
  static JsonLimits limits(ImportOptions options) {
    return JsonLimits.defaults()
        .withMaxDepth(options.maxJsonDepth())
        .withMaxStringLength(Math.max(options.maxCellLength() + 1, 1_000_000))
        .withRepeatedKeysFatal(true)
        .withLimitsName("ImportOptions");
  }

  static ImportResult read(TextInput in, String source, ImportOptions options) {
    JsonProgramReader r = new JsonProgramReader(source, options);
    try (JsonCursor cursor = JsonCursor.of(in, source, limits(options))) {
      r.c = cursor;
      r.readProgram();
    } catch (TextInput.Stop stop) {
      r.fileProblems.add(stop.problem);
    } catch (JsonCursor.Stop stop) {
      r.fileProblems.add(stop.problem());
    }
    ImportResult result = ProgramAssembler.assemble(r.records, r.taxonomy, r.fileProblems, r::fileLocation, options);
    if (r.cohort == null) {
      return result;
    }
    try {
      // O(1): the label joins the programme without a second build
      return new ImportResult(result.program().withCohort(r.cohort), result.acceptedCount(), result.rejected(),
          result.warnings());
    } catch (dev.reverso.core.InvalidInputException e) {
      throw new dev.reverso.core.InvalidInputException(e.problems().stream()
          .map(x -> x.at(r.fileLocation("cohort"))).toList());
    }
  }

  private String fileLocation(String programPath) {
    String lc = topWhere.get(programPath);
    return lc == null ? source + " (" + programPath + ")" : source + ":" + lc + " (" + programPath + ")";
  }

  private String here() {
    return c.where();
  }

  private JsonToken next() {
    return c.next();
  }

  private void skip() {
    c.skip();
  }

  private String describe() {
    return c.describe();
  }

  static String shorten(String s) {
    return JsonCursor.shorten(s);
  }

  /**
   * Stops at the item after the last one allowed in a list or object inside a record: like a CSV cell, it
   * holds at most {@link ImportOptions#maxCellLength()} items.
   */
  private void checkItemCount(int index) {
    if (index >= options.maxCellLength()) {
      throw c.fail("expected at most " + options.maxCellLength()
          + " items in a list or object of a record (ImportOptions.maxCellLength), found more");
    }
  }

  private void checkRecordCount() {
    int count = records.size() + 1;
    if (count > options.maxRows()) {
      throw c.fail("expected at most " + options.maxRows() + " records (ImportOptions.maxRows), found more");
    }
  }

  // ---------------------------------------------------------------- top level

  private void readProgram() {
    JsonToken t = next();
    if (t == null) {
      throw new TextInput.Stop(Problem.error(source, "expected UTF-8 text holding a JSON program object, found an empty file"));
    }
    if (t != JsonToken.START_OBJECT) {
      throw c.fail("expected a JSON object {\"format\": \"" + ProgramJson.FORMAT + "\", ...}, found " + describe());
    }
    boolean formatSeen = false;
    while (next() == JsonToken.FIELD_NAME) {
      String field = c.name();
      next();
      topWhere.put(field, c.lineColumn());
      switch (field) {
        case "format":
          formatSeen = true;
          if (c.token() != JsonToken.VALUE_STRING || !ProgramJson.FORMAT.equals(c.text())) {
            fileProblems.add(Problem.error(here(), "expected \"" + ProgramJson.FORMAT + "\" (the only format this version reads), found "
                + describe()));
            skip();
          }
          break;
        case "cohort":
          if (c.token() == JsonToken.VALUE_STRING) {
            cohort = c.text();
          } else {
            fileProblems.add(Problem.error(here(), "expected a cohort label (a string such as \"2026-H1\"), found "
                + describe()));
            skip();
          }
          break;
        case "skills":
          readTaxonomy();
          break;
        case "people":
          readPersons(Role.NONE, field);
          break;
        case "mentors":
          readPersons(Role.MENTOR, field);
          break;
        case "mentees":
          readPersons(Role.MENTEE, field);
          break;
        case "history":
          readPairs(false, field);
          break;
        case "active":
          readPairs(true, field);
          break;
        default:
          fileProblems.add(Problem.error(here(), unknownField(field, TOP_FIELDS)));
          skip();
      }
    }
    if (!formatSeen) {
      fileProblems.add(Problem.error(source + ":1:1 (format)",
          "missing required field \"format\": expected \"" + ProgramJson.FORMAT + "\""));
    }
    if (next() != null) {
      fileProblems.add(Problem.error(here(), "expected the end of the input after the program object, found " + describe()));
    }
  }

  private static String unknownField(String field, List<String> allowed) {
    return "unknown field \"" + shorten(field) + "\": expected one of " + String.join(", ", allowed);
  }

  private boolean expectArray(String what) {
    if (c.token() == JsonToken.START_ARRAY) {
      return true;
    }
    if (c.token() != JsonToken.VALUE_NULL) {
      fileProblems.add(Problem.error(here(), "expected an array of " + what + ", found " + describe()));
      skip();
    }
    return false;
  }

  private void readPersons(Role role, String list) {
    if (!expectArray("participant objects")) {
      return;
    }
    for (int i = 0; next() != JsonToken.END_ARRAY; i++) {
      checkRecordCount();
      ImportRecord rec = readPerson(role, list + "[" + i + "]");
      records.add(rec);
      errorCount = ImportRecord.checkStrictErrorCount(errorCount, rec, options, rec.location);
    }
  }

  private void readPairs(boolean active, String list) {
    if (!expectArray("{\"mentor\": ..., \"mentee\": ...} objects")) {
      return;
    }
    for (int i = 0; next() != JsonToken.END_ARRAY; i++) {
      checkRecordCount();
      ImportRecord rec = readPair(active, list + "[" + i + "]");
      records.add(rec);
      errorCount = ImportRecord.checkStrictErrorCount(errorCount, rec, options, rec.location);
    }
  }

  // ---------------------------------------------------------------- records

  /** Where each field value of one object is: relative JSON path → "line:column". */
  private final class Where {
    final String start;
    final String base;
    final Map<String, String> map = new HashMap<>();

    Where(String base) {
      this.start = c.lineColumn();
      this.base = base;
    }

    void mark(String relative) {
      map.put(relative, c.lineColumn());
    }

    /** The location of a path inside the object, given in the domain's terms ({@code exclusions[0]}). */
    String locate(String domainPath) {
      String rel = domainPath.startsWith("exclusions") ? "exclude" + domainPath.substring("exclusions".length())
          : domainPath.equals("mentorId") ? "mentor" : domainPath.equals("menteeId") ? "mentee" : domainPath;
      if (rel.isEmpty()) {
        return c.at(start, base);
      }
      String full = base + (rel.startsWith("[") ? "" : ".") + rel;
      String probe = rel;
      while (true) {
        String lc = map.get(probe);
        if (lc != null) {
          return source + ":" + lc + " (" + full + ")";
        }
        int cut = Math.max(probe.lastIndexOf('.'), probe.lastIndexOf('['));
        if (cut <= 0) {
          return c.at(start, full);
        }
        probe = probe.substring(0, cut);
      }
    }
  }

  /** Reports a JSON null where a value is required; the caller then reads nothing. */
  private void refuseNull(ImportRecord rec) {
    if (c.token() == JsonToken.VALUE_NULL) {
      rec.errors.add(Problem.error(here(), "expected a value, found null"));
    }
  }

  private String string(ImportRecord rec) {
    JsonToken t = c.token();
    if (t == JsonToken.VALUE_STRING) {
      if (c.textLength() > options.maxCellLength()) {
        throw c.fail("expected a string of at most " + options.maxCellLength()
            + " characters (ImportOptions.maxCellLength), found " + c.textLength());
      }
      String text = c.text();
      if (!wellFormed(text, rec)) {
        return null;
      }
      return text;
    }
    if (t != JsonToken.VALUE_NULL) {
      rec.errors.add(Problem.error(here(), "expected a string, found " + describe()));
      skip();
    }
    return null;
  }

  /**
   * Whether a string or key holds no unpaired surrogate (written as a {@code \\uD800} escape): a programme
   * holding one could not be written as UTF-8 and read back. Otherwise reports it in the record.
   */
  private boolean wellFormed(String text, ImportRecord rec) {
    int i = TextInput.unpairedSurrogate(text);
    if (i < 0) {
      return true;
    }
    rec.errors.add(Problem.error(here(), "expected well-formed Unicode text, found an unpaired surrogate"
        + " (\\u" + Integer.toHexString(text.charAt(i)).toUpperCase(java.util.Locale.ROOT) + ") at character " + (i + 1)));
    return false;
  }

  private Integer integer(ImportRecord rec) {
    JsonToken t = c.token();
    if (c.isInt()) {
      return c.intValue();
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      rec.errors.add(Problem.error(here(), "expected a whole number from " + Integer.MIN_VALUE + " to "
          + Integer.MAX_VALUE + ", found " + describe()));
    } else if (t != JsonToken.VALUE_NULL) {
      rec.errors.add(Problem.error(here(), "expected a whole number, found " + describe()));
      skip();
    }
    return null;
  }

  private Double number(ImportRecord rec) {
    JsonToken t = c.token();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return c.doubleValue();
    }
    if (t != JsonToken.VALUE_NULL) {
      rec.errors.add(Problem.error(here(), "expected a number, found " + describe()));
      skip();
    }
    return null;
  }

  private boolean startOf(JsonToken kind, ImportRecord rec, String what) {
    JsonToken t = c.token();
    if (t == kind) {
      return true;
    }
    if (t != JsonToken.VALUE_NULL) {
      rec.errors.add(Problem.error(here(), "expected " + what + ", found " + describe()));
      skip();
    }
    return false;
  }

  private ImportRecord readPerson(Role role, String base) {
    Where where = new Where(base);
    ImportRecord rec = new ImportRecord(c.at(where.start, base), where::locate);
    rec.role = role;
    if (c.token() != JsonToken.START_OBJECT) {
      rec.errors.add(Problem.error(here(), "expected a participant object {\"id\": ..., \"seniority\": ...}, found "
          + describe()));
      skip();
      return rec;
    }
    List<Consumer<Participant.Builder>> fields = new ArrayList<>();
    String id = null;
    while (next() == JsonToken.FIELD_NAME) {
      String field = c.name();
      next();
      where.mark(field);
      switch (field) {
        case "id":
          refuseNull(rec);
          id = string(rec);
          break;
        case "name": {
          String s = string(rec);
          if (s != null) {
            fields.add(b -> b.displayName(s));
          }
          break;
        }
        case "managerId":
        case "department":
        case "division":
        case "location":
        case "timeZone": {
          String s = string(rec);
          if (s != null) {
            fields.add(b -> textField(b, field, s));
          }
          break;
        }
        case "seniority": {
          int errorsBefore = rec.errors.size();
          Integer v = integer(rec);
          if (v != null) {
            fields.add(b -> b.seniority(v));
          } else if (rec.errors.size() > errorsBefore) {
            // after a reported error, a placeholder keeps the builder from also calling the grade missing
            fields.add(b -> b.seniority(0));
          }
          break;
        }
        case "capacity": {
          Integer v = integer(rec);
          if (v != null) {
            fields.add(b -> b.capacity(v));
          }
          break;
        }
        case "hoursPerMonth": {
          Double v = number(rec);
          if (v != null) {
            fields.add(b -> b.hoursPerMonth(v));
          }
          break;
        }
        case "languages":
          readStrings(rec, where, "languages", base, s -> fields.add(b -> b.language(s)));
          break;
        case "exclude":
          readStrings(rec, where, "exclude", base, s -> fields.add(b -> b.exclude(s)));
          break;
        case "preferences":
          readStrings(rec, where, "preferences", base, s -> fields.add(b -> b.preference(s)));
          break;
        case "pin": {
          String s = string(rec);
          if (s != null) {
            fields.add(b -> b.pin(s));
          }
          break;
        }
        case "consent": {
          JsonToken t = c.token();
          if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            Consent given = t == JsonToken.VALUE_TRUE ? Consent.GIVEN : Consent.WITHDRAWN;
            fields.add(b -> b.consent(given));
            break;
          }
          String s = string(rec);
          if (s != null) {
            Consent parsed = Consent.parse(s).orElse(null);
            if (parsed == null) {
              rec.errors.add(Problem.error(here(), "expected \"yes\" or \"no\", found '" + shorten(s) + "'"));
            } else {
              fields.add(b -> b.consent(parsed));
            }
          }
          break;
        }
        case "skills":
        case "values":
          if (startOf(JsonToken.START_OBJECT, rec, "an object such as {\"genai\": 4}")) {
            for (int k = 0; next() == JsonToken.FIELD_NAME; k++) {
              String key = c.name();
              next();
              checkItemCount(k);
              where.mark(field + "." + key);
              Integer v = integer(rec);
              if (v != null && wellFormed(key, rec)) {
                fields.add(field.equals("skills") ? b -> b.skill(key, v) : b -> b.value(key, v));
              }
            }
          }
          break;
        case "attributes":
          if (startOf(JsonToken.START_OBJECT, rec, "an object of strings such as {\"team\": \"north\"}")) {
            for (int k = 0; next() == JsonToken.FIELD_NAME; k++) {
              String key = c.name();
              next();
              checkItemCount(k);
              where.mark("attributes." + key);
              if (c.token() == JsonToken.VALUE_NULL) {
                rec.errors.add(Problem.error(here(), "expected a string, found null"));
              }
              String s = string(rec);
              if (s != null && wellFormed(key, rec)) {
                fields.add(b -> b.attribute(key, s));
              }
            }
          }
          break;
        case "goals":
          if (startOf(JsonToken.START_ARRAY, rec, "an array of goals")) {
            for (int i = 0; next() != JsonToken.END_ARRAY; i++) {
              String goalPath = "goals[" + i + "]";
              checkItemCount(i);
              where.mark(goalPath);
              LearningGoal goal = readGoal(rec, where, base, goalPath);
              if (goal != null) {
                fields.add(b -> b.goal(goal));
              }
            }
          }
          break;
        default:
          rec.errors.add(Problem.error(here(), unknownField(field, PERSON_FIELDS)));
          skip();
      }
    }
    rec.rawId = id;
    Participant.Builder builder = Participant.builder(id == null ? "" : id);
    fields.forEach(f -> f.accept(builder));
    if (!where.map.containsKey("id")) {
      rec.errors.add(Problem.error(where.locate("id"), "missing required field \"id\": expected the person's HR id"));
    }
    try {
      Participant participant = builder.build();
      if (!rec.hasErrors()) {
        rec.participant = participant;
        // later, only programme rules need locations: they concern the id, the manager and exclusions
        where.map.keySet().removeIf(k -> !k.equals("id") && !k.equals("managerId") && !k.startsWith("exclude")
            && !k.equals("pin") && !k.startsWith("preferences"));
      }
    } catch (InvalidInputException e) {
      List<Problem> problems = id == null
          ? e.problems().stream().filter(x -> !x.location().equals("id")).toList() : e.problems();
      rec.addLocated(problems, "");
    }
    return rec;
  }

  private static void textField(Participant.Builder b, String field, String value) {
    switch (field) {
      case "managerId":
        b.manager(value);
        break;
      case "department":
        b.department(value);
        break;
      case "division":
        b.division(value);
        break;
      case "location":
        b.location(value);
        break;
      default:
        b.timeZone(value);
    }
  }

  private void readStrings(ImportRecord rec, Where where, String field, String base, Consumer<String> each)
      {
    if (!startOf(JsonToken.START_ARRAY, rec, "an array of strings")) {
      return;
    }
    for (int i = 0; next() != JsonToken.END_ARRAY; i++) {
      checkItemCount(i);
      where.mark(field + "[" + i + "]");
      if (c.token() == JsonToken.VALUE_NULL) {
        rec.errors.add(Problem.error(here(), "expected a string, found null"));
      }
      String s = string(rec);
      if (s != null) {
        each.accept(s);
      }
    }
  }

  private LearningGoal readGoal(ImportRecord rec, Where where, String base, String goalPath) {
    if (!startOf(JsonToken.START_OBJECT, rec, "a goal object {\"skill\": ..., \"current\": ..., \"target\": ...}")) {
      return null;
    }
    int errorsBefore = rec.errors.size();
    String skill = null;
    Integer current = null;
    Integer target = null;
    Priority priority = Priority.MEDIUM;
    while (next() == JsonToken.FIELD_NAME) {
      String field = c.name();
      next();
      where.mark(goalPath + "." + field);
      switch (field) {
        case "skill":
          refuseNull(rec);
          skill = string(rec);
          break;
        case "current":
          refuseNull(rec);
          current = integer(rec);
          break;
        case "target":
          refuseNull(rec);
          target = integer(rec);
          break;
        case "priority": {
          String s = string(rec);
          if (s != null) {
            try {
              priority = Priority.parse(s);
            } catch (InvalidInputException e) {
              rec.errors.add(Problem.error(here(), "expected \"low\", \"medium\" or \"high\", found " + describe()));
            }
          }
          break;
        }
        default:
          rec.errors.add(Problem.error(here(), unknownField(field, GOAL_FIELDS)));
          skip();
      }
    }
    for (String required : List.of("skill", "current", "target")) {
      if (!where.map.containsKey(goalPath + "." + required)) {
        rec.errors.add(Problem.error(where.locate(goalPath + "." + required),
            "missing required field \"" + required + "\" of a goal"));
      }
    }
    if (rec.errors.size() > errorsBefore || skill == null || current == null || target == null) {
      return null;
    }
    try {
      return new LearningGoal(skill, current, target, priority);
    } catch (InvalidInputException e) {
      rec.addLocated(e.problems(), goalPath);
      return null;
    }
  }

  private ImportRecord readPair(boolean active, String base) {
    Where where = new Where(base);
    ImportRecord rec = new ImportRecord(c.at(where.start, base), where::locate);
    if (c.token() != JsonToken.START_OBJECT) {
      rec.errors.add(Problem.error(here(), "expected an object {\"mentor\": ..., \"mentee\": ...}, found " + describe()));
      skip();
      return rec;
    }
    String mentor = null;
    String mentee = null;
    while (next() == JsonToken.FIELD_NAME) {
      String field = c.name();
      next();
      where.mark(field);
      if (field.equals("mentor") || field.equals("mentee")) {
        refuseNull(rec);
        String s = string(rec);
        String why = s == null ? null : ParticipantId.check(s);
        if (why != null) {
          rec.errors.add(Problem.error(here(), why));
        } else if (field.equals("mentor")) {
          mentor = s;
        } else {
          mentee = s;
        }
      } else {
        rec.errors.add(Problem.error(here(), unknownField(field, PAIR_FIELDS)));
        skip();
      }
    }
    for (String required : PAIR_FIELDS) {
      if (!where.map.containsKey(required)) {
        rec.errors.add(Problem.error(where.locate(required), "missing required field \"" + required + "\": expected an HR id"));
      }
    }
    if (!rec.hasErrors() && mentor != null && mentee != null) {
      rec.pairs.add(new ImportRecord.PendingPair(active, MentoringPair.of(mentor, mentee), where::locate));
    }
    return rec;
  }

  // ---------------------------------------------------------------- taxonomy

  private void readTaxonomy() {
    if (!expectArray("skill objects {\"id\": ..., \"label\": ...}")) {
      return;
    }
    ImportRecord sink = new ImportRecord(source, x -> x);
    List<Where> wheres = new ArrayList<>();
    SkillTaxonomy.Builder builder = SkillTaxonomy.builder();
    for (int i = 0; next() != JsonToken.END_ARRAY; i++) {
      if (i >= options.maxRows()) {
        throw c.fail("expected at most " + options.maxRows() + " skills (ImportOptions.maxRows), found more");
      }
      String base = "skills[" + i + "]";
      Where where = new Where(base);
      wheres.add(where);
      if (!startOf(JsonToken.START_OBJECT, sink, "a skill object {\"id\": ..., \"label\": ...}")) {
        continue;
      }
      String id = null;
      String label = null;
      String parent = null;
      List<String> aliases = new ArrayList<>();
      while (next() == JsonToken.FIELD_NAME) {
        String field = c.name();
        next();
        where.mark(field);
        switch (field) {
          case "id":
            refuseNull(sink);
            id = string(sink);
            break;
          case "label":
            refuseNull(sink);
            label = string(sink);
            break;
          case "parent":
            parent = string(sink);
            break;
          case "aliases":
            readStrings(sink, where, "aliases", base, aliases::add);
            break;
          default:
            sink.errors.add(Problem.error(here(), unknownField(field, SKILL_FIELDS)));
            skip();
        }
      }
      if (!where.map.containsKey("id")) {
        sink.errors.add(Problem.error(where.locate("id"), "missing required field \"id\" of a skill"));
      }
      if (!where.map.containsKey("label")) {
        sink.errors.add(Problem.error(where.locate("label"), "missing required field \"label\" of a skill"));
      }
      if (id != null && label != null) {
        builder.skill(new SkillTaxonomy.Skill(id, label, Optional.ofNullable(parent), ImmutableList.copyOf(aliases)));
      }
    }
    fileProblems.addAll(sink.errors);
    if (sink.hasErrors()) {
      return;
    }
    try {
      taxonomy = builder.build();
    } catch (InvalidInputException e) {
      for (Problem problem : e.problems()) {
        // locations are skills[i].field; i counts the skills given, which here are all the entries
        String loc = problem.location();
        int close = loc.indexOf(']');
        int i = Integer.parseInt(loc.substring("skills[".length(), close));
        String rest = close + 1 < loc.length() ? loc.substring(close + 2) : "";
        fileProblems.add(problem.at(wheres.get(i).locate(rest)));
      }
    }
  }
}
