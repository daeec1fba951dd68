package dev.reverso.matching.result;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One piece of evidence in an explanation, in a structured form that a user interface can translate or
 * render: a stable {@link #code()} such as {@code mentor-has-skill} and named {@link #args()} such as
 * {@code {skill: genai, level: 4, from: 1, to: 3, priority: high, credit: 1.0}}.
 *
 * <p>The matching module never builds sentences: the reporting module renders a reason per locale
 * ({@code dev.reverso.reporting.i18n.Texts#reason}), and JSON carries the code and the arguments. A reason
 * names ids, levels and numbers only, never display names or comments; {@link #toString()} shows the code
 * and the argument names only.
 *
 * <p>Argument values are {@link String}, {@link Integer}, {@link Long}, {@link Double} (finite) or
 * {@link Boolean}; argument order is kept. Codes and argument names are lower-case words joined by
 * {@code -}. A reason whose text comes from user code that cannot be translated is {@link #text(String)}:
 * code {@value #TEXT_CODE} with the single argument {@code text}, shown as it is in every language.
 *
 * <p>A plain JDK value: the arguments are an unmodifiable {@link Map} in insertion order, so code that builds or
 * reads reasons needs no Guava.
 *
 * @param code the stable code of the kind of evidence
 * @param args the named arguments, in the order the code documents them (copied, unmodifiable)
 */
public record Reason(String code, Map<String, Object> args) {
  /** The code of a reason given as plain text by user code, shown verbatim in every locale. */
  public static final String TEXT_CODE = "text";

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** Validates the code and the arguments and copies the map. */
  public Reason {
    requireNonNull(code, "code");
    requireNonNull(args, "args");
    if (!NAME.matcher(code).matches()) {
      throw InvalidInputException.of("reason.code", "expected lower-case words joined by '-', found '" + code + "'");
    }
    Map<String, Object> copy = new LinkedHashMap<>(args);
    for (Map.Entry<String, Object> e : copy.entrySet()) {
      if (e.getKey() == null || !NAME.matcher(e.getKey()).matches()) {
        throw InvalidInputException.of("reason(" + code + ").args",
            "expected argument names of lower-case words joined by '-', found '" + e.getKey() + "'");
      }
      Object v = e.getValue();
      if (v == null) {
        throw InvalidInputException.of("reason(" + code + ").args." + e.getKey(), "expected a value, found null");
      }
      boolean ok = v instanceof String || v instanceof Integer || v instanceof Long || v instanceof Boolean
          || v instanceof Double d && Double.isFinite(d);
      if (!ok) {
        throw InvalidInputException.of("reason(" + code + ").args." + e.getKey(),
            "expected a String, Integer, Long, finite Double or Boolean, found " + (v instanceof Double ? v : v.getClass().getSimpleName()));
      }
    }
    args = Collections.unmodifiableMap(copy);
  }

  /**
   * A reason with arguments given as name, value pairs: {@code Reason.of("shared-value", "value", "inclusion",
   * "mentor-importance", 3, "mentee-importance", 5)}.
   *
   * @throws InvalidInputException if the names and values do not alternate or a value has an unsupported type
   */
  public static Reason of(String code, Object... namesAndValues) {
    requireNonNull(namesAndValues, "namesAndValues");
    if (namesAndValues.length % 2 != 0) {
      throw InvalidInputException.of("reason(" + code + ").args",
          "expected names and values in pairs, found " + namesAndValues.length + " items");
    }
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String name)) {
        throw InvalidInputException.of("reason(" + code + ").args[" + i + "]",
            "expected an argument name, found " + namesAndValues[i]);
      }
      if (namesAndValues[i + 1] == null) {
        throw InvalidInputException.of("reason(" + code + ").args." + name, "expected a value, found null");
      }
      args.put(name, namesAndValues[i + 1]);
    }
    return new Reason(code, args);
  }

  /** A reason given as text by user code; rendered verbatim in every locale. */
  public static Reason text(String text) {
    requireNonNull(text, "text");
    return new Reason(TEXT_CODE, Map.of("text", text));
  }

  /** The argument with this name, or {@code null} when the reason has none. */
  public Object arg(String name) {
    return args.get(name);
  }

  /** The code and the argument names only (values may be ids that are personal data). */
  @Override
  public String toString() {
    return "Reason[" + code + args.keySet() + "]";
  }
}
