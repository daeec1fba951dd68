package dev.reverso.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reverso.matching.result.MatchResult;

/**
 * A Spring controller returns a {@code MatchResult} as it is: the {@code reverso-jackson} module, found like any
 * Jackson module, writes it in the {@code matches.json} shape and reads it back.
 */
public final class JacksonRoundTrip {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  public static String toJson(MatchResult result) throws JsonProcessingException {
    return MAPPER.writeValueAsString(result);
  }

  public static MatchResult fromJson(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, MatchResult.class);
  }

  private JacksonRoundTrip() {}
}
