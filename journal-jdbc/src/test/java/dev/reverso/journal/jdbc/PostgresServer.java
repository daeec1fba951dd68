package dev.reverso.journal.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway PostgreSQL server for tests: {@code initdb} into a temporary directory, {@code pg_ctl start} on a
 * free port of 127.0.0.1 (and a socket directory inside the temporary directory), password authentication
 * (scram-sha-256). Started once per JVM on first use and stopped, its directory deleted, when the JVM exits.
 * Running as root, every command runs as the {@code postgres} user (PostgreSQL refuses root), which owns the
 * temporary directory.
 *
 * <p>The binaries are Debian's {@code postgresql-15} ({@code /usr/lib/postgresql/15/bin}), or the directory in
 * the system property or environment variable {@code REVERSO_PG_BIN}. If they are missing, every test that asks
 * for the server fails with a message that says how to install them: these tests are never skipped.
 */
public final class PostgresServer {
  /** The superuser the cluster is created with. */
  public static final String USER = "reverso";
  /** The superuser's password (a throwaway cluster on the loopback interface). */
  public static final String PASSWORD = "reverso-test-password";

  private static final String DEFAULT_BIN = "/usr/lib/postgresql/15/bin";
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static PostgresServer shared;

  private final Path bin;
  private final Path root;
  private final Path data;
  private final int port;
  private final boolean asPostgresUser;

  private PostgresServer(Path bin, Path root, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.root = root;
    this.data = root.resolve("data");
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** The server of this JVM, started on first use. */
  public static synchronized PostgresServer shared() {
    if (shared == null) {
      shared = start(false);
      PostgresServer s = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "postgres-test-server-stop"));
    }
    return shared;
  }

  /**
   * Starts a new server; the caller stops it.
   *
   * @param durable whether the server flushes commits to disk ({@code fsync}); tests run without, benchmarks with
   */
  public static PostgresServer start(boolean durable) {
    Path bin = binaries();
    boolean root = "root".equals(System.getProperty("user.name"));
    IllegalStateException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      Path dir;
      try {
        dir = Files.createTempDirectory("reverso-pg-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      PostgresServer server = new PostgresServer(bin, dir, freePort(), root);
      try {
        server.initAndStart(durable);
        return server;
      } catch (IllegalStateException e) {
        // Most likely another process took the port between the probe and the start: try another.
        last = e;
        server.stop();
      }
    }
    throw last;
  }

  private static Path binaries() {
    String configured = System.getProperty("REVERSO_PG_BIN", System.getenv("REVERSO_PG_BIN"));
    Path bin = Path.of(configured != null ? configured : DEFAULT_BIN);
    if (!Files.isExecutable(bin.resolve("initdb")) || !Files.isExecutable(bin.resolve("pg_ctl"))) {
      throw new IllegalStateException("PostgreSQL server binaries not found in " + bin + " (initdb, pg_ctl). "
          + "The PostgreSQL tests need a real server: install Debian's with "
          + "'apt-get install -y postgresql-15' (as root), or point REVERSO_PG_BIN (system property or "
          + "environment variable) at a directory holding initdb and pg_ctl. These tests are never skipped.");
    }
    return bin;
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void initAndStart(boolean durable) {
    try {
      Path pwfile = root.resolve("pwfile");
      Files.writeString(pwfile, PASSWORD + "\n", UTF_8);
      if (asPostgresUser) {
        run(List.of("chown", "-R", "postgres:postgres", root.toString()), 30);
      }
      run(command(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--pwfile=" + pwfile,
          "-A", "scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"), 120);
      String serverOptions = "-p " + port + " -c listen_addresses=127.0.0.1 -k " + root
          + " -c shared_buffers=64MB -c max_connections=60"
          + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
      run(command(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", root.resolve("server.log").toString(),
          "-o", serverOptions, "-w", "-t", "60", "start"), 90);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot prepare the PostgreSQL test server in " + root + ": " + e, e);
    }
  }

  private List<String> command(String... args) {
    List<String> cmd = new ArrayList<>();
    if (asPostgresUser) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(List.of(args));
    return cmd;
  }

  private void run(List<String> cmd, int timeoutSeconds) {
    Path out = root.resolve("command-output.txt");
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("Timed out after " + timeoutSeconds + " s: " + String.join(" ", cmd));
      }
      if (p.exitValue() != 0) {
        String log = Files.exists(root.resolve("server.log")) ? Files.readString(root.resolve("server.log"), UTF_8) : "";
        throw new IllegalStateException("Failed (exit " + p.exitValue() + "): " + String.join(" ", cmd) + "\n"
            + Files.readString(out, UTF_8) + log);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run " + cmd.get(0) + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + String.join(" ", cmd), e);
    }
  }

  /** Stops the server (fast shutdown) and deletes its directory; stopping twice does nothing. */
  public synchronized void stop() {
    if (Files.isDirectory(data.resolve("global"))) {
      try {
        run(command(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), 60);
      } catch (IllegalStateException e) {
        System.err.println("Could not stop the PostgreSQL test server: " + e.getMessage());
      }
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // Best effort: a temporary directory.
    }
  }

  /** The port on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** The URL of database {@code postgres}, without credentials. */
  public String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** The URL of database {@code postgres} with the credentials in it, working in {@code schema}. */
  public String url(String schema) {
    return url() + "?user=" + USER + "&password=" + PASSWORD + "&currentSchema=" + schema;
  }

  /** A data source for database {@code postgres} as the superuser, working in {@code schema}. */
  public DataSource dataSource(String schema) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"127.0.0.1"});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName("postgres");
    ds.setUser(USER);
    ds.setPassword(PASSWORD);
    ds.setCurrentSchema(schema);
    return ds;
  }

  /** Creates a new, empty schema and returns its name: each journal of a test gets its own. */
  public String newSchema(String prefix) {
    String name = (prefix + "_" + SCHEMAS.incrementAndGet() + "_" + ProcessHandle.current().pid()).toLowerCase(Locale.ROOT);
    execute("CREATE SCHEMA " + name);
    return name;
  }

  /** Runs one SQL statement in database {@code postgres} as the superuser. */
  public void execute(String sql) {
    try (Connection c = dataSource("public").getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("SQL failed on the test server: " + e.getMessage(), e);
    }
  }
}
