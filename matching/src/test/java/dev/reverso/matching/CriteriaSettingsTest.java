package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import dev.reverso.matching.spi.Beneficiary;
import dev.reverso.matching.spi.Criterion;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import dev.reverso.matching.score.Criteria;

class CriteriaSettingsTest {

  @Test
  void configuredBuiltInsExposeTheSettingsTheirFactoriesTake() {
    assertThat(Criteria.settings(Criteria.seniorityDistance(2, 6)))
        .contains(ImmutableMap.of("low", 2, "high", 6));
    assertThat(Criteria.settings(Criteria.crossBoundary(0.5, 0.25, 0.25)))
        .contains(ImmutableMap.of("department", 0.5, "division", 0.25, "location", 0.25));
    assertThat(Criteria.settings(Criteria.timeZoneOverlap(LocalDate.of(2026, 7, 1), LocalTime.of(8, 30),
        LocalTime.of(16, 0)))).contains(ImmutableMap.of("referenceDate", LocalDate.of(2026, 7, 1),
            "start", LocalTime.of(8, 30), "end", LocalTime.of(16, 0)));
  }

  @Test
  void defaultsAreReportedAndBuiltInsWithoutSettingsGiveAnEmptyMap() {
    assertThat(Criteria.settings(Criteria.SENIORITY)).contains(ImmutableMap.of("low", 3, "high", 8));
    assertThat(Criteria.settings(Criteria.TIME_ZONE).orElseThrow().get("referenceDate"))
        .isEqualTo(LocalDate.of(2026, 1, 15));
    for (Criterion c : new Criterion[] {Criteria.FORWARD_COVERAGE, Criteria.REVERSE_COVERAGE, Criteria.VALUES,
        Criteria.AVAILABILITY}) {
      assertThat(Criteria.settings(c)).contains(ImmutableMap.of());
    }
  }

  @Test
  void aUserCriterionHasNoBuiltInSettingsEvenUnderABuiltInId() {
    Criterion impostor = Criterion.of(Criteria.SENIORITY_DISTANCE_ID, Beneficiary.BOTH, (a, b) -> 1);
    assertThat(Criteria.settings(impostor)).isEmpty();
  }
}
