package dev.reverso.reporting.advisor;

/**
 * Non-negative least squares, {@code min ||y − Xβ||² subject to β ≥ 0}, by the active-set method of Lawson &amp;
 * Hanson (<i>Solving Least Squares Problems</i>, 1974, ch. 23), on the normal equations: the caller passes the
 * Gram matrix {@code G = XᵀX} and {@code c = Xᵀy} (here of centred data, so that an unpenalised intercept is
 * already profiled out). With k criteria each step solves a k×k system by Cholesky, so a solve costs O(k⁴) at
 * worst, independent of the number of pairs.
 *
 * <p>Numerical guards: a variable whose column is (numerically) a combination of the passive ones is never
 * made passive (its Cholesky pivot would vanish; at the exact optimum on the passive set its gradient is 0
 * anyway), and the outer loop is capped at {@code 30k} iterations (Lawson and Hanson's proof guarantees
 * finite termination; the cap only guards against rounding cycles). Gradients below a tolerance relative to
 * {@code sqrt(G_jj · syy)} count as 0.
 */
final class Nnls {
  private Nnls() {}

  /**
   * Solves the problem for the variables with {@code usable[j]}; the others stay 0.
   *
   * @param g the k×k Gram matrix (symmetric, positive semi-definite)
   * @param c the k-vector {@code Xᵀy}
   * @param usable which variables may become positive
   * @param syy {@code yᵀy}, for the scale of the tolerance
   * @return β ≥ 0
   */
  static double[] solve(double[][] g, double[] c, boolean[] usable, double syy) {
    int k = c.length;
    double[] x = new double[k];
    double[] z = new double[k];
    boolean[] passive = new boolean[k];
    boolean[] blocked = new boolean[k];
    int[] order = new int[k];
    int size = 0;
    int cap = 30 * k + 10;
    for (int iteration = 0; iteration < cap; iteration++) {
      int t = -1;
      double best = 0;
      for (int j = 0; j < k; j++) {
        if (passive[j] || blocked[j] || !usable[j]) {
          continue;
        }
        double w = c[j];
        for (int i = 0; i < k; i++) {
          w -= g[j][i] * x[i];
        }
        double tol = 1e-10 * Math.sqrt(Math.max(g[j][j], 0) * Math.max(syy, 0)) + 1e-300;
        if (w > tol && (t < 0 || w > best)) {
          t = j;
          best = w;
        }
      }
      if (t < 0) {
        break;
      }
      order[size++] = t;
      passive[t] = true;
      if (!solvePassive(g, c, order, size, z) || z[t] <= 0) {
        size--;
        passive[t] = false;
        blocked[t] = true;
        continue;
      }
      boolean ok = true;
      while (true) {
        double alpha = Double.POSITIVE_INFINITY;
        int leaving = -1;
        for (int p = 0; p < size; p++) {
          int j = order[p];
          if (z[j] <= 0) {
            double a = x[j] / (x[j] - z[j]);
            if (a < alpha) {
              alpha = a;
              leaving = j;
            }
          }
        }
        if (leaving < 0) {
          break;
        }
        int kept = 0;
        for (int p = 0; p < size; p++) {
          int j = order[p];
          x[j] += alpha * (z[j] - x[j]);
          if (j == leaving || x[j] <= 0) {
            x[j] = 0;
            passive[j] = false;
          } else {
            order[kept++] = j;
          }
        }
        size = kept;
        java.util.Arrays.fill(blocked, false);
        if (!solvePassive(g, c, order, size, z)) {
          ok = false;
          break;
        }
      }
      if (!ok) {
        break;
      }
      for (int p = 0; p < size; p++) {
        x[order[p]] = z[order[p]];
      }
    }
    return x;
  }

  /**
   * Solves {@code G_PP z_P = c_P} for the passive set P (in {@code order[0..size)}) by Cholesky; the other
   * entries of {@code z} are set to 0. Returns false if a pivot vanishes (a passive column is numerically
   * dependent on the earlier ones).
   */
  private static boolean solvePassive(double[][] g, double[] c, int[] order, int size, double[] z) {
    java.util.Arrays.fill(z, 0);
    if (size == 0) {
      return true;
    }
    double[][] l = new double[size][size];
    for (int a = 0; a < size; a++) {
      for (int b = 0; b <= a; b++) {
        double s = g[order[a]][order[b]];
        for (int m = 0; m < b; m++) {
          s -= l[a][m] * l[b][m];
        }
        if (a == b) {
          double diag = g[order[a]][order[a]];
          if (!(s > 1e-12 * diag) || !(diag > 0)) {
            return false;
          }
          l[a][a] = Math.sqrt(s);
        } else {
          l[a][b] = s / l[b][b];
        }
      }
    }
    double[] y = new double[size];
    for (int a = 0; a < size; a++) {
      double s = c[order[a]];
      for (int m = 0; m < a; m++) {
        s -= l[a][m] * y[m];
      }
      y[a] = s / l[a][a];
    }
    for (int a = size - 1; a >= 0; a--) {
      double s = y[a];
      for (int m = a + 1; m < size; m++) {
        s -= l[m][a] * z[order[m]];
      }
      z[order[a]] = s / l[a][a];
    }
    return true;
  }
}
