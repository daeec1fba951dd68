package dev.reverso.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.match.MatchesJson;
import java.io.IOException;

/**
 * An {@link Explanation} alone: the {@code explanation} object of a pair in {@code matches.json} with the two ids
 * it is about in front, {@code {"mentor", "mentee", "total", "allowed", "contributions", "verdicts"}}. Written and
 * read through the pair writer and reader of {@link MatchesJson}, so it has exactly their fields.
 */
final class ExplanationJson {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private ExplanationJson() {}

  static final class Serializer extends StdSerializer<Explanation> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Explanation.class);
    }

    @Override
    public void serialize(Explanation e, JsonGenerator g, SerializerProvider provider) throws IOException {
      ObjectNode pair = (ObjectNode) PLAIN.readTree(MatchesJson.idsOnly().pairToJson(
          new Pairing(e.mentorId(), e.menteeId(), e.total(), e)));
      ObjectNode out = PLAIN.createObjectNode();
      out.set("mentor", pair.get("mentor"));
      out.set("mentee", pair.get("mentee"));
      out.setAll((ObjectNode) pair.get("explanation"));
      DocumentSerializer.copy(PLAIN.writeValueAsString(out), g);
    }
  }

  static final class Deserializer extends StdDeserializer<Explanation> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Explanation.class);
    }

    @Override
    public Explanation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = PLAIN.readTree(DocumentDeserializer.text(p));
      if (!(node instanceof ObjectNode o)) {
        throw JsonMappingException.from(p, "Cannot read an Explanation: expected an object, found " + node.getNodeType());
      }
      // as the explanation of a pair whose score is its total
      ObjectNode pair = PLAIN.createObjectNode();
      for (String id : new String[] {"mentor", "mentee"}) {
        if (o.has(id)) {
          pair.set(id, o.get(id));
        }
      }
      JsonNode total = o.get("total");
      pair.set("score", total != null && total.isNumber() && total.asDouble() >= 0 && total.asDouble() <= 1
          ? total : PLAIN.getNodeFactory().numberNode(0));
      ObjectNode explanation = o.deepCopy();
      explanation.remove("mentor");
      explanation.remove("mentee");
      pair.set("explanation", explanation);
      try {
        return MatchesJson.pairFromJson(PLAIN.writeValueAsString(pair), "Explanation").explanation();
      } catch (InvalidInputException e) {
        throw JsonMappingException.from(p, "Cannot read an Explanation: " + e.getMessage(), e);
      }
    }
  }
}
