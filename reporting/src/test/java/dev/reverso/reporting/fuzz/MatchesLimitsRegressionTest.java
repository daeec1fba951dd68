package dev.reverso.reporting.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.InvalidInputException;
import dev.reverso.reporting.match.MatchesJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Found while checking the fuzz suite's 50 MB case: a 50 MB {@code matches.json} of {@code [1,1,1,...]}
 * exhausted a 2 GB heap after 40 s ({@link OutOfMemoryError}): every value became a tree node and every bad
 * pair a problem. The reader now refuses documents of more than 5 000 000 values at once and lists at most
 * 1 000 errors.
 */
class MatchesLimitsRegressionTest {
  private static final String HEAD =
      "{\"format\":\"reverso/matches@1\",\"strategy\":\"optimal\",\"solverPath\":\"test\",\"pairs\":[";
  /** The values before the first pair: the object, format, strategy, solverPath and the pairs array. */
  private static final int VALUES_BEFORE_PAIRS = 5;

  private static InvalidInputException failure(byte[] bytes) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> MatchesJson.read(new ByteArrayInputStream(bytes), "matches.json"));
    assertThat(e).as("an InvalidInputException").isNotNull();
    return e;
  }

  @Test
  void fiftyMegabytesOfValuesStopAtTheValueLimit() {
    StringBuilder json = new StringBuilder(50 * 1024 * 1024 + 64).append(HEAD).append('1');
    while (json.length() < 50 * 1024 * 1024) {
      json.append(",1");
    }
    byte[] bytes = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    json = null;
    assertThat(failure(bytes).errors()).singleElement().satisfies(p -> {
      // the value past the limit is pair number 5 000 001 - 5 (1-based), each pair taking two characters
      int pair = 5_000_001 - VALUES_BEFORE_PAIRS;
      assertThat(p.location()).isEqualTo("matches.json:1:" + (HEAD.length() + 2 * (pair - 1) + 1)
          + " (pairs[" + (pair - 1) + "])");
      assertThat(p.message()).startsWith("expected at most 5000000 JSON values");
    });
  }

  /** Issue 12 item 8: a wrong matches.json lists its first MAX_ERRORS errors, located, and counts the rest. */
  @Test
  void atMostAHundredErrorsAreListedAndTheRestCounted() {
    byte[] bytes = (HEAD + "1" + ",1".repeat(2_999) + "],\"unmatched\":[]}").getBytes(StandardCharsets.UTF_8);
    InvalidInputException e = failure(bytes);
    assertThat(MatchesJson.MAX_ERRORS).isEqualTo(100);
    assertThat(e.errors()).hasSize(101);
    assertThat(e.errors().get(0).message()).startsWith("pairs[0]: expected");
    assertThat(e.errors().get(99).location()).startsWith("matches.json:1:");
    assertThat(e.errors().get(100).location()).isEqualTo("matches.json:1:" + (HEAD.length() + 2 * 100 + 1));
    assertThat(e.errors().get(100).message()).isEqualTo("and 2900 more errors (the first 100 are listed); fix those"
        + " listed first");
  }
}
