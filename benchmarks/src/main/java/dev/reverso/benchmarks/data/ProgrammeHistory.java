package dev.reverso.benchmarks.data;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.Program;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.MatchingProblems;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.match.MatchReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A year of a large running programme, for the metrics benchmark and for timing {@code reverso report}: a sample
 * organisation with {@code pairs} mentors and mentees, mentor i paired with mentee i, and {@code events} journal
 * events spread evenly over the pairs and over 2026 (sessions held and cancelled, two-sided feedback with skill
 * progress, and a close as the last event of one pair in twenty), in date order, interleaved across pairs as a real
 * journal is. Deterministic for a seed.
 *
 * <p>{@link #main} writes {@code program.json}, {@code matches.json} and {@code journal.jsonl} into a directory:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.reverso.benchmarks.data.ProgrammeHistory DIR 20000 1000000}.
 *
 * @param program the programme
 * @param matches the pairs
 * @param events the events, in recording order
 * @param end the date of the last event
 */
public record ProgrammeHistory(Program program, MatchResult matches, List<JournalEvent> events, LocalDate end) {
  private static final LocalDate START = LocalDate.of(2025, 1, 6); // a year of events, all in the past

  /** Generates the history. */
  public static ProgrammeHistory generate(int pairs, int events, long seed) {
    Program program = BenchmarkData.organisation(pairs, pairs, BenchmarkData.SEED);
    int n = Math.min(program.mentors().size(), program.mentees().size());
    MatchingProblem problem = MatchingProblems.of(program);
    MatchResult.Builder b = MatchResult.builder("optimal").solverPath("benchmark");
    List<MentoringPair> roster = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      b.pair(problem.pairing(i, i));
      roster.add(new MentoringPair(program.mentors().get(i).id(), program.mentees().get(i).id()));
    }
    MatchResult matches = b.build();
    int perPair = (events + n - 1) / n;
    int step = Math.max(1, 360 / perPair);
    SplittableRandom random = new SplittableRandom(seed);
    List<JournalEvent> out = new ArrayList<>(events);
    LocalDate end = START;
    for (int k = 0; k < events; k++) {
      int p = k % n;
      int index = k / n;
      MentoringPair pair = roster.get(p);
      LocalDate date = START.plusDays((long) index * step);
      end = date.isAfter(end) ? date : end;
      String id = String.format(Locale.ROOT, "e%08d", k);
      boolean lastOfPair = k + n >= events;
      double x = random.nextDouble();
      JournalEvent e;
      if (lastOfPair && p % 20 == 0) {
        e = PairClosed.of(id, pair, date, p % 40 == 0 ? CloseReason.MISMATCH : CloseReason.COMPLETED);
      } else if (x < 0.5) {
        e = SessionHeld.of(id, pair.mentorId().value(), pair.menteeId().value(), date, 30 + 15 * random.nextInt(5));
      } else if (x < 0.7) {
        e = SessionCancelled.of(id, pair, date, random.nextBoolean() ? Side.MENTEE : Side.MENTOR);
      } else {
        Side side = random.nextBoolean() ? Side.MENTEE : Side.MENTOR;
        Feedback.Builder f = Feedback.builder(id, pair, date, side)
            .ratings(1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5)).nps(random.nextInt(11));
        var goals = (side == Side.MENTEE ? program.mentees() : program.mentors()).get(p).goals();
        goals.forEach(g -> f.progress(g.skill(), g.current() + random.nextInt(g.target() - g.current() + 1)));
        e = f.build();
      }
      out.add(e);
    }
    return new ProgrammeHistory(program, matches, List.copyOf(out), end);
  }

  /** Writes the events as a journal file, one line each. */
  public Path writeJournal(Path file) throws IOException {
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (JournalEvent e : events) {
        o.write(EventCodec.encodeLine(e));
      }
    }
    return file;
  }

  /** Arguments: directory, pairs, events. Writes program.json, matches.json (and the match report) and journal.jsonl. */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    ProgrammeHistory h = generate(Integer.parseInt(args[1]), Integer.parseInt(args[2]), 7);
    ProgramFiles.write(h.program(), dir.resolve("program.json"));
    MatchReport.builder(h.matches()).program(h.program()).build().writeFiles(dir, Locale.ROOT);
    h.writeJournal(dir.resolve("journal.jsonl"));
    System.out.println("wrote " + dir + ": " + h.matches().pairs().size() + " pairs, " + h.events().size()
        + " events to " + h.end());
  }
}
