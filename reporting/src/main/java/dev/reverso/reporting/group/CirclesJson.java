package dev.reverso.reporting.group;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.reverso.core.ParticipantId;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.group.Circle;
import dev.reverso.matching.group.CircleExplanation;
import dev.reverso.matching.group.CircleResult;
import dev.reverso.reporting.internal.ReportFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The {@value #FORMAT} file ({@code circles.json}): every circle with its mentees, mentors, score and
 * explanation, and everyone in no circle with the reason. Documented with an example in
 * {@code docs/groups.md}.
 *
 * <p>Deterministic: fields in a fixed order, circles and unassigned in the result's order, two-space
 * indentation, {@code \n} line ends, UTF-8 (non-ASCII escaped). Only HR ids identify people: it is an
 * operational file for the programme manager. Stateless and thread-safe.
 */
public final class CirclesJson {
  /** The value of the {@code format} field. */
  public static final String FORMAT = "reverso/circles@1";
  /** The usual file name. */
  public static final String FILE_NAME = "circles.json";

  private CirclesJson() {}

  /** The result as a {@value #FORMAT} document, ending with {@code \n}. */
  public static String toJson(CircleResult result) {
    StringWriter out = new StringWriter();
    try {
      write(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the result to a file, replacing it.
   *
   * @throws dev.reverso.core.io.FileAccessException naming the file if it cannot be written
   */
  public static void write(CircleResult result, Path file) {
    requireNonNull(result, "result");
    ReportFiles.write(file, out -> write(result, out));
  }

  /** Writes the result to {@code out}, ending with {@code \n}; does not close it. */
  public static void write(CircleResult result, Writer out) throws IOException {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    try (JsonGenerator g = GroupJson.generator(out)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("minMentors", result.minMentors());
      g.writeNumberField("maxMentors", result.maxMentors());
      g.writeObjectFieldStart("objective");
      GroupJson.number(g, "coverage", result.objective().coverageWeight());
      GroupJson.number(g, "reciprocity", result.objective().reciprocityWeight());
      GroupJson.number(g, "diversity", result.objective().diversityWeight());
      g.writeEndObject();
      GroupJson.number(g, "totalScore", result.totalScore());
      GroupJson.number(g, "greedyScore", result.greedyScore());
      g.writeArrayFieldStart("circles");
      for (Circle c : result.circles()) {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        ids(g, "mentees", c.mentees());
        ids(g, "mentors", c.mentors());
        GroupJson.number(g, "score", c.score());
        CircleExplanation e = c.explanation();
        g.writeObjectFieldStart("explanation");
        GroupJson.number(g, "coverage", e.coverage());
        GroupJson.number(g, "reciprocity", e.reciprocity());
        GroupJson.number(g, "diversity", e.diversity());
        g.writeArrayFieldStart("goals");
        for (CircleExplanation.GoalCredit goal : e.goals()) {
          g.writeStartObject();
          g.writeStringField("skill", goal.skill());
          g.writeNumberField("current", goal.current());
          g.writeNumberField("target", goal.target());
          GroupJson.number(g, "weight", goal.weight());
          if (goal.mentor().isPresent()) {
            g.writeStringField("mentor", goal.mentor().get().value());
          } else {
            g.writeNullField("mentor");
          }
          GroupJson.number(g, "credit", goal.credit());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("languages");
        for (String l : e.languages()) {
          g.writeString(l);
        }
        g.writeEndArray();
        g.writeNumberField("departments", e.departments());
        g.writeNumberField("locations", e.locations());
        g.writeNumberField("seniorityBands", e.seniorityBands());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("unassigned");
      for (Unmatched u : result.unassigned()) {
        g.writeStartObject();
        g.writeStringField("id", u.participantId().value());
        g.writeStringField("role", u.role().id());
        g.writeStringField("reason", u.reason().name());
        g.writeStringField("detail", u.detail());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void ids(JsonGenerator g, String field, Iterable<ParticipantId> ids) throws IOException {
    g.writeArrayFieldStart(field);
    for (ParticipantId id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }
}
