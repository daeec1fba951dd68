package dev.reverso.reporting.privacy;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms for mentoring pairs, so that an aggregate report can list pairs without naming anyone:
 * <pre>  pseudonym = first {@value #LENGTH} hex digits of HMAC-SHA256(key, UTF-8(mentorId + U+001F + menteeId))</pre>
 * (HMAC: Krawczyk, Bellare and Canetti, RFC 2104, 1997). The separator U+001F (unit separator) is a control
 * character, which no {@link ParticipantId} may contain, so different pairs never hash the same input.
 *
 * <p>With the key, whoever holds the HR ids can recompute a pair's pseudonym (to follow a pair across reports
 * of the same key); without it, the pseudonym reveals nothing about the ids, not even through a dictionary of
 * all employee ids. A caller who wants stable pseudonyms passes a secret key of at least
 * {@value #MIN_KEY_BYTES} bytes and keeps it apart from the report; {@link #withRandomKey()} draws a fresh
 * 256-bit key from {@link SecureRandom}, so that pseudonyms cannot be linked between reports. 64 bits of
 * pseudonym make an accidental collision unlikely (about 3 in 10<sup>10</sup> for 100 000 pairs, by the birthday bound).
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the key.
 */
public final class PairPseudonyms {
  /** Hex digits in a pseudonym. */
  public static final int LENGTH = 16;
  /** The shortest key accepted, in bytes. */
  public static final int MIN_KEY_BYTES = 16;
  /** Bytes of a random key. */
  public static final int RANDOM_KEY_BYTES = 32;
  /** Placed between the mentor's and the mentee's id. */
  public static final char SEPARATOR = '\u001F';

  private static final String ALGORITHM = "HmacSHA256";
  private final byte[] key;
  private final boolean random;

  private PairPseudonyms(byte[] key, boolean random) {
    this.key = key;
    this.random = random;
  }

  /**
   * Pseudonyms under this secret key (copied).
   *
   * @throws InvalidInputException if the key is shorter than {@value #MIN_KEY_BYTES} bytes
   */
  public static PairPseudonyms withKey(byte[] key) {
    requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw InvalidInputException.of("pseudonymKey", "expected a secret key of at least " + MIN_KEY_BYTES
          + " bytes, found " + key.length);
    }
    return new PairPseudonyms(key.clone(), false);
  }

  /**
   * Pseudonyms under the UTF-8 bytes of this secret.
   *
   * @throws InvalidInputException if the secret is shorter than {@value #MIN_KEY_BYTES} bytes in UTF-8
   */
  public static PairPseudonyms withKey(String secret) {
    return withKey(requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8));
  }

  /** Pseudonyms under a fresh random key of {@value #RANDOM_KEY_BYTES} bytes from {@link SecureRandom}. */
  public static PairPseudonyms withRandomKey() {
    byte[] key = new byte[RANDOM_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return new PairPseudonyms(key, true);
  }

  /** Whether the key was drawn at random (pseudonyms then do not link to other reports). */
  public boolean isRandomKey() {
    return random;
  }

  /** The pseudonym of a pair. */
  public String of(MentoringPair pair) {
    requireNonNull(pair, "pair");
    return of(pair.mentorId(), pair.menteeId());
  }

  /** The pseudonym of the pair of this mentor and this mentee. */
  public String of(ParticipantId mentorId, ParticipantId menteeId) {
    requireNonNull(mentorId, "mentorId");
    requireNonNull(menteeId, "menteeId");
    byte[] input = (mentorId.value() + SEPARATOR + menteeId.value()).getBytes(StandardCharsets.UTF_8);
    byte[] digest = macs.get().doFinal(input); // doFinal leaves the Mac ready for the next input
    return HexFormat.of().formatHex(digest, 0, LENGTH / 2);
  }

  /**
   * One keyed Mac per thread: choosing the provider and initialising a Mac costs far more than one HMAC, and a
   * report computes one per pair (20 000 at programme scale).
   */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }

  /** Equal when the keys are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PairPseudonyms p && Arrays.equals(key, p.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  /** The algorithm and the kind of key; never the key. */
  @Override
  public String toString() {
    return "PairPseudonyms[HMAC-SHA256, " + LENGTH + " hex digits, " + (random ? "random" : "caller's") + " key]";
  }
}
