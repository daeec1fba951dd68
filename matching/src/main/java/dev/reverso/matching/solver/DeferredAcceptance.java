package dev.reverso.matching.solver;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problems;
import java.util.Arrays;

/**
 * Proposer-optimal stable matching with receiver capacities: the deferred acceptance algorithm of
 * D. Gale and L. S. Shapley, "College admissions and the stability of marriage", American Mathematical
 * Monthly 69(1), 1962, in its many-to-one form (the hospitals/residents problem; A. E. Roth, "The
 * evolution of the labor market for medical interns and residents: a case study in game theory",
 * Journal of Political Economy 92(6), 1984).
 *
 * <p><b>Problem.</b> Each proposer ranks some receivers and each receiver ranks some proposers, most
 * preferred first; lists may be incomplete. A pair is <em>acceptable</em> when each lists the other.
 * Receiver {@code r} may hold up to {@code capacity[r]} proposers. A matching of acceptable pairs is
 * <em>stable</em> when no acceptable pair {@code (p, r)} blocks it, i.e. it is not the case that
 * {@code p} is unmatched or prefers {@code r} to its partner while {@code r} has a free place or
 * prefers {@code p} to one of the proposers it holds.
 *
 * <p><b>Method.</b> Free proposers propose down their lists; a receiver tentatively holds the best
 * proposals up to its capacity and rejects the rest. Receivers' rankings are turned into O(1) rank
 * look-ups in one pass over all lists: a receivers × proposers table when the lists are long enough
 * for it to be no bigger than them, otherwise a rank per proposer-list entry. Each receiver tracks
 * which ranks it holds plus a pointer to its worst one, which only moves up the list.
 *
 * <p><b>Guarantee.</b> The result is stable and <em>proposer-optimal</em>: every proposer gets the best
 * receiver it has in any stable matching (Gale &amp; Shapley 1962; for capacities, through the usual
 * reduction of a receiver of capacity k to k copies with the same list). It is unique, so the order
 * in which proposals are processed does not matter. O(total length of all lists + proposers + receivers) time
 * and memory. Inputs are never modified; stateless and thread-safe.
 */
public final class DeferredAcceptance {
  private static final int MAX_LISTED_PROBLEMS = 100;
  /** Proposals between two calls of a checkpoint: a few hundred microseconds of work. */
  static final int PROPOSALS_PER_CHECKPOINT = 1 << 14;
  private static final Runnable NO_CHECKPOINT = () -> { };

  private DeferredAcceptance() {}

  /**
   * One-to-one stable matching: every receiver has capacity 1.
   *
   * @see #solve(int[][], int[][], int[])
   */
  public static int[] solve(int[][] proposerPrefs, int[][] receiverPrefs) {
    requireNonNull(receiverPrefs, "receiverPrefs");
    int[] capacity = new int[receiverPrefs.length];
    Arrays.fill(capacity, 1);
    return solve(proposerPrefs, receiverPrefs, capacity);
  }

  /**
   * Proposer-optimal stable matching.
   *
   * @param proposerPrefs for each proposer, receiver indices, most preferred first, no repeats
   * @param receiverPrefs for each receiver, proposer indices, most preferred first, no repeats
   * @param receiverCapacity how many proposers each receiver may hold, each {@code >= 0}
   * @return for each proposer its receiver, or −1 if it is unmatched
   * @throws InvalidInputException if a list is missing, names an index out of range or repeats one, the
   *     capacity array's length differs from the number of receivers or a capacity is negative; every
   *     problem is listed with its location ({@code proposerPrefs[2][1]}, {@code receiverCapacity[0]})
   */
  public static int[] solve(int[][] proposerPrefs, int[][] receiverPrefs, int[] receiverCapacity) {
    return solve(proposerPrefs, receiverPrefs, receiverCapacity, true, NO_CHECKPOINT);
  }

  /**
   * As {@link #solve(int[][], int[][], int[])}, calling {@code checkpoint} after the rank tables are built
   * and then every {@value #PROPOSALS_PER_CHECKPOINT} proposals, so that a long run can be stopped: whatever
   * the checkpoint throws ends the solve and reaches the caller. The checkpoint should be cheap, such as a
   * deadline or interrupt check. Same result as without it.
   */
  public static int[] solve(int[][] proposerPrefs, int[][] receiverPrefs, int[] receiverCapacity,
      Runnable checkpoint) {
    return solve(proposerPrefs, receiverPrefs, receiverCapacity, true, requireNonNull(checkpoint, "checkpoint"));
  }

