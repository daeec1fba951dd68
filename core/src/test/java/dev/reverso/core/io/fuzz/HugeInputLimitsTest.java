package dev.reverso.core.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.io.ImportOptions;
import dev.reverso.core.io.ImportResult;
import dev.reverso.core.io.ParticipantsCsv;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.core.io.ProgramJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50 MB inputs fail fast with a limit error: the readers stop soon after the limit, read only a small
 * part of the input and allocate a bounded amount of memory (measured per thread, not timed).
 */
class HugeInputLimitsTest {
  private static final long FIFTY_MB = 50L * 1024 * 1024;
  private static final long ALLOCATION_BUDGET = 40L * 1024 * 1024;

  @TempDir
  Path dir;

  /** A prefix, then {@code filler} repeated up to {@code total} bytes, produced on demand; counts what was read. */
  private static final class Generated extends InputStream {
    private final byte[] prefix;
    private final byte[] filler;
    private final long total;
    long read;

    Generated(String prefix, String filler, long total) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.filler = filler.getBytes(StandardCharsets.UTF_8);
      this.total = total;
    }

    Generated(String prefix, char filler, long total) {
      this(prefix, String.valueOf(filler), total);
    }

    private byte at(long i) {
      return i < prefix.length ? prefix[(int) i] : filler[(int) ((i - prefix.length) % filler.length)];
    }

