package dev.reverso.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.SkillTaxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Program JSON, {@code "format": "reverso/program@1"}: a whole programme — skill taxonomy, org-chart-only
 * people, mentors, mentees, history and active pairs — in one file. The format is specified in
 * {@code docs/formats.md}.
 *
 * <p>Reading streams the input (Jackson's {@code JsonParser}, duplicate fields refused) and reports every
 * problem as {@code file:line:column (json.path)}, for example
 * {@code program.json:12:7 (mentees[3].goals[1].target)}; wrong types, missing required fields and unknown
 * fields are all collected, not only the first. Writing is pretty-printed with a two-space indent,
 * {@code "\n"} line ends and a fixed field order, so that {@code read(write(p)).equals(p)} and writing
 * again gives the same bytes.
 *
 * <p>Stateless and thread-safe. A {@link Reader} or {@link Writer} passed in is not closed. An
 * {@link IOException} of the underlying stream is rethrown as an {@link UncheckedIOException}.
 */
public final class ProgramJson {
  /** The value of the {@code format} field this version reads and writes. */
  public static final String FORMAT = "reverso/program@1";

  private static final JsonFactory WRITER_FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private ProgramJson() {}

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
   * Reads a programme from UTF-8 bytes (a byte order mark is skipped), strictly, with the default limits.
   *
   * @throws InvalidInputException listing every problem if anything is wrong
   */
  public static Program read(InputStream in, String sourceName) {
    return importFrom(in, sourceName, ImportOptions.defaults()).program();
  }

  /**
   * Imports a programme from characters. In strict mode anything wrong throws; in lenient mode records
   * with errors are rejected and reported in the result. Problems of the file as a whole (not JSON, wrong
   * {@code format}, a broken taxonomy, an exceeded limit) throw in both modes.
   *
   * @throws InvalidInputException listing every problem, each located as {@code file:line:column (path)}
   */
  public static ImportResult importFrom(Reader in, String sourceName, ImportOptions options) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(options, "options");
    return JsonProgramReader.read(TextInput.of(in, sourceName, options), sourceName, options);
  }

  /**
   * Imports a programme from UTF-8 bytes; see {@link #importFrom(Reader, String, ImportOptions)}. Bytes that
   * are not UTF-8, NUL bytes and inputs larger than {@link ImportOptions#maxFileBytes()} are refused.
   *
   * @throws InvalidInputException listing every problem
   */
  public static ImportResult importFrom(InputStream in, String sourceName, ImportOptions options) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(options, "options");
    return JsonProgramReader.read(TextInput.of(in, sourceName, options), sourceName, options);
  }

  /** The programme as Program JSON text, ending with a line feed. */
  public static String toJson(Program program) {
    StringWriter out = new StringWriter();
    write(program, out);
    return out.toString();
  }

  /**
   * Writes a programme as Program JSON: fields in the documented order, absent optional fields and empty
   * collections of a participant omitted, a line feed at the end.
   */
  public static void write(Program program, Writer out) {
    requireNonNull(program, "program");
    requireNonNull(out, "out");
    try {
      JsonGenerator g = WRITER_FACTORY.createGenerator(out);
      g.setPrettyPrinter(new TwoSpaces());
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      if (program.cohort().isPresent()) {
        g.writeStringField("cohort", program.cohort().get());
      }
      if (!program.taxonomy().isEmpty()) {
        g.writeArrayFieldStart("skills");
        for (SkillTaxonomy.Skill s : program.taxonomy().skills()) {
          g.writeStartObject();
          g.writeStringField("id", s.id());
          g.writeStringField("label", s.label());
          if (s.parent().isPresent()) {
            g.writeStringField("parent", s.parent().get());
          }
          if (!s.aliases().isEmpty()) {
            writeStrings(g, "aliases", s.aliases());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      writePeople(g, "people", program.people());
      writePeople(g, "mentors", program.mentors());
      writePeople(g, "mentees", program.mentees());
      writePairs(g, "history", program.history());
      writePairs(g, "active", program.active());
      g.writeEndObject();
      g.flush();
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writePeople(JsonGenerator g, String name, List<Participant> people) throws IOException {
    g.writeArrayFieldStart(name);
    for (Participant p : people) {
      writeParticipant(g, p);
    }
    g.writeEndArray();
  }

  private static void writePairs(JsonGenerator g, String name, List<MentoringPair> pairs) throws IOException {
    g.writeArrayFieldStart(name);
    for (MentoringPair pair : pairs) {
      g.writeStartObject();
      g.writeStringField("mentor", pair.mentorId().value());
      g.writeStringField("mentee", pair.menteeId().value());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeParticipant(JsonGenerator g, Participant p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id().value());
    if (p.displayName().isPresent()) {
      g.writeStringField("name", p.displayName().get());
    }
    if (p.managerId().isPresent()) {
      g.writeStringField("managerId", p.managerId().get().value());
    }
    if (p.department().isPresent()) {
      g.writeStringField("department", p.department().get());
    }
    if (p.division().isPresent()) {
      g.writeStringField("division", p.division().get());
    }
    if (p.location().isPresent()) {
      g.writeStringField("location", p.location().get());
    }
    g.writeNumberField("seniority", p.seniority());
    if (p.timeZone().isPresent()) {
      g.writeStringField("timeZone", p.timeZone().get().getId());
    }
    if (!p.languages().isEmpty()) {
      writeStrings(g, "languages", p.languages());
    }
    if (p.hoursPerMonth().isPresent()) {
      g.writeFieldName("hoursPerMonth");
      g.writeNumber(Numbers.shortest(p.hoursPerMonth().getAsDouble()));
    }
    g.writeNumberField("capacity", p.capacity());
    if (!p.skills().isEmpty()) {
      writeInts(g, "skills", p.skills());
    }
    if (!p.goals().isEmpty()) {
      g.writeArrayFieldStart("goals");
      for (LearningGoal goal : p.goals()) {
        g.writeStartObject();
        g.writeStringField("skill", goal.skill());
        g.writeNumberField("current", goal.current());
        g.writeNumberField("target", goal.target());
        g.writeStringField("priority", goal.priority().id());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!p.values().isEmpty()) {
      writeInts(g, "values", p.values());
    }
    if (!p.exclusions().isEmpty()) {
      writeStrings(g, "exclude", p.exclusions().stream().map(ParticipantId::value).toList());
    }
    if (!p.hasConsent()) {
      g.writeStringField("consent", p.consent().id());
    }
    if (p.pin().isPresent()) {
      g.writeStringField("pin", p.pin().get().value());
    }
    if (!p.preferences().isEmpty()) {
      writeStrings(g, "preferences", p.preferences().stream().map(ParticipantId::value).toList());
    }
    if (!p.attributes().isEmpty()) {
      g.writeObjectFieldStart("attributes");
      for (Map.Entry<String, String> e : p.attributes().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void writeInts(JsonGenerator g, String name, Map<String, Integer> values) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Integer> e : values.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  /**
   * Two-space indent, {@code "\n"} line ends on every platform, {@code "key": value}, and {@code []} /
   * {@code {}} for empty containers. One instance per generator (it counts the nesting).
   */
  private static final class TwoSpaces implements PrettyPrinter {
    private int nesting;

    private void newLine(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
      for (int i = 0; i < nesting; i++) {
        g.writeRaw("  ");
      }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      g.writeRaw('{');
      nesting++;
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      nesting--;
      if (entries > 0) {
        newLine(g);
      }
      g.writeRaw('}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(',');
      newLine(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      g.writeRaw('[');
      nesting++;
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      nesting--;
      if (values > 0) {
        newLine(g);
      }
      g.writeRaw(']');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(',');
      newLine(g);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      newLine(g);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
      newLine(g);
    }
  }
}
