package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.journal.CircleFeedback;
import dev.reverso.reporting.journal.CircleSessionHeld;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Retractions;
import dev.reverso.reporting.journal.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The metrics of a whole programme as of a date: every matched pair's {@link PairMetrics}, the three Rs
 * ({@link Reciprocity}, {@link Recognition}, {@link Relationship}, each with a written definition and a 0..1
 * headline score), pair health counts, skill-gap closure by skill, the Net Promoter Score by side, coverage by
 * department / location / seniority band against the org chart's headcount, and the match-score distribution
 * overall and by group.
 *
 * <h2>What is replayed</h2>
 * The pairs are those of the {@link MatchResult}. Journal events of other pairs are not counted (see
 * {@link #eventsOutsideMatch()}), nor are events dated after the as-of date ({@link #eventsAfterAsOf()}). The
 * circles' events ({@link CircleSessionHeld}, {@link CircleFeedback}) are left to {@link CircleMetrics}. Each
 * pair is replayed on its own ({@link PairMetrics#replay}), so the result does not depend on how the events of
 * different pairs interleave in the journal, only on each pair's own events and their relative order.
 *
 * <p><b>Raw numbers.</b> These metrics are not suppressed or pseudonymised: they carry HR ids and groups of
 * any size. Publish them through {@code dev.reverso.reporting.programreport.ProgramReport}, which applies the
 * privacy rules. Comments and notes are never read.
 *
 * <p>One streaming pass over the events ({@link #tally}): O(e·g + p log p + n) time for e events, p pairs with g
 * goals each, and n people, and memory O(p·g + n), independent of the number of events. Immutable and thread-safe;
 * the same inputs give equal metrics.
 */
public final class ProgramMetrics {
  private final LocalDate asOf;
  private final LocalDate start;
  private final MetricsOptions options;
  private final ImmutableList<PairMetrics> pairs;
  private final ImmutableMap<PairHealth, Integer> healthCounts;
  private final ImmutableMap<CloseReason, Integer> closedCounts;
  private final Reciprocity reciprocity;
  private final Recognition recognition;
  private final Relationship relationship;
  private final ImmutableMap<Side, NetPromoterScore> npsBySide;
  private final ImmutableList<SkillClosure> skillClosure;
  private final ImmutableList<SkillClosure> mentorSkillClosure;
  private final ImmutableList<GroupCoverage> coverage;
  private final ScoreDistribution scores;
  private final ImmutableList<GroupScores> scoresByGroup;
  private final int eventsOutsideMatch;
  private final int eventsAfterAsOf;

  private ProgramMetrics(Builder b) {
    this.asOf = b.asOf;
    this.start = b.start;
    this.options = b.options;
    this.pairs = b.pairs;
    this.healthCounts = b.healthCounts;
    this.closedCounts = b.closedCounts;
    this.reciprocity = b.reciprocity;
    this.recognition = b.recognition;
    this.relationship = b.relationship;
    this.npsBySide = b.npsBySide;
    this.skillClosure = b.skillClosure;
    this.mentorSkillClosure = b.mentorSkillClosure;
    this.coverage = b.coverage;
    this.scores = b.scores;
    this.scoresByGroup = b.scoresByGroup;
    this.eventsOutsideMatch = b.eventsOutsideMatch;
    this.eventsAfterAsOf = b.eventsAfterAsOf;
  }

  /**
   * Computes the metrics of a programme: {@link #tally} fed every event, then {@link Tally#finish()}.
   *
   * @param program the programme (people, goals, org chart)
   * @param matches the pairs to report on
   * @param events the journal's events in recording order (such as {@code journal.events()}); iterated twice,
   *     first for the {@link Retractions} (retracted events count in no metric)
   * @param asOf the date the metrics describe; later events are ignored
   * @param options thresholds
   */
  public static ProgramMetrics compute(Program program, MatchResult matches, Iterable<? extends JournalEvent> events,
      LocalDate asOf, MetricsOptions options) {
    requireNonNull(events, "events");
    Tally tally = tally(program, matches, Optional.of(requireNonNull(asOf, "asOf")), options, Retractions.of(events));
    events.forEach(tally);
    return tally.finish();
  }

  /**
   * A tally that computes the metrics in one streaming pass over a journal: feed it every event in recording
   * order (for example {@code JournalReader.forEach(file, tally)} or {@code journal.forEach(tally)}), then call
   * {@link Tally#finish()}. It keeps one small accumulator per matched pair, never the events, so memory grows
   * with the pairs, not with the events.
   *
   * @param program the programme (people, goals, org chart)
   * @param matches the pairs to report on
   * @param asOf the date the metrics describe (later events are ignored), or empty for the date of the latest
   *     event fed, whatever its pair ({@link java.time.LocalDate#EPOCH} if none)
   * @param options thresholds
   */
  public static Tally tally(Program program, MatchResult matches, Optional<LocalDate> asOf, MetricsOptions options) {
    return tally(program, matches, asOf, options, Retractions.none());
  }

  /**
   * A tally like {@link #tally(Program, MatchResult, Optional, MetricsOptions)} for a journal that may hold
   * {@link EventRetracted retractions}: the events {@code retractions} took back, and the retractions themselves,
   * count in no metric (nor in the as-of date). Collect them in a first pass, for example
   * <pre>{@code
   * Retractions.Collector first = Retractions.collector();
   * journal.forEach(first);
   * ProgramMetrics.Tally tally = ProgramMetrics.tally(program, matches, asOf, options, first.retractions());
   * journal.forEach(tally);
   * }</pre>
   * The tally without retractions refuses a retraction it is handed (an {@link IllegalStateException}) rather
   * than count the event it took back.
   */
  public static Tally tally(Program program, MatchResult matches, Optional<LocalDate> asOf, MetricsOptions options,
      Retractions retractions) {
    return new Tally(program, matches, asOf, options, retractions);
  }

  /**
   * The running state of {@link #tally}: per matched pair an accumulator of O(goals + cancellation window).
   * O(1) expected time per event plus O(goals of the respondent) for a feedback. Not thread-safe; use once.
   */
  public static final class Tally implements Consumer<JournalEvent> {
    private final Program program;
    private final MatchResult matches;
    private final Optional<LocalDate> asOf;
    private final MetricsOptions options;
    private final Retractions retractions;
    private final Map<MentoringPair, Pairing> byPair = new HashMap<>();
    private final Map<MentoringPair, PairMetrics.Accumulator> accumulators = new HashMap<>();
    private LocalDate earliest;
    private LocalDate latest;
    private int eventsOutsideMatch;
    private int eventsAfterAsOf;
    private int replayed;
    private boolean finished;

    private Tally(Program program, MatchResult matches, Optional<LocalDate> asOf, MetricsOptions options,
        Retractions retractions) {
      this.retractions = requireNonNull(retractions, "retractions");
      this.program = requireNonNull(program, "program");
      this.matches = requireNonNull(matches, "matches");
      this.asOf = requireNonNull(asOf, "asOf");
      this.options = requireNonNull(options, "options");
      for (Pairing p : matches.pairs()) {
        byPair.put(new MentoringPair(p.mentorId(), p.menteeId()), p);
      }
    }

    /**
     * Counts one event; a retracted event or a retraction counts nowhere.
     *
     * @throws IllegalStateException if the tally is finished, or if {@code e} is a retraction the tally was not
     *     built with (its event may already be counted)
     */
    @Override
    public void accept(JournalEvent e) {
      requireNonNull(e, "event");
      if (finished) {
        throw new IllegalStateException("the tally is finished");
      }
      if (e instanceof EventRetracted r && !retractions.retractedIds().contains(r.retracts())) {
        throw new IllegalStateException("retraction " + r.id() + " was not collected before the replay; build the "
            + "tally with the journal's Retractions");
      }
      if (!retractions.counts(e)) {
        return;
      }
      LocalDate date = e.date();
      if (latest == null || date.isAfter(latest)) {
        latest = date;
      }
      if (e instanceof CircleSessionHeld || e instanceof CircleFeedback) {
        return; // the circles' events: CircleMetrics replays them, they are no pair's and not "outside the match"
      }
      Pairing pairing = byPair.get(e.pair());
      if (pairing == null) {
        eventsOutsideMatch++;
      } else if (asOf.isPresent() && date.isAfter(asOf.get())) {
        eventsAfterAsOf++;
      } else {
        accumulators.computeIfAbsent(e.pair(), pair -> new PairMetrics.Accumulator(pair, pairing.score(),
            goalsOf(pair.mentorId()), goalsOf(pair.menteeId()), options)).add(e);
        replayed++;
        if (earliest == null || date.isBefore(earliest)) {
          earliest = date;
        }
      }
    }

    /** A participant's own learning goals: the mentee's and, for learning on both sides, the mentor's. */
    private ImmutableList<LearningGoal> goalsOf(ParticipantId id) {
      return program.participant(id).map(Participant::goals).orElse(ImmutableList.of());
    }

    /**
     * The date the metrics will describe: the given as-of date, or the latest event's so far, or today (UTC)
     * when no event was fed (a report of no events is a report of no data today, never one "as of 1970").
     */
    public LocalDate asOf() {
      return asOf.orElseGet(() -> latest == null ? LocalDate.now(java.time.ZoneOffset.UTC) : latest);
    }

    /**
     * The metrics of every event fed so far.
     *
     * @throws IllegalStateException if called twice
     */
    public ProgramMetrics finish() {
      if (finished) {
        throw new IllegalStateException("the tally is finished");
      }
      finished = true;
      Builder b = new Builder();
      b.asOf = asOf();
      b.options = options;
      b.eventsOutsideMatch = eventsOutsideMatch;
      b.eventsAfterAsOf = eventsAfterAsOf;
      b.replayed = replayed;
      b.start = options.programStart().orElse(earliest == null ? b.asOf : earliest);
      List<MentoringPair> sorted = new ArrayList<>(byPair.keySet());
      sorted.sort(null);
      ImmutableList.Builder<PairMetrics> pm = ImmutableList.builderWithExpectedSize(sorted.size());
      for (MentoringPair pair : sorted) {
        PairMetrics.Accumulator a = accumulators.get(pair);
        if (a == null) {
          a = new PairMetrics.Accumulator(pair, byPair.get(pair).score(), goalsOf(pair.mentorId()),
              goalsOf(pair.menteeId()), options);
        }
        pm.add(a.finish(b.asOf, b.start));
      }
      b.pairs = pm.build();
      summarisePairs(b);
      b.coverage = coverage(program, matches, options);
      b.scores = ScoreDistribution.of(b.pairs.stream().mapToDouble(PairMetrics::matchScore).toArray());
      b.scoresByGroup = scoresByGroup(program, b.pairs, options);
      return new ProgramMetrics(b);
    }

    /** Counts only. */
    @Override
    public String toString() {
      return "ProgramMetrics.Tally[pairs=" + byPair.size() + ", started=" + accumulators.size() + ", finished="
          + finished + "]";
    }
  }

  private static void summarisePairs(Builder b) {
    Map<PairHealth, Integer> health = new EnumMap<>(PairHealth.class);
    for (PairHealth h : PairHealth.values()) {
      health.put(h, 0);
    }
    Map<CloseReason, Integer> closed = new EnumMap<>(CloseReason.class);
    int ratedByBoth = 0;
    double indexSum = 0;
    int bothLearning = 0;
    int mentorRated = 0;
    double mentorRecognitionSum = 0;
    int mentorFeedbacks = 0;
    int feedbacks = 0;
    int closedEarly = 0;
    int relationshipRatings = 0;
    double relationshipSum = 0;
    // one answer per person and side: a mentor in two pairs is one respondent (the answer of the pair whose
    // latest feedback is the newest; on a tie the pair listed last, pairs being in a fixed order)
    Map<Side, Map<ParticipantId, SideFeedback>> npsByPerson = new EnumMap<>(Side.class);
    Map<String, double[]> skills = new TreeMap<>(); // skill -> {goals, reported, closureSum, closed}
    Map<String, double[]> mentorSkills = new TreeMap<>();
    int bothProgress = 0;
    double balanceSum = 0;
    for (PairMetrics p : b.pairs) {
      p.health().ifPresent(h -> health.merge(h, 1, Integer::sum));
      p.closeReason().ifPresent(r -> closed.merge(r, 1, Integer::sum));
      if (p.closeReason().isPresent() && p.closeReason().get() != CloseReason.COMPLETED) {
        closedEarly++;
      }
      SideFeedback mentor = p.feedback(Side.MENTOR);
      SideFeedback mentee = p.feedback(Side.MENTEE);
      if (p.reciprocityIndex().isPresent()) {
        ratedByBoth++;
        indexSum += p.reciprocityIndex().getAsDouble();
        if (mentor.latest().get().learning() >= b.options.highLearningRating()
            && mentee.latest().get().learning() >= b.options.highLearningRating()) {
          bothLearning++;
        }
      }
      if (mentor.latest().isPresent()) {
        mentorRated++;
        mentorRecognitionSum += mentor.latest().get().recognition();
      }
      mentorFeedbacks += mentor.count();
      feedbacks += mentor.count() + mentee.count();
      for (Side side : Side.values()) {
        SideFeedback f = p.feedback(side);
        if (f.latest().isPresent()) {
          relationshipRatings++;
          relationshipSum += f.latest().get().relationship();
        }
        if (f.latestNps().isPresent()) {
          ParticipantId person = side == Side.MENTOR ? p.pair().mentorId() : p.pair().menteeId();
          npsByPerson.computeIfAbsent(side, k -> new HashMap<>()).merge(person, f,
              (old, now) -> now.latestDate().get().isBefore(old.latestDate().get()) ? old : now);
        }
      }
      addClosures(skills, p.goals(Side.MENTEE));
      addClosures(mentorSkills, p.goals(Side.MENTOR));
      if (p.closureBalance().isPresent()) {
        bothProgress++;
        balanceSum += p.closureBalance().getAsDouble();
      }
    }
    b.healthCounts = ImmutableMap.copyOf(health);
    b.closedCounts = ImmutableMap.copyOf(closed);

    OptionalDouble meanIndex = ratio(indexSum, ratedByBoth);
    OptionalDouble shareBoth = ratio(bothLearning, ratedByBoth);
    OptionalDouble meanBalance = ratio(balanceSum, bothProgress);
    b.reciprocity = new Reciprocity(ratedByBoth, meanIndex, shareBoth, bothProgress, meanBalance,
        meanOf(meanIndex, shareBoth, meanBalance));

    OptionalDouble meanRecognition = ratio(mentorRecognitionSum, mentorRated);
    OptionalDouble mentorShare = ratio(mentorFeedbacks, feedbacks);
    b.recognition = new Recognition(mentorRated, meanRecognition, mentorFeedbacks, feedbacks, mentorShare,
        meanOf(likertToUnit(meanRecognition), map(mentorShare, s -> Math.min(1, 2 * s))));

    int total = b.pairs.size();
    int open = (int) b.pairs.stream().filter(p -> !p.isClosed()).count();
    int active = health.get(PairHealth.ACTIVE);
    // with no event replayed nothing is known about the pairs: "all active, none closed" would read as a
    // perfect 1.00 made of no data, so both stay undefined (shown as "no data")
    boolean evidence = b.replayed > 0;
    OptionalDouble shareActive = evidence ? ratio(active, open) : OptionalDouble.empty();
    OptionalDouble retention = !evidence || total == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(1 - (double) closedEarly / total);
    OptionalDouble meanRelationship = ratio(relationshipSum, relationshipRatings);
    b.relationship = new Relationship(total, open, active, closedEarly, relationshipRatings, shareActive, retention,
        meanRelationship, meanOf(shareActive, retention, likertToUnit(meanRelationship)));

    Map<Side, NetPromoterScore> npsAll = new EnumMap<>(Side.class);
    for (Side s : Side.values()) {
      NetPromoterScore score = NetPromoterScore.EMPTY;
      for (SideFeedback f : npsByPerson.getOrDefault(s, Map.of()).values()) {
        score = score.plus(f.latestNps().getAsInt());
      }
      npsAll.put(s, score);
    }
    b.npsBySide = ImmutableMap.copyOf(npsAll);

    b.skillClosure = skillClosures(skills);
    b.mentorSkillClosure = skillClosures(mentorSkills);
  }

  private static void addClosures(Map<String, double[]> skills, List<GoalClosure> goals) {
    for (GoalClosure g : goals) {
      double[] s = skills.computeIfAbsent(g.skill(), k -> new double[4]);
      s[0]++;
      if (g.reported()) {
        s[1]++;
        s[2] += g.closure();
        if (g.closure() >= 1) {
          s[3]++;
        }
      }
    }
  }

  private static ImmutableList<SkillClosure> skillClosures(Map<String, double[]> skills) {
    ImmutableList.Builder<SkillClosure> sc = ImmutableList.builder();
    skills.forEach((skill, s) -> sc.add(new SkillClosure(skill, (int) s[0], (int) s[1], ratio(s[2], (int) s[1]),
        (int) s[3])));
    return sc.build();
  }

  private static ImmutableList<GroupCoverage> coverage(Program program, MatchResult matches, MetricsOptions options) {
    Set<ParticipantId> matchedMentors = new HashSet<>();
    Set<ParticipantId> matchedMentees = new HashSet<>();
    for (Pairing p : matches.pairs()) {
      matchedMentors.add(p.mentorId());
      matchedMentees.add(p.menteeId());
    }
    Set<ParticipantId> mentors = new HashSet<>();
    program.mentors().forEach(p -> mentors.add(p.id()));
    Set<ParticipantId> mentees = new HashSet<>();
    program.mentees().forEach(p -> mentees.add(p.id()));
    ImmutableList.Builder<GroupCoverage> out = ImmutableList.builder();
    for (GroupDimension dim : GroupDimension.values()) {
      Map<String, int[]> groups = new TreeMap<>(dim::compareGroups); // headcount, mentors, mentees, mm, mt
      for (Participant p : program.everyone()) {
        int[] c = groups.computeIfAbsent(dim.groupOf(p, options), k -> new int[5]);
        c[0]++;
        if (mentors.contains(p.id())) {
          c[1]++;
          if (matchedMentors.contains(p.id())) {
            c[3]++;
          }
        }
        if (mentees.contains(p.id())) {
          c[2]++;
          if (matchedMentees.contains(p.id())) {
            c[4]++;
          }
        }
      }
      groups.forEach((g, c) -> out.add(new GroupCoverage(dim, g, c[0], c[1], c[2], c[3], c[4])));
    }
    return out.build();
  }

  private static ImmutableList<GroupScores> scoresByGroup(Program program, ImmutableList<PairMetrics> pairs,
      MetricsOptions options) {
    ImmutableList.Builder<GroupScores> out = ImmutableList.builder();
    for (GroupDimension dim : GroupDimension.values()) {
      for (Side side : Side.values()) {
        Map<String, List<Double>> groups = new TreeMap<>(dim::compareGroups);
        for (PairMetrics p : pairs) {
          ParticipantId id = side == Side.MENTOR ? p.pair().mentorId() : p.pair().menteeId();
          String group = program.participant(id).map(x -> dim.groupOf(x, options)).orElse(GroupDimension.UNKNOWN);
          groups.computeIfAbsent(group, k -> new ArrayList<>()).add(p.matchScore());
        }
        groups.forEach((g, s) -> out.add(new GroupScores(dim, side, g,
            ScoreDistribution.of(s.stream().mapToDouble(Double::doubleValue).toArray()))));
      }
    }
    return out.build();
  }

  static OptionalDouble ratio(double sum, int n) {
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
  }

  private static OptionalDouble likertToUnit(OptionalDouble likert) {
    return map(likert, x -> (x - 1) / 4);
  }

  private static OptionalDouble map(OptionalDouble v, java.util.function.DoubleUnaryOperator f) {
    return v.isPresent() ? OptionalDouble.of(f.applyAsDouble(v.getAsDouble())) : OptionalDouble.empty();
  }

  /** The mean of the present values; empty when none is present. */
  static OptionalDouble meanOf(OptionalDouble... parts) {
    double sum = 0;
    int n = 0;
    for (OptionalDouble p : parts) {
      if (p.isPresent()) {
        sum += p.getAsDouble();
        n++;
      }
    }
    return ratio(sum, n);
  }

  /** The date the metrics describe. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The day the pairs started: {@link MetricsOptions#programStart()} or the earliest replayed event. */
  public LocalDate start() {
    return start;
  }

  /** The thresholds used. */
  public MetricsOptions options() {
    return options;
  }

  /** Every matched pair's metrics, ordered by mentor id, then mentee id. */
  public ImmutableList<PairMetrics> pairs() {
    return pairs;
  }

  /** The metrics of one pair, if it was matched. */
  public Optional<PairMetrics> pair(MentoringPair pair) {
    return pairs.stream().filter(p -> p.pair().equals(pair)).findFirst();
  }

  /** Open pairs by health; every {@link PairHealth} is a key (0 when none). */
  public ImmutableMap<PairHealth, Integer> healthCounts() {
    return healthCounts;
  }

  /** Closed pairs by reason; only reasons that occur are keys, in enum order. */
  public ImmutableMap<CloseReason, Integer> closedCounts() {
    return closedCounts;
  }

  /** Reciprocity: both sides learn. */
  public Reciprocity reciprocity() {
    return reciprocity;
  }

  /** Recognition: the junior's voice counts. */
  public Recognition recognition() {
    return recognition;
  }

  /** Relationship: the pairs keep meeting. */
  public Relationship relationship() {
    return relationship;
  }

  /** The Net Promoter Score of each side; both sides are keys. */
  public ImmutableMap<Side, NetPromoterScore> npsBySide() {
    return npsBySide;
  }

  /** The Net Promoter Score of both sides together. */
  public NetPromoterScore nps() {
    return npsBySide.get(Side.MENTOR).plus(npsBySide.get(Side.MENTEE));
  }

  /** Retention: the share of pairs not closed early ({@link Relationship#retention()}). */
  public OptionalDouble retention() {
    return relationship.retention();
  }

  /** Skill-gap closure of the mentees' goals ("what seniors learned"), by skill id. */
  public ImmutableList<SkillClosure> skillClosure() {
    return skillClosure;
  }

  /**
   * Skill-gap closure of one side's own goals, by skill id: {@link Side#MENTEE} is "what seniors learned",
   * {@link Side#MENTOR} "what juniors learned".
   */
  public ImmutableList<SkillClosure> skillClosure(Side learner) {
    return requireNonNull(learner, "learner") == Side.MENTEE ? skillClosure : mentorSkillClosure;
  }

  /** Coverage of every group of every {@link GroupDimension}, by dimension, then group. */
  public ImmutableList<GroupCoverage> coverage() {
    return coverage;
  }

  /** Coverage of the groups of one dimension, in group order. */
  public ImmutableList<GroupCoverage> coverage(GroupDimension dimension) {
    return coverage.stream().filter(c -> c.dimension() == dimension).collect(ImmutableList.toImmutableList());
  }

  /** The match-score distribution of all pairs. */
  public ScoreDistribution scores() {
    return scores;
  }

  /** The match-score distribution by dimension, side and group. */
  public ImmutableList<GroupScores> scoresByGroup() {
    return scoresByGroup;
  }

  /** Journal events of pairs that are not in the match result, which were not counted. */
  public int eventsOutsideMatch() {
    return eventsOutsideMatch;
  }

  /** Journal events of matched pairs dated after the as-of date, which were not counted. */
  public int eventsAfterAsOf() {
    return eventsAfterAsOf;
  }

  /** Equal when every metric is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ProgramMetrics m && asOf.equals(m.asOf) && start.equals(m.start) && options.equals(m.options)
        && pairs.equals(m.pairs) && healthCounts.equals(m.healthCounts) && closedCounts.equals(m.closedCounts)
        && reciprocity.equals(m.reciprocity) && recognition.equals(m.recognition)
        && relationship.equals(m.relationship) && npsBySide.equals(m.npsBySide)
        && skillClosure.equals(m.skillClosure) && mentorSkillClosure.equals(m.mentorSkillClosure)
        && coverage.equals(m.coverage) && scores.equals(m.scores)
        && scoresByGroup.equals(m.scoresByGroup) && eventsOutsideMatch == m.eventsOutsideMatch
        && eventsAfterAsOf == m.eventsAfterAsOf;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(asOf, pairs, reciprocity, recognition, relationship, coverage);
  }

  /** Date and counts only. */
  @Override
  public String toString() {
    return "ProgramMetrics[asOf=" + asOf + ", pairs=" + pairs.size() + ", health=" + healthCounts
        + ", closed=" + closedCounts + "]";
  }

  private static final class Builder {
    LocalDate asOf;
    LocalDate start;
    int replayed;
    MetricsOptions options;
    ImmutableList<PairMetrics> pairs;
    ImmutableMap<PairHealth, Integer> healthCounts;
    ImmutableMap<CloseReason, Integer> closedCounts;
    Reciprocity reciprocity;
    Recognition recognition;
    Relationship relationship;
    ImmutableMap<Side, NetPromoterScore> npsBySide;
    ImmutableList<SkillClosure> skillClosure;
    ImmutableList<SkillClosure> mentorSkillClosure;
    ImmutableList<GroupCoverage> coverage;
    ScoreDistribution scores;
    ImmutableList<GroupScores> scoresByGroup;
    int eventsOutsideMatch;
    int eventsAfterAsOf;
  }
}
