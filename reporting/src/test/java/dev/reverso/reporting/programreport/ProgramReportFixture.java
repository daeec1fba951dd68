package dev.reverso.reporting.programreport;

import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.MetricsFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic programme for report tests: a sample organisation, a hand-made match result pairing the
 * i-th mentor with the i-th mentee, and six months of synthetic journal events in five pair profiles (thriving,
 * stopped meeting, mentee cancels, closed, never met). Every feedback carries a private comment starting with
 * {@link #COMMENT_MARK} and every cancellation a private note, so tests can prove they never leak.
 */
final class ProgramReportFixture {
  static final LocalDate START = LocalDate.of(2026, 1, 5);
  static final LocalDate AS_OF = START.plusDays(182);
  static final String COMMENT_MARK = "PRIVATE-COMMENT";
  static final byte[] KEY = "reverso test key, never used in production".getBytes(StandardCharsets.UTF_8);

  final Program program;
  final MatchResult matches;
  final List<JournalEvent> events;

  ProgramReportFixture(int people, long seed) {
    this.program = SampleOrganization.generate(people, seed);
    this.matches = matches(program);
    this.events = journal(program, matches, seed);
  }

  static ProgramReportFixture small() {
    return new ProgramReportFixture(240, 11);
  }

  ProgramReport report(ProgramReportOptions options) {
    return ProgramReport.create(program, matches, events, AS_OF, options);
  }

  ProgramReport report() {
    return report(ProgramReportOptions.defaults().withPseudonymKey(KEY));
  }

  private static MatchResult matches(Program program) {
    MatchResult.Builder b = MatchResult.builder("hand-made");
    int n = Math.min(program.mentors().size(), program.mentees().size());
    for (int i = 0; i < n; i++) {
      double score = (30 + (i * 37) % 60) / 100.0;
      Participant mentor = program.mentors().get(i);
      Participant mentee = program.mentees().get(i);
      b.pair(MetricsFixtures.pairing(mentor.id().value(), mentee.id().value(), score));
    }
    return b.build();
  }

  private static List<JournalEvent> journal(Program program, MatchResult matches, long seed) {
    List<JournalEvent> out = new ArrayList<>();
    int i = 0;
    for (Pairing p : matches.pairs()) {
      MentoringPair pair = new MentoringPair(p.mentorId(), p.menteeId());
      List<LearningGoal> goals = program.participant(p.menteeId()).orElseThrow().goals();
      SplittableRandom random = new SplittableRandom(seed * 1_000 + i);
      int profile = i % 5;
      int n = 0;
      String prefix = "p" + i + "-";
      int lastDay = profile == 1 ? 60 : profile == 3 ? 100 : 180;
      if (profile != 4) {
        for (int day = random.nextInt(7); day <= lastDay; day += 14) {
          LocalDate date = START.plusDays(day);
          boolean cancelled = profile == 2 ? random.nextInt(10) < 5 : random.nextInt(10) < 1;
          if (cancelled) {
            Side by = profile == 2 || random.nextBoolean() ? Side.MENTEE : Side.MENTOR;
            out.add(SessionCancelled.of(prefix + n++, pair, date, by).withNote("note " + COMMENT_MARK));
          } else {
            out.add(new SessionHeld(prefix + n++, pair, date, 30 + 15 * random.nextInt(5)));
          }
          if (day % 42 < 14 && day > 0) {
            for (Side side : Side.values()) {
              int base = profile == 0 ? 4 : profile == 2 ? 2 : 3;
              Feedback.Builder f = Feedback.builder(prefix + n++, pair, date.plusDays(1), side)
                  .ratings(clamp(base + random.nextInt(2)), clamp(base + random.nextInt(3) - 1),
                      clamp(base + random.nextInt(2)))
                  .nps(Math.min(10, 4 + base + random.nextInt(4)))
                  .comment(COMMENT_MARK + " " + i + " " + side);
              if (side == Side.MENTEE) {
                for (LearningGoal g : goals) {
                  f.progress(g.skill(), Math.min(5, g.current() + random.nextInt(g.gap() + 1)));
                }
              }
              out.add(f.build());
            }
          }
        }
      }
      if (profile == 3) {
        CloseReason reason = i % 2 == 0 ? CloseReason.COMPLETED : CloseReason.MISMATCH;
        out.add(PairClosed.of(prefix + n, pair, START.plusDays(lastDay + 10), reason).withNote(COMMENT_MARK));
      }
      i++;
    }
    return out;
  }

  private static int clamp(int likert) {
    return Math.max(1, Math.min(5, likert));
  }
}
