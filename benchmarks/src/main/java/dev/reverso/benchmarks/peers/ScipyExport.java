package dev.reverso.benchmarks.peers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reverso.benchmarks.data.BenchmarkData;
import dev.reverso.benchmarks.data.BenchmarkData.Shape;
import dev.reverso.matching.solver.LinearAssignment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the matrices of {@code AssignmentBenchmark} for {@code benchmarks/peers/scipy_lsa.py}: for each
 * shape and size, {@code <shape>-<n>.npy} holding {@link BenchmarkData#reduced} of the very matrix the
 * JMH benchmark builds from {@link BenchmarkData#SEED} (scipy takes no NaN), and {@code manifest.json}
 * listing the files with the optimum our {@link LinearAssignment} reaches on them and the tolerance the
 * script must meet.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.reverso.benchmarks.peers.ScipyExport
 * DIR [n ...]} (default sizes 500 1000 2000).
 */
public final class ScipyExport {
  private ScipyExport() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ScipyExport DIR [n ...]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    List<Integer> sizes = new ArrayList<>();
    for (int k = 1; k < args.length; k++) {
      sizes.add(Integer.parseInt(args[k]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(500, 1000, 2000);
    }
    Files.createDirectories(dir);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode manifest = json.createObjectNode();
    manifest.put("seed", BenchmarkData.SEED);
    ArrayNode matrices = manifest.putArray("matrices");
    for (Shape shape : Shape.values()) {
      for (int n : sizes) {
        double[][] scores = shape.scores(n, BenchmarkData.SEED);
        int[] ours = LinearAssignment.maximize(scores, Optimum.ones(n));
        String file = shape.name().toLowerCase(Locale.ROOT) + "-" + n + ".npy";
        Npy.write(dir.resolve(file), BenchmarkData.reduced(scores));
        ObjectNode m = matrices.addObject();
        m.put("shape", shape.name());
        m.put("n", n);
        m.put("file", file);
        m.put("optimum", BenchmarkData.total(scores, ours));
        m.put("tolerance", n * Optimum.DOUBLE_TOLERANCE_PER_PAIR);
      }
    }
    json.writeValue(dir.resolve("manifest.json").toFile(), manifest);
  }
}
