package dev.reverso.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import java.io.IOException;

/**
 * The two small id types: a {@link ParticipantId} is its HR id string; a {@link MentoringPair} is
 * {@code {"mentor": id, "mentee": id}}, the fields journal events and {@code matches.json} pairs use.
 */
final class IdJson {
  private IdJson() {}

  static final class IdSerializer extends StdSerializer<ParticipantId> {
    private static final long serialVersionUID = 1L;

    IdSerializer() {
      super(ParticipantId.class);
    }

    @Override
    public void serialize(ParticipantId id, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeString(id.value());
    }
  }

  static final class IdDeserializer extends StdDeserializer<ParticipantId> {
    private static final long serialVersionUID = 1L;

    IdDeserializer() {
      super(ParticipantId.class);
    }

    @Override
    public ParticipantId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return id(p, "ParticipantId");
    }
  }

  static final class PairSerializer extends StdSerializer<MentoringPair> {
    private static final long serialVersionUID = 1L;

    PairSerializer() {
      super(MentoringPair.class);
    }

    @Override
    public void serialize(MentoringPair pair, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("mentor", pair.mentorId().value());
      g.writeStringField("mentee", pair.menteeId().value());
      g.writeEndObject();
    }
  }

  static final class PairDeserializer extends StdDeserializer<MentoringPair> {
    private static final long serialVersionUID = 1L;

    PairDeserializer() {
      super(MentoringPair.class);
    }

    @Override
    public MentoringPair deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        t = p.nextToken();
      }
      ParticipantId mentor = null;
      ParticipantId mentee = null;
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("mentor") && mentor == null) {
          mentor = id(p, "MentoringPair.mentor");
        } else if (name.equals("mentee") && mentee == null) {
          mentee = id(p, "MentoringPair.mentee");
        } else {
          throw JsonMappingException.from(p, "Cannot read a MentoringPair: expected the fields mentor and mentee "
              + "once each, found " + (name.length() > 40 ? name.substring(0, 40) + "…" : name));
        }
      }
      if (t != JsonToken.END_OBJECT || mentor == null || mentee == null) {
        throw JsonMappingException.from(p, "Cannot read a MentoringPair: expected {\"mentor\": id, \"mentee\": id}");
      }
      return new MentoringPair(mentor, mentee);
    }
  }

  private static ParticipantId id(JsonParser p, String what) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw JsonMappingException.from(p, "Cannot read a " + what + ": expected an HR id string, found " + p.currentToken());
    }
    String s = p.getText();
    String problem = ParticipantId.check(s);
    if (problem != null) {
      throw JsonMappingException.from(p, "Cannot read a " + what + ": expected an HR id: " + problem);
    }
    return ParticipantId.of(s);
  }
}
