package dev.reverso.cli.demo;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Six simulated months of a reverse-mentoring programme, for {@code reverso demo}: what the matched pairs do
 * after the match, written as journal events (sessions held and cancelled, two-sided feedback, early closes),
 * with the people of the pairs that close early matched again by another {@link Matcher}.
 *
 * <h2>The model</h2>
 * The simulation is a toy, but one whose outcomes follow the match score, so that the reports show the
 * patterns a programme manager looks for. Each pair gets a <b>quality</b> {@code q} in [0.02, 0.98]:
 * <pre>  q = clamp(0.5 + 2.5 · (score − mean score of the initial pairs) + 0.12 · N(0, 1))</pre>
 * a better-than-average score gives a better pair, and the normal term is the "chemistry" no score
 * captures. Then, day by day from {@code start} for {@value #MONTHS} months:
 * <ul>
 *   <li><b>Sessions.</b> A pair plans a session every {@value #CADENCE_DAYS} days, the first one within its
 *       first two weeks. A planned session is held with probability {@code 0.55 + 0.4·q} (minus 0.25 when the
 *       senior is one of the 20% of <em>busy</em> mentees), lasting 30 to 90 minutes (longer for better
 *       pairs); otherwise it is cancelled, by the mentee with probability 0.6 (0.9 for a busy mentee) and by
 *       the mentor otherwise — the seniors' diaries are the usual reason sessions fall through.</li>
 *   <li><b>Drifting apart.</b> A weak pair ({@code q < 0.45}) stops meeting, with probability 0.35, at a day
 *       drawn between 60 and 150 days after its start, without closing: nothing more is recorded for it, so the
 *       reports see it going quiet (at risk, then dormant).</li>
 *   <li><b>Early closes.</b> From its fourth week, after each planned session a pair closes with
 *       {@link CloseReason#MENTEE_LEFT} with probability 0.004 (the senior leaves the programme, closing all
 *       their pairs that day) and, when
 *       {@code q < 0.35}, with {@link CloseReason#MISMATCH} with probability 0.07.</li>
 *   <li><b>Re-matching.</b> At the end of a day on which pairs closed, the people with free capacity are matched
 *       again with the re-match {@link Matcher} (the {@code incremental} strategy in the demo): every open pair
 *       stays as it is and uses its people's capacity, every closed pair joins the
 *       {@linkplain Program#history() history} (so it is not made again), and mentees who left are not matched
 *       again. Only the free people (and the org chart above them) are encoded, so a re-match costs what the
 *       free people cost, not the whole programme. The new pairs start a week later and are simulated like the
 *       others.</li>
 *   <li><b>Feedback.</b> After weeks 8, 16 and 25, each side of every open pair that has planned a session
 *       answers the survey (mentors with probability 0.9, mentees 0.75, busy mentees 0.5). With the
 *       experience {@code e = 0.6·q + 0.4·(sessions held / sessions planned)}, each Likert rating is
 *       {@code clamp(round(1.8 + 3.2·x + 0.6·N(0, 1)), 1, 5)} with {@code x = e} for relationship and recognition
 *       and {@code x = (e + c)/2} for learning, where {@code c} is the pair's coverage score for the side
 *       (forward coverage for the mentee, reverse coverage for the mentor): a pair matched on what one side
 *       wants to learn teaches that side more. The Net Promoter answer is {@code clamp(round(4 + 7·e + 1.2·N(0,
 *       1)), 0, 10)}. Each side reports a new self-rated level in each of its own learning goals: the current
 *       level plus {@code (target − current) · min(1, held/10) · (0.3 + 0.7·x)}, plus a uniform draw in
 *       [0, 0.5), rounded down, capped at the target and never going back. One answer
 *       in five carries a private comment.</li>
 *   <li><b>The end of a cohort.</b> When the run {@linkplain Ending#COMPLETE completes the cohort} (every cohort
 *       but the last one of the demo), each pair still open on the last day either goes on into the next cohort
 *       — a pair that still meets and whose quality is at least {@value #CONTINUE_QUALITY}, with probability
 *       {@value #CONTINUE_SHARE} — or is closed as {@link CloseReason#COMPLETED} that day. Pairs made by a
 *       re-match that start after the last day go on. With {@link Ending#OPEN} every open pair stays open.</li>
 * </ul>
 *
 * <p><b>Deterministic.</b> One {@link SplittableRandom} seeded with the seed is split once per pair, in the
 * order pairs are made (initial pairs in result order, then re-matches), and each pair draws only from its
 * own generator; days, pairs within a day and events within a pair are processed in a fixed order. The same
 * programme, match result, seed and start date give the same events, in the same order, with the same ids.
 * No clock is read. O(days · pairs) plus one re-match per day with closes, each over the free people only.
 *
 * <p><b>Privacy.</b> The simulation logs counts and dates only. The comments it writes are canned sentences,
 * recorded in the journal as private text, which no report shows.
 */
public final class DemoSimulation {
  /** The default first day: a Monday. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 5);
  /** The lowest quality of a pair that may go on into the next cohort. */
  public static final double CONTINUE_QUALITY = 0.5;
  /** The probability that such a pair goes on. */
  public static final double CONTINUE_SHARE = 0.4;
  /** How long the programme runs. */
  public static final int MONTHS = 6;
  /** Days between two planned sessions of a pair. */
  public static final int CADENCE_DAYS = 14;
  /** The weeks after the start at the end of which both sides are asked for feedback. */
  public static final ImmutableList<Integer> FEEDBACK_WEEKS = ImmutableList.of(8, 16, 25);
  /** The private comments a simulated answer may carry (never shown in any report). */
  public static final ImmutableList<String> COMMENTS = ImmutableList.of(
      "Our last conversation about prompt design changed how I brief my team.",
      "Hard to find a slot in the calendar this month, but worth it when we meet.",
      "I finally understand how the quarterly planning really works.",
      "We spent the session on a real board memo; very concrete.",
      "My partner listens more than I expected and challenges me kindly.",
      "We should meet in person once; video calls make it feel formal.");

  private static final Logger LOG = LoggerFactory.getLogger(DemoSimulation.class);
  private static final double BUSY_MENTEE_SHARE = 0.2;
  private static final double MENTEE_LEFT_PER_SESSION = 0.004;
  private static final double MISMATCH_PER_SESSION = 0.07;
  private static final double MISMATCH_QUALITY = 0.35;
  private static final double DRIFT_QUALITY = 0.45;
  private static final double DRIFT_SHARE = 0.35;
  private static final int[] MINUTES = {30, 45, 60, 75, 90};

  private final Program program;
  private final MatchResult initial;
  private final Matcher rematcher;
  private final LocalDate start;
  private final LocalDate end;
  private final SplittableRandom master;
  private final DayListener listener;
  private final int firstEventNumber;
  private final Ending ending;
  private final double meanScore;
  private final List<PairRun> runs = new ArrayList<>();
  private final Map<ParticipantId, List<PairRun>> runsByMentee = new HashMap<>();
  /** The open pairs and each person's number of open pairs, kept up to date as pairs start and close. */
  private final Set<MentoringPair> openPairs = new HashSet<>();
  private final Map<ParticipantId, Integer> load = new HashMap<>();
  private final List<JournalEvent> events = new ArrayList<>();
  private final List<Pairing> rematched = new ArrayList<>();
  private final List<PairClosed> closes = new ArrayList<>();
  private final Set<ParticipantId> menteesWhoLeft = new LinkedHashSet<>();

  /** What happens to the pairs still open on the last day. */
  public enum Ending {
    /** They stay open: the programme goes on (the report sees them as running). */
    OPEN,
    /** The cohort completes: most close as {@link CloseReason#COMPLETED}, a few good ones go on. */
    COMPLETE
  }

  /** Hears how many of the simulated days are done, for a progress bar. */
  @FunctionalInterface
  public interface DayListener {
    /** Nothing to hear. */
    DayListener NONE = (done, total) -> { };

    /**
     * Called after each simulated day.
     *
     * @param done days simulated so far
     * @param total days to simulate
     */
    void dayDone(int done, int total);
  }

  /**
   * What the simulation produced.
   *
   * @param start the first day
   * @param end the last day: by default {@value #MONTHS} months later (the day before the same date
   *     {@value #MONTHS} months on)
   * @param matches every pair of the programme: the initial pairs (including those closed early) and the
   *     re-matches, with the initial strategy's name and its solver path followed by {@code " + "} and the
   *     re-matching strategy's name when re-matching made pairs; the unmatched are the initial ones still
   *     without a pair
   * @param events the journal events in the order they happened (dates never decrease)
   * @param rematched the pairs made by re-matching, in the order they were made
   * @param closedEarly the early closes, in the order they happened
   */
  public record Result(LocalDate start, LocalDate end, MatchResult matches, ImmutableList<JournalEvent> events,
      ImmutableList<Pairing> rematched, ImmutableList<PairClosed> closedEarly) {
    /** Validates and copies the components. */
    public Result {
      requireNonNull(start, "start");
      requireNonNull(end, "end");
      requireNonNull(matches, "matches");
      events = ImmutableList.copyOf(events);
      rematched = ImmutableList.copyOf(rematched);
      closedEarly = ImmutableList.copyOf(closedEarly);
    }

    /** Every pair of the programme as a {@link MentoringPair}, in {@link #matches()} order. */
    public ImmutableList<MentoringPair> roster() {
      return matches.pairs().stream().map(p -> new MentoringPair(p.mentorId(), p.menteeId()))
          .collect(ImmutableList.toImmutableList());
    }

    /** Counts and dates only. */
    @Override
    public String toString() {
      return "DemoSimulation.Result[" + start + ".." + end + ", pairs=" + matches.pairs().size() + ", events="
          + events.size() + ", rematched=" + rematched.size() + ", closedEarly=" + closedEarly.size() + "]";
    }
  }

  private DemoSimulation(Program program, MatchResult initial, Matcher rematcher, long seed, LocalDate start,
      LocalDate end, int firstEventNumber, Ending ending, DayListener listener) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("the last day " + end + " is before the first day " + start);
    }
    if (firstEventNumber < 1) {
      throw new IllegalArgumentException("firstEventNumber must be at least 1, was " + firstEventNumber);
    }
    this.firstEventNumber = firstEventNumber;
    this.ending = requireNonNull(ending, "ending");
    this.program = requireNonNull(program, "program");
    this.initial = requireNonNull(initial, "initial");
    this.rematcher = requireNonNull(rematcher, "rematcher");
    this.start = requireNonNull(start, "start");
    this.end = end;
    this.listener = requireNonNull(listener, "listener");
    this.master = new SplittableRandom(seed);
    this.meanScore = initial.statistics().meanScore();
  }

  /**
   * Simulates the programme.
   *
   * @param program the programme that was matched
   * @param initial the match result of {@code program}
   * @param rematcher the matcher for the people of pairs that close early (the demo uses {@code incremental})
   * @param seed the random seed
   * @param start the first day
   * @param listener hears each simulated day
   * @return the events, all pairs and the re-matches
   * @throws IllegalArgumentException if a pair of {@code initial} names someone who is not in {@code program}
   */
  public static Result run(Program program, MatchResult initial, Matcher rematcher, long seed, LocalDate start,
      DayListener listener) {
    return run(program, initial, rematcher, seed, start, start.plusMonths(MONTHS).minusDays(1), 1, Ending.OPEN,
        listener);
  }

  /**
   * Simulates one cohort of a programme that may run several, all recorded in one journal.
   *
   * @param program the cohort's programme that was matched
   * @param initial the match result of {@code program}
   * @param rematcher the matcher for the people of pairs that close early
   * @param seed the random seed
   * @param start the first day
   * @param end the last day (the feedback weeks that fall after it are not asked)
   * @param firstEventNumber the number of the first event id ({@code demo-000001} for 1): an earlier cohort's
   *     event count plus one, so that the ids of one journal never repeat
   * @param ending what happens to the pairs still open on the last day
   * @param listener hears each simulated day
   * @return the events, all pairs and the re-matches
   * @throws IllegalArgumentException if a pair of {@code initial} names someone who is not in {@code program}, or
   *     if {@code end} is before {@code start} or {@code firstEventNumber < 1}
   */
  public static Result run(Program program, MatchResult initial, Matcher rematcher, long seed, LocalDate start,
      LocalDate end, int firstEventNumber, Ending ending, DayListener listener) {
    return new DemoSimulation(program, initial, rematcher, seed, start, requireNonNull(end, "end"),
        firstEventNumber, ending, listener).simulate();
  }

  private Result simulate() {
    for (Pairing p : initial.pairs()) {
      runs.add(newRun(p, start));
    }
    Set<LocalDate> feedbackDays = new HashSet<>();
    FEEDBACK_WEEKS.forEach(w -> feedbackDays.add(start.plusWeeks(w)));
    int total = (int) ChronoUnit.DAYS.between(start, end) + 1;
    int done = 0;
    for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
      boolean closedToday = false;
      for (int r = 0; r < runs.size(); r++) {
        PairRun run = runs.get(r);
        if (!run.closed && day.equals(run.nextSession)) {
          closedToday |= session(run, day);
        }
      }
      if (feedbackDays.contains(day)) {
        for (PairRun run : runs) {
          if (!run.closed && run.planned > 0) {
            feedback(run, day, Side.MENTOR);
            feedback(run, day, Side.MENTEE);
          }
        }
      }
      if (closedToday) {
        rematch(day);
      }
      listener.dayDone(++done, total);
    }
    if (ending == Ending.COMPLETE) {
      complete();
    }
    MatchResult all = allPairs();
    LOG.debug("simulated {} to {}: {} pairs, {} events, {} closed early, {} re-matched", start, end,
        all.pairs().size(), events.size(), closes.size(), rematched.size());
    return new Result(start, end, all, ImmutableList.copyOf(events), ImmutableList.copyOf(rematched),
        ImmutableList.copyOf(closes));
  }

  private PairRun newRun(Pairing pairing, LocalDate pairStart) {
    Participant mentor = program.participant(pairing.mentorId()).orElseThrow(() ->
        new IllegalArgumentException("the mentor " + pairing.mentorId() + " is not in the programme"));
    Participant mentee = program.participant(pairing.menteeId()).orElseThrow(() ->
        new IllegalArgumentException("the mentee " + pairing.menteeId() + " is not in the programme"));
    SplittableRandom random = master.split();
    double quality = clamp(0.5 + 2.5 * (pairing.score() - meanScore) + 0.12 * random.nextGaussian(), 0.02, 0.98);
    boolean busyMentee = random.nextDouble() < BUSY_MENTEE_SHARE;
    LocalDate driftFrom = null;
    if (quality < DRIFT_QUALITY && random.nextDouble() < DRIFT_SHARE) {
      driftFrom = pairStart.plusDays(60 + random.nextInt(91));
    }
    LocalDate first = pairStart.plusDays(random.nextInt(CADENCE_DAYS));
    PairRun run = new PairRun(pairing, mentor, mentee, random, quality, busyMentee, driftFrom, pairStart, first);
    runsByMentee.computeIfAbsent(mentee.id(), id -> new ArrayList<>()).add(run);
    openPairs.add(run.pair);
    load.merge(run.pair.mentorId(), 1, Integer::sum);
    load.merge(run.pair.menteeId(), 1, Integer::sum);
    return run;
  }

  /** One planned session of a pair; true if the pair closed. */
  private boolean session(PairRun run, LocalDate day) {
    if (run.driftFrom != null && !day.isBefore(run.driftFrom)) {
      run.nextSession = null; // drifted apart: nothing more is recorded, the pair is not closed
      return false;
    }
    SplittableRandom random = run.random;
    run.planned++;
    double held = clamp(0.55 + 0.4 * run.quality - (run.busyMentee ? 0.25 : 0), 0.05, 0.97);
    if (random.nextDouble() < held) {
      run.held++;
      int longest = 2 + (int) Math.round(2 * run.quality);
      events.add(SessionHeld.of(nextId(), run.mentor.id().value(), run.mentee.id().value(), day,
          MINUTES[random.nextInt(longest + 1)]));
    } else {
      double byMentee = run.busyMentee ? 0.9 : 0.6;
      Side side = random.nextDouble() < byMentee ? Side.MENTEE : Side.MENTOR;
      events.add(SessionCancelled.of(nextId(), run.pair, day, side));
    }
    run.nextSession = day.plusDays(CADENCE_DAYS);
    if (ChronoUnit.DAYS.between(run.pairStart, day) >= 21) {
      CloseReason reason = null;
      if (random.nextDouble() < MENTEE_LEFT_PER_SESSION) {
        reason = CloseReason.MENTEE_LEFT;
      } else if (run.quality < MISMATCH_QUALITY && random.nextDouble() < MISMATCH_PER_SESSION) {
        reason = CloseReason.MISMATCH;
      }
      if (reason != null) {
        PairClosed close = PairClosed.of(nextId(), run.pair, day, reason);
        events.add(close);
        closes.add(close);
        closed(run);
        if (reason == CloseReason.MENTEE_LEFT) {
          menteesWhoLeft.add(run.mentee.id());
          // a mentee with room for several mentors leaves all their pairs at once
          for (PairRun other : runsByMentee.get(run.mentee.id())) {
            if (!other.closed) {
              PairClosed also = PairClosed.of(nextId(), other.pair, day, CloseReason.MENTEE_LEFT);
              events.add(also);
              closes.add(also);
              closed(other);
            }
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * The last day of a cohort that completes: each open pair that has begun either goes on (a good pair still
   * meeting, drawn from its own generator) or closes as completed.
   */
  private void complete() {
    for (PairRun run : runs) {
      if (run.closed || run.pairStart.isAfter(end)) {
        continue;
      }
      boolean meeting = run.nextSession != null;
      if (meeting && run.quality >= CONTINUE_QUALITY && run.random.nextDouble() < CONTINUE_SHARE) {
        continue;
      }
      events.add(PairClosed.of(nextId(), run.pair, end, CloseReason.COMPLETED));
      closed(run);
    }
  }

  /** Marks a pair closed and gives its people's capacity back. */
  private void closed(PairRun run) {
    run.closed = true;
    run.nextSession = null;
    openPairs.remove(run.pair);
    load.merge(run.pair.mentorId(), -1, Integer::sum);
    load.merge(run.pair.menteeId(), -1, Integer::sum);
  }

  private void feedback(PairRun run, LocalDate day, Side side) {
    SplittableRandom random = run.random;
    double answers = side == Side.MENTOR ? 0.9 : run.busyMentee ? 0.5 : 0.75;
    if (random.nextDouble() >= answers) {
      return;
    }
    double experience = 0.6 * run.quality + 0.4 * run.held / run.planned;
    String coverage = side == Side.MENTEE ? Criteria.FORWARD_COVERAGE_ID : Criteria.REVERSE_COVERAGE_ID;
    double taught = run.pairing.explanation().contribution(coverage).map(Explanation.Contribution::score)
        .orElse(run.quality);
    double learningExperience = (experience + taught) / 2;
    Feedback.Builder b = Feedback.builder(nextId(), run.pair, day, side)
        .ratings(likert(experience, random), likert(learningExperience, random), likert(experience, random))
        .nps((int) clamp(Math.round(4 + 7 * experience + 1.2 * random.nextGaussian()), 0, 10));
    Participant giver = side == Side.MENTOR ? run.mentor : run.mentee;
    Map<String, Integer> levels = side == Side.MENTOR ? run.mentorLevels : run.menteeLevels;
    double sessions = Math.min(1, run.held / 10.0);
    for (LearningGoal goal : giver.goals()) {
      double gained = (goal.target() - goal.current()) * sessions * (0.3 + 0.7 * learningExperience);
      int level = Math.min(goal.target(), goal.current() + (int) Math.floor(gained + 0.5 * random.nextDouble()));
      level = Math.max(level, levels.getOrDefault(goal.skill(), goal.current()));
      levels.put(goal.skill(), level);
      b.progress(goal.skill(), level);
    }
    if (random.nextDouble() < 0.2) {
      b.comment(COMMENTS.get(random.nextInt(COMMENTS.size())));
    }
    events.add(b.build());
  }

  /**
   * Matches the people with free capacity again; the new pairs start a week later.
   *
   * <p>Only the free people are matched: a sub-programme of the mentors and mentees with capacity left (their
   * capacity reduced by their open pairs), everyone above them in the org chart (so that the reporting-chain
   * rule sees the same chains) and, among the free people, the history: the programme's, every closed pair and
   * the open pairs (so that none is made twice). Scores are pair-local, so this is the problem the re-match
   * strategy solves with every open pair locked, in O(free people · chain depth + history) instead of
   * O(programme) per re-match.
   */
  private void rematch(LocalDate day) {
    Set<MentoringPair> openSet = openPairs;
    List<Participant> freeMentors = free(program.mentors(), load);
    List<Participant> freeMentees = new ArrayList<>();
    for (Participant p : free(program.mentees(), load)) {
      if (!menteesWhoLeft.contains(p.id())) {
        freeMentees.add(p);
      }
    }
    if (freeMentors.isEmpty() || freeMentees.isEmpty()) {
      return;
    }
    Set<ParticipantId> included = new HashSet<>();
    freeMentors.forEach(p -> included.add(p.id()));
    freeMentees.forEach(p -> included.add(p.id()));
    List<Participant> above = new ArrayList<>();
    for (List<Participant> side : List.of(freeMentors, freeMentees)) {
      for (Participant p : side) {
        Participant at = p;
        while (at.managerId().isPresent()) {
          ParticipantId manager = at.managerId().get();
          Participant m = program.participant(manager).orElse(null);
          if (m == null || !included.add(manager)) {
            break; // the top of the line, or a chain already walked from here up
          }
          above.add(unpinned(m));
          at = m;
        }
      }
    }
    // only pairs between free people can be made again: the rest of the history cannot matter here
    List<MentoringPair> history = new ArrayList<>();
    List<MentoringPair> earlier = new ArrayList<>(program.history());
    closes.forEach(c -> earlier.add(c.pair()));
    earlier.addAll(openSet);
    for (MentoringPair pair : earlier) {
      if (included.contains(pair.mentorId()) && included.contains(pair.menteeId())) {
        history.add(pair);
      }
    }
    history.sort(null); // openSet is a hash set: a fixed order keeps the run deterministic
    Program free = Program.builder().mentors(freeMentors).mentees(freeMentees).people(above)
        .taxonomy(program.taxonomy()).history(history).build();
    MatchResult again = rematcher.match(free);
    int before = rematched.size();
    for (Pairing p : again.pairs()) {
      MentoringPair pair = new MentoringPair(p.mentorId(), p.menteeId());
      if (!openSet.contains(pair)) {
        rematched.add(p);
        runs.add(newRun(p, day.plusDays(7)));
      }
    }
    LOG.debug("re-matched on {}: {} open pairs kept, {} free mentors and {} free mentees, {} new pairs", day,
        openSet.size(), freeMentors.size(), freeMentees.size(), rematched.size() - before);
  }

  /** Pins and stated preferences were for the first round: the pairs they asked for are made (or closed). */
  private static Participant unpinned(Participant p) {
    return p.toBuilder().clearPin().clearPreferences().build();
  }

  /** The people of a role with capacity left, in programme order, with their capacity reduced to what is left. */
  private static List<Participant> free(List<Participant> role, Map<ParticipantId, Integer> load) {
    List<Participant> out = new ArrayList<>();
    for (Participant p : role) {
      int used = load.getOrDefault(p.id(), 0);
      if (used < p.capacity()) {
        out.add(unpinned(p).toBuilder().capacity(p.capacity() - used).build());
      }
    }
    return out;
  }

  /** The initial pairs and the re-matches in one result; the still unmatched keep their initial reason. */
  private MatchResult allPairs() {
    String path = initial.solverPath();
    if (!rematched.isEmpty()) {
      String again = rematcher.strategy().name();
      path = path.isEmpty() ? again : path + " + " + again;
    }
    MatchResult.Builder b = MatchResult.builder(initial.strategy()).solverPath(path);
    Set<ParticipantId> paired = new HashSet<>();
    for (Pairing p : initial.pairs()) {
      b.pair(p);
      paired.add(p.mentorId());
      paired.add(p.menteeId());
    }
    for (Pairing p : rematched) {
      b.pair(p);
      paired.add(p.mentorId());
      paired.add(p.menteeId());
    }
    initial.unmatched().stream().filter(u -> !paired.contains(u.participantId())).forEach(b::unmatched);
    return b.build();
  }

  private String nextId() {
    return String.format(Locale.ROOT, "demo-%06d", firstEventNumber + events.size());
  }

  private static int likert(double x, SplittableRandom random) {
    return (int) clamp(Math.round(1.8 + 3.2 * x + 0.6 * random.nextGaussian()), 1, 5);
  }

  private static double clamp(double x, double low, double high) {
    return Math.max(low, Math.min(high, x));
  }

  /** The simulated state of one pair. */
  private static final class PairRun {
    final Pairing pairing;
    final MentoringPair pair;
    final Participant mentor;
    final Participant mentee;
    final SplittableRandom random;
    final double quality;
    final boolean busyMentee;
    final LocalDate driftFrom;
    final LocalDate pairStart;
    final Map<String, Integer> mentorLevels = new TreeMap<>();
    final Map<String, Integer> menteeLevels = new HashMap<>();
    LocalDate nextSession;
    int planned;
    int held;
    boolean closed;

    PairRun(Pairing pairing, Participant mentor, Participant mentee, SplittableRandom random, double quality,
        boolean busyMentee, LocalDate driftFrom, LocalDate pairStart, LocalDate firstSession) {
      this.pairing = pairing;
      this.pair = new MentoringPair(pairing.mentorId(), pairing.menteeId());
      this.mentor = mentor;
      this.mentee = mentee;
      this.random = random;
      this.quality = quality;
      this.busyMentee = busyMentee;
      this.driftFrom = driftFrom;
      this.pairStart = pairStart;
      this.nextSession = firstSession;
    }
  }
}
