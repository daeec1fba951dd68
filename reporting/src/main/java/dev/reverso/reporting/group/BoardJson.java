package dev.reverso.reporting.group;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.ParticipantId;
import dev.reverso.matching.group.BoardResult;
import dev.reverso.reporting.internal.ReportFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@value #FORMAT} file ({@code board.json}): the shadow board's members, its coverage of the executive
 * team's goals, what each member brings, coverage per skill, members per group and the bounds asked for.
 * Documented with an example in {@code docs/groups.md}. Deterministic, HR ids only; stateless and
 * thread-safe.
 */
public final class BoardJson {
  /** The value of the {@code format} field. */
  public static final String FORMAT = "reverso/board@1";
  /** The usual file name. */
  public static final String FILE_NAME = "board.json";

  private BoardJson() {}

  /** The result as a {@value #FORMAT} document, ending with {@code \n}. */
  public static String toJson(BoardResult result) {
    StringWriter out = new StringWriter();
    try {
      write(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the result to a file, replacing it. */
  public static void write(BoardResult result, Path file) {
    requireNonNull(result, "result");
    ReportFiles.write(file, out -> write(result, out));
  }

  /** Writes the result to {@code out}, ending with {@code \n}; does not close it. */
  public static void write(BoardResult result, Writer out) throws IOException {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    try (JsonGenerator g = GroupJson.generator(out)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("size", result.options().size());
      g.writeArrayFieldStart("members");
      for (ParticipantId id : result.members()) {
        g.writeString(id.value());
      }
      g.writeEndArray();
      GroupJson.number(g, "coverage", result.coverage());
      GroupJson.number(g, "greedyCoverage", result.greedyCoverage());
      g.writeObjectFieldStart("groups");
      for (Map.Entry<String, ImmutableMap<String, Integer>> d : result.groups().entrySet()) {
        g.writeObjectFieldStart(d.getKey());
        for (Map.Entry<String, Integer> e : d.getValue().entrySet()) {
          g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeArrayFieldStart("contributions");
      for (BoardResult.Contribution c : result.contributions()) {
        g.writeStartObject();
        g.writeStringField("id", c.id().value());
        GroupJson.number(g, "coverage", c.coverage());
        g.writeObjectFieldStart("groups");
        for (Map.Entry<String, String> e : c.groups().entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("skills");
      for (Map.Entry<String, Double> e : result.skills().entrySet()) {
        GroupJson.number(g, e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("bounds");
      g.writeObjectFieldStart("maxPer");
      for (Map.Entry<String, Integer> e : result.options().maxPer().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("minPer");
      for (Map.Entry<String, Integer> e : result.options().minPer().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("shortfalls");
      for (String s : result.shortfalls()) {
        g.writeString(s);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }
}
