package dev.reverso.benchmarks.peers;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a matrix in NumPy's {@code .npy} format, version 1.0: the magic {@code \x93NUMPY}, the version,
 * a little-endian header length, an ASCII header dictionary padded with spaces and a newline so that the
 * data starts on a multiple of 64 bytes, then the data as little-endian float64 in C (row-major) order.
 * {@code numpy.load} reads it without pickling.
 */
public final class Npy {
  private Npy() {}

  /** Writes {@code rows × columns} doubles; every row must have the same length. */
  public static void write(Path file, double[][] matrix) throws IOException {
    int rows = matrix.length;
    int columns = rows == 0 ? 0 : matrix[0].length;
    String dict = String.format(Locale.ROOT, "{'descr': '<f8', 'fortran_order': False, 'shape': (%d, %d), }",
        rows, columns);
    int preamble = 6 + 2 + 2;
    int total = preamble + dict.length() + 1;
    int padded = (total + 63) / 64 * 64;
    String header = dict + " ".repeat(padded - total) + "\n";
    try (OutputStream raw = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
      out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
      out.write(header.length() & 0xff);
      out.write(header.length() >>> 8);
      out.write(header.getBytes(StandardCharsets.US_ASCII));
      ByteBuffer row = ByteBuffer.allocate(columns * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
      for (double[] r : matrix) {
        if (r.length != columns) {
          throw new IllegalArgumentException("ragged matrix: a row of " + r.length + " for " + columns + " columns");
        }
        row.clear();
        row.asDoubleBuffer().put(r);
        out.write(row.array(), 0, row.capacity());
      }
    }
  }
}
