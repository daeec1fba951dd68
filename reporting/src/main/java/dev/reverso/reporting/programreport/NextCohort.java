package dev.reverso.reporting.programreport;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Retractions;
import dev.reverso.reporting.journal.PairClosed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next cohort's programme, built from the current one, its matches and its journal:
 * <ul>
 *   <li>every pair closed on or before the as-of date (completed or early) joins the {@linkplain Program#history()
 *       history}, which the matching never repeats; the earlier history is kept;</li>
 *   <li>every pair still running stays {@linkplain Program#active() active} (kept as it is when matching);</li>
 *   <li><b>leavers</b> — a mentor of a pair closed {@link CloseReason#MENTOR_LEFT}, a mentee of one closed
 *       {@link CloseReason#MENTEE_LEFT}, and, when a new HR export is given, every mentor or mentee of the
 *       current cohort the export no longer lists in that role — leave the cohort: without an export they stay
 *       in the org chart as people outside the programme; a running pair of a leaver joins the history;</li>
 *   <li><b>joiners</b> — mentors and mentees of the new HR export who were not in the current cohort — are
 *       added; with an export, the export's data (org chart, skills, goals) replaces the old.</li>
 *   <li><b>decisions</b> — a {@linkplain Participant#pin() pin} or a {@linkplain Participant#preferences()
 *       stated preference} that names a pair now running or in the history (the decision was carried out) or a
 *       partner no longer in the other role of the cohort is dropped; the others (such as fresh pins of a new
 *       HR export) are kept, and so is every person's consent; a leaver keeps none.</li>
 * </ul>
 * The journal is not changed: it keeps the events of every cohort. Deterministic; stateless.
 */
public final class NextCohort {
  private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

  private NextCohort() {}

  /**
   * What changed between the cohorts.
   *
   * @param program the next cohort's programme
   * @param newHistory pairs that joined the history now (closed, or running with a leaver), ordered
   * @param active pairs kept running, ordered
   * @param leavers people who left the cohort, ordered
   * @param joiners people who joined it, ordered
   */
  public record Result(Program program, ImmutableSortedSet<MentoringPair> newHistory,
      ImmutableSortedSet<MentoringPair> active, ImmutableSortedSet<ParticipantId> leavers,
      ImmutableSortedSet<ParticipantId> joiners) {
    /** Validates the components. */
    public Result {
      requireNonNull(program, "program");
      requireNonNull(newHistory, "newHistory");
      requireNonNull(active, "active");
      requireNonNull(leavers, "leavers");
      requireNonNull(joiners, "joiners");
    }
  }

  /**
   * The label after {@code current}: its trailing number plus one ({@code 2026-1} → {@code 2026-2},
   * {@code cohort-9} → {@code cohort-10}), {@code current-2} if it has no trailing number, {@code cohort-2}
   * without a label.
   */
  public static String nextLabel(Optional<String> current) {
    if (current.isEmpty()) {
      return "cohort-2";
    }
    Matcher m = TRAILING_NUMBER.matcher(current.get());
    if (m.matches() && m.group(2).length() < 9) {
      return m.group(1) + (Integer.parseInt(m.group(2)) + 1);
    }
    return current.get() + "-2";
  }

  /**
   * Builds the next cohort.
   *
   * @param current the current cohort's programme
   * @param matches its pairs
   * @param events the journal's events (of any cohort; only the closes of these pairs on or before asOf count)
   * @param asOf the day the next cohort starts from
   * @param hrExport a new HR export of the people (mentors, mentees, org chart), or empty to keep the current data
   * @param label the next cohort's label
   * @throws dev.reverso.core.InvalidInputException if the next programme is invalid (for example an active pair
   *     now over a person's capacity in the new export)
   */
  public static Result build(Program current, MatchResult matches, Iterable<? extends JournalEvent> events,
      LocalDate asOf, Optional<Program> hrExport, String label) {
    requireNonNull(current, "current");
    requireNonNull(matches, "matches");
    requireNonNull(events, "events");
    requireNonNull(asOf, "asOf");
    requireNonNull(hrExport, "hrExport");
    requireNonNull(label, "label");
    Map<MentoringPair, PairClosed> closes = new HashMap<>();
    Retractions retractions = Retractions.of(events);
    for (JournalEvent e : events) {
      if (e instanceof PairClosed c && retractions.counts(c) && !c.date().isAfter(asOf)) {
        closes.putIfAbsent(c.pair(), c);
      }
    }
    Set<MentoringPair> pairs = new TreeSet<>(current.active());
    for (Pairing p : matches.pairs()) {
      pairs.add(new MentoringPair(p.mentorId(), p.menteeId()));
    }
    Set<ParticipantId> leavers = new TreeSet<>();
    Set<MentoringPair> closed = new TreeSet<>();
    Set<MentoringPair> running = new TreeSet<>();
    for (MentoringPair pair : pairs) {
      PairClosed c = closes.get(pair);
      if (c == null) {
        running.add(pair);
        continue;
      }
      closed.add(pair);
      if (c.reason() == CloseReason.MENTOR_LEFT) {
        leavers.add(pair.mentorId());
      } else if (c.reason() == CloseReason.MENTEE_LEFT) {
        leavers.add(pair.menteeId());
      }
    }
    Set<ParticipantId> oldMentors = ids(current.mentors());
    Set<ParticipantId> oldMentees = ids(current.mentees());
    Program base = hrExport.orElse(current);
    if (hrExport.isPresent()) {
      Set<ParticipantId> newMentors = ids(base.mentors());
      Set<ParticipantId> newMentees = ids(base.mentees());
      oldMentors.stream().filter(id -> !newMentors.contains(id)).forEach(leavers::add);
      oldMentees.stream().filter(id -> !newMentees.contains(id)).forEach(leavers::add);
    }
    Set<ParticipantId> joiners = new TreeSet<>();
    base.mentors().stream().map(Participant::id).filter(id -> !oldMentors.contains(id)).forEach(joiners::add);
    base.mentees().stream().map(Participant::id).filter(id -> !oldMentees.contains(id)).forEach(joiners::add);
    joiners.removeAll(leavers);

    Set<MentoringPair> newHistory = new TreeSet<>(closed);
    Set<MentoringPair> active = new TreeSet<>();
    for (MentoringPair pair : running) {
      if (leavers.contains(pair.mentorId()) || leavers.contains(pair.menteeId())) {
        newHistory.add(pair);
      } else {
        active.add(pair);
      }
    }
    Set<MentoringPair> history = new LinkedHashSet<>(current.history());
    history.addAll(newHistory);
    Set<ParticipantId> known = new HashSet<>();
    base.everyone().forEach(p -> known.add(p.id()));
    // history naming people no longer in the organisation is dropped (they cannot be matched again anyway)
    history.removeIf(p -> !known.contains(p.mentorId()) || !known.contains(p.menteeId()));

    Set<MentoringPair> carriedOut = new HashSet<>(history);
    carriedOut.addAll(active);
    Set<ParticipantId> nextMentors = new HashSet<>();
    Set<ParticipantId> nextMentees = new HashSet<>();
    base.mentors().stream().map(Participant::id).filter(id -> !leavers.contains(id)).forEach(nextMentors::add);
    base.mentees().stream().map(Participant::id).filter(id -> !leavers.contains(id)).forEach(nextMentees::add);
    Program.Builder next = Program.builder().taxonomy(base.taxonomy()).cohort(label);
    List<Participant> outside = new ArrayList<>(base.people());
    for (Participant p : base.mentors()) {
      if (leavers.contains(p.id())) {
        outside.add(p.toBuilder().clearPin().clearPreferences().build()); // outside the programme: no decisions
      } else {
        next.mentor(openDecisions(p, true, nextMentees, carriedOut));
      }
    }
    for (Participant p : base.mentees()) {
      if (leavers.contains(p.id())) {
        outside.add(p.toBuilder().clearPin().clearPreferences().build()); // outside the programme: no decisions
      } else {
        next.mentee(openDecisions(p, false, nextMentors, carriedOut));
      }
    }
    next.people(outside);
    next.history(history).active(active);
    return new Result(next.build(), ImmutableSortedSet.copyOf(newHistory), ImmutableSortedSet.copyOf(active),
        ImmutableSortedSet.copyOf(leavers), ImmutableSortedSet.copyOf(joiners));
  }

  /**
   * The person with only the decisions still open: a pin or a preference naming a pair that is running or in the
   * history, or a partner who is not in the other role of the next cohort, is dropped.
   */
  private static Participant openDecisions(Participant p, boolean mentor, Set<ParticipantId> partners,
      Set<MentoringPair> carriedOut) {
    boolean dropPin = p.pin().isPresent() && !open(p.id(), p.pin().get(), mentor, partners, carriedOut);
    List<ParticipantId> keep = new ArrayList<>();
    for (ParticipantId q : p.preferences()) {
      if (open(p.id(), q, mentor, partners, carriedOut)) {
        keep.add(q);
      }
    }
    if (!dropPin && keep.size() == p.preferences().size()) {
      return p;
    }
    Participant.Builder b = p.toBuilder();
    if (dropPin) {
      b.clearPin();
    }
    b.clearPreferences();
    keep.forEach(q -> b.preference(q.value()));
    return b.build();
  }

  private static boolean open(ParticipantId self, ParticipantId partner, boolean mentor, Set<ParticipantId> partners,
      Set<MentoringPair> carriedOut) {
    MentoringPair pair = mentor ? new MentoringPair(self, partner) : new MentoringPair(partner, self);
    return partners.contains(partner) && !carriedOut.contains(pair);
  }

  private static Set<ParticipantId> ids(ImmutableList<Participant> people) {
    Set<ParticipantId> out = new HashSet<>();
    people.forEach(p -> out.add(p.id()));
    return out;
  }
}
