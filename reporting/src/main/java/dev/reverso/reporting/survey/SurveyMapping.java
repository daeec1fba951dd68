package dev.reverso.reporting.survey;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.Problems;
import dev.reverso.reporting.journal.Feedback;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a survey tool's CSV export maps onto feedback events: the {@code reverso/survey-mapping@1} file
 * ({@code docs/survey-import.md}). It names the columns of the answer date, the respondent, the partner, the
 * three Likert statements, the optional Net Promoter question and comment, and one column per skill whose
 * cells are the respondent's new self-rated level (0..5); it gives the survey's Likert scale (for example
 * 1..7) and labels ("Strongly agree") so that answers land on Reverso's 1..5 scale; and it may map e-mail
 * addresses (or any respondent key) to HR ids.
 *
 * <p>Likert mapping: a survey value {@code v} on {@code [min, max]} becomes
 * {@code round(1 + 4 · (v − min) / (max − min))}, rounding halves up; a 1..5 survey is kept as it is.
 *
 * <p>Immutable and thread-safe; {@link #toString()} shows no column texts or e-mail addresses.
 */
public final class SurveyMapping {
  /** The value of the {@code format} field. */
  public static final String FORMAT = "reverso/survey-mapping@1";

  /** The longest mapping file read. */
  public static final long MAX_BYTES = 4L * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  private static final ImmutableList<String> REQUIRED = ImmutableList.of("date", "respondent", "partner",
      "relationship", "learning", "recognition");
  private static final ImmutableList<String> OPTIONAL = ImmutableList.of("nps", "comment");

  private final ImmutableMap<String, String> columns;
  private final ImmutableSortedMap<String, String> progress;
  private final ImmutableList<DateTimeFormatter> dateFormats;
  private final ImmutableList<String> datePatterns;
  private final ImmutableMap<String, String> ids;
  private final int likertMin;
  private final int likertMax;
  private final ImmutableMap<String, Integer> likertLabels;

  private SurveyMapping(Map<String, String> columns, Map<String, String> progress, ImmutableList<String> patterns,
      Map<String, String> ids, int likertMin, int likertMax, Map<String, Integer> likertLabels) {
    this.columns = ImmutableMap.copyOf(columns);
    this.progress = ImmutableSortedMap.copyOf(progress);
    this.datePatterns = patterns;
    this.dateFormats = patterns.stream().map(p -> DateTimeFormatter.ofPattern(p, Locale.ROOT))
        .collect(ImmutableList.toImmutableList());
    this.ids = ImmutableMap.copyOf(ids);
    this.likertMin = likertMin;
    this.likertMax = likertMax;
    this.likertLabels = ImmutableMap.copyOf(likertLabels);
  }

  /**
   * Reads a mapping file.
   *
   * @throws InvalidInputException listing every problem, located {@code file:line:column} for JSON syntax and
   *     {@code file:field.path} for content
   * @throws java.io.UncheckedIOException if the file exists but cannot be read
   */
  public static SurveyMapping read(Path file) {
    requireNonNull(file, "file");
    String name = String.valueOf(file.getFileName());
    try {
      if (!Files.isRegularFile(file)) {
        throw InvalidInputException.of(name, "expected a " + FORMAT + " file, found "
            + (Files.exists(file) ? "something that is not a regular file" : "no such file"));
      }
      if (Files.size(file) > MAX_BYTES) {
        throw InvalidInputException.of(name, "expected at most " + MAX_BYTES + " bytes, found " + Files.size(file));
      }
      return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), name);
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(name, "expected a " + FORMAT + " file, found no such file");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses the text of a mapping file named {@code fileName} in problem locations.
   *
   * @throws InvalidInputException listing every problem
   */
  public static SurveyMapping parse(String json, String fileName) {
    requireNonNull(json, "json");
    requireNonNull(fileName, "fileName");
    JsonNode root;
    try {
      root = JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? fileName : fileName + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw InvalidInputException.of(where, "expected well-formed JSON: " + e.getOriginalMessage());
    }
    Problems problems = new Problems();
    String f = fileName + ":";
    if (root == null || !root.isObject()) {
      throw InvalidInputException.of(fileName, "expected a JSON object with \"format\": \"" + FORMAT + "\"");
    }
    JsonNode format = root.get("format");
    if (format == null || !format.isTextual() || !FORMAT.equals(format.asText())) {
      problems.error(f + "format", "expected \"" + FORMAT + "\", found " + (format == null ? "nothing" : format));
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!java.util.Set.of("format", "columns", "progress", "dateFormats", "ids", "likert").contains(field)) {
        problems.error(f + field, "unknown field: expected format, columns, progress, dateFormats, ids or likert");
      }
    }
    Map<String, String> columns = new LinkedHashMap<>();
    JsonNode cols = root.get("columns");
    if (cols == null || !cols.isObject()) {
      problems.error(f + "columns", "expected an object naming the columns " + String.join(", ", REQUIRED));
    } else {
      for (String key : REQUIRED) {
        JsonNode v = cols.get(key);
        if (v == null) {
          problems.error(f + "columns." + key, "expected the name of the column of '" + key + "', found nothing");
        } else {
          text(v, f + "columns." + key, problems).ifPresent(s -> columns.put(key, s));
        }
      }
      for (String key : OPTIONAL) {
        JsonNode v = cols.get(key);
        if (v != null && !v.isNull()) {
          text(v, f + "columns." + key, problems).ifPresent(s -> columns.put(key, s));
        }
      }
      for (Iterator<String> it = cols.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!REQUIRED.contains(key) && !OPTIONAL.contains(key)) {
          problems.error(f + "columns." + key, "unknown column role: expected one of "
              + String.join(", ", REQUIRED) + ", " + String.join(", ", OPTIONAL));
        }
      }
    }
    Map<String, String> progress = new TreeMap<>();
    JsonNode prog = root.get("progress");
    if (prog != null && !prog.isNull()) {
      if (!prog.isObject()) {
        problems.error(f + "progress", "expected an object: column name -> skill id");
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = prog.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          String where = f + "progress." + e.getKey();
          text(e.getValue(), where, problems).ifPresent(skill -> {
            String why = Participant.keyProblem(skill);
            if (why != null) {
              problems.error(where, why);
            } else {
              progress.put(e.getKey(), skill);
            }
          });
        }
      }
    }
    ImmutableList.Builder<String> patterns = ImmutableList.builder();
    JsonNode dates = root.get("dateFormats");
    if (dates != null && !dates.isNull()) {
      if (!dates.isArray()) {
        problems.error(f + "dateFormats", "expected an array of date-time patterns such as \"M/d/yyyy H:mm:ss\"");
      } else {
        for (int i = 0; i < dates.size(); i++) {
          String where = f + "dateFormats[" + i + "]";
          text(dates.get(i), where, problems).ifPresent(p -> {
            try {
              DateTimeFormatter.ofPattern(p, Locale.ROOT);
              patterns.add(p);
            } catch (IllegalArgumentException e) {
              problems.error(where, "expected a java.time date-time pattern such as \"M/d/yyyy H:mm:ss\", found '"
                  + p + "' (" + e.getMessage() + ")");
            }
          });
        }
      }
    }
    Map<String, String> ids = new LinkedHashMap<>();
    JsonNode idMap = root.get("ids");
    if (idMap != null && !idMap.isNull()) {
      if (!idMap.isObject()) {
        problems.error(f + "ids", "expected an object: respondent key (such as an e-mail address) -> HR id");
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = idMap.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          String key = normalise(e.getKey());
          String where = f + "ids[" + ids.size() + "]";
          text(e.getValue(), where, problems).ifPresent(id -> {
            if (ids.putIfAbsent(key, id) != null) {
              problems.error(where, "expected each key once (keys compare without case), found a repeat");
            }
          });
        }
      }
    }
    int min = 1;
    int max = Feedback.MAX_LIKERT;
    Map<String, Integer> labels = new LinkedHashMap<>();
    JsonNode likert = root.get("likert");
    if (likert != null && !likert.isNull()) {
      if (!likert.isObject()) {
        problems.error(f + "likert", "expected an object with min, max and labels");
      } else {
        min = integer(likert.get("min"), f + "likert.min", 1, problems);
        max = integer(likert.get("max"), f + "likert.max", Feedback.MAX_LIKERT, problems);
        if (max - min < 2 || max - min > 10) {
          problems.error(f + "likert", "expected a scale of 3 to 11 points (max - min from 2 to 10), found "
              + min + ".." + max);
        }
        JsonNode lab = likert.get("labels");
        if (lab != null && !lab.isNull()) {
          if (!lab.isObject()) {
            problems.error(f + "likert.labels", "expected an object: answer text -> number on the survey's scale");
          } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = lab.fields(); it.hasNext(); ) {
              Map.Entry<String, JsonNode> e = it.next();
              String where = f + "likert.labels." + e.getKey();
              int v = integer(e.getValue(), where, min, problems);
              if (v < min || v > max) {
                problems.error(where, "expected a number from " + min + " to " + max + ", found " + v);
              }
              labels.put(normalise(e.getKey()), v);
            }
          }
        }
      }
    }
    problems.throwIfErrors();
    return new SurveyMapping(columns, progress, patterns.build(), ids, min, max, labels);
  }

  private static Optional<String> text(JsonNode v, String where, Problems problems) {
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      problems.error(where, "expected a non-blank string, found " + (v == null ? "nothing" : v.getNodeType()
          .name().toLowerCase(Locale.ROOT)));
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  private static int integer(JsonNode v, String where, int otherwise, Problems problems) {
    if (v == null) {
      return otherwise;
    }
    if (!v.isInt()) {
      problems.error(where, "expected an integer, found " + v);
      return otherwise;
    }
    return v.asInt();
  }

  /** Trimmed, case-folded with {@link Locale#ROOT}: how id keys and labels compare. */
  static String normalise(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** The column holding this role ({@code date}, {@code learning}, ...), if mapped. */
  public Optional<String> column(String role) {
    return Optional.ofNullable(columns.get(requireNonNull(role, "role")));
  }

  /** Column name → skill id of the self-rated level columns, by column name. */
  public ImmutableSortedMap<String, String> progressColumns() {
    return progress;
  }

  /** The date-time patterns tried, in order, before the ISO forms. */
  public ImmutableList<String> datePatterns() {
    return datePatterns;
  }

  ImmutableList<DateTimeFormatter> dateFormats() {
    return dateFormats;
  }

  /** The HR id for a respondent or partner cell: the {@code ids} entry (no case), else the cell itself. */
  public String hrId(String cell) {
    return ids.getOrDefault(normalise(requireNonNull(cell, "cell")), cell.strip());
  }

  /** The lowest value of the survey's Likert scale. */
  public int likertMin() {
    return likertMin;
  }

  /** The highest value of the survey's Likert scale. */
  public int likertMax() {
    return likertMax;
  }

  /** The survey value of a Likert label, if the mapping names it (no case). */
  Optional<Integer> likertLabel(String cell) {
    return Optional.ofNullable(likertLabels.get(normalise(cell)));
  }

  /** A survey Likert value on Reverso's 1..5 scale. */
  public int toLikert(int surveyValue) {
    if (surveyValue < likertMin || surveyValue > likertMax) {
      throw new IllegalArgumentException("expected " + likertMin + ".." + likertMax + ", found " + surveyValue);
    }
    double x = 1 + 4.0 * (surveyValue - likertMin) / (likertMax - likertMin);
    return (int) Math.floor(x + 0.5);
  }

  /** Counts only. */
  @Override
  public String toString() {
    return "SurveyMapping[columns=" + columns.size() + ", progress=" + progress.size() + ", ids=" + ids.size()
        + ", likert=" + likertMin + ".." + likertMax + "]";
  }
}
