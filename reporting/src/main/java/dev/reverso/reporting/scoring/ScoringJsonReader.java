package dev.reverso.reporting.scoring;

import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.core.Problems;
import dev.reverso.core.io.JsonCursor;
import dev.reverso.core.io.JsonLimits;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.Criterion;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The strict reader behind {@link ScoringModelFiles}, walking the document with core's {@link JsonCursor}:
 * every problem is located {@code source:line:column (json.path)}; all problems of the content are collected
 * before throwing, a syntax error or a limit stops the reading at once.
 */
final class ScoringJsonReader {
  /** A model nests three levels (model, criteria, criterion, settings): anything deeper is not one. */
  private static final JsonLimits LIMITS = JsonLimits.defaults().withMaxDepth(16).withMaxStringLength(10_000)
      .withRepeatedKeysFatal(true);

  private static final Pattern LINE_COLUMN = Pattern.compile(":(\\d{1,9}):(\\d{1,9})(?: \\(|$)");

  /**
   * The most criteria, and settings of a criterion, read: bounded so that a hostile file (say 50 MB of
   * {@code [1,1,...]}) cannot exhaust the heap with entries and problems.
   */
  static final int MAX_ITEMS = 1_000;

  private final String source;
  private final Problems problems = new Problems();
  private JsonCursor p;

  /** One criterion entry as found in the file, before it is checked against the built-ins. */
  private static final class Entry {
    final int index;
    final String where;
    String id;
    String idWhere;
    Double weight;
    String weightWhere;
    String settingsWhere;
    final List<Setting> settings = new ArrayList<>();
    boolean broken;

    Entry(int index, String where) {
      this.index = index;
      this.where = where;
    }
  }

  /** One setting as found in the file. */
  private record Setting(String name, JsonToken token, String text, String where) {}

  private ScoringJsonReader(String source) {
    this.source = source;
  }

  static ScoringModel read(String text, String source) {
    ScoringJsonReader r = new ScoringJsonReader(source);
    try (JsonCursor cursor = JsonCursor.of(text, source, LIMITS)) {
      r.p = cursor;
      return r.readModel();
    } catch (JsonCursor.Stop stop) {
      // a syntax error or a limit: the problems found before it, then where the reading stopped
      r.problems.add(stop.problem());
      throw new InvalidInputException(r.problems.toList());
    }
  }

  private String here(String path) {
    return p.where(path);
  }

  private String describe() {
    return p.describe();
  }

  private static String shorten(String s) {
    return JsonCursor.shorten(s);
  }

  private ScoringModel readModel() {
    JsonToken t = p.next();
    if (t == null) {
      throw InvalidInputException.of(source, "expected a JSON object {\"format\": \"" + ScoringModelFiles.FORMAT
          + "\", \"criteria\": [...]}, found an empty file");
    }
    if (t != JsonToken.START_OBJECT) {
      throw InvalidInputException.of(here(""), "expected a JSON object {\"format\": \"" + ScoringModelFiles.FORMAT
          + "\", \"criteria\": [...]}, found " + describe());
    }
    String start = here("");
    boolean formatSeen = false;
    String criteriaWhere = null;
    List<Entry> entries = new ArrayList<>();
    while (p.next() == JsonToken.FIELD_NAME) {
      String field = p.name();
      p.next();
      switch (field) {
        case "format":
          formatSeen = true;
          if (p.token() != JsonToken.VALUE_STRING || !ScoringModelFiles.FORMAT.equals(p.text())) {
            problems.error(here("format"), "expected \"" + ScoringModelFiles.FORMAT
                + "\" (the only format this version reads), found " + describe());
            p.skip();
          }
          break;
        case "criteria":
          criteriaWhere = here("criteria");
          if (p.token() != JsonToken.START_ARRAY) {
            problems.error(criteriaWhere, "expected an array of criteria, found " + describe());
            p.skip();
          } else {
            readCriteria(entries);
          }
          break;
        default:
          problems.error(here(field), "expected only the fields format and criteria, found the unknown field \""
              + shorten(field) + "\"");
          p.skip();
      }
    }
    if (p.next() != null) {
      problems.error(here(""), "expected the end of the file after the scoring object, found " + describe());
    }
    if (!formatSeen) {
      problems.error(start, "expected the field \"format\": \"" + ScoringModelFiles.FORMAT + "\", found none");
    }
    if (criteriaWhere == null) {
      problems.error(start, "expected the field \"criteria\" (an array of {\"id\", \"weight\"}), found none");
    }
    return build(entries, criteriaWhere == null ? start : criteriaWhere);
  }

