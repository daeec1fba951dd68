package dev.reverso.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table puts our time beside each peer's, computes peer ÷ ours, and judges each DESIGN §6 target. */
class ResultsTableTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String result(String method, String params, double score, String unit, String extra) {
    return String.format(Locale.ROOT, "{\"benchmark\":\"dev.reverso.benchmarks.%s\",\"mode\":\"avgt\",\"forks\":1,"
        + "\"measurementIterations\":2,\"jvmArgs\":[\"-Xms1g\",\"-Xmx1g\"],\"jdkVersion\":\"17.0.15\","
        + "\"vmName\":\"OpenJDK 64-Bit Server VM\",\"vmVersion\":\"17.0.15+6\",\"params\":{%s},"
        + "\"primaryMetric\":{\"score\":%s,\"scoreError\":1.0,\"scoreUnit\":\"%s\"},\"secondaryMetrics\":{%s}}",
        method, params, score, unit, extra);
  }

  private static ResultsTable table(String scipy, String... results) throws Exception {
    JsonNode array = JSON.readTree("[" + String.join(",", results) + "]");
    List<JmhResult> list = new ArrayList<>();
    array.forEach(n -> list.add(JmhResult.of(n)));
    Map<String, String> run = new LinkedHashMap<>();
    run.put("date", "2026-11-27 18:50 UTC");
    run.put("cpu", "Test CPU");
    run.put("cores", "2");
    run.put("load-start", "1.20 1.00 0.90");
    return new ResultsTable(list, scipy == null ? null : JSON.readTree(scipy), run);
  }

  @Test
  void assignmentRowsCarryEveryPeerAndTheRatios() throws Exception {
    String md = table("{\"scipy_version\":\"1.10.1\",\"numpy_version\":\"1.24\",\"python_version\":\"3.11\",\"seed\":9,"
            + "\"results\":[{\"shape\":\"UNIFORM\",\"n\":1000,\"median_ms\":60.0,\"best_ms\":55.0,\"runs\":5,\"warmup\":1}]}",
        result("AssignmentBenchmark.assign", "\"n\":\"1000\",\"shape\":\"UNIFORM\",\"solver\":\"REVERSO\"", 50, "ms/op", ""),
        result("AssignmentBenchmark.assign", "\"n\":\"1000\",\"shape\":\"UNIFORM\",\"solver\":\"ORTOOLS_WITH_ARCS\"", 200,
            "ms/op", ""),
        result("AssignmentBenchmark.jgraphtKuhnMunkres", "\"n\":\"1000\",\"shape\":\"UNIFORM\"", 30, "s/op", ""))
        .markdown();
    assertThat(md).contains("| uniform | 1000 | 50.0 ms | 60.0 ms (55.0 ms) | 200.0 ms | — | 30.00 s | 1.20× | 4.00× | — | 600× |");
    assertThat(md).contains("| LinearAssignment uniform n = 1000: no slower than scipy | 50.0 ms vs scipy 60.0 ms: ratio 1.20× | met |");
    assertThat(md).contains("≥ 3× faster than OR-tools (arcs included) | 50.0 ms vs OR-tools 200.0 ms: ratio 4.00× | met |");
    assertThat(md).contains("≥ 100× faster than JGraphT | 50.0 ms vs JGraphT 30.00 s: ratio 600× | met |");
    assertThat(md).contains("| CPU | Test CPU |").contains("| JVM | OpenJDK 64-Bit Server VM 17.0.15 (17.0.15+6) |");
    assertThat(md).contains("scipy 1.10.1, numpy 1.24, Python 3.11; median of 5 timed calls after 1 warm-up calls");
    assertThat(md).contains("| load start | 1.20 1.00 0.90 |");
  }

  @Test
  void aMissedTargetIsSaidPlainlyAndAMissingOneIsNotGuessed() throws Exception {
    String md = table(null,
        result("EndToEndBenchmark.match", "\"n\":\"5000\",\"strategy\":\"optimal\"", 3.5, "s/op",
            "\"\u00b7heap.max\":{\"score\":1024.0,\"scoreUnit\":\"MiB\"},"
                + "\"\u00b7heap.usedAfterGc\":{\"score\":700.0,\"scoreUnit\":\"MiB\"}"),
        result("ScoringBenchmark.scoreAllCores", "", 3.0e7, "ops/s", ""))
        .markdown();
    assertThat(md).contains("| end-to-end Matcher optimal 5 000 × 5 000: ≤ 3 s, heap ≤ 1 GiB | 3.50 s ± 1.00 s "
        + "(-Xmx1g, max heap after a GC: 700 MiB) | **NOT met** |");
    assertThat(md).contains("| scoring, default model: ≥ 25 M pairs/s | 30.0 M pairs/s (score pair by pair, all cores; one thread: ?) | met |");
    assertThat(md).contains("| stable 5 000 × 5 000: ≤ 2 s | not measured in this run | — |");
    assertThat(md).contains("| scipy | not run |");
  }

  @Test
  void heapAboveTheLimitFailsTheTarget() throws Exception {
    String md = table(null, result("EndToEndBenchmark.match", "\"n\":\"5000\",\"strategy\":\"optimal\"", 2.0, "s/op",
        "\"\u00b7heap.max\":{\"score\":2048.0,\"scoreUnit\":\"MiB\"}"))
        .markdown();
    assertThat(md).contains("heap ≤ 1 GiB | 2.00 s").contains("| **NOT met** |");
  }

  @Test
  void formatsAreLocaleIndependent() {
    assertThat(ResultsTable.ms(1234.5)).isEqualTo("1.23 s");
    assertThat(ResultsTable.ms(5.678)).isEqualTo("5.68 ms");
    assertThat(ResultsTable.ratio(123.4)).isEqualTo("123×");
    assertThat(ResultsTable.ratio(0.5)).isEqualTo("0.50×");
  }
}
