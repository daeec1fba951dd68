package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import dev.reverso.matching.group.Circle;
import dev.reverso.matching.group.CircleResult;
import dev.reverso.reporting.journal.CircleFeedback;
import dev.reverso.reporting.journal.CircleSessionHeld;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Retractions;
import dev.reverso.reporting.journal.Side;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The metrics of the circles of a programme (reverse-mentoring circles, {@code reverso circles}) as of a date,
 * replayed from the journal's {@link CircleSessionHeld} and {@link CircleFeedback} events: per circle and for the
 * whole format, the three Rs as for pairs.
 * <ul>
 *   <li><b>Relationship</b> — the circle keeps meeting: {@link Stats#sessions() sessions} held, their minutes and
 *       {@link Stats#attendance() attendance} (the mean share of the circle's juniors present at a session), and
 *       the mean relationship rating;</li>
 *   <li><b>Reciprocity</b> — feedback flows both ways: {@link Stats#bothSided() juniors} who rated the circle
 *       <em>and</em> were rated by the senior, among the circle's juniors ({@link Stats#bothSidedShare()});</li>
 *   <li><b>Recognition</b> and <b>learning</b> — the mean recognition and learning ratings.</li>
 * </ul>
 * A rating mean counts the latest feedback (by date, then journal order) of each side for each junior of the
 * circle, as {@link Relationship} does for a pair.
 *
 * <p>What counts: events of the circles of the {@link CircleResult} (by circle id) whose senior is the circle's and
 * whose juniors are its members, dated on or before the as-of date. Other circle events are counted in
 * {@link #eventsOutsideCircles()}, later ones in {@link #eventsAfterAsOf()}; pair events are ignored. Comments
 * are never read. One pass, O(events + members); immutable and thread-safe; the same inputs give equal metrics.
 */
public final class CircleMetrics {
  private final LocalDate asOf;
  private final ImmutableList<Stats> circles;
  private final Stats overall;
  private final int eventsOutsideCircles;
  private final int eventsAfterAsOf;

  /**
   * One circle's numbers, or (in {@link #overall()}) the sums and means over every circle.
   *
   * @param circle the circle id ({@code "all"} for the overall numbers)
   * @param members juniors of the circle (overall: junior places in all circles)
   * @param sessions sessions held
   * @param minutes minutes of those sessions
   * @param attendance mean share of the circle's juniors present per session; empty without sessions
   * @param juniorsRating juniors who gave feedback on the circle
   * @param ratedBySenior juniors the senior gave feedback on
   * @param bothSided juniors with feedback in both directions
   * @param bothSidedShare {@code bothSided / members}
   * @param relationship mean latest relationship rating (1..5) over both sides; empty without feedback
   * @param recognition mean latest recognition rating (1..5)
   * @param learning mean latest learning rating (1..5)
   */
  public record Stats(String circle, int members, int sessions, long minutes, OptionalDouble attendance,
      int juniorsRating, int ratedBySenior, int bothSided, OptionalDouble bothSidedShare, OptionalDouble relationship,
      OptionalDouble recognition, OptionalDouble learning) {
    /** Validates the components. */
    public Stats {
      requireNonNull(circle, "circle");
      requireNonNull(attendance, "attendance");
      requireNonNull(bothSidedShare, "bothSidedShare");
      requireNonNull(relationship, "relationship");
      requireNonNull(recognition, "recognition");
      requireNonNull(learning, "learning");
    }

    /** Whether the circle has met at least once. */
    public boolean met() {
      return sessions > 0;
    }
  }

  private CircleMetrics(LocalDate asOf, ImmutableList<Stats> circles, Stats overall, int outside, int after) {
    this.asOf = asOf;
    this.circles = circles;
    this.overall = overall;
    this.eventsOutsideCircles = outside;
    this.eventsAfterAsOf = after;
  }

  /**
   * Replays the events of the circles.
   *
   * @param circles the circles formed
   * @param events the journal's events in the order recorded (pair events are skipped; retracted events do not
   *     count); iterated twice, first for the {@link Retractions}
   * @param asOf the date of the metrics: later events are not counted
   * @return the metrics
   */
  public static CircleMetrics compute(CircleResult circles, Iterable<? extends JournalEvent> events, LocalDate asOf) {
    Tally tally = tally(circles, asOf, Retractions.of(requireNonNull(events, "events")));
    events.forEach(tally);
    return tally.finish();
  }

  /**
   * A streaming replay of a journal without retractions: hand it every event in order, then
   * {@link Tally#finish()}. A retraction handed to it is an {@link IllegalStateException}: use
   * {@link #tally(CircleResult, LocalDate, Retractions)} for a journal that may hold them.
   */
  public static Tally tally(CircleResult circles, LocalDate asOf) {
    return tally(circles, asOf, Retractions.none());
  }

  /**
   * A streaming replay that skips the events {@code retractions} took back (collect them in a first pass with
   * {@link Retractions#collector()}): hand it every event in order, then {@link Tally#finish()}.
   */
  public static Tally tally(CircleResult circles, LocalDate asOf, Retractions retractions) {
    return new Tally(requireNonNull(circles, "circles"), requireNonNull(asOf, "asOf"),
        requireNonNull(retractions, "retractions"));
  }

  /** The replay state; not thread-safe, one use. */
  public static final class Tally implements java.util.function.Consumer<JournalEvent> {
    private final CircleResult result;
    private final LocalDate asOf;
    private final Map<String, State> byId = new LinkedHashMap<>();
    private final Retractions retractions;
    private long arrivals;
    private int outside;
    private int after;

    private Tally(CircleResult result, LocalDate asOf, Retractions retractions) {
      this.result = result;
      this.asOf = asOf;
      this.retractions = retractions;
      for (Circle c : result.circles()) {
        byId.put(c.id(), new State(c));
      }
    }

    @Override
    public void accept(JournalEvent e) {
      if (e instanceof EventRetracted r && !retractions.retractedIds().contains(r.retracts())) {
        throw new IllegalStateException("retraction " + r.id() + " was not collected before the replay; build the "
            + "tally with the journal's Retractions");
      }
      if (!retractions.counts(e)) {
        return;
      }
      long arrival = arrivals++;
      if (!(e instanceof CircleSessionHeld) && !(e instanceof CircleFeedback)) {
        return;
      }
      if (e.date().isAfter(asOf)) {
        after++;
        return;
      }
      if (e instanceof CircleSessionHeld s) {
        State state = byId.get(s.circle());
        if (state == null || !state.senior.equals(s.senior()) || !state.circle.mentors().containsAll(s.present())) {
          outside++;
          return;
        }
        state.sessions++;
        state.minutes += s.minutes();
        state.attendanceSum += (double) s.present().size() / state.circle.mentors().size();
      } else if (e instanceof CircleFeedback f) {
        State state = byId.get(f.circle());
        MentoringPair pair = f.pair();
        if (state == null || !state.senior.equals(pair.menteeId()) || !state.circle.mentors().contains(pair.mentorId())) {
          outside++;
          return;
        }
        Map<ParticipantId, Latest> latest = f.from() == Side.MENTOR ? state.fromJunior : state.fromSenior;
        Latest old = latest.get(pair.mentorId());
        if (old == null || f.date().isAfter(old.feedback.date())
            || (f.date().equals(old.feedback.date()) && arrival > old.arrival)) {
          latest.put(pair.mentorId(), new Latest(f, arrival));
        }
      }
    }

    /** The metrics of everything accepted so far. */
    public CircleMetrics finish() {
      ImmutableList.Builder<Stats> all = ImmutableList.builder();
      Sums total = new Sums();
      for (State s : byId.values()) {
        Sums own = new Sums();
        own.add(s);
        total.add(s);
        all.add(own.stats(s.circle.id()));
      }
      return new CircleMetrics(asOf, all.build(), total.stats("all"), outside, after);
    }

    @Override
    public String toString() {
      return "CircleMetrics.Tally[circles=" + result.circles().size() + ", events=" + arrivals + "]";
    }
  }

  private record Latest(CircleFeedback feedback, long arrival) {}

  private static final class State {
    final Circle circle;
    final ParticipantId senior;
    int sessions;
    long minutes;
    double attendanceSum;
    final Map<ParticipantId, Latest> fromJunior = new HashMap<>();
    final Map<ParticipantId, Latest> fromSenior = new HashMap<>();

    State(Circle circle) {
      this.circle = circle;
      this.senior = circle.mentees().get(0);
    }
  }

  /** Sums over one circle or all; ratings summed in member order so the means are deterministic. */
  private static final class Sums {
    int members;
    int sessions;
    long minutes;
    double attendanceSum;
    int juniorsRating;
    int ratedBySenior;
    int bothSided;
    int ratings;
    long relationship;
    long recognition;
    long learning;

    void add(State s) {
      members += s.circle.mentors().size();
      sessions += s.sessions;
      minutes += s.minutes;
      attendanceSum += s.attendanceSum;
      for (ParticipantId j : s.circle.mentors()) {
        Latest up = s.fromJunior.get(j);
        Latest down = s.fromSenior.get(j);
        juniorsRating += up != null ? 1 : 0;
        ratedBySenior += down != null ? 1 : 0;
        bothSided += up != null && down != null ? 1 : 0;
        for (Latest l : new Latest[] {up, down}) {
          if (l != null) {
            ratings++;
            relationship += l.feedback.relationship();
            recognition += l.feedback.recognition();
            learning += l.feedback.learning();
          }
        }
      }
    }

    Stats stats(String id) {
      return new Stats(id, members, sessions, minutes, mean(attendanceSum, sessions), juniorsRating, ratedBySenior,
          bothSided, mean(bothSided, members), mean(relationship, ratings), mean(recognition, ratings),
          mean(learning, ratings));
    }

    private static OptionalDouble mean(double sum, int n) {
      return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    }
  }

  /** The date of the metrics. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Every circle's numbers, in the order of the {@link CircleResult}. */
  public ImmutableList<Stats> circles() {
    return circles;
  }

  /** Sums and means over every circle (circle {@code "all"}). */
  public Stats overall() {
    return overall;
  }

  /** Circle events of no circle of the result, or naming a senior or juniors not in it. */
  public int eventsOutsideCircles() {
    return eventsOutsideCircles;
  }

  /** Circle events dated after the as-of date. */
  public int eventsAfterAsOf() {
    return eventsAfterAsOf;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CircleMetrics m && asOf.equals(m.asOf) && circles.equals(m.circles)
        && overall.equals(m.overall) && eventsOutsideCircles == m.eventsOutsideCircles
        && eventsAfterAsOf == m.eventsAfterAsOf;
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, circles, overall, eventsOutsideCircles, eventsAfterAsOf);
  }

  /** Counts only. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CircleMetrics[asOf=%s, circles=%d, sessions=%d, outside=%d, after=%d]", asOf,
        circles.size(), overall.sessions(), eventsOutsideCircles, eventsAfterAsOf);
  }
}
