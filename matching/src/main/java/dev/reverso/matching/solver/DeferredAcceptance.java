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
 * proposals up to its capacity and rejects the rest. Receivers' rankings are turned into a rank for
 * every proposer-list entry in one pass over all lists (no proposers × receivers table), and each
 * receiver tracks which ranks it holds plus a pointer to its worst one, which only moves up the list.
 *
 * <p><b>Guarantee.</b> The result is stable and <em>proposer-optimal</em>: every proposer gets the best
 * receiver it has in any stable matching (Gale &amp; Shapley 1962; for capacities, through the usual
 * reduction of a receiver of capacity k to k copies with the same list). It is unique, so the order
 * in which proposals are processed does not matter. O(total length of all lists + proposers + receivers) time
 * and memory. Inputs are never modified; stateless and thread-safe.
 */
public final class DeferredAcceptance {
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
    requireNonNull(proposerPrefs, "proposerPrefs");
    requireNonNull(receiverPrefs, "receiverPrefs");
    requireNonNull(receiverCapacity, "receiverCapacity");
    int proposers = proposerPrefs.length;
    int receivers = receiverPrefs.length;
    validate(proposerPrefs, receiverPrefs, receiverCapacity);

    // Flatten the proposers' lists.
    int[] start = new int[proposers + 1];
    for (int p = 0; p < proposers; p++) {
      start[p + 1] = start[p] + proposerPrefs[p].length;
    }
    int total = start[proposers];
    int[] target = new int[total];
    for (int p = 0; p < proposers; p++) {
      System.arraycopy(proposerPrefs[p], 0, target, start[p], proposerPrefs[p].length);
    }
    // For every entry (p -> r) of a proposer's list, the rank of p in r's list, or -1 if r does not
    // list p: group the entries by receiver (counting sort), then scatter each receiver's ranks.
    int[] byReceiverStart = new int[receivers + 1];
    for (int e = 0; e < total; e++) {
      byReceiverStart[target[e] + 1]++;
    }
    for (int r = 0; r < receivers; r++) {
      byReceiverStart[r + 1] += byReceiverStart[r];
    }
    int[] fill = Arrays.copyOf(byReceiverStart, receivers);
    int[] entryOfReceiver = new int[total];
    int[] proposerOfEntry = new int[total];
    for (int p = 0; p < proposers; p++) {
      for (int e = start[p]; e < start[p + 1]; e++) {
        entryOfReceiver[fill[target[e]]++] = e;
        proposerOfEntry[e] = p;
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
      for (int x = byReceiverStart[r]; x < byReceiverStart[r + 1]; x++) {
        int e = entryOfReceiver[x];
        rankAt[e] = rankOf[proposerOfEntry[e]];
      }
      for (int q : list) {
        rankOf[q] = -1;
      }
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

    int[] result = new int[proposers];
    Arrays.fill(result, -1);
    int[] next = Arrays.copyOf(start, proposers);
    int[] stack = new int[proposers];
    int top = 0;
    for (int p = proposers - 1; p >= 0; p--) {
      stack[top++] = p;
    }
    while (top > 0) {
      int p = stack[--top];
      while (next[p] < start[p + 1]) {
        int e = next[p]++;
        int rank = rankAt[e];
        if (rank < 0) {
          continue; // r does not list p: unacceptable
        }
        int r = target[e];
        int cap = receiverCapacity[r];
        if (heldCount[r] < cap) {
          held[heldStart[r] + rank] = true;
          heldCount[r]++;
          worst[r] = Math.max(worst[r], rank);
          result[p] = r;
          break;
        }
        if (cap > 0 && rank < worst[r]) {
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
    for (int a = 0; a < lists.length; a++) {
      int[] list = lists[a];
      if (list == null) {
        problems.error(name + "[" + a + "]", "expected a list of " + what + " indices, found null");
        continue;
      }
      for (int k = 0; k < list.length; k++) {
        int x = list[k];
        String location = name + "[" + a + "][" + k + "]";
        if (x < 0 || x >= bound) {
          problems.error(location, "expected a " + what + " index in [0, " + bound + "), found " + x);
        } else if (seenAt[x] == a + 1) {
          problems.error(location, "expected each " + what + " at most once in a list, found " + x
              + " again (first at position " + firstPosition(list, x) + ")");
        } else {
          seenAt[x] = a + 1;
        }
      }
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