  /** As {@link #solve(int[][], int[][], int[])}; {@code allowRankTable = false} forces per-entry ranks. */
  static int[] solve(int[][] proposerPrefs, int[][] receiverPrefs, int[] receiverCapacity, boolean allowRankTable) {
    return solve(proposerPrefs, receiverPrefs, receiverCapacity, allowRankTable, NO_CHECKPOINT);
  }

  private static int[] solve(int[][] proposerPrefs, int[][] receiverPrefs, int[] receiverCapacity,
      boolean allowRankTable, Runnable checkpoint) {
    requireNonNull(proposerPrefs, "proposerPrefs");
    requireNonNull(receiverPrefs, "receiverPrefs");
    requireNonNull(receiverCapacity, "receiverCapacity");
    int proposers = proposerPrefs.length;
    int receivers = receiverPrefs.length;
    validate(proposerPrefs, receiverPrefs, receiverCapacity);

    // How each receiver ranks each proposer (-1: not listed). With long lists a receivers × proposers
    // table is as small as the lists themselves and the fastest to read; with short lists, the rank is
    // stored per entry of the proposers' lists instead, found by grouping those entries by receiver.
    long listTotal = 0;
    for (int[] list : proposerPrefs) {
      listTotal += list.length;
    }
    for (int[] list : receiverPrefs) {
      listTotal += list.length;
    }
    long tableSize = (long) receivers * proposers;
    int[] rankTable = null;
    int[] entryStart = null;
    int[] rankAt = null;
    if (allowRankTable && tableSize <= Math.max(4 * listTotal, 1 << 16) && tableSize < Integer.MAX_VALUE - 8) {
      rankTable = new int[(int) tableSize];
      Arrays.fill(rankTable, -1);
      for (int r = 0; r < receivers; r++) {
        int[] list = receiverPrefs[r];
        int base = r * proposers;
        for (int k = 0; k < list.length; k++) {
          rankTable[base + list[k]] = k;
        }
      }
    } else {
      entryStart = new int[proposers + 1];
      for (int p = 0; p < proposers; p++) {
        entryStart[p + 1] = entryStart[p] + proposerPrefs[p].length;
      }
      rankAt = ranksPerEntry(proposerPrefs, receiverPrefs, entryStart);
    }

    // Receivers: which ranks they hold (one flag per list entry), how many, and the worst held rank.
    int[] heldStart = new int[receivers + 1];
    for (int r = 0; r < receivers; r++) {
      heldStart[r + 1] = heldStart[r] + receiverPrefs[r].length;
    }
    boolean[] held = new boolean[heldStart[receivers]];
    int[] heldCount = new int[receivers];
    int[] worst = new int[receivers];
    Arrays.fill(worst, -1);

    checkpoint.run();
    int[] result = new int[proposers];
    Arrays.fill(result, -1);
    int[] next = new int[proposers];
    int[] stack = new int[proposers];
    int top = 0;
    for (int p = proposers - 1; p >= 0; p--) {
      stack[top++] = p;
    }
    int untilCheckpoint = PROPOSALS_PER_CHECKPOINT;
    while (top > 0) {
      int p = stack[--top];
      int[] list = proposerPrefs[p];
      while (next[p] < list.length) {
        if (--untilCheckpoint == 0) {
          untilCheckpoint = PROPOSALS_PER_CHECKPOINT;
          checkpoint.run();
        }
        int k = next[p]++;
        int r = list[k];
        int rank = rankTable != null ? rankTable[r * proposers + p] : rankAt[entryStart[p] + k];
        if (rank < 0) {
          continue; // r does not list p: unacceptable
        }
        int cap = receiverCapacity[r];
        if (heldCount[r] < cap) {
          held[heldStart[r] + rank] = true;
          heldCount[r]++;
          worst[r] = Math.max(worst[r], rank);
          result[p] = r;
          break;
        }
        if (cap > 0 && rank < worst[r]) {
          // r is full and prefers p to the worst proposer it holds: swap them. Once full, r stays
          // full, so its worst rank only moves up the list: O(list length) pointer moves in total.
          int rejected = receiverPrefs[r][worst[r]];
          held[heldStart[r] + worst[r]] = false;
          held[heldStart[r] + rank] = true;
          int w = worst[r];
          while (!held[heldStart[r] + w]) {
            w--;
          }
          worst[r] = w;
          result[p] = r;
          result[rejected] = -1;
          stack[top++] = rejected;
          break;
        }
      }
    }
    return result;
  }

