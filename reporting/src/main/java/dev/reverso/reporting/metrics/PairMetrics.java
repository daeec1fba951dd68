package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Retractions;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The metrics of one mentoring pair as of a date, computed by replaying the pair's journal events.
 *
 * <h2>Replay</h2>
 * Only the pair's own events dated on or before the as-of date count. They are taken in date order; events
 * on the same date keep the order in which they were given (the journal's recording order), so the result
 * depends only on the pair's own events and their relative order. The replay keeps running totals and the
 * latest answers, not the events: O(e · (g + w)) time for e events, g goals (of both sides) and a cancellation
 * window of w, and O(g + w) memory, so that a programme's metrics take one streaming pass over its journal.
 *
 * <h2>Reciprocity index</h2>
 * With {@code a} and {@code b} the latest learning ratings of the mentor and of the mentee mapped from the
 * Likert scale 1..5 to 0..4 ({@code rating - 1}):
 * <pre>  reciprocity = 2 · min(a, b) / (a + b),   and 1 when a = b = 0</pre>
 * It is 1 when both sides report the same learning and falls towards 0 as one side learns while the other
 * does not; it lies in [0, 1] and is symmetric in the two sides. Both sides reporting no learning at all is
 * balanced (1): the level of learning is judged by {@link Reciprocity#shareBothLearning()} instead. When
 * either side has not rated yet, the index is <b>undefined</b> (empty; {@code null} in JSON) and left out
 * of programme means.
 *
 * <h2>Learning on both sides</h2>
 * Both sides have learning goals: the mentee's (what the senior wants to learn) and the mentor's (what the
 * junior wants to learn). Each side's feedback carries its new self-rated levels, and {@link #goals(Side)}
 * gives the closure of that side's own goals from that side's own reports. The <b>closure balance</b> compares
 * the two directions: with {@code a} and {@code b} the mean closure of the mentor's and of the mentee's
 * reported goals, {@code balance = 2 · min(a, b) / (a + b)}, and 1 when both are 0; undefined (empty) until
 * each side has reported a level in at least one of its goals.
 *
 * <h2>Health</h2>
 * A closed pair (a {@link PairClosed} on or before the as-of date) has no {@link #health()}; it carries
 * {@link #closeReason()} and {@link #closedOn()} instead. An open pair is judged by every {@link HealthRule}:
 * {@link PairHealth#DORMANT} if a dormant rule fired, else {@link PairHealth#AT_RISK} if an at-risk rule
 * fired, else {@link PairHealth#ACTIVE}; {@link #healthReasons()} lists every rule that fired, in rule order.
 *
 * <p>Immutable and thread-safe; {@link #toString()} shows ids, counts and health only.
 */
public final class PairMetrics {
  private final MentoringPair pair;
  private final double matchScore;
  private final int sessionsHeld;
  private final int minutesHeld;
  private final int cancelledByMentor;
  private final int cancelledByMentee;
  private final Optional<LocalDate> firstSession;
  private final Optional<LocalDate> lastSession;
  private final OptionalInt daysSinceLastSession;
  private final SideFeedback mentorFeedback;
  private final SideFeedback menteeFeedback;
  private final OptionalDouble reciprocityIndex;
  private final ImmutableList<GoalClosure> goals;
  private final ImmutableList<GoalClosure> mentorGoals;
  private final OptionalDouble closureBalance;
  private final Optional<PairHealth> health;
  private final ImmutableList<HealthReason> healthReasons;
  private final Optional<CloseReason> closeReason;
  private final Optional<LocalDate> closedOn;

  private PairMetrics(Replay r, LocalDate asOf, LocalDate start) {
    this.pair = r.pair;
    this.matchScore = r.matchScore;
    this.sessionsHeld = r.sessionsHeld;
    this.minutesHeld = r.minutesHeld;
    this.cancelledByMentor = r.cancelled[Side.MENTOR.ordinal()];
    this.cancelledByMentee = r.cancelled[Side.MENTEE.ordinal()];
    this.firstSession = Optional.ofNullable(r.firstSession);
    this.lastSession = Optional.ofNullable(r.lastSession);
    this.daysSinceLastSession = r.lastSession == null ? OptionalInt.empty()
        : OptionalInt.of((int) ChronoUnit.DAYS.between(r.lastSession, asOf));
    this.mentorFeedback = r.sideFeedback(Side.MENTOR);
    this.menteeFeedback = r.sideFeedback(Side.MENTEE);
    this.reciprocityIndex = mentorFeedback.latest().isPresent() && menteeFeedback.latest().isPresent()
        ? OptionalDouble.of(reciprocityIndex((int) mentorFeedback.latest().get().learning(),
            (int) menteeFeedback.latest().get().learning()))
        : OptionalDouble.empty();
    this.goals = r.goalClosures(Side.MENTEE);
    this.mentorGoals = r.goalClosures(Side.MENTOR);
    this.closureBalance = closureBalance(goals, mentorGoals);
    this.closeReason = r.close == null ? Optional.empty() : Optional.of(r.close.reason());
    this.closedOn = r.close == null ? Optional.empty() : Optional.of(r.close.date());
    if (r.close == null) {
      this.healthReasons = r.healthReasons(daysSinceLastSession, asOf, start);
      PairHealth h = PairHealth.ACTIVE;
      for (HealthReason reason : healthReasons) {
        if (reason.rule().health().compareTo(h) > 0) {
          h = reason.rule().health();
        }
      }
      this.health = Optional.of(h);
    } else {
      this.healthReasons = ImmutableList.of();
      this.health = Optional.empty();
    }
  }

  /**
   * Replays the events of one pair.
   *
   * @param pair the pair; events of other pairs are ignored
   * @param matchScore the pair's match score in [0, 1]
   * @param menteeGoals the mentee's learning goals in the programme (may be empty)
   * @param events journal events in recording order, iterated twice; those of other pairs, dated after {@code asOf},
   *     retracted or retractions are ignored
   * @param asOf the date the metrics describe
   * @param start the day the pair started (for {@link HealthRule#NEVER_MET})
   * @param options thresholds
   * @throws IllegalArgumentException if the score is outside [0, 1]
   */
  public static PairMetrics replay(MentoringPair pair, double matchScore, Iterable<LearningGoal> menteeGoals,
      Iterable<? extends JournalEvent> events, LocalDate asOf, LocalDate start, MetricsOptions options) {
    return replay(pair, matchScore, List.of(), menteeGoals, events, asOf, start, options);
  }

  /**
   * Replays the events of one pair, measuring the learning goals of both sides.
   *
   * @param pair the pair; events of other pairs are ignored
   * @param matchScore the pair's match score in [0, 1]
   * @param mentorGoals the mentor's learning goals in the programme (may be empty)
   * @param menteeGoals the mentee's learning goals in the programme (may be empty)
   * @param events journal events in recording order, iterated twice; those of other pairs, dated after {@code asOf},
   *     retracted or retractions are ignored
   * @param asOf the date the metrics describe
   * @param start the day the pair started (for {@link HealthRule#NEVER_MET})
   * @param options thresholds
   * @throws IllegalArgumentException if the score is outside [0, 1]
   */
  public static PairMetrics replay(MentoringPair pair, double matchScore, Iterable<LearningGoal> mentorGoals,
      Iterable<LearningGoal> menteeGoals, Iterable<? extends JournalEvent> events, LocalDate asOf, LocalDate start,
      MetricsOptions options) {
    requireNonNull(pair, "pair");
    requireNonNull(mentorGoals, "mentorGoals");
    requireNonNull(menteeGoals, "menteeGoals");
    requireNonNull(events, "events");
    requireNonNull(asOf, "asOf");
    requireNonNull(start, "start");
    requireNonNull(options, "options");
    if (!(matchScore >= 0 && matchScore <= 1)) {
      throw new IllegalArgumentException("matchScore must be in [0, 1], was " + matchScore);
    }
    Replay r = new Replay(pair, matchScore, ImmutableList.copyOf(mentorGoals), ImmutableList.copyOf(menteeGoals),
        options);
    Retractions retractions = Retractions.of(events);
    for (JournalEvent e : events) {
      if (retractions.counts(e) && e.pair().equals(pair) && !e.date().isAfter(asOf)) {
        r.apply(e);
      }
    }
    return r.finish(asOf, start);
  }

  /**
   * A pair's metrics built one event at a time, for a single streaming pass over a journal: memory is
   * O(goals + cancellation window), whatever the number of events. Events may come in any date order; the
   * result equals {@link PairMetrics#replay} over the same events in the same order. Not thread-safe.
   */
  static final class Accumulator {
    private final Replay replay;

    Accumulator(MentoringPair pair, double matchScore, ImmutableList<LearningGoal> mentorGoals,
        ImmutableList<LearningGoal> menteeGoals, MetricsOptions options) {
      if (!(matchScore >= 0 && matchScore <= 1)) {
        throw new IllegalArgumentException("matchScore must be in [0, 1], was " + matchScore);
      }
      this.replay = new Replay(pair, matchScore, mentorGoals, menteeGoals, options);
    }

    /** Adds an event of this pair dated on or before the as-of date (the caller filters). */
    void add(JournalEvent e) {
      replay.apply(e);
    }

    /** The metrics as of {@code asOf}, for a pair that started on {@code start}. */
    PairMetrics finish(LocalDate asOf, LocalDate start) {
      return replay.finish(asOf, start);
    }
  }

  /**
   * The reciprocity index of two learning ratings (Likert 1..5): {@code 2·min(a,b)/(a+b)} on {@code a} =
   * mentor's rating − 1 and {@code b} = mentee's rating − 1, and 1 when both are 0. In [0, 1], symmetric.
   *
   * @throws IllegalArgumentException if a rating is outside 1..5
   */
  public static double reciprocityIndex(int mentorLearning, int menteeLearning) {
    if (mentorLearning < Feedback.MIN_LIKERT || mentorLearning > Feedback.MAX_LIKERT
        || menteeLearning < Feedback.MIN_LIKERT || menteeLearning > Feedback.MAX_LIKERT) {
      throw new IllegalArgumentException("learning ratings must be in 1..5, were " + mentorLearning + " and "
          + menteeLearning);
    }
    int a = mentorLearning - 1;
    int b = menteeLearning - 1;
    return a + b == 0 ? 1.0 : 2.0 * Math.min(a, b) / (a + b);
  }

  /** The mentor and the mentee. */
  public MentoringPair pair() {
    return pair;
  }

  /** The pair's match score in [0, 1]. */
  public double matchScore() {
    return matchScore;
  }

  /** Sessions held. */
  public int sessionsHeld() {
    return sessionsHeld;
  }

  /** Minutes of the sessions held. */
  public int minutesHeld() {
    return minutesHeld;
  }

  /** Sessions this side cancelled. */
  public int cancellations(Side side) {
    return requireNonNull(side, "side") == Side.MENTOR ? cancelledByMentor : cancelledByMentee;
  }

  /** The date of the first session held. */
  public Optional<LocalDate> firstSession() {
    return firstSession;
  }

  /** The date of the latest session held. */
  public Optional<LocalDate> lastSession() {
    return lastSession;
  }

  /** Days from the latest session to the as-of date; empty if no session was held. */
  public OptionalInt daysSinceLastSession() {
    return daysSinceLastSession;
  }

  /** What this side reported. */
  public SideFeedback feedback(Side side) {
    return requireNonNull(side, "side") == Side.MENTOR ? mentorFeedback : menteeFeedback;
  }

  /** The reciprocity index (see the class comment); empty until both sides have rated. */
  public OptionalDouble reciprocityIndex() {
    return reciprocityIndex;
  }

  /** The closure of each of the mentee's goals, in the programme's goal order (same as {@code goals(MENTEE)}). */
  public ImmutableList<GoalClosure> goals() {
    return goals;
  }

  /** The closure of each of this side's own learning goals, by this side's own reports, in goal order. */
  public ImmutableList<GoalClosure> goals(Side learner) {
    return requireNonNull(learner, "learner") == Side.MENTEE ? goals : mentorGoals;
  }

  /** The closure balance of the two directions (see the class comment); empty until both sides reported. */
  public OptionalDouble closureBalance() {
    return closureBalance;
  }

  private static OptionalDouble closureBalance(List<GoalClosure> mentee, List<GoalClosure> mentor) {
    OptionalDouble b = mentee.stream().filter(GoalClosure::reported).mapToDouble(GoalClosure::closure).average();
    OptionalDouble a = mentor.stream().filter(GoalClosure::reported).mapToDouble(GoalClosure::closure).average();
    if (a.isEmpty() || b.isEmpty()) {
      return OptionalDouble.empty();
    }
    double x = a.getAsDouble();
    double y = b.getAsDouble();
    return OptionalDouble.of(x + y == 0 ? 1.0 : 2 * Math.min(x, y) / (x + y));
  }

  /** The health of an open pair; empty when the pair is closed. */
  public Optional<PairHealth> health() {
    return health;
  }

  /** The rules that fired, in rule order; empty for an active or closed pair. */
  public ImmutableList<HealthReason> healthReasons() {
    return healthReasons;
  }

  /** Whether the pair was closed on or before the as-of date. */
  public boolean isClosed() {
    return closeReason.isPresent();
  }

  /** Why the pair was closed, if it was. */
  public Optional<CloseReason> closeReason() {
    return closeReason;
  }

  /** The day the pair was closed, if it was. */
  public Optional<LocalDate> closedOn() {
    return closedOn;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairMetrics m && pair.equals(m.pair) && Double.compare(matchScore, m.matchScore) == 0
        && sessionsHeld == m.sessionsHeld && minutesHeld == m.minutesHeld && cancelledByMentor == m.cancelledByMentor
        && cancelledByMentee == m.cancelledByMentee && firstSession.equals(m.firstSession)
        && lastSession.equals(m.lastSession) && daysSinceLastSession.equals(m.daysSinceLastSession)
        && mentorFeedback.equals(m.mentorFeedback) && menteeFeedback.equals(m.menteeFeedback)
        && reciprocityIndex.equals(m.reciprocityIndex) && goals.equals(m.goals) && mentorGoals.equals(m.mentorGoals)
        && health.equals(m.health)
        && healthReasons.equals(m.healthReasons) && closeReason.equals(m.closeReason) && closedOn.equals(m.closedOn);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(pair, matchScore, sessionsHeld, minutesHeld, cancelledByMentor, cancelledByMentee,
        lastSession, mentorFeedback, menteeFeedback, goals, mentorGoals, health, closeReason);
  }

  /** Ids, counts and health only. */
  @Override
  public String toString() {
    return "PairMetrics[pair=" + pair + ", sessions=" + sessionsHeld + ", cancelled=" + cancelledByMentor + "/"
        + cancelledByMentee + ", status=" + health.map(Enum::name).orElse("CLOSED") + "]";
  }

  /**
   * The mutable state of one replay, kept in O(goals + cancellation window) whatever the number of events. The
   * replay's order is by date, and by arrival among events of one date: each event gets an arrival number, and
   * every "latest" below is the greatest (date, arrival), so the events may arrive in any date order.
   */
  private static final class Replay {
    final MentoringPair pair;
    final double matchScore;
    /** Per side (by ordinal), that side's own learning goals: the mentor's and the mentee's. */
    final GoalState[] goalStates;
    final MetricsOptions options;
    long arrivals;
    int sessionsHeld;
    int minutesHeld;
    final int[] cancelled = new int[Side.values().length];
    LocalDate firstSession;
    LocalDate lastSession;
    /** How many sessions were planned (held or cancelled). */
    int planned;
    /** The latest planned sessions, at most the cancellation window, in ascending (date, arrival) order. */
    final LocalDate[] recentDate;
    final long[] recentArrival;
    /** Null for held, the cancelling side for cancelled. */
    final Side[] recentCancelledBy;
    int recentSize;
    final SideState[] sides = {new SideState(), new SideState()};
    PairClosed close;
    long closeArrival;

    /** One side's feedback: count, sums, the latest answer and the latest Net Promoter answer. */
    static final class SideState {
      int count;
      double relationship;
      double learning;
      double recognition;
      Feedback latest;
      long latestArrival;
      Feedback latestNps;
      long latestNpsArrival;
    }

    /** One side's own goals and, per goal, the latest level that side reported: date, arrival and level. */
    static final class GoalState {
      final ImmutableList<LearningGoal> goals;
      final LocalDate[] date;
      final long[] arrival;
      final int[] level;

      GoalState(ImmutableList<LearningGoal> goals) {
        this.goals = goals;
        this.date = new LocalDate[goals.size()];
        this.arrival = new long[goals.size()];
        this.level = new int[goals.size()];
      }
    }

    Replay(MentoringPair pair, double matchScore, ImmutableList<LearningGoal> mentorGoals,
        ImmutableList<LearningGoal> menteeGoals, MetricsOptions options) {
      this.pair = pair;
      this.matchScore = matchScore;
      this.goalStates = new GoalState[Side.values().length];
      this.goalStates[Side.MENTOR.ordinal()] = new GoalState(mentorGoals);
      this.goalStates[Side.MENTEE.ordinal()] = new GoalState(menteeGoals);
      this.options = options;
      int window = options.cancellationWindow();
      this.recentDate = new LocalDate[window];
      this.recentArrival = new long[window];
      this.recentCancelledBy = new Side[window];
    }

    /** Whether (date, arrival) comes after (otherDate, otherArrival); a null other comes before everything. */
    private static boolean after(LocalDate date, long arrival, LocalDate otherDate, long otherArrival) {
      if (otherDate == null) {
        return true;
      }
      int c = date.compareTo(otherDate);
      return c > 0 || (c == 0 && arrival > otherArrival);
    }

    void apply(JournalEvent e) {
      long arrival = arrivals++;
      LocalDate date = e.date();
      if (e instanceof SessionHeld s) {
        sessionsHeld++;
        minutesHeld += s.minutes();
        if (firstSession == null || date.isBefore(firstSession)) {
          firstSession = date;
        }
        if (lastSession == null || date.isAfter(lastSession)) {
          lastSession = date;
        }
        planned(date, arrival, null);
      } else if (e instanceof SessionCancelled c) {
        cancelled[c.cancelledBy().ordinal()]++;
        planned(date, arrival, c.cancelledBy());
      } else if (e instanceof Feedback f) {
        SideState side = sides[f.from().ordinal()];
        side.count++;
        side.relationship += f.relationship();
        side.learning += f.learning();
        side.recognition += f.recognition();
        if (side.latest == null || after(date, arrival, side.latest.date(), side.latestArrival)) {
          side.latest = f;
          side.latestArrival = arrival;
        }
        if (f.nps().isPresent() && (side.latestNps == null
            || after(date, arrival, side.latestNps.date(), side.latestNpsArrival))) {
          side.latestNps = f;
          side.latestNpsArrival = arrival;
        }
        // the respondent's progress is on the respondent's own goals
        GoalState own = goalStates[f.from().ordinal()];
        for (int g = 0; g < own.goals.size(); g++) {
          Integer level = f.progress().get(own.goals.get(g).skill());
          if (level != null && after(date, arrival, own.date[g], own.arrival[g])) {
            own.date[g] = date;
            own.arrival[g] = arrival;
            own.level[g] = level;
          }
        }
      } else if (e instanceof PairClosed c) {
        if (close == null || after(date, arrival, close.date(), closeArrival)) {
          close = c;
          closeArrival = arrival;
        }
      }
    }

    /** Keeps the planned session if it is among the latest {@code window} ones. O(window). */
    private void planned(LocalDate date, long arrival, Side cancelledBy) {
      planned++;
      int window = recentDate.length;
      if (window == 0) {
        return;
      }
      if (recentSize == window) {
        if (!after(date, arrival, recentDate[0], recentArrival[0])) {
          return; // older than every kept one
        }
        // drop the oldest
        System.arraycopy(recentDate, 1, recentDate, 0, window - 1);
        System.arraycopy(recentArrival, 1, recentArrival, 0, window - 1);
        System.arraycopy(recentCancelledBy, 1, recentCancelledBy, 0, window - 1);
        recentSize--;
      }
      int at = recentSize;
      while (at > 0 && after(recentDate[at - 1], recentArrival[at - 1], date, arrival)) {
        recentDate[at] = recentDate[at - 1];
        recentArrival[at] = recentArrival[at - 1];
        recentCancelledBy[at] = recentCancelledBy[at - 1];
        at--;
      }
      recentDate[at] = date;
      recentArrival[at] = arrival;
      recentCancelledBy[at] = cancelledBy;
      recentSize++;
    }

    PairMetrics finish(LocalDate asOf, LocalDate start) {
      return new PairMetrics(this, asOf, start);
    }

    SideFeedback sideFeedback(Side side) {
      SideState s = sides[side.ordinal()];
      if (s.count == 0) {
        return SideFeedback.NONE;
      }
      int n = s.count;
      OptionalInt nps = s.latestNps == null ? OptionalInt.empty() : s.latestNps.nps();
      return new SideFeedback(n, Optional.of(s.latest.date()), Optional.of(Ratings.of(s.latest)),
          Optional.of(new Ratings(clampLikert(s.relationship / n), clampLikert(s.learning / n),
              clampLikert(s.recognition / n))), nps);
    }

    /** Guards a mean of 1..5 values against rounding just outside the scale. */
    private static double clampLikert(double v) {
      return Math.max(Feedback.MIN_LIKERT, Math.min(Feedback.MAX_LIKERT, v));
    }

    ImmutableList<GoalClosure> goalClosures(Side learner) {
      GoalState own = goalStates[learner.ordinal()];
      ImmutableList.Builder<GoalClosure> out = ImmutableList.builder();
      for (int g = 0; g < own.goals.size(); g++) {
        LearningGoal goal = own.goals.get(g);
        OptionalInt level = own.date[g] == null ? OptionalInt.empty() : OptionalInt.of(own.level[g]);
        out.add(GoalClosure.of(goal.skill(), goal.current(), goal.target(), level));
      }
      return out.build();
    }

    ImmutableList<HealthReason> healthReasons(OptionalInt daysSince, LocalDate asOf, LocalDate start) {
      ImmutableList.Builder<HealthReason> out = ImmutableList.builder();
      if (lastSession == null) {
        long sinceStart = ChronoUnit.DAYS.between(start, asOf);
        if (sinceStart >= options.dormantIfNeverMetAfterDays()) {
          out.add(new HealthReason(HealthRule.NEVER_MET, Optional.empty(), "no session held in the " + sinceStart
              + " days since the start (threshold " + options.dormantIfNeverMetAfterDays() + " days)",
              ImmutableMap.of("days", sinceStart, "threshold", options.dormantIfNeverMetAfterDays())));
        }
      } else {
        int days = daysSince.getAsInt();
        if (days >= options.dormantAfterDays()) {
          out.add(new HealthReason(HealthRule.NO_SESSION_DORMANT, Optional.empty(), "no session for " + days
              + " days (threshold " + options.dormantAfterDays() + " days)",
              ImmutableMap.of("days", days, "threshold", options.dormantAfterDays())));
        } else if (days >= options.atRiskAfterDays()) {
          out.add(new HealthReason(HealthRule.NO_RECENT_SESSION, Optional.empty(), "no session for " + days
              + " days (threshold " + options.atRiskAfterDays() + " days)",
              ImmutableMap.of("days", days, "threshold", options.atRiskAfterDays())));
        }
      }
      int window = Math.min(options.cancellationWindow(), planned);
      for (Side side : Side.values()) {
        int n = 0;
        for (int i = 0; i < recentSize; i++) {
          if (recentCancelledBy[i] == side) {
            n++;
          }
        }
        if (n >= options.cancellationsAtRisk()) {
          out.add(new HealthReason(HealthRule.REPEATED_CANCELLATIONS, Optional.of(side), "the " + sideName(side)
              + " cancelled " + n + " of the last " + window + " planned sessions",
              ImmutableMap.of("cancelled", n, "window", window)));
        }
      }
      if (firstSession != null) {
        for (Side side : Side.values()) {
          // the latest answer overall is the latest one on or after the first session, if any is
          Feedback latest = sides[side.ordinal()].latest;
          if (latest != null && !latest.date().isBefore(firstSession)
              && latest.relationship() <= options.lowRelationshipRating()) {
            out.add(new HealthReason(HealthRule.LOW_RELATIONSHIP_RATING, Optional.of(side), "the "
                + sideName(side) + " rated the relationship " + latest.relationship() + " of 5 on " + latest.date(),
                ImmutableMap.of("rating", latest.relationship(), "date", latest.date())));
          }
        }
      }
      return out.build();
    }
  }

  /** {@code mentor} or {@code mentee}. */
  static String sideName(Side side) {
    return side.name().toLowerCase(Locale.ROOT);
  }
}
