package dev.reverso.matching.internal;

/**
 * Scratch rows reused by one thread across the rows it scores, so that a candidate stage over n mentees
 * allocates O(threads × mentors) instead of O(n × mentors) bytes. Each kind of buffer has one user per
 * call chain: {@link TopK} holds {@link #flags} and {@link #doubles} while {@link ScoringKernel} fills
 * {@link #floats}; nothing else may use them. Internal.
 */
final class RowBuffers {
  private static final ThreadLocal<RowBuffers> LOCAL = new ThreadLocal<>();

  final boolean[] flags;
  final double[] doubles;
  final float[] floats;

  private RowBuffers(int size) {
    this.flags = new boolean[size];
    this.doubles = new double[size];
    this.floats = new float[size];
  }

  /** This thread's buffers, of at least {@code size} entries (grown when a larger problem comes). */
  static RowBuffers get(int size) {
    RowBuffers b = LOCAL.get();
    if (b == null || b.flags.length < size) {
      b = new RowBuffers(Math.max(size, 16));
      LOCAL.set(b);
    }
    return b;
  }
}
