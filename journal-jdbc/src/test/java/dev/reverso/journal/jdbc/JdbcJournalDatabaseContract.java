package dev.reverso.journal.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.EventRejectedException;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.JournalStorageException;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * What only a database journal must prove, beyond the {@code JournalContract}: batches are all-or-nothing,
 * a connection dropped in the middle of one leaves nothing, two JVMs appending at once lose and duplicate
 * nothing, the schema is migrated, checked and refused when newer, reads stream, a damaged row is reported
 * with its location. Each database's test extends this class.
 */
abstract class JdbcJournalDatabaseContract {
  static final MentoringPair P1 = MentoringPair.of("m1", "s1");
  static final MentoringPair P2 = MentoringPair.of("m2", "s2");
  static final Set<MentoringPair> ROSTER = Set.of(P1, P2);
  static final LocalDate D0 = LocalDate.of(2026, 1, 5);

  /** A fresh, empty database (no journal tables yet) and a URL for it with credentials, for a second JVM. */
  record Database(DataSource dataSource, String url) {}

  abstract Database newDatabase();

  /** Cuts the connection from the database's side, as a crash of the network or the server would. */
  abstract void drop(Connection raw) throws SQLException;

  static SessionHeld session(String id, MentoringPair pair, int day) {
    return new SessionHeld(id, pair, D0.plusDays(day), 45);
  }

