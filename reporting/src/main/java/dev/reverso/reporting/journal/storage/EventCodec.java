package dev.reverso.reporting.journal.storage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problem;
import dev.reverso.core.Problems;
import dev.reverso.core.io.JsonCursor;
import dev.reverso.core.io.JsonLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.reverso.reporting.journal.CircleFeedback;
import dev.reverso.reporting.journal.CircleSessionHeld;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.EventChecks;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;

/**
 * The {@value #FORMAT} encoding of journal events: one JSON object per line (JSON Lines), UTF-8, lines
 * ended by {@code \n}. Documented with examples in {@code docs/journal-format.md}.
 *
 * <p>Every object starts with {@code "format": "reverso/event@1"}, then {@code type}, {@code id},
 * {@code mentor}, {@code mentee}, {@code date} (ISO-8601, {@code 2026-03-01}), then the fields of its type
 * in a fixed order. Absent optional fields are omitted. A {@code circle-session-held} files its session under the
 * lead pair ({@code mentor} is the present junior whose id sorts first, {@code mentee} the circle's senior) and
 * lists the juniors present in id order in the {@code present} array. {@link #encode(JournalEvent)} is deterministic:
 * equal events give identical bytes, and decoding an encoded event gives an equal event.
 *
 * <p>Decoding is strict: unknown or repeated fields, a missing field, a wrong JSON type or an invalid
 * value are all reported, every one at once, as problems of an {@link InvalidInputException}. Problem
 * messages never quote private free text. Stateless and thread-safe; O(length of the line).
 */
public final class EventCodec {
  /** The value of the {@code format} field of every event. */
  public static final String FORMAT = "reverso/event@1";

  static final String SESSION_HELD = "session-held";
  static final String SESSION_CANCELLED = "session-cancelled";
  static final String FEEDBACK = "feedback";
  static final String PAIR_CLOSED = "pair-closed";
  static final String CIRCLE_SESSION_HELD = "circle-session-held";
  static final String CIRCLE_FEEDBACK = "circle-feedback";
  static final String EVENT_RETRACTED = "event-retracted";

  private static final JsonFactory JSON = JsonFactory.builder().build();
  /**
   * What one line may hold when decoded with core's {@link JsonCursor}: an event nests two levels (the event,
   * its progress); deeper values are skipped as wrong types, up to this depth.
   */
  private static final JsonLimits LIMITS = JsonLimits.defaults().withMaxDepth(64).withMaxStringLength(20_000_000);
  private static final Set<String> COMMON = Set.of("format", "type", "id", "mentor", "mentee", "date");
  private static final Map<String, List<String>> FIELDS = Map.of(
      SESSION_HELD, List.of("minutes"),
      SESSION_CANCELLED, List.of("by", "note"),
      FEEDBACK, List.of("from", "relationship", "learning", "recognition", "nps", "progress", "comment"),
      PAIR_CLOSED, List.of("reason", "note"),
      CIRCLE_SESSION_HELD, List.of("circle", "minutes", "present"),
      CIRCLE_FEEDBACK, List.of("circle", "from", "relationship", "learning", "recognition", "comment"),
      EVENT_RETRACTED, List.of("retracts", "reason"));
  private static final int MAX_QUOTED = 40;
  /** The most fields (repeats included) read from one event: an event has at most 13. */
  static final int MAX_FIELDS = 64;
  /** The most keys (repeats included) read from one nested object ({@code progress}). */
  static final int MAX_KEYS = 1_000;
  /** The most problems reported for one line; a further one says that there are more. */
  static final int MAX_PROBLEMS_PER_LINE = 20;

  private EventCodec() {}

  /** The event as one JSON object, without the line end. */
  public static String encode(JournalEvent event) {
    byte[] line = encodeLine(event);
    return new String(line, 0, line.length - 1, StandardCharsets.UTF_8);
  }

