package dev.reverso.reporting.journal;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problems;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Checks shared by the event records; every check adds to {@link Problems} so all are reported at once. */
public final class EventChecks {
  private EventChecks() {}

  /**
   * The type name of an event as journal files and databases record it: {@code session-held},
   * {@code session-cancelled}, {@code feedback}, {@code pair-closed}, {@code circle-session-held},
   * {@code circle-feedback} or {@code event-retracted}.
   *
   * @param event the event
   * @return its type name
   */
  public static String typeOf(JournalEvent event) {
    if (event instanceof SessionHeld) {
      return "session-held";
    } else if (event instanceof SessionCancelled) {
      return "session-cancelled";
    } else if (event instanceof Feedback) {
      return "feedback";
    } else if (event instanceof CircleSessionHeld) {
      return "circle-session-held";
    } else if (event instanceof CircleFeedback) {
      return "circle-feedback";
    } else if (event instanceof EventRetracted) {
      return "event-retracted";
    }
    return "pair-closed";
  }

  public static void id(String id, Problems problems) {
    Objects.requireNonNull(id, "id");
    if (id.isEmpty() || id.length() > JournalEvent.MAX_ID_LENGTH) {
      problems.error("id", "expected 1 to " + JournalEvent.MAX_ID_LENGTH + " characters, found " + id.length());
      return;
    }
    if (Character.isWhitespace(id.charAt(0)) || Character.isWhitespace(id.charAt(id.length() - 1))) {
      problems.error("id", "expected no leading or trailing blanks in event id '" + id.strip() + "'");
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.isISOControl(id.charAt(i))) {
        problems.error("id", "expected no control characters, found one at position " + (i + 1));
        break;
      }
    }
    wellFormed(id, "id", problems);
  }

  /** A circle id: 1 to {@value JournalEvent#MAX_ID_LENGTH} characters, no control characters, no edge blanks. */
  public static void circle(String circle, Problems problems) {
    Objects.requireNonNull(circle, "circle");
    Problems own = new Problems();
    id(circle, own);
    own.toList().forEach(p -> problems.error("circle", p.message().replace("event id", "circle id")));
  }

  public static void pairAndDate(MentoringPair pair, LocalDate date, Problems problems) {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(date, "date");
    wellFormed(pair.mentorId().value(), "mentor", problems);
    wellFormed(pair.menteeId().value(), "mentee", problems);
  }

  /** Checks a private free text; the message never quotes it. */
  public static void text(Optional<String> text, String field, Problems problems) {
    Objects.requireNonNull(text, field);
    text.ifPresent(t -> {
      if (t.length() > JournalEvent.MAX_TEXT_LENGTH) {
        problems.error(field, "expected at most " + JournalEvent.MAX_TEXT_LENGTH + " characters, found " + t.length());
      }
      wellFormed(t, field, problems);
    });
  }

  public static void range(int value, int min, int max, String field, Problems problems) {
    if (value < min || value > max) {
      problems.error(field, "expected an integer from " + min + " to " + max + ", found " + value);
    }
  }

  /** UTF-16 without unpaired surrogates, so that the text has a UTF-8 encoding. */
  private static void wellFormed(String s, String field, Problems problems) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        problems.error(field, "expected well-formed Unicode text, found an unpaired surrogate at position " + (i + 1));
        return;
      }
    }
  }
}
