package dev.reverso.journal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Data sources for the two JDBC URL forms a {@link JdbcJournal} opens by itself (without the caller's pool):
 * <ul>
 *   <li>{@code jdbc:sqlite:FILE}: an embedded SQLite file, created if absent, put in write-ahead-log mode
 *       ({@code journal_mode=WAL}) with {@code synchronous=FULL} (a committed append survives a power loss)
 *       and a 30 s busy timeout, so that several processes can append to one file;</li>
 *   <li>{@code jdbc:postgresql://HOST[:PORT]/DATABASE[?user=...&password=...]}: a PostgreSQL server; the
 *       credentials come from the URL or are passed separately (for example from {@code PGPASSWORD}).</li>
 * </ul>
 * Messages never repeat a URL (it may hold a password); {@link #redact(String)} gives a printable form.
 * Stateless and thread-safe.
 */
public final class JournalDataSources {
  /** How long an SQLite append waits for another process's write lock before failing. */
  static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;

  private static final Pattern USER_INFO = Pattern.compile("(//)[^/@?#]*@");
  private static final Pattern SECRET_PARAM =
      Pattern.compile("(?i)([?&;](?:password|sslpassword|sslkey|pass)=)[^&;]*");

  private JournalDataSources() {}

  /** Whether {@code location} is a JDBC URL that a journal can open ({@code jdbc:sqlite:} or {@code jdbc:postgresql:}). */
  public static boolean isJournalUrl(String location) {
    String l = requireNonNull(location, "location").toLowerCase(Locale.ROOT);
    return l.startsWith("jdbc:sqlite:") || l.startsWith("jdbc:postgresql:");
  }

  /**
   * A data source for a journal URL, with the credentials the URL carries (if any).
   *
   * @throws InvalidInputException located at {@code jdbcUrl} if the URL is not one of the two forms
   */
  public static DataSource forUrl(String jdbcUrl) {
    return forUrl(jdbcUrl, null, null);
  }

  /**
   * A data source for a journal URL; {@code user} and {@code password}, where not null, override what the
   * URL says (SQLite ignores them).
   *
   * @throws InvalidInputException located at {@code jdbcUrl} if the URL is not one of the two forms or
   *     PostgreSQL's driver cannot parse it (the message shows the URL with its secrets removed)
   */
  public static DataSource forUrl(String jdbcUrl, String user, String password) {
    requireNonNull(jdbcUrl, "jdbcUrl");
    String lower = jdbcUrl.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:sqlite:")) {
      String file = jdbcUrl.substring("jdbc:sqlite:".length());
      if (file.isBlank()) {
        throw InvalidInputException.of("jdbcUrl", "expected jdbc:sqlite:FILE with a file name, found 'jdbc:sqlite:'");
      }
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
      SQLiteDataSource ds = new SQLiteDataSource(config);
      ds.setUrl(jdbcUrl);
      return ds;
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      try {
        ds.setURL(jdbcUrl);
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of("jdbcUrl", "expected jdbc:postgresql://HOST[:PORT]/DATABASE, found '"
            + redact(jdbcUrl) + "', which the PostgreSQL driver cannot parse");
      }
      if (user != null) {
        ds.setUser(user);
      }
      if (password != null) {
        ds.setPassword(password);
      }
      return ds;
    }
    int colon = jdbcUrl.indexOf(':', 5);
    String scheme = lower.startsWith("jdbc:") && colon > 0 ? jdbcUrl.substring(0, colon + 1) : "no jdbc: prefix";
    throw InvalidInputException.of("jdbcUrl", "expected jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DATABASE, "
        + "found " + (scheme.startsWith("jdbc:") ? "'" + scheme + "...'" : scheme));
  }

  /**
   * The URL with user info and password parameters blanked out ({@code jdbc:postgresql://***@host/db?password=***}),
   * for messages and logs.
   */
  public static String redact(String jdbcUrl) {
    String s = USER_INFO.matcher(requireNonNull(jdbcUrl, "jdbcUrl")).replaceFirst("$1***@");
    return SECRET_PARAM.matcher(s).replaceAll("$1***");
  }
}
