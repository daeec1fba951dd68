package dev.reverso.reporting.journal.storage;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;

/**
 * An open-addressing map from 64-bit keys to 64-bit values (16 bytes an entry at load ≤ 1/2), for the streaming
 * replay: event id → fingerprint of the event. Keys and values are 64-bit hashes ({@link #of(byte[])}), so two
 * different ids share a key with probability about n²/2⁶⁵ (3·10⁻⁸ for a million events; the effect is a
 * reported conflict, never a silently dropped event) and a different event under a repeated id goes unnoticed
 * with probability 2⁻⁶⁴. Not thread-safe.
 */
final class Fingerprints {
  /** What {@link #get} answers for a key that is not in the map; {@link #of} never returns it. */
  static final long ABSENT = 0;

  private long[] keys = new long[1 << 10];
  private long[] values = new long[1 << 10];
  private int size;

  /** A 64-bit hash of the bytes, never {@link #ABSENT}. */
  static long of(byte[] bytes) {
    return nonZero(Hashing.murmur3_128().hashBytes(bytes).asLong());
  }

  /** A 64-bit hash of a string's UTF-16 code units, never {@link #ABSENT}. */
  static long of(String s) {
    return nonZero(Hashing.murmur3_128().hashUnencodedChars(s).asLong());
  }

  /**
   * A 64-bit hash of every field of an event (the type, and each component of its record, each string with its
   * length so that no two field sequences collide by concatenation), never {@link #ABSENT}: equal events hash
   * alike. The fields directly, not the encoded line, so that the streaming replay encodes nothing.
   */
  static long of(JournalEvent e) {
    Hasher h = Hashing.murmur3_128().newHasher();
    put(h, e.getClass().getSimpleName());
    put(h, e.id());
    put(h, e.pair().mentorId().value());
    put(h, e.pair().menteeId().value());
    h.putLong(e.date().toEpochDay());
    if (e instanceof SessionHeld s) {
      h.putInt(s.minutes());
    } else if (e instanceof SessionCancelled c) {
      h.putInt(c.cancelledBy().ordinal());
      put(h, c.note());
    } else if (e instanceof Feedback f) {
      h.putInt(f.from().ordinal()).putInt(f.relationship()).putInt(f.learning()).putInt(f.recognition())
          .putInt(f.nps().isPresent() ? f.nps().getAsInt() : -1);
      h.putInt(f.progress().size());
      f.progress().forEach((skill, level) -> {
        put(h, skill);
        h.putInt(level);
      });
      put(h, f.comment());
    } else if (e instanceof PairClosed c) {
      h.putInt(c.reason().ordinal());
      put(h, c.note());
    } else {
      // an event type this class does not know: its canonical line stands for its fields
      h.putBytes(EventCodec.encodeLine(e));
    }
    return nonZero(h.hash().asLong());
  }

  private static void put(Hasher h, String s) {
    h.putInt(s.length()).putUnencodedChars(s);
  }

  private static void put(Hasher h, java.util.Optional<String> s) {
    if (s.isPresent()) {
      h.putBoolean(true);
      put(h, s.get());
    } else {
      h.putBoolean(false);
    }
  }

  private static long nonZero(long h) {
    return h == ABSENT ? 1 : h;
  }

  long get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); keys[i] != ABSENT; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    return ABSENT;
  }

  void put(long key, long value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != ABSENT && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == ABSENT) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != ABSENT) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  @Override
  public String toString() {
    return "Fingerprints[size=" + size + ", capacity=" + keys.length + "]";
  }
}