  /**
   * For every entry {@code (p -> r)} of the proposers' lists (entry {@code entryStart[p] + k}), the rank
   * of {@code p} in {@code r}'s list or −1: entries are grouped by receiver with a counting sort, then
   * each receiver scatters its ranks into a scratch array and reads them back for its entries.
   */
  private static int[] ranksPerEntry(int[][] proposerPrefs, int[][] receiverPrefs, int[] entryStart) {
    int proposers = proposerPrefs.length;
    int receivers = receiverPrefs.length;
    int total = entryStart[proposers];
    int[] groupStart = new int[receivers + 1];
    for (int[] list : proposerPrefs) {
      for (int r : list) {
        groupStart[r + 1]++;
      }
    }
    for (int r = 0; r < receivers; r++) {
      groupStart[r + 1] += groupStart[r];
    }
    int[] fill = Arrays.copyOf(groupStart, receivers);
    int[] groupEntry = new int[total];
    int[] groupProposer = new int[total];
    for (int p = 0; p < proposers; p++) {
      int[] list = proposerPrefs[p];
      for (int k = 0; k < list.length; k++) {
        int x = fill[list[k]]++;
        groupEntry[x] = entryStart[p] + k;
        groupProposer[x] = p;
      }
    }
    int[] rankAt = new int[total];
    int[] rankOf = new int[proposers];
    Arrays.fill(rankOf, -1);
    for (int r = 0; r < receivers; r++) {
      int[] list = receiverPrefs[r];
      for (int k = 0; k < list.length; k++) {
        rankOf[list[k]] = k;
      }
      for (int x = groupStart[r]; x < groupStart[r + 1]; x++) {
        rankAt[groupEntry[x]] = rankOf[groupProposer[x]];
      }
      for (int q : list) {
        rankOf[q] = -1;
      }
    }
    return rankAt;
  }

  private static void validate(int[][] proposerPrefs, int[][] receiverPrefs, int[] receiverCapacity) {
    Problems problems = new Problems();
    int proposers = proposerPrefs.length;
    int receivers = receiverPrefs.length;
    checkLists("proposerPrefs", proposerPrefs, receivers, "receiver", problems);
    checkLists("receiverPrefs", receiverPrefs, proposers, "proposer", problems);
    if (receiverCapacity.length != receivers) {
      problems.error("receiverCapacity", "expected " + receivers
          + " capacities (one per receiver list), found " + receiverCapacity.length);
    }
    for (int r = 0; r < receiverCapacity.length; r++) {
      if (receiverCapacity[r] < 0) {
        problems.error("receiverCapacity[" + r + "]", "expected a capacity >= 0, found " + receiverCapacity[r]);
      }
    }
    problems.throwIfErrors();
  }

  private static void checkLists(String name, int[][] lists, int bound, String what, Problems problems) {
    int[] seenAt = new int[bound]; // 1 + the last list that contained the index
    long bad = 0;
    for (int a = 0; a < lists.length; a++) {
      int[] list = lists[a];
      if (list == null) {
        problems.error(name + "[" + a + "]", "expected a list of " + what + " indices, found null");
        continue;
      }
      for (int k = 0; k < list.length; k++) {
        int x = list[k];
        if (x < 0 || x >= bound) {
          if (bad++ < MAX_LISTED_PROBLEMS) {
            problems.error(name + "[" + a + "][" + k + "]", "expected a " + what + " index in [0, " + bound
                + "), found " + x);
          }
        } else if (seenAt[x] == a + 1) {
          if (bad++ < MAX_LISTED_PROBLEMS) {
            problems.error(name + "[" + a + "][" + k + "]", "expected each " + what + " at most once in a list, found "
                + x + " again (first at position " + firstPosition(list, x) + ")");
          }
        } else {
          seenAt[x] = a + 1;
        }
      }
    }
    if (bad > MAX_LISTED_PROBLEMS) {
      problems.error(name, (bad - MAX_LISTED_PROBLEMS) + " more problems in the lists beyond the "
          + MAX_LISTED_PROBLEMS + " listed");
    }
  }

  private static int firstPosition(int[] list, int x) {
    for (int k = 0; k < list.length; k++) {
      if (list[k] == x) {
        return k;
      }
    }
    return -1;
  }
}
