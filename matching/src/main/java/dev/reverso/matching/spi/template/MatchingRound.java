package dev.reverso.matching.spi.template;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.matching.internal.Results;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One call of a strategy built on {@link AbstractMatchingStrategy}: the problem and options, the pairs the
 * template keeps, and what is left for the strategy to decide.
 *
 * <p><b>Kept pairs.</b> Every {@linkplain Program#pinned() pinned} pair, and every
 * {@linkplain Program#active() active} pair unless {@link MatchingOptions#rematchActive()} — except a pair
 * with someone who has withdrawn consent. Each uses one unit of both people's capacity; a kept pair that a
 * hard rule now forbids is kept anyway and named in {@link MatchResult#warnings()} with the rule it breaks.
 *
 * <p><b>What is left.</b> {@link #mentorCapacities()} and {@link #menteeCapacities()} are the capacities
 * minus the kept pairs, 0 for a person without consent; {@link #isOpen(int, int)} refuses the kept pairs
 * (never made twice) and anyone without consent; {@link #isAdmissible(int, int)} adds the constraints and
 * the minimum score.
 *
 * <p>Confined to the thread of one match; not shared between calls.
 */
public final class MatchingRound {
  private final MatchingProblem problem;
  private final MatchingOptions options;
  private final boolean[] mentorConsent;
  private final boolean[] menteeConsent;
  private final int[] freeMentor;
  private final int[] freeMentee;
  private final int[] keptMentor;
  private final int[] keptMentee;
  private final boolean[] keptActive;
  private final boolean[] keptPinned;
  private final int kept;
  private final int[][] keptOf;
  private final int activeNotKept;
  private final boolean restricts;
  private final Set<Long> activeKeys = new HashSet<>();
  private final Set<Long> pinnedKeys = new HashSet<>();

  private MatchingRound(MatchingProblem problem, MatchingOptions options, boolean keepActive) {
    this.problem = problem;
    this.options = options;
    int m = problem.mentorCount();
    int n = problem.menteeCount();
    mentorConsent = new boolean[m];
    menteeConsent = new boolean[n];
    freeMentor = problem.mentorCapacities();
    freeMentee = problem.menteeCapacities();
    boolean anyWithdrawn = false;
    for (int i = 0; i < m; i++) {
      mentorConsent[i] = problem.mentor(i).hasConsent();
      if (!mentorConsent[i]) {
        freeMentor[i] = 0;
        anyWithdrawn = true;
      }
    }
    for (int j = 0; j < n; j++) {
      menteeConsent[j] = problem.mentee(j).hasConsent();
      if (!menteeConsent[j]) {
        freeMentee[j] = 0;
        anyWithdrawn = true;
      }
    }
    Program program = problem.program();
    for (MentoringPair p : program.active()) {
      key(p).ifPresent(activeKeys::add);
    }
    for (MentoringPair p : program.pinned()) {
      key(p).ifPresent(pinnedKeys::add);
    }
    // pinned first, then active, each in programme order; a pair in both lists is kept once
    Set<Long> keep = new LinkedHashSet<>();
    int skippedActive = 0;
    for (MentoringPair p : program.pinned()) {
      key(p).ifPresent(keep::add);
    }
    for (MentoringPair p : program.active()) {
      if (keepActive) {
        key(p).ifPresent(keep::add);
      } else if (key(p).isPresent() && !keep.contains(key(p).get())) {
        skippedActive++;
      }
    }
    int[] km = new int[keep.size()];
    int[] kj = new int[keep.size()];
    int count = 0;
    for (long k : keep) {
      int i = (int) (k >>> 32);
      int j = (int) k;
      // consent withdrawn: the pair ends (the programme warned when it was built); capacity is validated
      if (!mentorConsent[i] || !menteeConsent[j] || freeMentor[i] == 0 || freeMentee[j] == 0) {
        continue;
      }
      km[count] = i;
      kj[count++] = j;
      freeMentor[i]--;
      freeMentee[j]--;
    }
    this.kept = count;
    this.keptMentor = Arrays.copyOf(km, count);
    this.keptMentee = Arrays.copyOf(kj, count);
    this.keptActive = new boolean[count];
    this.keptPinned = new boolean[count];
    this.keptOf = new int[n][];
    for (int k = 0; k < count; k++) {
      long key = key(keptMentor[k], keptMentee[k]);
      keptActive[k] = activeKeys.contains(key);
      keptPinned[k] = pinnedKeys.contains(key);
      int[] list = keptOf[keptMentee[k]];
      keptOf[keptMentee[k]] = list == null ? new int[] {keptMentor[k]} : append(list, keptMentor[k]);
    }
    this.activeNotKept = skippedActive;
    this.restricts = anyWithdrawn || count > 0;
  }

  /**
   * Opens a round: works out the kept pairs and the free capacities.
   *
   * @param keepActiveAlways keep the active pairs even if the options ask to re-pair them
   */
  public static MatchingRound open(MatchingProblem problem, MatchingOptions options, boolean keepActiveAlways) {
    requireNonNull(problem, "problem");
    requireNonNull(options, "options");
    return new MatchingRound(problem, options, keepActiveAlways || !options.rematchActive());
  }

  private java.util.Optional<Long> key(MentoringPair p) {
    int i = problem.mentorIndex(p.mentorId());
    int j = problem.menteeIndex(p.menteeId());
    return i < 0 || j < 0 ? java.util.Optional.empty() : java.util.Optional.of(key(i, j));
  }

  private static long key(int mentor, int mentee) {
    return ((long) mentor << 32) | (mentee & 0xffffffffL);
  }

  private static int[] append(int[] list, int x) {
    int[] out = Arrays.copyOf(list, list.length + 1);
    out[list.length] = x;
    return out;
  }

  /** The problem. */
  public MatchingProblem problem() {
    return problem;
  }

  /** The options of this match. */
  public MatchingOptions options() {
    return options;
  }

  /** Each mentor's capacity left after the kept pairs; 0 without consent. A fresh copy on each call. */
  public int[] mentorCapacities() {
    return freeMentor.clone();
  }

  /** Each mentee's capacity left after the kept pairs; 0 without consent. A fresh copy on each call. */
  public int[] menteeCapacities() {
    return freeMentee.clone();
  }

  /** Whether both have consent and the pair is not already kept: the strategy may make it. */
  public boolean isOpen(int mentor, int mentee) {
    if (!mentorConsent[mentor] || !menteeConsent[mentee]) {
      return false;
    }
    int[] list = keptOf[mentee];
    if (list != null) {
      for (int x : list) {
        if (x == mentor) {
          return false;
        }
      }
    }
    return true;
  }

  /** Open, allowed by every constraint, and scoring at least the minimum. */
  public boolean isAdmissible(int mentor, int mentee) {
    return isOpen(mentor, mentee) && problem.allowed(mentor, mentee)
        && (options.minimumScore() <= 0 || problem.score(mentor, mentee) >= options.minimumScore());
  }

  /** Whether some pair is not open (a kept pair or a person without consent); false lets a strategy skip {@link #isOpen}. */
  public boolean restricts() {
    return restricts;
  }

  /** Whether the mentor has consent. */
  public boolean mentorConsents(int mentor) {
    return mentorConsent[mentor];
  }

  /** Whether the mentee has consent. */
  public boolean menteeConsents(int mentee) {
    return menteeConsent[mentee];
  }

  /** How many pairs the template keeps. */
  public int keptCount() {
    return kept;
  }

  /** The mentor index of kept pair {@code k}. */
  public int keptMentor(int k) {
    return keptMentor[k];
  }

  /** The mentee index of kept pair {@code k}. */
  public int keptMentee(int k) {
    return keptMentee[k];
  }

  /** How many active pairs are kept. */
  public int keptActiveCount() {
    int c = 0;
    for (boolean b : keptActive) {
      c += b ? 1 : 0;
    }
    return c;
  }

  /** How many pinned pairs are kept. */
  public int keptPinnedCount() {
    int c = 0;
    for (boolean b : keptPinned) {
      c += b ? 1 : 0;
    }
    return c;
  }

  /**
   * Assembles the result of a decision: kept pairs first, then the new ones.
   *
   * @throws IllegalStateException if the decision uses more than the free capacity, makes a pair that is
   *     not open or makes one twice
   */
  MatchResult close(String strategy, Decision decision) {
    int m = problem.mentorCount();
    int n = problem.menteeCount();
    int[] mentorLeft = freeMentor.clone();
    int[] menteeLeft = freeMentee.clone();
    Set<Long> made = new HashSet<>();
    for (int k = 0; k < decision.size(); k++) {
      int i = decision.mentor(k);
      int j = decision.mentee(k);
      if (i < 0 || i >= m || j < 0 || j >= n) {
        throw new IllegalStateException(strategy + " chose the pair (" + i + ", " + j + ") outside the problem's "
            + m + " mentors and " + n + " mentees");
      }
      String wrong = !isOpen(i, j) ? "a kept pair or one with someone without consent"
          : !made.add(key(i, j)) ? "a pair made twice"
          : --mentorLeft[i] < 0 ? "beyond the mentor's free capacity " + freeMentor[i]
          : --menteeLeft[j] < 0 ? "beyond the mentee's free capacity " + freeMentee[j] : null;
      if (wrong != null) {
        throw new IllegalStateException(strategy + " chose " + problem.mentorId(i) + "->" + problem.menteeId(j)
            + ": " + wrong);
      }
    }
    int total = kept + decision.size();
    int[] pairMentor = Arrays.copyOf(keptMentor, total);
    int[] pairMentee = Arrays.copyOf(keptMentee, total);
    for (int k = 0; k < decision.size(); k++) {
      pairMentor[kept + k] = decision.mentor(k);
      pairMentee[kept + k] = decision.mentee(k);
    }
    int[] menteeCapacity = problem.menteeCapacities();
    int[] stated = decision.menteeCapacities();
    if (stated != null) {
      // kept pairs plus the room the strategy gave itself
      for (int j = 0; j < n && j < stated.length; j++) {
        menteeCapacity[j] = Math.min(menteeCapacity[j], menteeCapacity[j] - freeMentee[j] + stated[j]);
      }
    }
    MatchResult assembled = Results.assemble(strategy, solverPath(decision.solverPath()), problem, options,
        pairMentor, pairMentee, total, problem.mentorCapacities(), menteeCapacity,
        Results.admissible(problem, options, this::isOpen), mentorConsent, menteeConsent);
    return withWarnings(flag(assembled), decision.warnings());
  }

  private static MatchResult withWarnings(MatchResult r, List<String> warnings) {
    if (warnings.isEmpty()) {
      return r;
    }
    MatchResult.Builder b = MatchResult.builder(r.strategy()).solverPath(r.solverPath());
    r.pairs().forEach(b::pair);
    r.unmatched().forEach(b::unmatched);
    r.warnings().forEach(b::warning);
    warnings.forEach(b::warning);
    return b.build();
  }

  private String solverPath(String decisionPath) {
    StringBuilder s = new StringBuilder();
    if (activeNotKept > 0) {
      s.append("rematch-active(").append(activeNotKept).append(" active pair").append(activeNotKept == 1 ? "" : "s")
          .append(" not kept)+");
    }
    if (kept > 0) {
      s.append("kept(").append(keptActiveCount()).append(" active, ").append(keptPinnedCount()).append(" pinned)+");
    }
    return s.append(decisionPath).toString();
  }

  /** The result with its kept pairs marked, and a warning for each kept pair a hard rule forbids. */
  private MatchResult flag(MatchResult r) {
    List<String> preferenceWarnings = preferenceWarnings();
    if (activeKeys.isEmpty() && pinnedKeys.isEmpty() && preferenceWarnings.isEmpty()) {
      return r;
    }
    MatchResult.Builder b = MatchResult.builder(r.strategy()).solverPath(r.solverPath());
    Set<Long> keptKeys = new HashSet<>();
    for (int k = 0; k < kept; k++) {
      keptKeys.add(key(keptMentor[k], keptMentee[k]));
    }
    for (Pairing p : r.pairs()) {
      long key = key(problem.mentorIndex(p.mentorId()), problem.menteeIndex(p.menteeId()));
      boolean active = activeKeys.contains(key);
      boolean pinned = pinnedKeys.contains(key);
      b.pair(p.withOrigin(active, pinned));
      if (keptKeys.contains(key) && !p.explanation().allowed()) {
        b.warning(warning(p, active));
      }
    }
    r.unmatched().forEach(b::unmatched);
    r.warnings().forEach(b::warning);
    preferenceWarnings.forEach(b::warning);
    return b.build();
  }

  /**
   * A warning for each stated preference that a hard rule forbids ("e12 ranked e7, but reporting-chain:
   * ..."), between people who both consent, in programme order.
   */
  private List<String> preferenceWarnings() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < problem.mentorCount(); i++) {
      if (mentorConsent[i]) {
        for (dev.reverso.core.ParticipantId id : problem.mentor(i).preferences()) {
          int j = problem.menteeIndex(id);
          if (j >= 0 && menteeConsent[j] && !problem.allowed(i, j)) {
            out.add(rankedWarning(problem.mentorId(i), id, problem.explain(i, j)));
          }
        }
      }
    }
    for (int j = 0; j < problem.menteeCount(); j++) {
      if (menteeConsent[j]) {
        for (dev.reverso.core.ParticipantId id : problem.mentee(j).preferences()) {
          int i = problem.mentorIndex(id);
          if (i >= 0 && mentorConsent[i] && !problem.allowed(i, j)) {
            out.add(rankedWarning(problem.menteeId(j), id, problem.explain(i, j)));
          }
        }
      }
    }
    return out;
  }

  private static String rankedWarning(dev.reverso.core.ParticipantId who, dev.reverso.core.ParticipantId ranked,
      Explanation why) {
    List<String> broken = new ArrayList<>();
    for (Explanation.Verdict v : why.forbiddingVerdicts()) {
      broken.add(v.constraintId() + ": " + technical(v));
    }
    return who + " ranked " + ranked + ", but " + String.join("; ", broken);
  }

  private static String warning(Pairing p, boolean active) {
    List<String> broken = new ArrayList<>();
    for (Explanation.Verdict v : p.explanation().forbiddingVerdicts()) {
      broken.add(v.constraintId() + " (" + technical(v) + ")");
    }
    return "kept " + (active ? "active" : "pinned") + " pair " + p.mentorId() + "->" + p.menteeId()
        + " breaks " + String.join(", ", broken);
  }

  /**
   * A forbidding verdict's reason in the technical form warnings use (they are ids and codes, for the log and
   * JSON): {@code code(name value, ...)}, or the text of a {@link dev.reverso.matching.result.Reason#text} reason.
   */
  private static String technical(Explanation.Verdict v) {
    dev.reverso.matching.result.Reason r = v.reason().orElseThrow();
    if (dev.reverso.matching.result.Reason.TEXT_CODE.equals(r.code())) {
      return String.valueOf(r.arg("text"));
    }
    StringBuilder sb = new StringBuilder(r.code());
    String sep = "(";
    for (java.util.Map.Entry<String, Object> e : r.args().entrySet()) {
      sb.append(sep).append(e.getKey()).append(' ').append(e.getValue());
      sep = ", ";
    }
    return r.args().isEmpty() ? sb.toString() : sb.append(')').toString();
  }

  /**
   * Repairs the result of a strategy that does not use the template, so that it keeps the same rules: its
   * pairs with someone without consent or duplicating a kept pair are dropped, the kept pairs are added,
   * and where a person is then over capacity their lowest-scoring new pairs give way (ties: the later
   * partner in programme order). People without consent are reported as
   * {@link UnmatchedReason#NO_CONSENT}; someone who lost every pair this way as
   * {@link UnmatchedReason#CAPACITY_EXHAUSTED}. The solver path gets the template's prefix.
   */
  public MatchResult enforce(MatchResult result) {
    requireNonNull(result, "result");
    int m = problem.mentorCount();
    int n = problem.menteeCount();
    int[] mentorLoad = new int[m];
    int[] menteeLoad = new int[n];
    MatchResult.Builder b = MatchResult.builder(result.strategy()).solverPath(solverPath(result.solverPath()));
    Set<Long> keptKeys = new HashSet<>();
    for (int k = 0; k < kept; k++) {
      keptKeys.add(key(keptMentor[k], keptMentee[k]));
      mentorLoad[keptMentor[k]]++;
      menteeLoad[keptMentee[k]]++;
      b.pair(problem.pairing(keptMentor[k], keptMentee[k]));
    }
    List<Pairing> candidates = new ArrayList<>();
    for (Pairing p : result.pairs()) {
      int i = problem.mentorIndex(p.mentorId());
      int j = problem.menteeIndex(p.menteeId());
      if (i >= 0 && j >= 0 && isOpen(i, j)) {
        candidates.add(p);
      }
    }
    // best new pairs first, so that the kept pairs displace the weakest ones
    candidates.sort((x, y) -> {
      int c = Double.compare(y.score(), x.score());
      if (c != 0) {
        return c;
      }
      c = Integer.compare(problem.menteeIndex(x.menteeId()), problem.menteeIndex(y.menteeId()));
      return c != 0 ? c : Integer.compare(problem.mentorIndex(x.mentorId()), problem.mentorIndex(y.mentorId()));
    });
    Map<Integer, Role> displaced = new HashMap<>();
    for (Pairing p : candidates) {
      int i = problem.mentorIndex(p.mentorId());
      int j = problem.menteeIndex(p.menteeId());
      if (mentorLoad[i] < problem.mentorCapacity(i) && menteeLoad[j] < problem.menteeCapacity(j)) {
        mentorLoad[i]++;
        menteeLoad[j]++;
        b.pair(p.withOrigin(false, false));
      } else {
        displaced.put(i, Role.MENTOR);
        displaced.put(m + j, Role.MENTEE);
      }
    }
    for (Unmatched u : result.unmatched()) {
      boolean mentor = u.role() == Role.MENTOR;
      int x = mentor ? problem.mentorIndex(u.participantId()) : problem.menteeIndex(u.participantId());
      if (x < 0 || (mentor ? mentorLoad[x] : menteeLoad[x]) > 0
          || !(mentor ? mentorConsent[x] : menteeConsent[x])) {
        continue; // matched by a kept pair, or reported below
      }
      b.unmatched(u);
    }
    Set<String> reported = new HashSet<>();
    result.unmatched().forEach(u -> reported.add(u.role() + " " + u.participantId()));
    for (int i = 0; i < m; i++) {
      if (!mentorConsent[i]) {
        b.unmatched(noConsent(problem.mentor(i), Role.MENTOR));
      } else if (mentorLoad[i] == 0 && !reported.contains(Role.MENTOR + " " + problem.mentorId(i))) {
        b.unmatched(problem.mentorId(i), Role.MENTOR, displaced.containsKey(i) ? UnmatchedReason.CAPACITY_EXHAUSTED
            : UnmatchedReason.NOT_SELECTED, displaced.containsKey(i)
            ? "the strategy's pair gave way to an active or pinned pair" : "the strategy left this mentor out");
      }
    }
    for (int j = 0; j < n; j++) {
      if (!menteeConsent[j]) {
        b.unmatched(noConsent(problem.mentee(j), Role.MENTEE));
      } else if (menteeLoad[j] == 0 && !reported.contains(Role.MENTEE + " " + problem.menteeId(j))) {
        b.unmatched(problem.menteeId(j), Role.MENTEE, displaced.containsKey(m + j)
            ? UnmatchedReason.CAPACITY_EXHAUSTED : UnmatchedReason.NOT_SELECTED, displaced.containsKey(m + j)
            ? "the strategy's pair gave way to an active or pinned pair" : "the strategy left this mentee out");
      }
    }
    result.warnings().forEach(b::warning);
    return flag(b.build());
  }

  private static Unmatched noConsent(Participant p, Role role) {
    return Results.noConsent(p.id(), role);
  }
}
