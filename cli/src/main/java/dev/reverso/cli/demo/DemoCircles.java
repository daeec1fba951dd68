package dev.reverso.cli.demo;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import dev.reverso.matching.group.Circle;
import dev.reverso.matching.group.CircleResult;
import dev.reverso.reporting.journal.CircleFeedback;
import dev.reverso.reporting.journal.CircleSessionHeld;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The demo's circles over the same months as the pairs: each circle meets every {@value #EVERY_DAYS} days (a
 * circle skips a meeting now and then), each junior attends most sessions, every junior rates the circle half-way
 * and at the end, and the senior rates most juniors at the end. The ratings lean on how often the junior came.
 * A senior who left the programme (a pair closed {@code MENTEE_LEFT} in the pairs' events) ends the circle that
 * day: nothing of the circle is recorded after it. A junior who is also the senior's partner in a pair that was
 * closed takes no part in the circle's journal (a journal refuses every event of a closed pair, and a circle
 * member's events are filed under the same pair).
 *
 * <p>Deterministic: one {@link SplittableRandom} from the seed, split once per circle in result order; event ids
 * {@code demo-circle-000001}, ... in order. The same circles, seed and dates give the same events.
 */
public final class DemoCircles {
  /** Days between two sessions of a circle. */
  public static final int EVERY_DAYS = 14;

  private DemoCircles() {}

  /**
   * The circle events from {@code start} to {@code end}, ordered by circle, then date.
   *
   * @param circles the circles formed
   * @param seed the demo's seed
   * @param start the first day
   * @param end the last day (inclusive)
   * @param pairEvents the pairs' events of the same months, for the seniors who left
   */
  public static ImmutableList<JournalEvent> simulate(CircleResult circles, long seed, LocalDate start, LocalDate end,
      List<JournalEvent> pairEvents) {
    requireNonNull(circles, "circles");
    java.util.Map<ParticipantId, LocalDate> left = new java.util.HashMap<>();
    java.util.Set<MentoringPair> closed = new java.util.HashSet<>();
    for (JournalEvent e : pairEvents) {
      if (e instanceof dev.reverso.reporting.journal.PairClosed) {
        closed.add(e.pair());
      }
      if (e instanceof dev.reverso.reporting.journal.PairClosed c
          && c.reason() == dev.reverso.reporting.journal.CloseReason.MENTEE_LEFT) {
        left.merge(c.pair().menteeId(), c.date(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    SplittableRandom master = new SplittableRandom(seed ^ 0x636972636c6573L);
    List<JournalEvent> events = new ArrayList<>();
    LocalDate middle = start.plusDays(start.until(end, java.time.temporal.ChronoUnit.DAYS) / 2);
    for (Circle c : circles.circles()) {
      SplittableRandom r = master.split();
      String senior = c.mentees().get(0).value();
      LocalDate last = left.getOrDefault(c.mentees().get(0), end);
      LocalDate mid = middle.isAfter(last) ? last : middle;
      List<ParticipantId> juniors = c.mentors().stream()
          .filter(j -> !closed.contains(new MentoringPair(j, c.mentees().get(0)))).toList();
      double keen = 0.6 + 0.35 * r.nextDouble(); // how reliably this circle's juniors come
      int[] attended = new int[juniors.size()];
      int held = 0;
      for (LocalDate day = start.plusDays(r.nextInt(EVERY_DAYS)); !day.isAfter(last); day = day.plusDays(EVERY_DAYS)) {
        if (r.nextDouble() < 0.1) {
          continue; // this meeting did not happen
        }
        LinkedHashSet<String> present = new LinkedHashSet<>();
        for (int i = 0; i < juniors.size(); i++) {
          if (r.nextDouble() < keen) {
            present.add(juniors.get(i).value());
            attended[i]++;
          }
        }
        if (present.isEmpty()) {
          continue;
        }
        held++;
        events.add(CircleSessionHeld.of(id(events), c.id(), senior, present, day, 45 + 15 * r.nextInt(3)));
      }
      for (LocalDate day : mid.equals(last) ? List.of(last) : List.of(mid, last)) {
        for (int i = 0; i < juniors.size(); i++) {
          int base = held == 0 ? 2 : 2 + (int) Math.round(3.0 * attended[i] / held);
          events.add(CircleFeedback.of(id(events), c.id(), juniors.get(i).value(), senior, day, Side.MENTOR,
              likert(base, r), likert(base + 1, r), likert(base, r)));
        }
      }
      for (int i = 0; i < juniors.size(); i++) {
        if (r.nextDouble() < 0.75) {
          int base = held == 0 ? 2 : 2 + (int) Math.round(3.0 * attended[i] / held);
          events.add(new CircleFeedback(id(events), c.id(), new MentoringPair(juniors.get(i), c.mentees().get(0)), last,
              Side.MENTEE, likert(base, r), likert(base, r), likert(base + 1, r), java.util.Optional.empty()));
        }
      }
    }
    return ImmutableList.copyOf(events);
  }

  /** Every junior's pair with the senior of each circle: the journal's roster for circle events. */
  public static ImmutableList<MentoringPair> roster(CircleResult circles) {
    ImmutableList.Builder<MentoringPair> pairs = ImmutableList.builder();
    for (Circle c : circles.circles()) {
      for (ParticipantId j : c.mentors()) {
        pairs.add(new MentoringPair(j, c.mentees().get(0)));
      }
    }
    return pairs.build();
  }

  private static int likert(int base, SplittableRandom r) {
    return Math.max(1, Math.min(5, base + r.nextInt(3) - 1));
  }

  private static String id(List<JournalEvent> events) {
    return String.format(Locale.ROOT, "demo-circle-%06d", events.size() + 1);
  }
}