  /** Stops reading a list longer than any model needs (there are a handful of built-in criteria). */
  private void tooMany(String where, String what) {
    problems.error(where, "expected at most " + MAX_ITEMS + " " + what + ", found more");
    throw new InvalidInputException(problems.toList());
  }

  private void readCriteria(List<Entry> entries) {
    int k = 0;
    while (p.next() != JsonToken.END_ARRAY) {
      String path = "criteria[" + k + "]";
      if (k == MAX_ITEMS) {
        tooMany(here(path), "criteria");
      }
      Entry e = new Entry(k, here(path));
      k++;
      if (p.token() != JsonToken.START_OBJECT) {
        problems.error(e.where, "expected a criterion object {\"id\", \"weight\"}, found " + describe());
        p.skip();
        e.broken = true;
        entries.add(e);
        continue;
      }
      while (p.next() == JsonToken.FIELD_NAME) {
        String field = p.name();
        p.next();
        String fieldPath = path + "." + field;
        switch (field) {
          case "id":
            if (p.token() == JsonToken.VALUE_STRING) {
              e.id = p.text();
              e.idWhere = here(fieldPath);
            } else {
              problems.error(here(fieldPath), "expected a criterion id (a string), found " + describe());
              p.skip();
              e.broken = true;
            }
            break;
          case "weight":
            if (p.isNumber()) {
              e.weight = p.doubleValue();
              e.weightWhere = here(fieldPath);
              if (e.weight.isInfinite()) {
                problems.error(e.weightWhere, "expected a finite weight of 0 or more, found " + describe());
                e.broken = true;
              }
            } else {
              problems.error(here(fieldPath), "expected a weight (a number of 0 or more), found " + describe());
              p.skip();
              e.broken = true;
            }
            break;
          case "settings":
            e.settingsWhere = here(fieldPath);
            if (p.token() == JsonToken.START_OBJECT) {
              while (p.next() == JsonToken.FIELD_NAME) {
                String name = p.name();
                if (e.settings.size() == MAX_ITEMS) {
                  tooMany(here(fieldPath), "settings");
                }
                JsonToken token = p.next();
                e.settings.add(new Setting(name, token, token.isScalarValue() ? p.text() : describe(),
                    here(fieldPath + "." + name)));
                p.skip();
              }
            } else {
              problems.error(e.settingsWhere, "expected an object of settings, found " + describe());
              p.skip();
              e.broken = true;
            }
            break;
          default:
            problems.error(here(fieldPath), "expected only the fields id, weight and settings, found the unknown"
                + " field \"" + shorten(field) + "\"");
            p.skip();
        }
      }
      if (e.id == null && !e.broken) {
        problems.error(e.where, "expected the field \"id\" (a criterion id), found none");
        e.broken = true;
      }
      if (e.weight == null && !e.broken) {
        problems.error(e.where, "expected the field \"weight\" (a number of 0 or more), found none");
        e.broken = true;
      }
      entries.add(e);
    }
  }

  private ScoringModel build(List<Entry> entries, String criteriaWhere) {
    ScoringModel.Builder builder = ScoringModel.builder();
    List<Entry> built = new ArrayList<>();
    for (Entry e : entries) {
      if (e.id == null) {
        continue;
      }
      Criterion c = criterion(e);
      if (c != null && !e.broken) {
        builder.add(c, e.weight);
        built.add(e);
      }
    }
    boolean earlierErrors = problems.hasErrors();
    if (!built.isEmpty() || !earlierErrors) {
      try {
        builder.build();
      } catch (InvalidInputException invalid) {
        for (Problem problem : invalid.problems()) {
          String where = locate(problem.location(), built, criteriaWhere);
          if (where.equals(criteriaWhere) && earlierErrors) {
            continue; // "all weights 0" is not trustworthy when entries were dropped
          }
          problems.add(problem.at(where));
        }
      }
    }
    if (problems.hasErrors()) {
      List<Problem> sorted = new ArrayList<>(problems.toList());
      sorted.sort(Comparator.comparingLong(ScoringJsonReader::position));
      throw new InvalidInputException(sorted);
    }
    return builder.build();
  }

  /** Line and column of a located problem as one sortable number; 0 for a problem of the whole file. */
  private static long position(Problem problem) {
    Matcher m = LINE_COLUMN.matcher(problem.location());
    return m.find() ? Long.parseLong(m.group(1)) * 1_000_000_000L + Long.parseLong(m.group(2)) : 0;
  }

