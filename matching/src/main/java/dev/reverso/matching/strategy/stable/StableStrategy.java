package dev.reverso.matching.strategy.stable;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.ProgressListener;
import dev.reverso.matching.spi.template.AbstractMatchingStrategy;
import dev.reverso.matching.spi.template.Decision;
import dev.reverso.matching.spi.template.MatchingRound;
import dev.reverso.matching.solver.DeferredAcceptance;
import dev.reverso.matching.internal.PairFilter;
import dev.reverso.matching.internal.PrimitiveSort;
import dev.reverso.matching.internal.Results;
import dev.reverso.matching.internal.ScoreTable;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code stable}: a stable matching by deferred acceptance (D. Gale and L. S. Shapley, "College admissions
 * and the stability of marriage", American Mathematical Monthly 69(1), 1962), mentee-proposing by default.
 *
 * <p><b>Preferences.</b> Stated preferences come first: a person who ranked partners
 * ({@link dev.reverso.core.Participant#preferences()}) prefers them in the order given, above every partner
 * they did not rank. Everyone else, and the unranked partners after the ranked ones, are ordered by score:
 * a mentee ranks mentors by {@link MatchingProblem#menteeView(int, int)} (what the mentee gains), a mentor
 * ranks mentees by {@link MatchingProblem#mentorView(int, int)}; higher first, equal views by lower index.
 * Only admissible pairs are acceptable to either side: allowed by every constraint and scoring
 * ({@link MatchingProblem#score(int, int)}) at least the minimum; a ranked partner that is not admissible
 * is skipped. The result is therefore stable with respect to what people said, wherever they said it.
 * {@link MatchResult#solverPath()} ends in {@code stated preferences first} when someone ranked partners.
 *
 * <p><b>Guarantee.</b> No blocking pair: there is no acceptable mentor and mentee, not paired together,
 * who each either have a free place or prefer the other to one of their partners. The result is the
 * proposing side's optimal stable matching: with {@link Proposing#MENTEES}, every mentee gets the best
 * mentor it has in any stable matching (and every mentor the worst); with {@link Proposing#MENTORS} the
 * reverse. It is the only such matching, so it does not depend on the order of proposals.
 *
 * <p><b>Capacities.</b> Mentors keep their capacity. <em>Mentees get at most one mentor in this
 * strategy</em>: a mentee capacity above 1 is treated as 1. Stable matching is then the well-understood
 * many-to-one (college admissions) model, where a proposer-optimal stable matching exists and the
 * "rural hospitals" theorem holds (the same people are matched, and every mentor not filled gets the same
 * mentees, in every stable matching). With capacities on both sides only pairwise stability survives and
 * those guarantees weaken, so mentees wanting several mentors should use {@code optimal} or {@code greedy}.
 * Mentor-proposing runs deferred acceptance with one proposer per unit of mentor capacity (each with the
 * mentor's list; a mentee ranks those copies together, in copy order), the standard reduction of college
 * admissions to marriage (A. E. Roth and M. Sotomayor, "Two-sided matching", Cambridge University Press,
 * 1990, chapter 5), whose proposer-optimal matching is the mentor-optimal one.
 *
 * <p><b>Cost.</b> Proposers rarely go far down their lists, so each proposer first lists only its best
 * {@value #FIRST_LIST_LENGTH} acceptable partners (a bounded heap over one scan of the other side, then a
 * primitive sort; see {@link #StableStrategy(Proposing, int)}), and each receiver ranks only the proposers that list it. A proposer left with a free
 * place after running out of a cut list gets a list four times longer and deferred acceptance runs again;
 * once no such proposer is left, the result is exactly that of the full lists (a proposer that ends
 * matched never reached the end of its list, and a receiver is only ever asked about proposers that list
 * it, in the same relative order). {@link MatchResult#solverPath()} counts the extension rounds. Time
 * O(mentees × mentors) for the first scan (constraint checks and one view per acceptable pair) plus
 * O(L log L) per list; memory O(mentees × L). Stops at the deadline or on interruption between blocks of
 * rows while listing and ranking, every {@code 16 384} proposals of deferred acceptance and between blocks of
 * people while assembling the result.
 *
 * <p><b>Size.</b> The lists hold at most {@value #MAX_LIST_ENTRIES} entries in all (unless configured
 * otherwise); a programme that would
 * need more (tens of thousands of people with many equal scores, so that proposers run far down their
 * lists) is refused with an {@link InvalidInputException} that names the limit and the alternatives
 * ({@code optimal}, {@code greedy}), never an {@link OutOfMemoryError}.
 *
 * <p>Immutable, stateless and thread-safe. Registered as {@code stable}, mentee-proposing.
 */
public final class StableStrategy extends AbstractMatchingStrategy {
  /** The registered name. */
  public static final String NAME = "stable";

  /** Which side proposes. */
  public enum Proposing {
    /** Mentees propose: the mentee-optimal stable matching. The default. */
    MENTEES,
    /** Mentors propose: the mentor-optimal stable matching. */
    MENTORS
  }

  /**
   * The most preference-list entries (over all proposers) this strategy builds: about 20 bytes each while
   * lists are built and ranked, so at most about 1 GB. Lists are only extended for proposers that run out,
   * so normal programmes stay far below (5 000 × 5 000 with full lists is 25 million entries); a programme
   * of tens of thousands of identical people would need billions, and is refused with an
   * {@link InvalidInputException} naming this limit instead of running out of memory.
   */
  public static final long MAX_LIST_ENTRIES = 50_000_000L;

  /** How many partners each proposer lists at first unless told otherwise. */
  public static final int FIRST_LIST_LENGTH = 48;

  private final Proposing proposing;
  private final int firstListLength;
  private final long maxListEntries;

  /** Mentee-proposing: the registered configuration. */
  public StableStrategy() {
    this(Proposing.MENTEES);
  }

  /** A strategy where {@code proposing} proposes. */
  public StableStrategy(Proposing proposing) {
    this(proposing, FIRST_LIST_LENGTH);
  }

  /**
   * A strategy where {@code proposing} proposes and each proposer first lists its best
   * {@code firstListLength} partners: a tuning knob only, the result (apart from the number of list
   * extensions in {@link MatchResult#solverPath()}) does not depend on it.
   *
   * @throws IllegalArgumentException if {@code firstListLength < 1}
   */
  public StableStrategy(Proposing proposing, int firstListLength) {
    this(proposing, firstListLength, MAX_LIST_ENTRIES);
  }

  /**
   * As {@link #StableStrategy(Proposing, int)}, refusing programmes whose lists would need more than
   * {@code maxListEntries} entries (default {@value #MAX_LIST_ENTRIES}): lower it to bound memory further.
   *
   * @throws IllegalArgumentException if {@code firstListLength < 1} or {@code maxListEntries < 1}
   */
  public StableStrategy(Proposing proposing, int firstListLength, long maxListEntries) {
    this.proposing = requireNonNull(proposing, "proposing");
    if (firstListLength < 1) {
      throw new IllegalArgumentException("expected a first list length of at least 1, found " + firstListLength);
    }
    if (maxListEntries < 1) {
      throw new IllegalArgumentException("expected a list entry limit of at least 1, found " + maxListEntries);
    }
    this.firstListLength = firstListLength;
    this.maxListEntries = maxListEntries;
  }

  /** The proposing side. */
  public Proposing proposing() {
    return proposing;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "stable matching by deferred acceptance, " + (proposing == Proposing.MENTEES ? "mentee" : "mentor")
        + "-proposing: no mentor and mentee would both rather be paired together (one mentor per mentee)";
  }

  @Override
  protected Decision decide(MatchingRound matchingRound) {
    MatchingProblem problem = matchingRound.problem();
    MatchingOptions options = matchingRound.options();
    int n = problem.menteeCount();
    int m = problem.mentorCount();
    int[] mentorCapacity = matchingRound.mentorCapacities();
    int[] menteeCapacity = matchingRound.menteeCapacities();
    for (int j = 0; j < n; j++) {
      menteeCapacity[j] = Math.min(1, menteeCapacity[j]);
    }
    PairFilter open = matchingRound.restricts() ? matchingRound::isOpen : PairFilter.ALL;
    PairFilter admissible = Results.admissible(problem, options, open);
    StatedPreferences stated = StatedPreferences.of(problem);
    boolean menteesPropose = proposing == Proposing.MENTEES;
    Side side = menteesPropose ? new Side(problem, admissible, open, stated, options.minimumScore(), n, m, false)
        : new Side(problem, admissible, open, stated, options.minimumScore(), m, n, true);

    // Each proposer's best firstListLength acceptable partners; longer lists only for proposers that run out.
    int proposers = side.proposers;
    long first = (long) proposers * Math.min(firstListLength, side.receivers);
    if (first > maxListEntries) {
      throw InvalidInputException.of("strategy", String.format(Locale.ROOT,
          "expected the stable strategy's preference lists to fit in %d entries, but the first lists of %d"
              + " %s alone would need %d entries; use optimal or greedy, whose sparse paths handle this size,"
              + " or split the programme", maxListEntries, proposers, menteesPropose ? "mentees" : "mentors",
          first));
    }
    int[][] lists = new int[proposers][];
    boolean[] complete = new boolean[proposers];
    ScoreTable.forEachRowBlock(proposers, side.receivers, options, ProgressListener.SCORING, p -> {
      int[] list = side.top(p, firstListLength);
      lists[p] = list;
      complete[p] = list.length < firstListLength;
    });
    // Proposer slots: one per unit of capacity (mentors), sharing their proposer's list.
    int[] firstSlot = new int[proposers + 1];
    for (int p = 0; p < proposers; p++) {
      firstSlot[p + 1] = firstSlot[p] + (menteesPropose ? menteeCapacity[p] : mentorCapacity[p]);
    }
    int slots = firstSlot[proposers];
    int[] receiverCapacity = menteesPropose ? mentorCapacity : menteeCapacity;
    int[] match;
    int round = 0;
    while (true) {
      double at = 1 - 1.0 / (round + 2);
      options.progress(ProgressListener.SOLVING, at);
      int[][] receiverLists = side.receiverLists(lists, firstSlot, options, at);
      int[][] slotLists = new int[slots][];
      for (int p = 0; p < proposers; p++) {
        for (int x = firstSlot[p]; x < firstSlot[p + 1]; x++) {
          slotLists[x] = lists[p];
        }
      }
      match = DeferredAcceptance.solve(slotLists, receiverLists, receiverCapacity, options::checkpoint);
      // Proposers left with a free slot whose list was cut short get a longer list, and the matching is
      // recomputed; once none is left, the result is that of the full lists.
      int[] extend = new int[proposers];
      int extending = 0;
      for (int p = 0; p < proposers; p++) {
        if (complete[p]) {
          continue;
        }
        for (int x = firstSlot[p]; x < firstSlot[p + 1]; x++) {
          if (match[x] < 0) {
            extend[extending++] = p;
            break;
          }
        }
      }
      if (extending == 0) {
        break;
      }
      round++;
      long entries = 0;
      for (int[] list : lists) {
        entries += list.length;
      }
      for (int k = 0; k < extending; k++) {
        int p = extend[k];
        entries += Math.min(side.receivers, 4L * lists[p].length) - lists[p].length;
      }
      if (entries > maxListEntries) {
        throw InvalidInputException.of("strategy", String.format(Locale.ROOT,
            "expected the stable strategy's preference lists to fit in %d entries, but %d of %d %s still had"
                + " a free place after %d list extension%s and longer lists would need %d entries (%d mentees"
                + " × %d mentors, many equal scores); use optimal or greedy, whose sparse paths handle this"
                + " size, or split the programme", maxListEntries, extending, proposers,
            menteesPropose ? "mentees" : "mentors", round - 1, round - 1 == 1 ? "" : "s", entries, n, m));
      }
      int[] todo = extend;
      ScoreTable.forEachRowBlock(extending, side.receivers, options, ProgressListener.SOLVING, at, at, k -> {
        int p = todo[k];
        int length = (int) Math.min(side.receivers, 4L * lists[p].length);
        int[] list = side.top(p, length);
        lists[p] = list;
        complete[p] = list.length < length || length == side.receivers;
      });
    }
    options.progress(ProgressListener.SOLVING, 1);
    int[] pairMentor = new int[slots];
    int[] pairMentee = new int[slots];
    int pairs = 0;
    for (int p = 0; p < proposers; p++) {
      for (int x = firstSlot[p]; x < firstSlot[p + 1]; x++) {
        int r = match[x];
        if (r >= 0) {
          pairMentor[pairs] = menteesPropose ? r : p;
          pairMentee[pairs++] = menteesPropose ? p : r;
        }
      }
    }
    String path = "deferred-acceptance(" + (menteesPropose ? "mentees" : "mentors") + " propose"
        + (round == 0 ? "" : ", " + round + " list extension" + (round == 1 ? "" : "s")) + ")";
    return Decision.of(stated.isEmpty() ? path : path.replace(")", ", stated preferences first)"), pairMentor,
        pairMentee, pairs).withMenteeCapacities(menteeCapacity);
  }

  /**
   * The two sides seen as proposers and receivers, with each side's view of a pair: the proposer's
   * view ranks its list, the receiver's view ranks the proposers that list it.
   */
  private static final class Side {
    final MatchingProblem problem;
    final PairFilter admissible;
    final PairFilter open;
    final StatedPreferences stated;
    final double minimumScore;
    final int proposers;
    final int receivers;
    final boolean mentorsPropose;

    Side(MatchingProblem problem, PairFilter admissible, PairFilter open, StatedPreferences stated,
        double minimumScore, int proposers, int receivers, boolean mentorsPropose) {
      this.problem = problem;
      this.admissible = admissible;
      this.open = open;
      this.stated = stated;
      this.minimumScore = minimumScore;
      this.proposers = proposers;
      this.receivers = receivers;
      this.mentorsPropose = mentorsPropose;
    }

    boolean acceptable(int p, int r) {
      return mentorsPropose ? admissible.test(p, r) : admissible.test(r, p);
    }

    double proposerView(int p, int r) {
      return mentorsPropose ? stated.mentorView(p, r, problem.mentorView(p, r))
          : stated.menteeView(p, r, problem.menteeView(r, p));
    }

    double receiverView(int r, int p) {
      return mentorsPropose ? stated.menteeView(r, p, problem.menteeView(p, r))
          : stated.mentorView(r, p, problem.mentorView(r, p));
    }

    /** The best {@code length} acceptable receivers of p, best first (bounded heap, then a sort). */
    int[] top(int p, int length) {
      double[] key = new double[Math.max(1, length)];
      int[] idx = new int[key.length];
      int size = 0;
      boolean[] accept = new boolean[receivers];
      double[] views = null;
      if (mentorsPropose) {
        for (int r = 0; r < receivers; r++) {
          accept[r] = acceptable(p, r);
        }
      } else {
        // A mentee proposes: which mentors are acceptable (the admissible rule: allowed, and at least the
        // minimum score if there is one) and its view of them, in row passes equal to the pair methods.
        views = new double[receivers];
        problem.allowedRow(p, accept);
        if (minimumScore > 0) {
          problem.scoreRow(p, accept, views);
          for (int r = 0; r < receivers; r++) {
            accept[r] = accept[r] && views[r] >= minimumScore;
          }
        }
        if (open != PairFilter.ALL) {
          for (int r = 0; r < receivers; r++) {
            accept[r] = accept[r] && open.test(r, p);
          }
        }
        problem.menteeViewRow(p, accept, views);
        stated.menteeViews(p, accept, views);
      }
      for (int r = 0; r < receivers; r++) {
        if (!accept[r]) {
          continue;
        }
        double v = views != null ? views[r] : proposerView(p, r);
        if (size < length) {
          // Min-heap on (view, then higher index worse): root = the worst kept.
          int x = size++;
          while (x > 0) {
            int parent = (x - 1) >>> 1;
            if (!worse(v, r, key[parent], idx[parent])) {
              break;
            }
            key[x] = key[parent];
            idx[x] = idx[parent];
            x = parent;
          }
          key[x] = v;
          idx[x] = r;
        } else if (length > 0 && worse(key[0], idx[0], v, r)) {
          int x = 0;
          int half = size >>> 1;
          while (x < half) {
            int child = 2 * x + 1;
            if (child + 1 < size && worse(key[child + 1], idx[child + 1], key[child], idx[child])) {
              child++;
            }
            if (!worse(key[child], idx[child], v, r)) {
              break;
            }
            key[x] = key[child];
            idx[x] = idx[child];
            x = child;
          }
          key[x] = v;
          idx[x] = r;
        }
      }
      PrimitiveSort.descending(key, idx, size);
      return Arrays.copyOf(idx, size);
    }

    /**
     * Each receiver's list of the proposer slots whose proposer lists it, best first by the receiver's view
     * (slots of one proposer together, in slot order). DA only asks a receiver about proposers that list
     * it, so these lists give the same decisions as the receiver's full list.
     */
    int[][] receiverLists(int[][] lists, int[] firstSlot, MatchingOptions options, double at) {
      int[] count = new int[receivers + 1];
      for (int[] list : lists) {
        for (int r : list) {
          count[r + 1]++;
        }
      }
      for (int r = 0; r < receivers; r++) {
        count[r + 1] += count[r];
      }
      int[] fill = Arrays.copyOf(count, receivers);
      int[] proposerOf = new int[count[receivers]];
      for (int p = 0; p < proposers; p++) {
        for (int r : lists[p]) {
          proposerOf[fill[r]++] = p;
        }
      }
      int[][] out = new int[receivers][];
      ScoreTable.forEachRowBlock(receivers, Math.max(1, proposerOf.length / Math.max(1, receivers)), options,
          ProgressListener.SOLVING, at, at, r -> {
            int from = count[r];
            int size = count[r + 1] - from;
            double[] key = new double[size];
            int[] idx = new int[size];
            int slotTotal = 0;
            for (int k = 0; k < size; k++) {
              int p = proposerOf[from + k];
              idx[k] = p;
              key[k] = receiverView(r, p);
              slotTotal += firstSlot[p + 1] - firstSlot[p];
            }
            PrimitiveSort.descending(key, idx, size);
            int[] slots = new int[slotTotal];
            int x = 0;
            for (int k = 0; k < size; k++) {
              for (int s = firstSlot[idx[k]]; s < firstSlot[idx[k] + 1]; s++) {
                slots[x++] = s;
              }
            }
            out[r] = slots;
          });
      return out;
    }

    /** Whether (a, ia) ranks below (b, ib): lower view, or equal view and higher index. */
    private static boolean worse(double a, int ia, double b, int ib) {
      return a < b || (a == b && ia > ib);
    }
  }

  @Override
  public String toString() {
    return "StableStrategy[" + proposing.name().toLowerCase(java.util.Locale.ROOT) + " propose, first lists "
        + firstListLength + "]";
  }
}