  @Test
  void appendAllIsOneAllOrNothingTransaction() {
    Database db = newDatabase();
    try (JdbcJournal j = JdbcJournal.open(db.dataSource(), ROSTER)) {
      assertThat(j.appendAll(List.of(session("a", P1, 0), session("b", P2, 1), session("a", P1, 0))))
          .containsExactly(AppendResult.APPENDED, AppendResult.APPENDED, AppendResult.ALREADY_PRESENT);
      List<List<Object>> before = TestDatabases.rows(db.dataSource());
      List<JournalEvent> bad = List.of(session("c", P1, 2), PairClosed.of("x", P2, D0.plusDays(3), CloseReason.COMPLETED),
          session("d", P2, 4), session("e", P1, 5));
      assertThatThrownBy(() -> j.appendAll(bad)).isInstanceOfSatisfying(EventRejectedException.class, e -> {
        assertThat(e.eventId()).isEqualTo("d");
        assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.DATED_AFTER_CLOSE);
      });
      assertThat(TestDatabases.rows(db.dataSource())).isEqualTo(before);
      assertThat(j.appendAll(List.of())).isEmpty();
      assertThat(j.events()).extracting(JournalEvent::id).containsExactly("a", "b");
      assertThat(j.size()).isEqualTo(2);
    }
  }

  @Test
  void retractionsCountInOneBatchAndAcrossTransactions() {
    Database db = newDatabase();
    try (JdbcJournal j = JdbcJournal.open(db.dataSource(), ROSTER)) {
      SessionHeld typo = session("typo", P1, 300);
      PairClosed close = PairClosed.of("close", P1, D0.plusDays(30), CloseReason.COMPLETED);
      // in one transaction: the typo, its retraction, then the close it no longer blocks
      assertThat(j.appendAll(List.of(session("a", P1, 0), typo, EventRetracted.of("r", typo, D0.plusDays(31)),
          close))).containsOnly(AppendResult.APPENDED);
      // across transactions: the retracted close reopens the pair; the unique retracts column holds
      assertThatThrownBy(() -> j.append(session("late", P1, 40))).isInstanceOfSatisfying(EventRejectedException.class,
          e -> assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.DATED_AFTER_CLOSE));
      assertThat(j.append(EventRetracted.of("r2", close, D0.plusDays(41)))).isEqualTo(AppendResult.APPENDED);
      assertThat(j.append(session("late", P1, 40))).isEqualTo(AppendResult.APPENDED);
      assertThatThrownBy(() -> j.append(EventRetracted.of("r3", typo, D0.plusDays(42))))
          .isInstanceOfSatisfying(EventRejectedException.class,
              e -> assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.ALREADY_RETRACTED));
      // a batch whose second retraction names the same event is refused whole
      SessionHeld b = session("b", P2, 1);
      j.append(b);
      List<List<Object>> before = TestDatabases.rows(db.dataSource());
      assertThatThrownBy(() -> j.appendAll(List.of(EventRetracted.of("rb1", b, D0.plusDays(2)),
          EventRetracted.of("rb2", b, D0.plusDays(2))))).isInstanceOfSatisfying(EventRejectedException.class,
              e -> assertThat(e.eventId()).isEqualTo("rb2"));
      assertThat(TestDatabases.rows(db.dataSource())).isEqualTo(before);
      assertThat(j.append(PairClosed.of("close2", P1, D0.plusDays(40), CloseReason.COMPLETED)))
          .isEqualTo(AppendResult.APPENDED);
    }
  }

  @Test
  void aVersion2JournalWithEventsMigratesToVersion3() throws SQLException {
    Database db = newDatabase();
    Flyway.configure().dataSource(db.dataSource()).locations("classpath:" + JournalSchema.LOCATION)
        .table(JournalSchema.HISTORY_TABLE).target("2").load().migrate();
    SessionHeld old = session("old", P1, 0);
    try (Connection c = db.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
        "INSERT INTO reverso_journal_event (id, seq, type, mentor, mentee, event_day, body) VALUES (?, 1, ?, ?, ?, ?, ?)")) {
      insert.setString(1, old.id());
      insert.setString(2, "session-held");
      insert.setString(3, "m1");
      insert.setString(4, "s1");
      insert.setLong(5, old.date().toEpochDay());
      insert.setString(6, dev.reverso.reporting.journal.storage.EventCodec.encode(old));
      insert.executeUpdate();
      try (Statement head = c.createStatement()) {
        head.executeUpdate("UPDATE reverso_journal_head SET last_seq = 1");
      }
    }
    try (JdbcJournal j = JdbcJournal.open(db.dataSource(), ROSTER)) {
      assertThat(JournalSchema.recordedVersion(db.dataSource())).isEqualTo(3);
      assertThat(j.events()).containsExactly(old);
      assertThat(j.append(EventRetracted.of("r", old, D0.plusDays(1)))).isEqualTo(AppendResult.APPENDED);
    }
  }

  @Test
  void aConnectionDroppedInTheMiddleOfAppendAllLeavesNothing() throws Exception {
    Database db = newDatabase();
    JdbcJournal.open(db.dataSource(), ROSTER).close();
    AtomicBoolean armed = new AtomicBoolean();
    DataSource dropping = droppingDataSource(db.dataSource(), armed, 1_000);
    try (JdbcJournal j = JdbcJournal.open(dropping, ROSTER)) {
      j.append(session("first", P1, 0));
      List<List<Object>> before = TestDatabases.rows(db.dataSource());
      List<JournalEvent> batch = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        batch.add(session("batch-" + i, i % 2 == 0 ? P1 : P2, i));
      }
      // Dropped while binding the third insert of 100 rows: two inserts already ran in the transaction.
      armed.set(true);
      assertThatThrownBy(() -> j.appendAll(batch)).isInstanceOf(JournalStorageException.class)
          .hasMessageContaining("nothing was recorded");
      assertThat(TestDatabases.rows(db.dataSource())).isEqualTo(before);
      // The lock died with the connection: the journal goes on, and the retry records the batch.
      assertThat(j.appendAll(batch)).allMatch(AppendResult::isNew);
      assertThat(j.size()).isEqualTo(301);
    }
  }

  @Test
  void twoJvmsAppendingAtOnceLoseAndDuplicateNothing() throws Exception {
    Database db = newDatabase();
    int own = 300;
    int shared = 200;
    Path err = Files.createTempFile("reverso-appender", ".err");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Process child = null;
    // Each writer has its own journal instance and connection: as three application servers would.
    try (JdbcJournal parent = JdbcJournal.open(db.dataSource(), JdbcAppenderMain.ROSTER);
        JdbcJournal writerA = JdbcJournal.open(db.url(), JdbcAppenderMain.ROSTER);
        JdbcJournal writerB = JdbcJournal.open(db.url(), JdbcAppenderMain.ROSTER)) {
      child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), "-Xmx256m", JdbcAppenderMain.class.getName(),
          db.url(), "child", Integer.toString(own), Integer.toString(shared))
          .redirectError(err.toFile()).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8));
      assertThat(readProtocolLine(out, child, err)).isEqualTo(JdbcAppenderMain.READY);
      PrintWriter in = new PrintWriter(child.getOutputStream(), true, UTF_8);
      in.println("go");
      Future<Integer> a = pool.submit(() -> JdbcAppenderMain.appendAll(writerA, "parent-a", own, shared));
      Future<Integer> b = pool.submit(() -> JdbcAppenderMain.appendAll(writerB, "parent-b", own, shared));
      String done = readProtocolLine(out, child, err);
      assertThat(done).startsWith(JdbcAppenderMain.PREFIX + "done ");
      int newByChild = Integer.parseInt(done.substring((JdbcAppenderMain.PREFIX + "done ").length()));
      int newByParent = a.get(5, TimeUnit.MINUTES) + b.get(5, TimeUnit.MINUTES);
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).isZero();

      assertThat(newByChild + newByParent).as("each shared event appended as new exactly once").isEqualTo(shared);
      ImmutableList<JournalEvent> events = parent.events();
      assertThat(events).hasSize(3 * own + shared);
      assertThat(events).extracting(JournalEvent::id).doesNotHaveDuplicates();
      Map<String, Integer> lastIndex = new HashMap<>();
      for (JournalEvent e : events) {
        String id = e.id();
        int dash = id.lastIndexOf('-');
        String writer = id.substring(0, dash);
        int i = Integer.parseInt(id.substring(dash + 1));
        if (!writer.equals("shared")) {
          assertThat(i).as("order of writer %s", writer).isEqualTo(lastIndex.getOrDefault(writer, -1) + 1);
        }
        lastIndex.put(writer, i);
        JournalEvent expected = writer.equals("shared") ? JdbcAppenderMain.sharedEvent(i) : JdbcAppenderMain.ownEvent(writer, i);
        assertThat(e).isEqualTo(expected);
      }
      assertThat(lastIndex).containsEntry("child", own - 1).containsEntry("parent-a", own - 1)
          .containsEntry("parent-b", own - 1);
    } finally {
      pool.shutdownNow();
      if (child != null) {
        child.destroyForcibly();
      }
    }
  }

  private static String readProtocolLine(BufferedReader out, Process child, Path err) throws Exception {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(JdbcAppenderMain.PREFIX)) {
        return line;
      }
    }
    child.waitFor(30, TimeUnit.SECONDS);
    return fail("the second JVM ended early:\n" + Files.readString(err, UTF_8));
  }

  @Test
  void aSchemaNewerThanTheJarRefusesToOpen() {
    Database db = newDatabase();
    JdbcJournal.open(db.dataSource(), ROSTER).close();
    Flyway.configure().dataSource(db.dataSource())
        .locations("classpath:" + JournalSchema.LOCATION, "classpath:db/reverso-journal-future")
        .table(JournalSchema.HISTORY_TABLE).load().migrate();
    for (JdbcJournalOptions options : List.of(JdbcJournalOptions.defaults(), JdbcJournalOptions.defaults().withMigrate(false))) {
      assertThatThrownBy(() -> JdbcJournal.open(db.dataSource(), ROSTER, options))
          .isInstanceOf(JournalSchemaException.class)
          .hasMessageContaining("at version 4, newer than version 3").hasMessageContaining("Upgrade reverso-journal-jdbc");
    }
  }

  @Test
  void withoutMigrationsAMissingSchemaIsAClearErrorAndMigratingFixesIt() {
    Database db = newDatabase();
    JdbcJournalOptions noMigrate = JdbcJournalOptions.defaults().withMigrate(false);
    assertThatThrownBy(() -> JdbcJournal.open(db.dataSource(), ROSTER, noMigrate))
        .isInstanceOf(JournalSchemaException.class)
        .hasMessageContaining("missing").hasMessageContaining("expected version 3")
        .hasMessageContaining("withMigrate(true)");
    JdbcJournal.open(db.dataSource(), ROSTER).close();
    try (JdbcJournal j = JdbcJournal.open(db.dataSource(), ROSTER, noMigrate)) {
      assertThat(j.append(session("a", P1, 0))).isEqualTo(AppendResult.APPENDED);
    }
  }

  @Test
  void migratesBesideAnApplicationsOwnTables() throws SQLException {
    Database db = newDatabase();
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE hr_people (id VARCHAR(20) PRIMARY KEY)");
    }
    try (JdbcJournal j = JdbcJournal.open(db.dataSource(), ROSTER)) {
      j.append(session("a", P1, 0));
      assertThat(j.events()).hasSize(1);
    }
    assertThat(JournalSchema.recordedVersion(db.dataSource())).isEqualTo(JournalSchema.VERSION);
  }

  @Test
  void readsStreamInOrderWithASmallFetchSize() {
    Database db = newDatabase();
    List<JournalEvent> all = new ArrayList<>();
    try (JdbcJournal j = JdbcJournal.open(db.dataSource(), ROSTER, JdbcJournalOptions.defaults().withFetchSize(7))) {
      for (int i = 0; i < 100; i += 10) {
        List<JournalEvent> batch = new ArrayList<>();
        for (int k = i; k < i + 10; k++) {
          batch.add(k % 3 == 0 ? Feedback.builder("f" + k, P2, D0.plusDays(k), Side.MENTEE).ratings(3, 4, 5)
              .comment("ciao \u00e8 \"quoted\"").build() : session("s" + k, P1, 100 - k));
        }
        j.appendAll(batch);
        all.addAll(batch);
      }
      List<JournalEvent> streamed = new ArrayList<>();
      j.forEach(streamed::add);
      assertThat(streamed).containsExactlyElementsOf(all);
      assertThat(j.events()).containsExactlyElementsOf(all);
    }
  }

  @Test
  void aDamagedRowIsReportedWithItsLocation() throws SQLException {
    Database db = newDatabase();
    try (JdbcJournal j = JdbcJournal.open(db.dataSource(), ROSTER)) {
      j.append(session("a", P1, 0));
      try (Connection c = db.dataSource().getConnection();
          PreparedStatement s = c.prepareStatement("UPDATE reverso_journal_event SET body = ? WHERE id = 'a'")) {
        s.setString(1, "{\"format\":\"reverso/event@1\",\"type\":\"session-held\",\"id\":\"a\",\"mentor\":\"m1\","
            + "\"mentee\":\"s1\",\"date\":\"2026-01-05\",\"minutes\":-3}");
        s.executeUpdate();
      }
      assertThatThrownBy(j::events).isInstanceOfSatisfying(InvalidInputException.class, e ->
          assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString()).contains("reverso_journal_event[a].body")));
    }
  }

  @Test
  void aClosedJournalRefusesEverything() {
    Database db = newDatabase();
    JdbcJournal j = JdbcJournal.open(db.dataSource(), ROSTER);
    j.close();
    assertThatThrownBy(j::events).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> j.appendAll(List.of())).isInstanceOf(IllegalStateException.class);
    assertThat(j.toString()).doesNotContain("password").contains("closed");
  }

  /**
   * A data source whose connections, once {@code armed}, are dropped by {@link #drop} right after the
   * {@code after}-th value bound to an insert: in the middle of an {@code appendAll}, after the head lock and
   * the rule look-ups, while its rows are being sent.
   */
  private DataSource droppingDataSource(DataSource real, AtomicBoolean armed, int after) {
    InvocationHandler dsHandler = (proxy, method, args) -> {
      Object result = invoke(real, method, args);
      if (!method.getName().equals("getConnection")) {
        return result;
      }
      Connection raw = (Connection) result;
      return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (cp, cm, cargs) -> {
        Object r = invoke(raw, cm, cargs);
        if (cm.getName().equals("prepareStatement") && cargs[0].toString().startsWith("INSERT")) {
          PreparedStatement ps = (PreparedStatement) r;
          int[] batched = {0};
          return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
              (sp, sm, sargs) -> {
                Object sr = invoke(ps, sm, sargs);
                if (sm.getName().equals("setString") && armed.get() && ++batched[0] == after) {
                  armed.set(false);
                  drop(raw);
                }
                return sr;
              });
        }
        return r;
      });
    };
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, dsHandler);
  }

  private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