  /** The event as one line of UTF-8 bytes, ending with {@code \n}. */
  public static byte[] encodeLine(JournalEvent event) {
    requireNonNull(event, "event");
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("type", typeOf(event));
      g.writeStringField("id", event.id());
      g.writeStringField("mentor", event.pair().mentorId().value());
      g.writeStringField("mentee", event.pair().menteeId().value());
      g.writeStringField("date", event.date().toString());
      if (event instanceof SessionHeld s) {
        g.writeNumberField("minutes", s.minutes());
      } else if (event instanceof SessionCancelled c) {
        g.writeStringField("by", c.cancelledBy().name());
        if (c.note().isPresent()) {
          g.writeStringField("note", c.note().get());
        }
      } else if (event instanceof Feedback f) {
        g.writeStringField("from", f.from().name());
        g.writeNumberField("relationship", f.relationship());
        g.writeNumberField("learning", f.learning());
        g.writeNumberField("recognition", f.recognition());
        if (f.nps().isPresent()) {
          g.writeNumberField("nps", f.nps().getAsInt());
        }
        if (!f.progress().isEmpty()) {
          g.writeObjectFieldStart("progress");
          for (Map.Entry<String, Integer> e : f.progress().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
          }
          g.writeEndObject();
        }
        if (f.comment().isPresent()) {
          g.writeStringField("comment", f.comment().get());
        }
      } else if (event instanceof PairClosed p) {
        g.writeStringField("reason", p.reason().name());
        if (p.note().isPresent()) {
          g.writeStringField("note", p.note().get());
        }
      } else if (event instanceof CircleSessionHeld c) {
        g.writeStringField("circle", c.circle());
        g.writeNumberField("minutes", c.minutes());
        g.writeArrayFieldStart("present");
        for (ParticipantId p : c.present()) {
          g.writeString(p.value());
        }
        g.writeEndArray();
      } else if (event instanceof CircleFeedback f) {
        g.writeStringField("circle", f.circle());
        g.writeStringField("from", f.from().name());
        g.writeNumberField("relationship", f.relationship());
        g.writeNumberField("learning", f.learning());
        g.writeNumberField("recognition", f.recognition());
        if (f.comment().isPresent()) {
          g.writeStringField("comment", f.comment().get());
        }
      } else if (event instanceof EventRetracted r) {
        g.writeStringField("retracts", r.retracts());
        if (r.reason().isPresent()) {
          g.writeStringField("reason", r.reason().get());
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      // Writing to memory; events are validated, so only a bug can get here.
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /**
   * Decodes one JSON object (surrounding blanks and a line end are allowed).
   *
   * @throws InvalidInputException listing every problem (up to 20, then one that says how many more);
   *     locations are field names ({@code learning}, {@code progress.genai}), {@code column N} for malformed
   *     JSON or {@code line}; a line of more than 64 fields or an object of more than 1 000 keys is refused
   *     without reading further
   */
  public static JournalEvent decode(String line) {
    byte[] bytes = requireNonNull(line, "line").getBytes(StandardCharsets.UTF_8);
    Decoded d = decode(bytes, 0, bytes.length, "");
    if (d.event() == null) {
      throw new InvalidInputException(d.problems());
    }
    return d.event();
  }

  /**
   * The outcome of decoding a line: the event, or the problems (located under {@code location}) and
   * whether the line was not even well-formed JSON (which is how a torn write looks).
   */
  record Decoded(JournalEvent event, ImmutableList<Problem> problems, boolean malformed) {}

  static Decoded decode(byte[] buf, int offset, int length, String location) {
    Map<String, Object> fields;
    Problems problems = new Problems();
    try (JsonCursor c = JsonCursor.of(buf, offset, length, "", LIMITS)) {
      try {
        fields = readObject(c, problems);
        if (fields == null) {
          return failure(problems, location, false);
        }
        if (c.next() != null) {
          return failure(new Problems().error("column " + c.column(),
              "expected the line to end after the JSON object, found more"), location, true);
        }
      } catch (TooLarge e) {
        // the only problem reported: the ones found before it are repeats of what made the line too large
        return failure(new Problems().error(e.location, e.getMessage()), location, false);
      } catch (JsonCursor.Stop e) {
        // malformed JSON (perhaps a torn write) or a line beyond the parser's limits (reported, never dropped);
        // the cursor's message never quotes the content
        return failure(new Problems().error("column " + e.column(), e.problem().message()), location, e.malformed());
      }
    }
    JournalEvent event = toEvent(fields, problems);
    return event != null && !problems.hasErrors()
        ? new Decoded(event, ImmutableList.of(), false)
        : failure(problems, location, false);
  }

  private static Decoded failure(Problems problems, String location, boolean malformed) {
    List<Problem> all = problems.toList();
    ImmutableList.Builder<Problem> located = ImmutableList.builder();
    all.stream().limit(MAX_PROBLEMS_PER_LINE)
        .map(pr -> location.isEmpty() ? pr : pr.at(location + ":" + pr.location()))
        .forEach(located::add);
    if (all.size() > MAX_PROBLEMS_PER_LINE) {
      located.add(Problem.error(location.isEmpty() ? "line" : location, "found " + (all.size() - MAX_PROBLEMS_PER_LINE)
          + " more problems in this line; fix those listed first"));
    }
    return new Decoded(null, located.build(), malformed);
  }

  /** A line with more fields or keys than read at most: stops reading it. */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String location;

    TooLarge(String location, String message) {
      super(message, null, false, false);
      this.location = location;
    }
  }

  /** A JSON value other than a string or integer: its kind, for messages. */
  private record Other(String kind) {}

  /** Reads the top-level object; values are String, Long, Map (one level, for progress) or Other. */
  private static Map<String, Object> readObject(JsonCursor c, Problems problems) {
    if (c.next() != JsonToken.START_OBJECT) {
      problems.error("line", "expected a JSON object, found " + kind(c.token()));
      return null;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    // bounded, so that a line of millions of fields or keys does not become millions of problems
    for (int count = 0; c.next() == JsonToken.FIELD_NAME; count++) {
      if (count == MAX_FIELDS) {
        throw new TooLarge("line", "expected at most " + MAX_FIELDS + " fields in an event, found more");
      }
      String name = c.name();
      JsonToken t = c.next();
      Object value;
      if (t == JsonToken.START_OBJECT) {
        Map<String, Object> inner = new LinkedHashMap<>();
        for (int keys = 0; c.next() == JsonToken.FIELD_NAME; keys++) {
          if (keys == MAX_KEYS) {
            throw new TooLarge(fieldLocation(name), "expected at most " + MAX_KEYS + " keys, found more");
          }
          String key = c.name();
          c.next();
          Object v = scalar(c);
          if (inner.put(key, v) != null) {
            problems.error(fieldLocation(name) + "." + fieldLocation(key), "expected each key once, found it repeated");
          }
        }
        value = inner;
      } else if (t == JsonToken.START_ARRAY) {
        List<Object> items = new java.util.ArrayList<>();
        for (int keys = 0; c.next() != JsonToken.END_ARRAY; keys++) {
          if (keys == MAX_KEYS) {
            throw new TooLarge(fieldLocation(name), "expected at most " + MAX_KEYS + " items, found more");
          }
          items.add(scalar(c));
        }
        value = items;
      } else {
        value = scalar(c);
      }
      if (fields.containsKey(name)) {
        problems.error(fieldLocation(name), "expected each field once, found it repeated");
      }
      fields.put(name, value);
    }
    return fields;
  }

  private static Object scalar(JsonCursor c) {
    JsonToken t = c.token();
    switch (t) {
      case VALUE_STRING:
        return c.text();
      case VALUE_NUMBER_INT:
        if (c.isLong()) {
          return c.longValue();
        }
        return new Other("an integer too large");
      case VALUE_NULL:
        return null;
      case START_OBJECT:
      case START_ARRAY:
        c.skip();
        return new Other(t == JsonToken.START_OBJECT ? "a nested object" : "an array");
      default:
        return new Other(kind(t));
    }
  }

  private static String kind(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case VALUE_NUMBER_INT: return "an integer";
      case VALUE_TRUE:
      case VALUE_FALSE: return "a boolean";
      default: return JsonCursor.kind(t);
    }
  }

  private static String describe(Object v) {
    if (v == null) {
      return "null";
    } else if (v instanceof String) {
      return "a string";
    } else if (v instanceof Long) {
      return "the integer " + v;
    } else if (v instanceof Map) {
      return "an object";
    } else if (v instanceof List) {
      return "an array";
    }
    return ((Other) v).kind();
  }

  /**
   * A field name as a problem location: an empty name (which a location cannot be) is shown as {@code ""},
   * and a long one (perhaps text that lost its quotes) is cut like a quoted value.
   */
  static String fieldLocation(String name) {
    if (name.isEmpty()) {
      return "\"\"";
    }
    return name.length() > MAX_QUOTED ? name.substring(0, MAX_QUOTED) + "…" : name;
  }

  private static String quote(String s) {
    return "'" + (s.length() > MAX_QUOTED ? s.substring(0, MAX_QUOTED) + "…" : s) + "'";
  }

  private static JournalEvent toEvent(Map<String, Object> f, Problems problems) {
    Object format = f.get("format");
    if (!FORMAT.equals(format)) {
      problems.error("format", "expected \"" + FORMAT + "\", found "
          + (format instanceof String s ? quote(s) : f.containsKey("format") ? describe(format) : "no format field"));
    }
    Object typeValue = f.get("type");
    String type = typeValue instanceof String s && FIELDS.containsKey(s) ? s : null;
    if (type == null) {
      problems.error("type", "expected one of " + FIELDS.keySet().stream().sorted().toList() + ", found "
          + (typeValue instanceof String s ? quote(s) : f.containsKey("type") ? describe(typeValue) : "no type field"));
    }
    for (String name : f.keySet()) {
      if (!COMMON.contains(name) && (type == null || !FIELDS.get(type).contains(name))) {
        problems.error(fieldLocation(name), "expected no such field"
            + (type == null ? "" : " in a " + type + " event (allowed: " + FIELDS.get(type) + ")"));
      }
    }
    String id = requiredString(f, "id", problems);
    if (id != null) {
      EventChecks.id(id, problems);
    }
    ParticipantId mentor = participant(f, "mentor", problems);
    ParticipantId mentee = participant(f, "mentee", problems);
    LocalDate date = date(f, problems);
    if (type == null) {
      return null;
    }
    Problems own = new Problems();
    JournalEvent event = null;
    switch (type) {
      case SESSION_HELD: {
        Long minutes = requiredInt(f, "minutes", own, 1, SessionHeld.MAX_MINUTES);
        if (done(problems, own) && id != null && mentor != null && mentee != null && date != null) {
          event = build(problems, () -> new SessionHeld(id, new MentoringPair(mentor, mentee), date, (int) (long) minutes));
        }
        break;
      }
      case SESSION_CANCELLED: {
        Side by = enumValue(f, "by", Side.class, own);
        Optional<String> note = optionalString(f, "note", own);
        if (done(problems, own) && id != null && mentor != null && mentee != null && date != null) {
          event = build(problems, () -> new SessionCancelled(id, new MentoringPair(mentor, mentee), date, by, note));
        }
        break;
      }
      case FEEDBACK: {
        Side from = enumValue(f, "from", Side.class, own);
        Long relationship = requiredInt(f, "relationship", own, Feedback.MIN_LIKERT, Feedback.MAX_LIKERT);
        Long learning = requiredInt(f, "learning", own, Feedback.MIN_LIKERT, Feedback.MAX_LIKERT);
        Long recognition = requiredInt(f, "recognition", own, Feedback.MIN_LIKERT, Feedback.MAX_LIKERT);
        Long nps = f.get("nps") == null ? null : requiredInt(f, "nps", own, Feedback.MIN_NPS, Feedback.MAX_NPS);
        Map<String, Integer> progress = progress(f, own);
        Optional<String> comment = optionalString(f, "comment", own);
        if (done(problems, own) && id != null && mentor != null && mentee != null && date != null) {
          event = build(problems, () -> new Feedback(id, new MentoringPair(mentor, mentee), date, from,
              (int) (long) relationship, (int) (long) learning, (int) (long) recognition,
              nps == null ? OptionalInt.empty() : OptionalInt.of((int) (long) nps),
              ImmutableSortedMap.copyOf(progress), comment));
        }
        break;
      }
      case PAIR_CLOSED: {
        CloseReason reason = enumValue(f, "reason", CloseReason.class, own);
        Optional<String> note = optionalString(f, "note", own);
        if (done(problems, own) && id != null && mentor != null && mentee != null && date != null) {
          event = build(problems, () -> new PairClosed(id, new MentoringPair(mentor, mentee), date, reason, note));
        }
        break;
      }
      case CIRCLE_SESSION_HELD: {
        String circle = requiredString(f, "circle", own);
        Long minutes = requiredInt(f, "minutes", own, 1, SessionHeld.MAX_MINUTES);
        ImmutableSortedSet<ParticipantId> present = present(f, own);
        if (present != null && mentor != null && !present.isEmpty() && !present.first().equals(mentor)) {
          own.error("mentor", "expected the present junior whose id sorts first (" + present.first()
              + "), found another id");
        }
        if (done(problems, own) && id != null && mentor != null && mentee != null && date != null) {
          event = build(problems, () -> new CircleSessionHeld(id, circle, mentee, present, date, (int) (long) minutes));
        }
        break;
      }
      case CIRCLE_FEEDBACK: {
        String circle = requiredString(f, "circle", own);
        Side from = enumValue(f, "from", Side.class, own);
        Long relationship = requiredInt(f, "relationship", own, Feedback.MIN_LIKERT, Feedback.MAX_LIKERT);
        Long learning = requiredInt(f, "learning", own, Feedback.MIN_LIKERT, Feedback.MAX_LIKERT);
        Long recognition = requiredInt(f, "recognition", own, Feedback.MIN_LIKERT, Feedback.MAX_LIKERT);
        Optional<String> comment = optionalString(f, "comment", own);
        if (done(problems, own) && id != null && mentor != null && mentee != null && date != null) {
          event = build(problems, () -> new CircleFeedback(id, circle, new MentoringPair(mentor, mentee), date, from,
              (int) (long) relationship, (int) (long) learning, (int) (long) recognition, comment));
        }
        break;
      }
      case EVENT_RETRACTED: {
        String retracts = requiredString(f, "retracts", own);
        Optional<String> reason = optionalString(f, "reason", own);
        if (done(problems, own) && id != null && mentor != null && mentee != null && date != null) {
          event = build(problems, () -> new EventRetracted(id, new MentoringPair(mentor, mentee), date, retracts, reason));
        }
        break;
      }
      default:
        throw new AssertionError(type);
    }
    return event;
  }

  /** Moves the type's own problems into {@code problems}; whether there were none so far. */
  private static boolean done(Problems problems, Problems own) {
    problems.addAll(own.toList(), "");
    return !problems.hasErrors();
  }

  private static JournalEvent build(Problems problems, java.util.function.Supplier<JournalEvent> factory) {
    try {
      return factory.get();
    } catch (InvalidInputException e) {
      problems.addAll(e.problems(), "");
      return null;
    }
  }

  private static String requiredString(Map<String, Object> f, String name, Problems problems) {
    Object v = f.get(name);
    if (v instanceof String s) {
      return s;
    }
    problems.error(name, "expected a string, found " + (f.containsKey(name) ? describe(v) : "no " + name + " field"));
    return null;
  }

  private static Optional<String> optionalString(Map<String, Object> f, String name, Problems problems) {
    Object v = f.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof String s) {
      EventChecks.text(Optional.of(s), name, problems);
      return Optional.of(s);
    }
    problems.error(name, "expected a string or no field, found " + describe(v));
    return Optional.empty();
  }

  /** An integer that fits in an int (ranges are checked by the event itself, with its message). */
  private static Long requiredInt(Map<String, Object> f, String name, Problems problems, int min, int max) {
    Object v = f.get(name);
    if (v instanceof Long l && l >= min && l <= max) {
      return l;
    }
    problems.error(name, "expected an integer from " + min + " to " + max + ", found "
        + (f.containsKey(name) ? describe(v) : "no " + name + " field"));
    return null;
  }

  private static ParticipantId participant(Map<String, Object> f, String name, Problems problems) {
    String s = requiredString(f, name, problems);
    if (s == null) {
      return null;
    }
    String why = ParticipantId.check(s);
    if (why != null) {
      problems.error(name, why);
      return null;
    }
    return ParticipantId.of(s);
  }

  private static LocalDate date(Map<String, Object> f, Problems problems) {
    String s = requiredString(f, "date", problems);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      problems.error("date", "expected an ISO-8601 date such as 2026-03-01, found " + quote(s));
      return null;
    }
  }

