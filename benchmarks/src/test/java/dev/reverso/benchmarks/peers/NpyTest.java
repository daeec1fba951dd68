package dev.reverso.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .npy files follow NumPy's format 1.0 byte for byte: magic, header padded to 64, little-endian doubles. */
class NpyTest {
  @Test
  void writesAVersionOneFileNumpyCanRead(@TempDir Path dir) throws Exception {
    double[][] m = {{0.5, -1.25, 3}, {Double.MIN_VALUE, 1e300, 0}};
    Path file = dir.resolve("m.npy");
    Npy.write(file, m);
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes[0] & 0xff).isEqualTo(0x93);
    assertThat(new String(bytes, 1, 5, StandardCharsets.US_ASCII)).isEqualTo("NUMPY");
    assertThat(bytes[6]).isEqualTo((byte) 1);
    assertThat(bytes[7]).isEqualTo((byte) 0);
    int headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
    int dataStart = 10 + headerLength;
    assertThat(dataStart % 64).isZero();
    String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
    assertThat(header).startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }").endsWith("\n");
    assertThat(bytes.length - dataStart).isEqualTo(6 * Double.BYTES);
    ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, 6 * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (double[] row : m) {
      for (double v : row) {
        assertThat(data.getDouble()).isEqualTo(v);
      }
    }
  }
}
