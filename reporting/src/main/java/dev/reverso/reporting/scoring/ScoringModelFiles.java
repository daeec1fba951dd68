package dev.reverso.reporting.scoring;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problems;
import dev.reverso.core.io.AtomicFiles;
import dev.reverso.core.io.FileAccessException;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.Criterion;
import dev.reverso.reporting.internal.ReportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes a {@link ScoringModel} as a {@value #FORMAT} JSON file ({@code scoring.json}), so that a
 * model (for instance the one {@link dev.reverso.reporting.advisor.WeightAdvisor} suggests) can be kept, reviewed
 * and given to {@code reverso match --scoring}. The format is documented with an example in
 * {@code docs/formats.md} ("Scoring model JSON").
 *
 * <h2>Content</h2>
 * A {@code format} field and the {@code criteria} in model order, each with its {@code id}, its {@code weight}
 * and, for the built-ins that take settings, its {@code settings} (see {@link Criteria#settings(Criterion)}):
 * {@code seniority-distance} {@code low}/{@code high}; {@code cross-boundary}
 * {@code department}/{@code division}/{@code location}; {@code time-zone-overlap}
 * {@code referenceDate}/{@code start}/{@code end}. A setting left out of a file takes the built-in's default.
 *
 * <p><b>Only built-in criteria</b> can be stored: a user-defined criterion is code, not data. Writing a model
 * with one is refused; a file naming an unknown id is refused with the list of known ids. Add custom criteria
 * in code after reading: {@code ScoringModelFiles.read(path).with(myCriterion, 0.1)}.
 *
 * <h2>Guarantees</h2>
 * Writing is deterministic: fields in a fixed order, two-space indentation, {@code \n} line ends, UTF-8 without
 * byte order mark, each weight as text that parses back to exactly the same {@code double}, so
 * {@code read(write(m)).equals(m)} for every model of built-in criteria. Reading is strict: an unknown field, a
 * missing field, a wrong JSON type, an unknown criterion id, an invalid setting or weight is an error; every
 * error is reported at once, in file order, in an {@link InvalidInputException} whose problems are located
 * {@code file:line:column (json.path)}, such as {@code scoring.json:7:17 (criteria[1].weight)}. Weights are
 * validated by {@link ScoringModel.Builder#build()} (finite, ≥ 0, not all 0, each criterion once). More than
 * 1 000 criteria, or settings of one criterion, stop the reading at once (hostile input must not exhaust
 * the heap).
 *
 * <p>Stateless and thread-safe; linear in the size of the file.
 */
public final class ScoringModelFiles {
  /** The largest scoring file read, 16 MiB: a model is a few hundred bytes, so anything near this is not one. */
  public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

  /** The value of the {@code format} field this version reads and writes. */
  public static final String FORMAT = "reverso/scoring@1";
  /** The usual file name. */
  public static final String FILE_NAME = "scoring.json";

  private static final JsonFactory WRITER_FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private ScoringModelFiles() {}

  /**
   * Reads a scoring model file (UTF-8; a byte order mark is skipped) of at most {@value #MAX_FILE_BYTES}
   * bytes.
   *
   * @throws InvalidInputException if the file is missing, unreadable, too large, not UTF-8 JSON of this format,
   *     or holds an invalid model; every problem located {@code file:line:column (path)}
   * @throws FileAccessException if reading fails for another reason
   */
  public static ScoringModel read(Path file) {
    requireNonNull(file, "file");
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes = ReportFiles.readAllBytes(file, MAX_FILE_BYTES);
    return ScoringJsonReader.read(Utf8.decode(bytes, name), name);
  }

  /**
   * Reads a scoring model from UTF-8 bytes (a byte order mark is skipped) of at most {@value #MAX_FILE_BYTES}
   * bytes; does not close the stream.
   *
   * @param sourceName the name used in problem locations, usually the file name
   * @throws InvalidInputException listing every problem
   * @throws UncheckedIOException if the stream fails
   */
  public static ScoringModel read(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES) {
        throw InvalidInputException.of(sourceName, "expected at most " + MAX_FILE_BYTES + " bytes, found more");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read scoring model " + sourceName + ": " + e.getMessage(), e);
    }
    return ScoringJsonReader.read(Utf8.decode(bytes, sourceName), sourceName);
  }

  /**
   * Reads a scoring model from characters; does not close the reader.
   *
   * @param sourceName the name used in problem locations
   * @throws InvalidInputException listing every problem
   * @throws UncheckedIOException if the reader fails
   */
  public static ScoringModel read(Reader in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    StringBuilder text = new StringBuilder();
    char[] buf = new char[8192];
    try {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        text.append(buf, 0, n);
        if (text.length() > MAX_FILE_BYTES) {
          throw InvalidInputException.of(sourceName, "expected at most " + MAX_FILE_BYTES + " characters, found more");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read scoring model " + sourceName + ": " + e.getMessage(), e);
    }
    String s = text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.substring(1) : text.toString();
    return ScoringJsonReader.read(s, sourceName);
  }

  /**
   * Reads a scoring model held in a string.
   *
   * @throws InvalidInputException listing every problem
   */
  public static ScoringModel fromJson(String json, String sourceName) {
    requireNonNull(json, "json");
    requireNonNull(sourceName, "sourceName");
    return ScoringJsonReader.read(json.startsWith("\uFEFF") ? json.substring(1) : json, sourceName);
  }

  /**
   * The model as a {@value #FORMAT} document ending with a line feed.
   *
   * @throws InvalidInputException if the model holds a criterion that is not a built-in (at {@code criteria[k]})
   */
  public static String toJson(ScoringModel model) {
    StringWriter out = new StringWriter();
    write(model, out);
    return out.toString();
  }

  /**
   * Writes the model to {@code out} (which is not closed), ending with a line feed.
   *
   * @throws InvalidInputException if the model holds a criterion that is not a built-in (at {@code criteria[k]})
   * @throws UncheckedIOException if writing fails
   */
  public static void write(ScoringModel model, Writer out) {
    requireNonNull(model, "model");
    requireNonNull(out, "out");
    List<Criterion> criteria = model.criteria();
    Problems problems = new Problems();
    for (int k = 0; k < criteria.size(); k++) {
      if (Criteria.settings(criteria.get(k)).isEmpty()) {
        problems.error("criteria[" + k + "]", "expected a built-in criterion, found the user-defined criterion '"
            + criteria.get(k).id() + "': a scoring file holds built-in criteria only; add custom criteria in code"
            + " after reading (ScoringModel.with)");
      }
    }
    problems.throwIfErrors();
    try {
      JsonGenerator g = WRITER_FACTORY.createGenerator(out);
      g.setPrettyPrinter(prettyPrinter());
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeArrayFieldStart("criteria");
      for (Criterion c : criteria) {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeFieldName("weight");
        g.writeNumber(number(model.weight(c.id())));
        ImmutableMap<String, Object> settings = Criteria.settings(c).orElseThrow();
        if (!settings.isEmpty()) {
          g.writeObjectFieldStart("settings");
          for (Map.Entry<String, Object> e : settings.entrySet()) {
            g.writeFieldName(e.getKey());
            writeSetting(g, e.getValue());
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write scoring model: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the model to a file in UTF-8, atomically ({@link AtomicFiles}): the text goes to a temporary file
   * in the same directory that then replaces the target, so a failed write leaves an existing file as it was
   * and a symbolic link at the target is replaced, never followed.
   *
   * @throws InvalidInputException if the model holds a criterion that is not a built-in
   * @throws FileAccessException if the file cannot be written
   */
  public static void write(ScoringModel model, Path file) {
    requireNonNull(file, "file");
    String text = toJson(model);
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      AtomicFiles.writeOrThrow(target, AtomicFiles.Access.DEFAULT, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new FileAccessException(target, "cannot write the scoring file", e);
    }
  }

  private static void writeSetting(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Integer) {
      g.writeNumber((Integer) value);
    } else if (value instanceof Double) {
      g.writeNumber(number((Double) value));
    } else if (value instanceof LocalDate || value instanceof LocalTime) {
      g.writeString(value.toString());
    } else {
      throw new IllegalStateException("unexpected setting type " + value.getClass().getName());
    }
  }

  /**
   * Text that parses back to exactly {@code d}: whole numbers without a fraction ({@code 1}), others as
   * {@link Double#toString(double)} ({@code 0.35}, {@code 1.0E-5}), which is valid JSON and round-trips.
   */
  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15 && !isNegativeZero(d)) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  private static boolean isNegativeZero(double d) {
    return Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(-0.0);
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** Strict UTF-8 decoding with a located message. */
  static final class Utf8 {
    private Utf8() {}

    static String decode(byte[] bytes, String sourceName) {
      int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
          && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
      try {
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start))
            .toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        throw InvalidInputException.of(sourceName, "expected UTF-8 text holding a " + FORMAT
            + " JSON object, found bytes that are not UTF-8");
      }
    }
  }

  /** The default settings of a parameterised built-in, for settings a file leaves out. */
  static Optional<ImmutableMap<String, Object>> defaults(String id) {
    return Criteria.builtIn(id).flatMap(Criteria::settings);
  }
}
