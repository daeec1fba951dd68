package dev.reverso.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Helpers shared by the I/O tests. */
final class IoTestSupport {
  private IoTestSupport() {}

  static InvalidInputException failure(ThrowingCallable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
    assertThat(e).as("expected an InvalidInputException").isNotNull();
    return e;
  }

  static InvalidInputException csvFailure(String text) {
    return failure(() -> ParticipantsCsv.read(new StringReader(text), "participants.csv"));
  }

  static InvalidInputException jsonFailure(String text) {
    return failure(() -> ProgramJson.read(new StringReader(text), "program.json"));
  }

  /** The errors as "location: message" lines, for readable assertions. */
  static List<String> errors(InvalidInputException e) {
    return e.errors().stream().map(p -> p.location() + ": " + p.message()).toList();
  }

  static List<String> locations(List<Problem> problems) {
    return problems.stream().map(Problem::location).toList();
  }

  static Problem singleError(InvalidInputException e) {
    assertThat(e.errors()).as("errors: %s", e.problems()).hasSize(1);
    return e.errors().get(0);
  }

  static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static String resource(String name) {
    try (InputStream in = IoTestSupport.class.getResourceAsStream("/io/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
