package dev.reverso.reporting.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.storage.FileJournal;
import dev.reverso.reporting.journal.storage.JournalReader;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Journal files far larger than the heap are read as streams: 48 MiB of blank lines and a 40 MiB line, each read in
 * a child JVM with a 32 MiB heap by {@link JournalReader#read}, {@link JournalReader#forEach} and
 * {@link FileJournal#open}. The old reader held the whole file and a copy (an OutOfMemoryError here, and at
 * 1.2 GB under {@code -Xmx2g}); a line over the 1 MiB limit is now a located error, and an unterminated one at the
 * end is a torn write.
 */
class JournalSmallHeapTest {
  private static final int MIB = 1 << 20;

  private static byte[] event(int i) {
    return EventCodec.encodeLine(SessionHeld.of("e" + i, "m1", "s1", java.time.LocalDate.of(2026, 1, 5 + i), 45));
  }

  private static String run(Path file, String mode) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx32m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), JournalReadMain.class.getName(), file.toString(), mode)
        .redirectErrorStream(true).start();
    boolean done = p.waitFor(120, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertThat(done).as(out).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    // the outcome lines only (the child's log lines go to the same stream)
    return String.join("\n", out.lines().filter(l -> l.startsWith("events=") || l.startsWith("error ")).toList());
  }

  private static void fill(OutputStream out, byte b, long count) throws IOException {
    byte[] chunk = new byte[MIB];
    Arrays.fill(chunk, b);
    for (long left = count; left > 0; left -= MIB) {
      out.write(chunk, 0, (int) Math.min(MIB, left));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"read", "stream", "open"})
  void blankLinesBeyondTheHeapAreSkippedAsAStream(String mode) throws Exception {
    Path file = TempFiles.newJournalPath();
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(event(0));
      fill(out, (byte) '\n', 48L * MIB);
      out.write(event(1));
    }
    try {
      assertThat(run(file, mode)).isEqualTo("events=2 torn=none");
    } finally {
      Files.delete(file);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"read", "stream", "open"})
  void aLineBeyondTheLimitIsALocatedErrorNotAnOutOfMemoryError(String mode) throws Exception {
    Path file = TempFiles.newJournalPath();
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(event(0));
      fill(out, (byte) 'x', 40L * MIB);
      out.write('\n');
      out.write(event(1));
    }
    try {
      assertThat(run(file, mode)).isEqualTo("error journal.jsonl:2 expected a line of at most " + MIB
          + " bytes, found one of " + 40 * MIB + " bytes");
    } finally {
      Files.delete(file);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"read", "stream", "open"})
  void anUnterminatedHugeLastLineIsATornWrite(String mode) throws Exception {
    Path file = TempFiles.newJournalPath();
    long good = event(0).length;
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(event(0));
      fill(out, (byte) 'x', 40L * MIB);
    }
    try {
      assertThat(run(file, mode)).isEqualTo("events=1 torn=2/" + 40 * MIB);
      // only opening for appends truncates the torn line away; reading leaves the file as it is
      assertThat(Files.size(file)).isEqualTo(mode.equals("open") ? good : good + 40L * MIB);
    } finally {
      Files.delete(file);
    }
  }

}
