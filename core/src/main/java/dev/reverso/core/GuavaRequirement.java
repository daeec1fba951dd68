package dev.reverso.core;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The oldest Guava that Reverso runs with, checked when the entry points ({@link Program}, {@link OrgChart}, the
 * matcher) are first used: an application whose dependency tree resolves an older Guava (a Spring Boot or Hadoop
 * BOM can) gets one clear message naming the minimum, instead of a {@link NoSuchMethodError} deep in a match.
 *
 * <p>The minimum is Guava {@value #MINIMUM} ({@code -jre} flavour): Reverso uses
 * {@code ImmutableMap.Builder.buildOrThrow()}, which arrived in 31.0. The library's main code compiles against
 * 31.0.1-jre and not against 30.1 or 25.1; it is built and tested with the version in the root {@code pom.xml}.
 */
public final class GuavaRequirement {
  /** The oldest Guava release Reverso runs with. */
  public static final String MINIMUM = "31.0";

  private static final String PROBLEM = problem(ImmutableMap.Builder.class, foundVersion(ImmutableMap.class));

  private GuavaRequirement() {}

  /**
   * Checks the Guava on the class path; cheap after the first call (the answer is computed once).
   *
   * @throws IllegalStateException naming the minimum and the version found if Guava is older than
   *     {@value #MINIMUM}
   */
  public static void check() {
    if (PROBLEM != null) {
      throw new IllegalStateException(PROBLEM);
    }
  }

  /**
   * Why this Guava is too old, or {@code null}: the test is for the newest API Reverso uses, not the version
   * string, which shaded or repackaged jars may not carry.
   *
   * @param builderClass Guava's {@code ImmutableMap.Builder}
   * @param found the version found, for the message
   */
  static String problem(Class<?> builderClass, String found) {
    try {
      builderClass.getMethod("buildOrThrow");
      return null;
    } catch (NoSuchMethodException e) {
      return "Reverso needs Guava " + MINIMUM + " or later (-jre), but found Guava " + found + " on the class path,"
          + " which lacks ImmutableMap.Builder.buildOrThrow(). Declare com.google.guava:guava " + MINIMUM
          + "-jre or later in your dependency management.";
    }
  }

  /** The version in the Guava jar's Maven metadata, or {@code "(version unknown)"} when it has none. */
  static String foundVersion(Class<?> guavaClass) {
    try (InputStream in = guavaClass.getResourceAsStream("/META-INF/maven/com.google.guava/guava/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank()) {
          return v.strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // no readable metadata: the version is only for the message
    }
    return "(version unknown)";
  }
}