  private static <E extends Enum<E>> E enumValue(Map<String, Object> f, String name, Class<E> type, Problems problems) {
    String s = requiredString(f, name, problems);
    if (s == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    problems.error(name, "expected one of " + Arrays.toString(type.getEnumConstants()) + ", found " + quote(s));
    return null;
  }

  /** The {@code present} array: participant ids, at least one, each once; null after a problem. */
  private static ImmutableSortedSet<ParticipantId> present(Map<String, Object> f, Problems problems) {
    Object v = f.get("present");
    if (!(v instanceof List<?> items) || items.isEmpty()) {
      problems.error("present", "expected an array of at least one junior id, found "
          + (f.containsKey("present") ? (v instanceof List ? "an empty array" : describe(v)) : "no present field"));
      return null;
    }
    ImmutableSortedSet.Builder<ParticipantId> ids = ImmutableSortedSet.naturalOrder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      String at = "present[" + i + "]";
      if (!(item instanceof String s)) {
        problems.error(at, "expected a participant id string, found " + describe(item));
        ok = false;
        continue;
      }
      String why = ParticipantId.check(s);
      if (why != null) {
        problems.error(at, why);
        ok = false;
      } else if (!seen.add(s)) {
        problems.error(at, "expected each junior once, found " + quote(s) + " repeated");
        ok = false;
      } else {
        ids.add(ParticipantId.of(s));
      }
    }
    return ok ? ids.build() : null;
  }

  private static Map<String, Integer> progress(Map<String, Object> f, Problems problems) {
    Map<String, Integer> result = new TreeMap<>();
    Object v = f.get("progress");
    if (v == null) {
      return result;
    }
    if (!(v instanceof Map<?, ?> m)) {
      problems.error("progress", "expected an object of skill id to level 0..5, found " + describe(v));
      return result;
    }
    for (Map.Entry<?, ?> e : m.entrySet()) {
      Object level = e.getValue();
      if (level instanceof Long l && l >= Participant.MIN_LEVEL && l <= Participant.MAX_LEVEL) {
        result.put((String) e.getKey(), (int) (long) l);
      } else {
        problems.error("progress." + fieldLocation((String) e.getKey()), "expected an integer from " + Participant.MIN_LEVEL + " to "
            + Participant.MAX_LEVEL + ", found " + describe(level));
      }
    }
    return result;
  }

  /** The {@code type} field of an event, as {@link EventChecks#typeOf(JournalEvent)} names it. */
  public static String typeOf(JournalEvent event) {
    return EventChecks.typeOf(event);
  }
}
