package dev.reverso.matching.internal;

/**
 * Sorts an index array by {@code double} keys, highest key first, equal keys by lower index first, without
 * boxing: a quicksort on the two parallel arrays (median of three, insertion sort below 24 elements,
 * recursion on the smaller part so the stack stays O(log n)). Every (key, index) pair is distinct, so the
 * order is total and the result unique. Internal.
 */
public final class PrimitiveSort {
  private static final int INSERTION = 24;

  private PrimitiveSort() {}

  /** Sorts {@code key[0..n)} and {@code index[0..n)} together: key descending, then index ascending. */
  public static void descending(double[] key, int[] index, int n) {
    sortRange(key, index, 0, n - 1);
  }

  private static void sortRange(double[] key, int[] index, int lo, int hi) {
    while (hi - lo >= INSERTION) {
      int mid = (lo + hi) >>> 1;
      // Median of three, moved to hi as the pivot.
      if (before(key, index, mid, lo)) {
        swap(key, index, mid, lo);
      }
      if (before(key, index, hi, lo)) {
        swap(key, index, hi, lo);
      }
      if (before(key, index, mid, hi)) {
        swap(key, index, mid, hi);
      }
      int store = lo;
      for (int k = lo; k < hi; k++) {
        if (before(key, index, k, hi)) {
          swap(key, index, k, store++);
        }
      }
      swap(key, index, store, hi);
      if (store - lo < hi - store) {
        sortRange(key, index, lo, store - 1);
        lo = store + 1;
      } else {
        sortRange(key, index, store + 1, hi);
        hi = store - 1;
      }
    }
    insertion(key, index, lo, hi);
  }

  private static void insertion(double[] key, int[] index, int lo, int hi) {
    for (int k = lo + 1; k <= hi; k++) {
      double kk = key[k];
      int ki = index[k];
      int x = k - 1;
      while (x >= lo && (key[x] < kk || (key[x] == kk && index[x] > ki))) {
        key[x + 1] = key[x];
        index[x + 1] = index[x];
        x--;
      }
      key[x + 1] = kk;
      index[x + 1] = ki;
    }
  }

  /** Whether entry a sorts before entry b. */
  private static boolean before(double[] key, int[] index, int a, int b) {
    return key[a] > key[b] || (key[a] == key[b] && index[a] < index[b]);
  }

  private static void swap(double[] key, int[] index, int a, int b) {
    double tk = key[a];
    key[a] = key[b];
    key[b] = tk;
    int ti = index[a];
    index[a] = index[b];
    index[b] = ti;
  }
}
