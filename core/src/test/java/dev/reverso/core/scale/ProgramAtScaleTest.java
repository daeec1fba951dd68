package dev.reverso.core.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A programme with 20 000 active pairs (40 001 people) builds, and changes its active pairs, in a child JVM with a
 * 128 MiB heap. Building used to compare every active pair with every earlier one and with the whole role list
 * (O(pairs²)): minutes at this size. The time limit below is a hang guard, far above what a linear build needs;
 * the speed itself is measured by {@code ProgramBenchmark} in the benchmarks module.
 */
class ProgramAtScaleTest {
  private static final int PAIRS = 20_000;

  @Test
  void twentyThousandActivePairsBuildUnderATightHeap() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx128m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), ProgrammeAtScale.class.getName(), Integer.toString(PAIRS))
        .redirectErrorStream(true).start();
    boolean finished = process.waitFor(180, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(finished).as("finished within the hang guard; output: %s", out).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    assertThat(out.lines()).containsExactly(
        "built active=" + PAIRS + " warnings=0",
        "withActive active=" + PAIRS + " sameChart=true equalsRebuilt=true",
        // the repeated pair: once as a duplicate, once as its mentor's second pair (capacity 1)
        "error active[" + PAIRS + "]", "error active[" + PAIRS + "]");
  }
}
