package dev.reverso.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code latest.md}: the JMH results of a run ({@code jmh-*.json} in the results directory) and
 * scipy's timings ({@code scipy.json}, from {@code benchmarks/peers/scipy_lsa.py}) side by side — our
 * time, each peer's time and the ratio peer ÷ ours (above 1: we are faster) — the DESIGN §6 targets with
 * met / not met, and the machine (CPU model from {@code /proc/cpuinfo}, cores, JVM, date, load).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.reverso.benchmarks.report.ResultsTable
 * RESULTS_DIR [--out FILE] [--mode quick|full] [--load-start "1.0 0.9 0.8"] [--load-end "..."]
 * [--command "..."] [--note "..."]}; {@code --out} defaults to {@code RESULTS_DIR/latest.md}. Standard output is not
 * used except for the path written.
 */
public final class ResultsTable {
  private final List<JmhResult> results;
  private final JsonNode scipy;
  private final Map<String, String> run;

  ResultsTable(List<JmhResult> results, JsonNode scipy, Map<String, String> run) {
    this.results = results;
    this.scipy = scipy;
    this.run = run;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ResultsTable RESULTS_DIR [--out FILE] [--mode quick|full] [--load-start L]"
          + " [--load-end L] [--command C]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Path out = dir.resolve("latest.md");
    Map<String, String> run = new LinkedHashMap<>();
    for (int k = 1; k < args.length; k += 2) {
      if (k + 1 >= args.length) {
        System.err.println("missing value for " + args[k]);
        System.exit(2);
      }
      if (args[k].equals("--out")) {
        out = Path.of(args[k + 1]);
      } else if (args[k].startsWith("--")) {
        run.put(args[k].substring(2), args[k + 1]);
      } else {
        System.err.println("unknown argument " + args[k]);
        System.exit(2);
      }
    }
    ObjectMapper json = new ObjectMapper();
    List<JmhResult> results = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "jmh-*.json")) {
      s.forEach(files::add);
    }
    files.sort(null);
    for (Path f : files) {
      json.readTree(f.toFile()).forEach(n -> results.add(JmhResult.of(n)));
    }
    Path scipyFile = dir.resolve("scipy.json");
    JsonNode scipy = Files.exists(scipyFile) ? json.readTree(scipyFile.toFile()) : null;
    run.putIfAbsent("cpu", cpuModel());
    run.putIfAbsent("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    run.putIfAbsent("date", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
        Locale.ROOT)));
    Files.writeString(out, new ResultsTable(results, scipy, run).markdown(), StandardCharsets.UTF_8);
    System.out.println(out);
  }

  static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or unreadable: say so below.
    }
    return "unknown (no /proc/cpuinfo)";
  }

  // ---------------------------------------------------------------------------------------------------
  // Lookups

  private Optional<JmhResult> find(String benchmark, String... keyValues) {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (int k = 0; k + 1 < keyValues.length; k += 2) {
      wanted.put(keyValues[k], keyValues[k + 1]);
    }
    return results.stream().filter(r -> r.matches(benchmark, wanted)).findFirst();
  }

  private Optional<Double> millis(String benchmark, String... keyValues) {
    return find(benchmark, keyValues).flatMap(JmhResult::millis);
  }

  private Optional<Double> scipyMedian(String shape, int n) {
    if (scipy == null || !scipy.has("results")) {
      return Optional.empty();
    }
    for (JsonNode r : scipy.get("results")) {
      if (r.path("shape").asText().equals(shape) && r.path("n").asInt() == n) {
        return Optional.of(r.path("median_ms").asDouble());
      }
    }
    return Optional.empty();
  }

  private Optional<Double> scipyBest(String shape, int n) {
    if (scipy == null || !scipy.has("results")) {
      return Optional.empty();
    }
    for (JsonNode r : scipy.get("results")) {
      if (r.path("shape").asText().equals(shape) && r.path("n").asInt() == n) {
        return Optional.of(r.path("best_ms").asDouble());
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------------------------------------------
  // Rendering

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results\n\n");
    md.append("Written by `dev.reverso.benchmarks.report.ResultsTable` from the JMH JSON (`jmh-*.json`) and ")
        .append("`scipy.json` beside this file. Ratios are peer time ÷ our time: above 1, we are faster.\n\n");
    machine(md);
    targets(md);
    assignment(md);
    capacity(md);
    scoring(md);
    large(md);
    all(md);
    return md.toString();
  }

  private void machine(StringBuilder md) {
    md.append("## Machine and run\n\n| | |\n|---|---|\n");
    row(md, "date", run.get("date"));
    row(md, "CPU", run.get("cpu"));
    row(md, "cores", run.get("cores"));
    row(md, "JVM", results.isEmpty() ? "no JMH results" : results.get(0).jvm);
    if (scipy != null) {
      row(md, "scipy", scipy.has("skipped") ? "skipped: " + scipy.get("skipped").asText()
          : "scipy " + scipy.path("scipy_version").asText() + ", numpy " + scipy.path("numpy_version").asText()
              + ", Python " + scipy.path("python_version").asText() + "; median of "
              + firstScipy("runs") + " timed calls after " + firstScipy("warmup") + " warm-up calls");
    } else {
      row(md, "scipy", "not run");
    }
    for (String key : List.of("mode", "load-start", "load-end", "command", "note")) {
      if (run.containsKey(key)) {
        row(md, key.replace('-', ' '), key.equals("command") ? "`" + run.get(key) + "`" : run.get(key));
      }
    }
    md.append('\n');
  }

  private String firstScipy(String field) {
    JsonNode r = scipy.path("results");
    return r.size() == 0 ? "?" : r.get(0).path(field).asText();
  }

  private static void row(StringBuilder md, String key, String value) {
    md.append("| ").append(key).append(" | ").append(value == null ? "" : value).append(" |\n");
  }

  private void targets(StringBuilder md) {
    md.append("## DESIGN §6 targets\n\n| target | measured | verdict |\n|---|---|---|\n");
    // The library scores row by row (scoreRow) wherever it scores in bulk; pair by pair is the fallback.
    boolean rows = find("ScoringBenchmark.scoreRowsAllCores").isPresent();
    Optional<JmhResult> scoring = find(rows ? "ScoringBenchmark.scoreRowsAllCores" : "ScoringBenchmark.scoreAllCores");
    Optional<JmhResult> single = find(rows ? "ScoringBenchmark.scoreRowsOneThread" : "ScoringBenchmark.scoreOneThread");
    target(md, "scoring, default model: ≥ 25 M pairs/s",
        scoring.map(r -> fmt("%.1f M pairs/s (%s, all cores; one thread: %s)", r.score / 1e6,
            rows ? "scoreRow" : "score pair by pair", single.map(t -> fmt("%.1f M", t.score / 1e6)).orElse("?"))),
        scoring.map(r -> r.score >= 25e6));
    for (int n : new int[] {1000, 2000}) {
      Optional<Double> ours = millis("AssignmentBenchmark.assign", "shape", "UNIFORM", "n", "" + n, "solver", "REVERSO");
      Optional<Double> sp = scipyMedian("UNIFORM", n);
      target(md, "LinearAssignment uniform n = " + n + ": no slower than scipy",
          both(ours, sp).map(p -> fmt("%s vs scipy %s: ratio %s", ms(p[0]), ms(p[1]), ratio(p[1] / p[0]))),
          both(ours, sp).map(p -> p[0] <= p[1]));
      Optional<Double> or = millis("AssignmentBenchmark.assign", "shape", "UNIFORM", "n", "" + n, "solver",
          "ORTOOLS_WITH_ARCS");
      target(md, "LinearAssignment uniform n = " + n + ": ≥ 3× faster than OR-tools (arcs included)",
          both(ours, or).map(p -> fmt("%s vs OR-tools %s: ratio %s", ms(p[0]), ms(p[1]), ratio(p[1] / p[0]))),
          both(ours, or).map(p -> p[1] / p[0] >= 3));
      Optional<Double> jg = millis("AssignmentBenchmark.jgraphtKuhnMunkres", "shape", "UNIFORM", "n", "" + n);
      target(md, "LinearAssignment uniform n = " + n + ": ≥ 100× faster than JGraphT",
          n > 1000 && jg.isEmpty() ? Optional.of("JGraphT not run above n = 1000 (O(n³), minutes)")
              : both(ours, jg).map(p -> fmt("%s vs JGraphT %s: ratio %s", ms(p[0]), ms(p[1]), ratio(p[1] / p[0]))),
          both(ours, jg).map(p -> p[1] / p[0] >= 100));
    }
    Optional<JmhResult> optimal = find("EndToEndBenchmark.match", "strategy", "optimal", "n", "5000");
    target(md, "end-to-end Matcher optimal 5 000 × 5 000: ≤ 3 s, heap ≤ 1 GiB",
        optimal.map(r -> timeWithHeap(r)), optimal.flatMap(r -> r.millis().map(t -> t <= 3000 && heapAtMost(r, 1024))));
    Optional<JmhResult> sparse = find("SparseBenchmark.matcherOptimal", "n", "20000");
    if (sparse.isEmpty()) {
      sparse = find("SparseBenchmark.candidatesThenAssignment", "n", "20000");
    }
    String sparseName = sparse.map(r -> r.benchmark.endsWith("matcherOptimal") ? "Matcher optimal on the sparse path"
        : "candidate lists + SparseAssignment").orElse("");
    target(md, "sparse end-to-end 20 000 × 20 000: ≤ 30 s, heap ≤ 2 GiB",
        sparse.map(r -> sparseName + ": " + timeWithHeap(r)),
        sparse.flatMap(r -> r.millis().map(t -> t <= 30_000 && heapAtMost(r, 2048))));
    Optional<JmhResult> stable = find("EndToEndBenchmark.match", "strategy", "stable", "n", "5000");
    Optional<JmhResult> da = find("StableBenchmark.deferredAcceptance", "n", "5000");
    target(md, "stable 5 000 × 5 000: ≤ 2 s",
        stable.isPresent() || da.isPresent()
            ? Optional.of(stable.map(r -> "Matcher stable: " + timeWithHeap(r)).orElse("Matcher stable: not run")
                + da.map(r -> "; DeferredAcceptance alone: " + ms(r.millis().orElse(Double.NaN))).orElse(""))
            : Optional.empty(),
        stable.isPresent() ? stable.flatMap(r -> r.millis().map(t -> t <= 2000))
            : da.flatMap(r -> r.millis().map(t -> t <= 2000)));
    md.append('\n');
  }

  private static void target(StringBuilder md, String what, Optional<String> measured, Optional<Boolean> met) {
    md.append("| ").append(what).append(" | ").append(measured.orElse("not measured in this run")).append(" | ")
        .append(met.map(m -> m ? "met" : "**NOT met**").orElse("—")).append(" |\n");
  }

  private static boolean heapAtMost(JmhResult r, int mib) {
    Double max = r.secondary.get("heap.max");
    if (max != null) {
      return max <= mib + 0.5;
    }
    return r.maxHeapFlag().map(f -> parseMib(f.substring(4)) <= mib).orElse(false);
  }

  private static double parseMib(String size) {
    String s = size.toLowerCase(Locale.ROOT);
    double v = Double.parseDouble(s.replaceAll("[kmgt]$", ""));
    switch (s.charAt(s.length() - 1)) {
      case 'k':
        return v / 1024;
      case 'm':
        return v;
      case 'g':
        return v * 1024;
      case 't':
        return v * 1024 * 1024;
      default:
        return v / (1024 * 1024);
    }
  }

  private static String timeWithHeap(JmhResult r) {
    StringBuilder b = new StringBuilder(r.millis().map(ResultsTable::ms).orElse(fmt("%g %s", r.score, r.unit)));
    r.errorMillis().filter(e -> !e.isNaN()).ifPresent(e -> b.append(" ± ").append(ms(e)));
    List<String> heap = new ArrayList<>();
    r.maxHeapFlag().ifPresent(heap::add);
    Double used = r.secondary.get("heap.usedAfterGc");
    if (used != null) {
      heap.add(fmt("max heap after a GC: %.0f MiB", used));
    }
    if (!heap.isEmpty()) {
      b.append(" (").append(String.join(", ", heap)).append(')');
    }
    return b.toString();
  }

  private void assignment(StringBuilder md) {
    md.append("## Dense assignment (`AssignmentBenchmark`, `scipy_lsa.py`)\n\n")
        .append("Square n × n, unit capacities, same matrices for all (seed ").append(seed()).append("). ")
        .append("OR-tools on integer costs (scores × 10⁶, rounded); JGraphT only up to n = 1000. ")
        .append("scipy: median (best) of repeated calls in one Python process.\n\n")
        .append("| shape | n | reverso | scipy | OR-tools (arcs incl.) | OR-tools (solve only) | JGraphT | ")
        .append("scipy ÷ ours | OR-tools incl. ÷ ours | OR-tools solve ÷ ours | JGraphT ÷ ours |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String shape : List.of("UNIFORM", "MENTORING")) {
      for (int n : sizes("AssignmentBenchmark.assign")) {
        Optional<Double> ours = millis("AssignmentBenchmark.assign", "shape", shape, "n", "" + n, "solver", "REVERSO");
        Optional<Double> sp = scipyMedian(shape, n);
        Optional<Double> orIn = millis("AssignmentBenchmark.assign", "shape", shape, "n", "" + n, "solver",
            "ORTOOLS_WITH_ARCS");
        Optional<Double> orSolve = millis("AssignmentBenchmark.assign", "shape", shape, "n", "" + n, "solver",
            "ORTOOLS_SOLVE_ONLY");
        Optional<Double> jg = millis("AssignmentBenchmark.jgraphtKuhnMunkres", "shape", shape, "n", "" + n);
        md.append("| ").append(shape.toLowerCase(Locale.ROOT)).append(" | ").append(n).append(" | ")
            .append(ours.map(ResultsTable::ms).orElse("—")).append(" | ")
            .append(sp.map(m -> ms(m) + " (" + scipyBest(shape, n).map(ResultsTable::ms).orElse("?") + ")").orElse("—"))
            .append(" | ").append(orIn.map(ResultsTable::ms).orElse("—"))
            .append(" | ").append(orSolve.map(ResultsTable::ms).orElse("—"))
            .append(" | ").append(jg.map(ResultsTable::ms).orElse("—"))
            .append(" | ").append(ratioOf(sp, ours))
            .append(" | ").append(ratioOf(orIn, ours))
            .append(" | ").append(ratioOf(orSolve, ours))
            .append(" | ").append(ratioOf(jg, ours)).append(" |\n");
      }
    }
    md.append('\n');
  }

  private String seed() {
    return scipy != null && scipy.has("seed") ? scipy.get("seed").asText() : "`BenchmarkData.SEED`";
  }

  private List<Integer> sizes(String benchmark) {
    return results.stream().filter(r -> r.benchmark.equals(benchmark) && r.params.containsKey("n"))
        .map(r -> Integer.parseInt(r.params.get("n"))).distinct().sorted().toList();
  }

  private void capacity(StringBuilder md) {
    if (results.stream().noneMatch(r -> r.benchmark.equals("CapacityBenchmark.match"))) {
      return;
    }
    md.append("## Capacities (`CapacityBenchmark`)\n\n")
        .append("1 000 mentees × 200 mentors of capacity 5. OR-tools `MinCostFlow` on integer costs (× 10⁶).\n\n")
        .append("| shape | reverso | OR-tools MinCostFlow (build incl.) | OR-tools (solve only) | incl. ÷ ours | ")
        .append("solve ÷ ours |\n|---|---:|---:|---:|---:|---:|\n");
    for (String shape : List.of("UNIFORM", "MENTORING")) {
      Optional<Double> ours = millis("CapacityBenchmark.match", "shape", shape, "solver", "REVERSO");
      Optional<Double> flow = millis("CapacityBenchmark.match", "shape", shape, "solver", "ORTOOLS_MIN_COST_FLOW");
      Optional<Double> solve = millis("CapacityBenchmark.match", "shape", shape, "solver",
          "ORTOOLS_MIN_COST_FLOW_SOLVE_ONLY");
      md.append("| ").append(shape.toLowerCase(Locale.ROOT)).append(" | ").append(ours.map(ResultsTable::ms).orElse("—"))
          .append(" | ").append(flow.map(ResultsTable::ms).orElse("—"))
          .append(" | ").append(solve.map(ResultsTable::ms).orElse("—"))
          .append(" | ").append(ratioOf(flow, ours)).append(" | ").append(ratioOf(solve, ours)).append(" |\n");
    }
    md.append('\n');
  }

  private void scoring(StringBuilder md) {
    List<JmhResult> rows = results.stream().filter(r -> r.benchmark.startsWith("ScoringBenchmark.")).toList();
    if (rows.isEmpty()) {
      return;
    }
    md.append("## Scoring (`ScoringBenchmark`)\n\n1 000 mentors × 1 000 mentees of a sample organisation, ")
        .append("default model; one operation = one pair.\n\n| benchmark | M pairs/s |\n|---|---:|\n");
    for (JmhResult r : rows) {
      md.append("| ").append(r.benchmark).append(" | ").append(fmt("%.1f", r.score / 1e6))
          .append(Double.isNaN(r.error) ? "" : fmt(" ± %.1f", r.error / 1e6)).append(" |\n");
    }
    md.append('\n');
  }

  private void large(StringBuilder md) {
    List<JmhResult> rows = results.stream().filter(r -> r.benchmark.startsWith("StableBenchmark.")
        || r.benchmark.startsWith("EndToEndBenchmark.") || r.benchmark.startsWith("SparseBenchmark.")).toList();
    if (rows.isEmpty()) {
      return;
    }
    md.append("## Large programmes (`StableBenchmark`, `EndToEndBenchmark`, `SparseBenchmark`)\n\n")
        .append("n mentors × n mentees of a sample organisation; time per operation, the heap limit the fork ")
        .append("completed under (the proof that it fits) and the most heap in use right after any GC of an ")
        .append("iteration (`HeapProfiler`; a young collection leaves old-generation garbage in place, so this ")
        .append("is an indication, not the exact live set).\n\n")
        .append("| benchmark | parameters | time | heap |\n|---|---|---:|---|\n");
    for (JmhResult r : rows) {
      String heap = r.maxHeapFlag().orElse("default")
          + Optional.ofNullable(r.secondary.get("heap.usedAfterGc")).map(u -> fmt("; max heap after a GC: %.0f MiB", u)).orElse("");
      md.append("| ").append(r.benchmark).append(" | ").append(r.paramText()).append(" | ")
          .append(r.millis().map(ResultsTable::ms).orElse(fmt("%g %s", r.score, r.unit)))
          .append(r.errorMillis().filter(e -> !e.isNaN()).map(e -> " ± " + ms(e)).orElse(""))
          .append(" | ").append(heap).append(" |\n");
    }
    md.append('\n');
  }

  private void all(StringBuilder md) {
    md.append("## Every JMH result\n\n| benchmark | parameters | mode | score | error | unit | forks × iterations |\n")
        .append("|---|---|---|---:|---:|---|---|\n");
    for (JmhResult r : results) {
      md.append("| ").append(r.benchmark).append(" | ").append(r.paramText()).append(" | ").append(r.mode)
          .append(" | ").append(fmt("%.4g", r.score)).append(" | ").append(Double.isNaN(r.error) ? "—" : fmt("%.2g", r.error))
          .append(" | ").append(r.unit).append(" | ").append(r.forks).append(" × ").append(r.measurementIterations)
          .append(" |\n");
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Formatting

  private static Optional<double[]> both(Optional<Double> a, Optional<Double> b) {
    return a.isPresent() && b.isPresent() ? Optional.of(new double[] {a.get(), b.get()}) : Optional.empty();
  }

  private static String ratioOf(Optional<Double> peer, Optional<Double> ours) {
    return both(ours, peer).map(p -> ratio(p[1] / p[0])).orElse("—");
  }

  static String ratio(double r) {
    return r >= 10 ? fmt("%.0f×", r) : fmt("%.2f×", r);
  }

  static String ms(double millis) {
    if (Double.isNaN(millis)) {
      return "?";
    }
    if (millis >= 1000) {
      return fmt("%.2f s", millis / 1000);
    }
    if (millis >= 10) {
      return fmt("%.1f ms", millis);
    }
    return fmt("%.2f ms", millis);
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
