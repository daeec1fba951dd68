package dev.reverso.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 items 4, 6 and 7: what {@link InputFiles}, {@link AtomicFiles} and {@link DirectoryLock} guarantee
 * — regular files only, bounded reads, link loops as located errors; atomic, link-safe, owner-only writes; and
 * one writer per output directory at a time.
 */
class SafeFilesTest {
  @TempDir
  Path dir;

  private static InvalidInputException invalid(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidInputException");
  }

  private static Problem single(InvalidInputException e) {
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  // ---------------------------------------------------------------- reading

  @Test
  void aFifoIsRefusedWithoutOpeningIt() throws Exception {
    Path fifo = dir.resolve("in.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).as("mkfifo must work on the build machine").isZero();
    // before the fix this blocked for ever: no writer ever opens the FIFO
    Problem p = single(invalid(() -> ProgramFiles.read(fifo)));
    assertThat(p.location()).isEqualTo(fifo.toString());
    assertThat(p.message()).contains("regular file").contains("FIFO");
  }

  @Test
  void aDeviceSuchAsDevZeroIsRefusedBeforeReading() {
    Problem p = single(invalid(() -> InputFiles.readAllBytes(Path.of("/dev/zero"), 1024, "a key file")));
    assertThat(p.location()).isEqualTo("/dev/zero");
    assertThat(p.message()).startsWith("expected a key file (a regular file)");
  }

  @Test
  void aSymbolicLinkLoopIsALocatedInputError() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    Problem p = single(invalid(() -> ProgramFiles.read(a)));
    assertThat(p.location()).isEqualTo(a.toString());
    assertThat(p.message()).contains("cannot be resolved").contains("loop");
  }

  @Test
  void aDanglingLinkAndADirectoryAreRefused() throws IOException {
    Path dangling = dir.resolve("gone.json");
    Files.createSymbolicLink(dangling, dir.resolve("nothing-here.json"));
    assertThat(single(invalid(() -> ProgramFiles.read(dangling))).message()).contains("symbolic link to nothing");
    Path sub = Files.createDirectory(dir.resolve("sub.json"));
    assertThat(single(invalid(() -> InputFiles.check(sub, 10, "x"))).message()).isEqualTo("expected a file, found a directory");
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBySize() throws IOException {
    Path big = Files.write(dir.resolve("big.bin"), new byte[2048]);
    Problem p = single(invalid(() -> InputFiles.readAllBytes(big, 1024, "x")));
    assertThat(p.message()).isEqualTo("expected a file of at most 1024 bytes, found 2048 bytes");
    assertThat(InputFiles.readAllBytes(big, 2048, "x")).hasSize(2048);
  }

  // ---------------------------------------------------------------- writing

  @Test
  void aSymbolicLinkAtTheTargetIsReplacedNeverFollowed() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious", UTF_8);
    Path target = dir.resolve("matches.json");
    Files.createSymbolicLink(target, victim);
    AtomicFiles.writeString(target, AtomicFiles.Access.DEFAULT, "new content");
    assertThat(Files.readString(victim, UTF_8)).isEqualTo("precious");
    assertThat(Files.isSymbolicLink(target)).isFalse();
    assertThat(Files.readString(target, UTF_8)).isEqualTo("new content");
  }

  @Test
  void aFailingWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("report.html"), "old report", UTF_8);
    assertThatThrownBy(() -> AtomicFiles.writeText(target, AtomicFiles.Access.DEFAULT, out -> {
      out.write("half a rep");
      throw new IOException("No space left on device");
    })).isInstanceOf(FileAccessException.class).hasMessageContaining("No space left on device");
    assertThat(Files.readString(target, UTF_8)).isEqualTo("old report");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("report.html");
    }
  }

  @Test
  void ownerOnlyFilesAreCreatedOwnerOnlyAndOthersFollowTheUmask() throws IOException {
    Path secret = dir.resolve("names.csv");
    AtomicFiles.writeString(secret, AtomicFiles.Access.OWNER_ONLY, "id,name\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
    // replacing a world-readable file with an owner-only one tightens it
    Path open = Files.writeString(dir.resolve("open.csv"), "x", UTF_8);
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
    AtomicFiles.writeString(open, AtomicFiles.Access.OWNER_ONLY, "y");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(open))).isEqualTo("rw-------");
    Program program = SampleOrganization.generate(30, 1);
    Path programFile = dir.resolve("program.json");
    ProgramFiles.write(program, programFile);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(programFile))).isEqualTo("rw-------");
  }

  @Test
  void aDirectoryInTheWayOrAMissingDirectoryIsAFileAccessError() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("out.json"));
    assertThatThrownBy(() -> AtomicFiles.writeString(sub, AtomicFiles.Access.DEFAULT, "x"))
        .isInstanceOf(FileAccessException.class).hasMessageContaining("directory in the way");
    assertThat(Files.isDirectory(sub, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThatThrownBy(() -> AtomicFiles.writeString(dir.resolve("no/such/dir/x.json"), AtomicFiles.Access.DEFAULT, "x"))
        .isInstanceOf(FileAccessException.class).hasMessageContaining("directory does not exist");
  }

  // ---------------------------------------------------------------- locking

  @Test
  void aLockedDirectoryMakesASecondWriterWaitOrGiveUpClearly() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (DirectoryLock held = DirectoryLock.acquire(dir)) {
      // reentrant for the holder (a command locks its --out, the library then locks it again)
      try (DirectoryLock again = DirectoryLock.acquire(dir, Duration.ZERO)) {
        assertThat(Files.exists(dir.resolve(DirectoryLock.FILE_NAME))).isTrue();
      }
      Future<?> other = pool.submit(() -> DirectoryLock.acquire(dir, Duration.ofMillis(200)).close());
      assertThatThrownBy(other::get).hasCauseInstanceOf(DirectoryLock.BusyException.class)
          .hasMessageContaining("expected no other run writing into this directory");
    } finally {
      pool.shutdownNow();
    }
    // released: another thread gets it at once
    ExecutorService pool2 = Executors.newSingleThreadExecutor();
    try {
      pool2.submit(() -> DirectoryLock.acquire(dir, Duration.ZERO).close()).get();
    } finally {
      pool2.shutdownNow();
    }
  }

  @Test
  void writersTakingTheLockNeverLeaveAMixedSet() throws Exception {
    int writers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> runs = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      String tag = "run-" + w;
      runs.add(pool.submit(() -> {
        start.await();
        try (DirectoryLock lock = DirectoryLock.acquire(dir)) {
          for (String name : List.of("matches.json", "pairs.csv", "match-report.html")) {
            AtomicFiles.writeString(dir.resolve(name), AtomicFiles.Access.DEFAULT, tag);
            Thread.yield();
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : runs) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    String first = Files.readString(dir.resolve("matches.json"), UTF_8);
    assertThat(Files.readString(dir.resolve("pairs.csv"), UTF_8)).isEqualTo(first);
    assertThat(Files.readString(dir.resolve("match-report.html"), UTF_8)).isEqualTo(first);
  }
}
