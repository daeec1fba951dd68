package dev.reverso.reporting.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.Criterion;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every model of built-in criteria survives writing and reading exactly, and the text is stable. */
class ScoringModelFilesProperties {

  @Property
  void roundTripIsExactAndWritingIsStable(@ForAll("models") ScoringModel model) {
    String text = ScoringModelFiles.toJson(model);
    ScoringModel read = ScoringModelFiles.fromJson(text, "scoring.json");
    assertThat(read).isEqualTo(model);
    assertThat(read.criteria()).containsExactlyElementsOf(model.criteria());
    assertThat(ScoringModelFiles.toJson(read)).isEqualTo(text);
  }

  @Provide
  Arbitrary<ScoringModel> models() {
    Arbitrary<Double> weight = Arbitraries.oneOf(
        Arbitraries.of(0.0, 0.05, 0.1, 1.0 / 3, 1e-9, 2.5e7, Double.MIN_VALUE, 1e300),
        Arbitraries.doubles().between(0, 1),
        Arbitraries.doubles().between(0, 1e6));
    Arbitrary<List<Criterion>> criteria = criterion().list().ofMinSize(1).ofMaxSize(7)
        .uniqueElements(Criterion::id);
    return Combinators.combine(criteria, weight.list().ofSize(7)).as((cs, ws) -> {
      ScoringModel.Builder b = ScoringModel.builder();
      List<Double> weights = new ArrayList<>(ws.subList(0, cs.size()));
      if (weights.stream().allMatch(w -> w == 0)) {
        weights.set(0, 0.5);
      }
      for (int k = 0; k < cs.size(); k++) {
        b.add(cs.get(k), weights.get(k));
      }
      return b.build();
    });
  }

  private static Arbitrary<Criterion> criterion() {
    Arbitrary<Criterion> seniority = Combinators.combine(Arbitraries.integers().between(1, 20),
        Arbitraries.integers().between(0, 20)).as((low, extra) -> Criteria.seniorityDistance(low, low + extra));
    Arbitrary<Double> share = Arbitraries.oneOf(Arbitraries.doubles().between(0, 10), Arbitraries.of(0.1, 0.3, 1.0));
    Arbitrary<Criterion> boundary = Combinators.combine(share, share, share).as((a, b, c) ->
        a + b + c == 0 ? Criteria.BOUNDARY : Criteria.crossBoundary(a, b, c));
    Arbitrary<Criterion> timeZone = Combinators.combine(
        Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d)),
        Arbitraries.integers().between(0, 86_398),
        Arbitraries.integers().between(1, 86_399))
        .as((date, start, length) -> Criteria.timeZoneOverlap(date, LocalTime.ofSecondOfDay(start),
            LocalTime.ofSecondOfDay(Math.min(86_399, start + length))));
    return Arbitraries.oneOf(Arbitraries.of(Criteria.builtIns()), seniority, boundary, timeZone);
  }
}