  /** Maps a location of {@link ScoringModel.Builder#build()} to the place in the file. */
  private static String locate(String builderLocation, List<Entry> built, String criteriaWhere) {
    if (builderLocation.startsWith("criteria[")) {
      int k = Integer.parseInt(builderLocation.substring("criteria[".length(), builderLocation.indexOf(']')));
      return built.get(k).idWhere;
    }
    if (builderLocation.startsWith("weights.")) {
      String id = builderLocation.substring("weights.".length());
      for (Entry e : built) {
        if (e.id.equals(id)) {
          return e.weightWhere;
        }
      }
    }
    return criteriaWhere;
  }

  /** The criterion an entry names, with its settings; null (with problems reported) if it cannot be built. */
  private Criterion criterion(Entry e) {
    Criterion builtIn = Criteria.builtIn(e.id).orElse(null);
    if (builtIn == null) {
      problems.error(e.idWhere, "expected a built-in criterion id ("
          + Criteria.builtIns().stream().map(Criterion::id).collect(Collectors.joining(", ")) + "), found \""
          + shorten(e.id) + "\"; a custom criterion cannot be read from a file: add it in code after reading"
          + " (ScoringModel.with)");
      return null;
    }
    ImmutableMap<String, Object> defaults = Criteria.settings(builtIn).orElseThrow();
    if (defaults.isEmpty()) {
      if (!e.settings.isEmpty()) {
        problems.error(e.settingsWhere, "expected no settings for " + e.id + " (it has none), found "
            + e.settings.stream().map(Setting::name).map(ScoringJsonReader::shorten).collect(Collectors.joining(", ")));
        return null;
      }
      return builtIn;
    }
    Map<String, Object> values = new LinkedHashMap<>(defaults);
    boolean ok = true;
    for (Setting s : e.settings) {
      Object def = defaults.get(s.name());
      if (def == null) {
        problems.error(s.where(), "expected a setting of " + e.id + " (" + String.join(", ", defaults.keySet())
            + "), found the unknown setting \"" + shorten(s.name()) + "\"");
        ok = false;
        continue;
      }
      Object value = parse(s, def);
      if (value == null) {
        ok = false;
      } else {
        values.put(s.name(), value);
      }
    }
    if (!ok) {
      return null;
    }
    try {
      switch (e.id) {
        case Criteria.SENIORITY_DISTANCE_ID:
          return Criteria.seniorityDistance((Integer) values.get("low"), (Integer) values.get("high"));
        case Criteria.CROSS_BOUNDARY_ID:
          return Criteria.crossBoundary((Double) values.get("department"), (Double) values.get("division"),
              (Double) values.get("location"));
        case Criteria.TIME_ZONE_OVERLAP_ID:
          return Criteria.timeZoneOverlap((LocalDate) values.get("referenceDate"), (LocalTime) values.get("start"),
              (LocalTime) values.get("end"));
        default:
          throw new IllegalStateException("settings of built-in " + e.id + " are not handled");
      }
    } catch (InvalidInputException invalid) { // the factory's own check, located at the settings
      for (Problem p : invalid.problems()) {
        problems.error(e.settingsWhere == null ? e.idWhere : e.settingsWhere, p.message());
      }
      return null;
    }
  }

  /** The value of one setting, of the type of its default; null (with a problem) if it has another type. */
  private Object parse(Setting s, Object def) {
    String found = describeSetting(s);
    if (def instanceof Integer) {
      if (s.token() == JsonToken.VALUE_NUMBER_INT) {
        try {
          return Integer.parseInt(s.text());
        } catch (NumberFormatException tooLarge) {
          // reported below
        }
      }
      problems.error(s.where(), "expected a whole number, found " + found);
      return null;
    }
    if (def instanceof Double) {
      if (s.token() != null && s.token().isNumeric()) {
        double d = Double.parseDouble(s.text());
        if (Double.isFinite(d)) {
          return d;
        }
      }
      problems.error(s.where(), "expected a finite number, found " + found);
      return null;
    }
    if (def instanceof LocalDate) {
      if (s.token() == JsonToken.VALUE_STRING) {
        try {
          return LocalDate.parse(s.text());
        } catch (DateTimeParseException bad) {
          // reported below
        }
      }
      problems.error(s.where(), "expected an ISO date such as \"2026-01-15\", found " + found);
      return null;
    }
    if (s.token() == JsonToken.VALUE_STRING) {
      try {
        return LocalTime.parse(s.text());
      } catch (DateTimeParseException bad) {
        // reported below
      }
    }
    problems.error(s.where(), "expected a time of day such as \"09:00\", found " + found);
    return null;
  }

  private static String describeSetting(Setting s) {
    if (s.token() == JsonToken.VALUE_STRING) {
      return "the string \"" + shorten(s.text()) + "\"";
    }
    if (s.token() != null && s.token().isNumeric()) {
      return "the number " + shorten(s.text());
    }
    return s.text(); // true, false, null, or "an object" / "an array"
  }
}
