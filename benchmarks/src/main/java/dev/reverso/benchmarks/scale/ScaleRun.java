package dev.reverso.benchmarks.scale;

import dev.reverso.benchmarks.data.BenchmarkData;
import dev.reverso.core.Program;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.MatchingProblems;
import dev.reverso.matching.internal.CandidateLists;
import dev.reverso.matching.internal.CandidateTable;
import dev.reverso.matching.internal.PairFilter;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * One timed run per size of the large-programme path, for sizes too big to repeat in JMH (100 000 ×
 * 100 000 takes minutes per call): on {@link BenchmarkData#organisation} with n mentors and n mentees, the
 * wall time and the peak heap of (1) the candidate stage as the library runs it ({@link CandidateTable}:
 * threshold search, or full rows when the bound does not pay), (2) the candidate stage by full scoring of
 * every pair ({@link CandidateLists}), with a check that both give the same lists, and (3) the user's
 * library call, {@code Matcher} with {@code optimal} (encoding, candidates, solver, result with the
 * explanations of the chosen pairs). Generation is not timed. Single measurements, no warm-up beyond the
 * earlier stages: the numbers are indicative, JMH's {@code SparseBenchmark} is the repeated measurement.
 *
 * <p>Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.reverso.benchmarks.scale.ScaleRun
 * 20000,100000 50 [--no-full=100000] [--call-only]}; prints one Markdown table row per size
 * ({@code --call-only}: only the library call, for a size where each stage takes many minutes).
 */
public final class ScaleRun {
  private ScaleRun() {}

  public static void main(String[] args) throws Exception {
    int[] sizes = Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray();
    int k = Integer.parseInt(args[1]);
    int noFullFrom = Integer.MAX_VALUE;
    boolean callOnly = false;
    for (int a = 2; a < args.length; a++) {
      if (args[a].startsWith("--no-full=")) {
        noFullFrom = Integer.parseInt(args[a].substring("--no-full=".length()));
      } else if (args[a].equals("--call-only")) {
        callOnly = true;
      } else {
        throw new IllegalArgumentException("unknown option " + args[a] + "; expected --no-full=N or --call-only");
      }
    }
    System.out.println("load before: " + load() + "; heap max " + Runtime.getRuntime().maxMemory() / (1 << 20)
        + " MiB; cores " + Runtime.getRuntime().availableProcessors());
    System.out.println("| n | candidates (library) | stage | candidates (full scoring) | same lists | optimal library call"
        + " | solver path | pairs | peak heap | load |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (int n : sizes) {
      Program program = BenchmarkData.organisation(n, n, BenchmarkData.SEED);
      resetPeaks();
      long t0 = System.nanoTime();
      String library = "not run";
      String stage = "see the solver path";
      String full = "not run";
      String same = "not checked";
      if (!callOnly) {
        MatchingProblem problem = MatchingProblems.of(program);
        t0 = System.nanoTime();
        CandidateTable table = CandidateTable.of(problem, MatchingOptions.defaults(), PairFilter.ALL,
            problem.menteeCapacities(), k);
        library = fmt(seconds(t0));
        stage = table.stage;
        if (n < noFullFrom) {
          t0 = System.nanoTime();
          CandidateLists lists = CandidateLists.of(problem, k);
          full = fmt(seconds(t0));
          same = String.valueOf(same(table, lists));
        }
      }
      System.gc();
      t0 = System.nanoTime();
      MatchResult result = Matcher.builder().strategy("optimal").build().match(program);
      double call = seconds(t0);
      System.out.println("| " + n + " | " + library + " | " + stage + " | " + full + " | " + same + " | "
          + fmt(call) + " | " + result.solverPath() + " | " + result.pairs().size() + " | " + peakMiB() + " MiB | "
          + load() + " |");
    }
  }

  private static boolean same(CandidateTable table, CandidateLists lists) {
    for (int j = 0; j < lists.menteeCount(); j++) {
      if (table.count[j] != lists.size(j)) {
        return false;
      }
      for (int r = 0; r < lists.size(j); r++) {
        int at = j * table.width + r;
        if (table.mentor[at] != lists.mentor(j, r) || Float.compare(table.score[at], lists.score(j, r)) != 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String fmt(double seconds) {
    return String.format(Locale.ROOT, "%.1f s", seconds);
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakMiB() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }

  private static String load() throws Exception {
    return Files.readString(Path.of("/proc/loadavg")).trim();
  }
}