    @Override
    public int read() {
      return read >= total ? -1 : at(read++) & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - read);
      for (int i = 0; i < n; i++) {
        b[off + i] = at(read++);
      }
      return n;
    }
  }

  private static <T> T allocating(Supplier<T> action, long budget) {
    com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = bean.getThreadAllocatedBytes(id);
    T result = action.get();
    long allocated = bean.getThreadAllocatedBytes(id) - before;
    assertThat(allocated).as("bytes allocated while reading").isLessThan(budget);
    return result;
  }

  @Test
  void aFiftyMegabyteJsonStringStopsAtTheStringLimit() {
    Generated in = new Generated("{\"format\": \"reverso/program@1\", \"mentors\": [{\"id\": \"m1\", \"name\": \"", 'x',
        FIFTY_MB);
    InvalidInputException e = allocating(() -> catchThrowableOfType(InvalidInputException.class,
        () -> ProgramJson.read(in, "program.json")), ALLOCATION_BUDGET);
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).startsWith("program.json:1:");
      assertThat(p.message()).contains("import limits").contains("exceeds the maximum");
    });
    assertThat(in.read).as("bytes read").isLessThan(2L * 1024 * 1024);
  }

  @Test
  void aFiftyMegabyteCsvCellStopsAtTheCellLimit() {
    Generated in = new Generated("id,role,seniority,name\nm1,mentor,2,", 'y', FIFTY_MB);
    InvalidInputException e = allocating(() -> catchThrowableOfType(InvalidInputException.class,
        () -> ParticipantsCsv.read(in, "participants.csv")), ALLOCATION_BUDGET);
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("participants.csv:2:name");
      assertThat(p.message()).contains("ImportOptions.maxCellLength");
    });
    assertThat(in.read).as("bytes read").isLessThan(100_000);
  }

  @Test
  void aFiftyMegabyteUnclosedQuoteStopsAtTheCellLimit() {
    Generated in = new Generated("id,role,seniority,name\nm1,mentor,2,\"", '\n', FIFTY_MB);
    InvalidInputException e = allocating(() -> catchThrowableOfType(InvalidInputException.class,
        () -> ParticipantsCsv.read(in, "participants.csv")), ALLOCATION_BUDGET);
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("never closed"));
    assertThat(in.read).as("bytes read").isLessThan(100_000);
  }

  @Test
  void fiftyMegabytesOfDeepNestingStopAtTheDepthLimit() {
    Generated in = new Generated("{\"format\": \"reverso/program@1\", \"people\": ", '[', FIFTY_MB);
    InvalidInputException e = allocating(() -> catchThrowableOfType(InvalidInputException.class,
        () -> ProgramJson.read(in, "program.json")), ALLOCATION_BUDGET);
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("ImportOptions.maxJsonDepth"));
    assertThat(in.read).as("bytes read").isLessThan(100_000);
  }

  @Test
  void aFiftyMegabyteStreamOfRowsStopsAtTheSizeLimit() {
    String header = "id,role,seniority\n";
    // every filler byte is a line end: the rows are empty lines, skipped, so only the size limit stops it
    Generated in = new Generated(header + "m1,mentor,2\n", '\n', FIFTY_MB);
    ImportOptions options = ImportOptions.defaults().withMaxFileBytes(10L * 1024 * 1024);
    // reading 10 MB of empty lines allocates in proportion (garbage only), so only the bytes read are checked
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ParticipantsCsv.importFrom(in, "participants.csv", options));
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("participants.csv");
      assertThat(p.message()).contains("ImportOptions.maxFileBytes");
    });
    assertThat(in.read).as("bytes read").isLessThanOrEqualTo(10L * 1024 * 1024 + 64 * 1024);
  }

  @Test
  void fiftyMegabytesOfListItemsStopAtTheItemLimit() {
    Generated in = new Generated("{\"format\": \"reverso/program@1\", \"people\": [{\"id\": \"p1\", \"seniority\": 3,"
        + " \"languages\": [1", ",1", FIFTY_MB);
    InvalidInputException e = allocating(() -> catchThrowableOfType(InvalidInputException.class,
        () -> ProgramJson.importFrom(in, "program.json", ImportOptions.lenient())), ALLOCATION_BUDGET);
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).endsWith("(people[0].languages[10000])");
      assertThat(p.message()).contains("ImportOptions.maxCellLength");
    });
    assertThat(in.read).as("bytes read").isLessThan(100_000);
  }

  @Test
  void fiftyMegabytesOfRecordsWithErrorsStopAStrictImportAtTheErrorLimit() {
    Generated in = new Generated("{\"format\": \"reverso/program@1\", \"people\": [1", ",1", FIFTY_MB);
    InvalidInputException e = allocating(() -> catchThrowableOfType(InvalidInputException.class,
        () -> ProgramJson.read(in, "program.json")), ALLOCATION_BUDGET);
    assertThat(e).isNotNull();
    assertThat(e.errors()).hasSize(ImportOptions.STRICT_ERROR_LIMIT + 2).first()
        .satisfies(p -> assertThat(p.message()).contains("ImportOptions.STRICT_ERROR_LIMIT"));
    assertThat(in.read).as("bytes read").isLessThan(100_000);
  }

  @Test
  void fiftyMegabytesOfCommasInTheHeaderStopAtTheColumnLimit() {
    Generated in = new Generated("id,role,seniority", ',', FIFTY_MB);
    InvalidInputException e = allocating(() -> catchThrowableOfType(InvalidInputException.class,
        () -> ParticipantsCsv.read(in, "participants.csv")), ALLOCATION_BUDGET);
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("participants.csv:1");
      assertThat(p.message()).contains("ImportOptions.MAX_CSV_COLUMNS");
    });
    assertThat(in.read).as("bytes read").isLessThan(100_000);
  }

  @Test
  void fiftyMegabytesOfCommasInARowAreCountedNotKept() {
    String prefix = "id,role,seniority\np1,mentor,2";
    Generated in = new Generated(prefix, ',', FIFTY_MB);
    // every comma is read (garbage is allocated in proportion), but only four cells are kept
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ParticipantsCsv.read(in, "participants.csv"));
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("participants.csv:2");
      assertThat(p.message()).startsWith("expected 3 cells as in the header, found " + (FIFTY_MB - prefix.length() + 3));
    });
  }

  @Test
  void aRecordReportsAtMostTwentyProblemsAndSaysThereAreMore() {
    String json = "{\"format\": \"reverso/program@1\", \"people\": [{\"id\": \"p1\", \"seniority\": 3, \"languages\": ["
        + "1,".repeat(49) + "1]}, {\"id\": \"p2\", \"seniority\": 4}]}";
    ImportResult result = ProgramJson.importFrom(new StringReader(json), "program.json", ImportOptions.lenient());
    assertThat(result.acceptedCount()).isEqualTo(1);
    assertThat(result.rejected()).singleElement().satisfies(r -> {
      assertThat(r.reasons()).hasSize(ImportOptions.MAX_PROBLEMS_PER_RECORD + 1);
      assertThat(r.reasons().get(ImportOptions.MAX_PROBLEMS_PER_RECORD).message())
          .startsWith("found more than 20 problems in this record");
      assertThat(r.reasons().get(ImportOptions.MAX_PROBLEMS_PER_RECORD).location()).isEqualTo(r.location());
    });
  }

  @Test
  void aFiftyMegabyteFileIsRefusedBeforeReading() throws IOException {
    Path file = dir.resolve("program.json");
    try (OutputStream out = Files.newOutputStream(file); InputStream in = new Generated(
        "{\"format\": \"reverso/program@1\", \"mentors\": [{\"id\": \"m1\", \"name\": \"", 'z', FIFTY_MB)) {
      in.transferTo(out);
    }
    ImportOptions options = ImportOptions.defaults().withMaxFileBytes(10L * 1024 * 1024);
    InvalidInputException e = allocating(() -> catchThrowableOfType(InvalidInputException.class,
        () -> ProgramFiles.importFrom(file, options)), 1024 * 1024);
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("program.json");
      assertThat(p.message()).contains("ImportOptions.maxFileBytes").contains(Long.toString(FIFTY_MB));
    });
    // with the default limits the same file fails at the string limit, without loading it
    InvalidInputException byDefault = allocating(() -> catchThrowableOfType(InvalidInputException.class,
        () -> ProgramFiles.read(file)), ALLOCATION_BUDGET);
    assertThat(byDefault.errors()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("exceeds the maximum"));
  }
}
