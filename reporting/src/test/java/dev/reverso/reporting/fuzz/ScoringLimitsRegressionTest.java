package dev.reverso.reporting.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.InvalidInputException;
import dev.reverso.reporting.scoring.ScoringModelFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Found while checking the fuzz suite's 50 MB case: a scoring file whose {@code criteria} held millions of
 * bad entries ({@code [1,1,1,...]}, 10 MB) exhausted a 256 MB heap, and 50 MB would exhaust the 2 GB one
 * (an entry and a problem each). The reader now stops after 1 000 criteria or settings.
 */
class ScoringLimitsRegressionTest {
  private static InvalidInputException failure(String json) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ScoringModelFiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "scoring.json"));
    assertThat(e).as("an InvalidInputException").isNotNull();
    return e;
  }

  @Test
  void fiftyMegabytesOfCriteriaStopAtTheCriteriaLimit() {
    String head = "{\"format\":\"reverso/scoring@1\",\"criteria\":[1";
    StringBuilder json = new StringBuilder(50 * 1024 * 1024 + 64).append(head);
    while (json.length() < 50 * 1024 * 1024) {
      json.append(",1");
    }
    String text = json.append("]}").toString();
    // as a stream (a file), the size limit refuses it before any parsing
    assertThat(failure(text).errors()).singleElement().satisfies(p -> assertThat(p.message())
        .isEqualTo("expected at most " + ScoringModelFiles.MAX_FILE_BYTES + " bytes, found more"));
    // already in memory, the criteria limit stops it
    InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
        () -> ScoringModelFiles.fromJson(text, "scoring.json"));
    assertThat(e.errors()).hasSize(1_001);
    assertThat(e.errors().get(1_000).location()).isEqualTo("scoring.json:1:" + (head.length() + 2 * 1_000) + " (criteria[1000])");
    assertThat(e.errors().get(1_000).message()).isEqualTo("expected at most 1000 criteria, found more");
  }

  @Test
  void aCriterionOfManySettingsStopsAtTheSettingsLimit() {
    StringBuilder settings = new StringBuilder("{\"s0\":1");
    for (int i = 1; i < 100_000; i++) {
      settings.append(",\"s").append(i).append("\":1");
    }
    String json = "{\"format\":\"reverso/scoring@1\",\"criteria\":[{\"id\":\"cross-boundary\",\"weight\":1,\"settings\":"
        + settings + "}}]}";
    InvalidInputException e = failure(json);
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).startsWith("scoring.json:1:").endsWith("(criteria[0].settings)");
      assertThat(p.message()).isEqualTo("expected at most 1000 settings, found more");
    });
  }
}
