package dev.reverso.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One JMH result row, as read from JMH's JSON output ({@code -rf json}). */
final class JmhResult {
  /** {@code Class.method}, without the package. */
  final String benchmark;
  final String mode;
  final Map<String, String> params;
  final double score;
  final double error;
  final String unit;
  final Map<String, Double> secondary;
  final Map<String, String> secondaryUnits;
  final List<String> jvmArgs;
  final String jvm;
  final int forks;
  final int measurementIterations;

  private JmhResult(String benchmark, String mode, Map<String, String> params, double score, double error, String unit,
      Map<String, Double> secondary, Map<String, String> secondaryUnits, List<String> jvmArgs, String jvm, int forks,
      int measurementIterations) {
    this.benchmark = benchmark;
    this.mode = mode;
    this.params = params;
    this.score = score;
    this.error = error;
    this.unit = unit;
    this.secondary = secondary;
    this.secondaryUnits = secondaryUnits;
    this.jvmArgs = jvmArgs;
    this.jvm = jvm;
    this.forks = forks;
    this.measurementIterations = measurementIterations;
  }

  static JmhResult of(JsonNode node) {
    String full = node.path("benchmark").asText();
    String[] parts = full.split("\\.");
    String name = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : full;
    Map<String, String> params = new TreeMap<>();
    node.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
    JsonNode primary = node.path("primaryMetric");
    Map<String, Double> secondary = new TreeMap<>();
    Map<String, String> secondaryUnits = new TreeMap<>();
    node.path("secondaryMetrics").fields().forEachRemaining(e -> {
      // JMH prefixes profiler metrics with a middle dot.
      String key = e.getKey().startsWith("\u00b7") ? e.getKey().substring(1) : e.getKey();
      secondary.put(key, e.getValue().path("score").asDouble(Double.NaN));
      secondaryUnits.put(key, e.getValue().path("scoreUnit").asText());
    });
    List<String> jvmArgs = new ArrayList<>();
    node.path("jvmArgs").forEach(a -> jvmArgs.add(a.asText()));
    String jvm = node.path("vmName").asText("") + " " + node.path("jdkVersion").asText("") + " ("
        + node.path("vmVersion").asText("") + ")";
    double error = primary.path("scoreError").asDouble(Double.NaN);
    return new JmhResult(name, node.path("mode").asText(), Collections.unmodifiableMap(params),
        primary.path("score").asDouble(Double.NaN), error, primary.path("scoreUnit").asText(),
        Collections.unmodifiableMap(secondary), Collections.unmodifiableMap(secondaryUnits),
        Collections.unmodifiableList(jvmArgs), jvm.trim(), node.path("forks").asInt(),
        node.path("measurementIterations").asInt());
  }

  /** Whether every given parameter has the given value. */
  boolean matches(String benchmark, Map<String, String> wanted) {
    if (!this.benchmark.equals(benchmark)) {
      return false;
    }
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      if (!e.getValue().equals(params.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** The primary score in milliseconds per operation, if it is a time per operation. */
  Optional<Double> millis() {
    return toMillis(score);
  }

  /** The error in milliseconds per operation, if it is a time per operation. */
  Optional<Double> errorMillis() {
    return toMillis(error);
  }

  private Optional<Double> toMillis(double value) {
    switch (unit) {
      case "s/op":
        return Optional.of(value * 1e3);
      case "ms/op":
        return Optional.of(value);
      case "us/op":
        return Optional.of(value / 1e3);
      case "ns/op":
        return Optional.of(value / 1e6);
      default:
        return Optional.empty();
    }
  }

  /** The {@code -Xmx} the fork ran with, if any. */
  Optional<String> maxHeapFlag() {
    String found = null;
    for (String a : jvmArgs) {
      if (a.startsWith("-Xmx")) {
        found = a;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Parameters as {@code a=1, b=2}. */
  String paramText() {
    StringBuilder b = new StringBuilder();
    params.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return b.toString();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s(%s) = %g %s", benchmark, paramText(), score, unit);
  }
}
