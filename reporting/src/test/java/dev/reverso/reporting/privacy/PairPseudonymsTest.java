package dev.reverso.reporting.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PairPseudonymsTest {
  private static final String KEY = "a fixed report key for tests";
  private static final MentoringPair PAIR = MentoringPair.of("E1042", "E0007");

  @Test
  void stableForAFixedKey() {
    String p = PairPseudonyms.withKey(KEY).of(PAIR);
    assertThat(p).hasSize(16).matches("[0-9a-f]{16}");
    assertThat(PairPseudonyms.withKey(KEY).of(PAIR)).isEqualTo(p);
    assertThat(PairPseudonyms.withKey(KEY.getBytes(StandardCharsets.UTF_8)).of(PAIR)).isEqualTo(p);
  }

  @Test
  void isTheTruncatedHmacOfTheIdsWithTheSeparator() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String full = HexFormat.of().formatHex(mac.doFinal("E1042\u001FE0007".getBytes(StandardCharsets.UTF_8)));
    assertThat(PairPseudonyms.withKey(KEY).of(PAIR)).isEqualTo(full.substring(0, 16));
  }

  @Test
  void differentForDifferentKeysPairsAndDirections() {
    PairPseudonyms a = PairPseudonyms.withKey(KEY);
    assertThat(PairPseudonyms.withKey(KEY + "!").of(PAIR)).isNotEqualTo(a.of(PAIR));
    assertThat(a.of(MentoringPair.of("E0007", "E1042"))).isNotEqualTo(a.of(PAIR));
    assertThat(a.of(MentoringPair.of("E10", "42E0007"))).isNotEqualTo(a.of(MentoringPair.of("E1042", "E0007")));
    assertThat(PairPseudonyms.withRandomKey().of(PAIR)).isNotEqualTo(PairPseudonyms.withRandomKey().of(PAIR));
    assertThat(PairPseudonyms.withRandomKey().isRandomKey()).isTrue();
  }

  @Test
  void refusesShortKeysAndHidesTheKey() {
    assertThatThrownBy(() -> PairPseudonyms.withKey("short")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least 16 bytes, found 5");
    assertThat(PairPseudonyms.withKey(KEY).toString()).doesNotContain(KEY).doesNotContain("fixed");
  }

  @Test
  void theCallersKeyIsCopied() {
    byte[] key = KEY.getBytes(StandardCharsets.UTF_8);
    PairPseudonyms p = PairPseudonyms.withKey(key);
    String before = p.of(PAIR);
    key[0] ^= 1;
    assertThat(p.of(PAIR)).isEqualTo(before);
  }
}
