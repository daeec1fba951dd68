package dev.reverso.matching;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.matching.spi.MatchingStrategy;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.reverso.matching.result.UnknownStrategyException;

/**
 * Finds {@link MatchingStrategy} implementations by name through {@link ServiceLoader}.
 *
 * <p><b>Discovery.</b> Every provider listed in a {@code META-INF/services/dev.reverso.matching.spi.MatchingStrategy}
 * file visible to the current thread's context class loader or to the class loader of this library is
 * loaded (each class once). The built-in strategies ({@code fair}, {@code greedy}, {@code incremental},
 * {@code optimal}, {@code stable}) are registered in this library's own services file, exactly like a
 * plug-in. A provider that fails to load is skipped with a warning naming its class.
 *
 * <p><b>Cache.</b> Discovery (a scan of the class path's services files and one instance of each provider) runs
 * once per context class loader; later look-ups reuse the instances found, which is safe because strategies are
 * stateless and thread-safe. {@link #reload()} forgets what was found, for a jar added to a class loader after
 * its first look-up. The cache holds class loaders weakly and their strategies softly, so that an undeployed
 * application's classes can still be collected.
 *
 * <p><b>Names.</b> Names are compared ignoring case character by character, as
 * {@link String#equalsIgnoreCase(String)} does, independently of the default locale: {@code "OPTIMAL"},
 * {@code "Optimal"} and the Turkish spellings {@code "OPTİMAL"} and {@code "optımal"} all find
 * {@code optimal}.
 *
 * <p><b>Duplicates.</b> When two strategies share a name, the choice is deterministic: a built-in (a class
 * of the package {@code dev.reverso.matching.strategy} or below, loaded by this library's class loader)
 * wins over a plug-in, and between plug-ins the one whose class name sorts first wins. A warning naming the
 * name and both classes is logged once per name and class loader.
 *
 * <p>Thread-safe; a utility class.
 */
public final class MatchingStrategies {
  private static final Logger LOG = LoggerFactory.getLogger(MatchingStrategies.class);
  private static final String BUILT_IN_PACKAGE = "dev.reverso.matching.strategy.";
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();
  /** The strategies found per context class loader ({@link #OWN} for none or this library's own). */
  private static final Map<ClassLoader, SoftReference<List<MatchingStrategy>>> FOUND =
      Collections.synchronizedMap(new WeakHashMap<>());
  private static final ClassLoader OWN = MatchingStrategies.class.getClassLoader() != null
      ? MatchingStrategies.class.getClassLoader() : ClassLoader.getSystemClassLoader();

  private MatchingStrategies() {}

  /**
   * What {@link #available()} lists about one strategy.
   *
   * @param name the strategy's name
   * @param description its one-sentence description (may be empty)
   * @param implementation the fully qualified class name
   * @param builtIn whether it ships with this library
   */
  public record Descriptor(String name, String description, String implementation, boolean builtIn) {
    /** Validates the components. */
    public Descriptor {
      requireNonNull(name, "name");
      requireNonNull(description, "description");
      requireNonNull(implementation, "implementation");
    }
  }

  /**
   * The strategy with this name.
   *
   * @param name the name, compared ignoring case
   * @return the strategy (built-in or plug-in) with this name
   * @throws UnknownStrategyException if none has it; the exception lists the available names
   */
  public static MatchingStrategy named(String name) {
    requireNonNull(name, "name");
    String key = fold(name.strip());
    List<MatchingStrategy> all = discover();
    for (MatchingStrategy s : all) {
      if (fold(s.name()).equals(key)) {
        return s;
      }
    }
    throw new UnknownStrategyException(name, all.stream().map(MatchingStrategy::name).toList());
  }

  /** The names of every strategy found: built-ins first, then plug-ins, each group sorted by name. */
  public static ImmutableList<String> names() {
    return discover().stream().map(MatchingStrategy::name).collect(ImmutableList.toImmutableList());
  }

  /** Every strategy found, described: built-ins first, then plug-ins, each group sorted by name. */
  public static ImmutableList<Descriptor> available() {
    return discover().stream()
        .map(s -> new Descriptor(s.name(), nonNull(s.description()), s.getClass().getName(), isBuiltIn(s)))
        .collect(ImmutableList.toImmutableList());
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /**
   * The case fold used for names: each char upper-cased then lower-cased, as {@link String#equalsIgnoreCase}
   * compares, so it does not depend on the default locale.
   */
  static String fold(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int k = 0; k < name.length(); k++) {
      sb.append(Character.toLowerCase(Character.toUpperCase(name.charAt(k))));
    }
    return sb.toString();
  }

  static boolean isBuiltIn(MatchingStrategy s) {
    Class<?> c = s.getClass();
    return c.getName().startsWith(BUILT_IN_PACKAGE) && c.getClassLoader() == MatchingStrategies.class.getClassLoader();
  }

  /**
   * Forgets the strategies found so far, so that the next look-up scans the class path again: for a plug-in
   * jar added to a class loader after its first look-up. Look-ups in progress are not disturbed.
   */
  public static void reload() {
    FOUND.clear();
  }

  /** The strategies found for the current context class loader: discovered once, then reused. */
  private static List<MatchingStrategy> discover() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    ClassLoader key = context != null ? context : OWN;
    SoftReference<List<MatchingStrategy>> ref = FOUND.get(key);
    List<MatchingStrategy> found = ref == null ? null : ref.get();
    if (found == null) {
      // two threads may both scan at first; both find equal lists and the last one is kept
      found = List.copyOf(scan());
      FOUND.put(key, new SoftReference<>(found));
    }
    return found;
  }

  /** Every distinct strategy by folded name, the winner of each duplicate kept, in listing order. */
  private static List<MatchingStrategy> scan() {
    Map<Class<?>, MatchingStrategy> byClass = new IdentityHashMap<>();
    List<MatchingStrategy> found = new ArrayList<>();
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    ClassLoader own = MatchingStrategies.class.getClassLoader();
    if (context != null && context != own) {
      load(ServiceLoader.load(MatchingStrategy.class, context), byClass, found);
    }
    load(ServiceLoader.load(MatchingStrategy.class, own), byClass, found);

    Comparator<MatchingStrategy> preference = Comparator.<MatchingStrategy, Boolean>comparing(s -> !isBuiltIn(s))
        .thenComparing(s -> s.getClass().getName());
    found.sort(preference);
    Map<String, MatchingStrategy> winners = new TreeMap<>();
    for (MatchingStrategy s : found) {
      String name = s.name();
      if (name == null || name.isBlank()) {
        warnOnce("blank:" + s.getClass().getName(), "Ignoring the matching strategy " + s.getClass().getName()
            + ": its name is blank");
        continue;
      }
      MatchingStrategy earlier = winners.putIfAbsent(fold(name), s);
      if (earlier != null) {
        warnOnce(fold(name) + ":" + s.getClass().getName() + ":" + System.identityHashCode(s.getClass().getClassLoader()),
            "Two matching strategies are named '" + name + "': using " + earlier.getClass().getName()
                + ", ignoring " + s.getClass().getName());
      }
    }
    List<MatchingStrategy> result = new ArrayList<>(winners.values());
    result.sort(Comparator.<MatchingStrategy, Boolean>comparing(s -> !isBuiltIn(s)).thenComparing(s -> fold(s.name())));
    return result;
  }

  private static void load(ServiceLoader<MatchingStrategy> loader, Map<Class<?>, MatchingStrategy> byClass,
      List<MatchingStrategy> found) {
    Iterator<MatchingStrategy> it = loader.iterator();
    for (int errors = 0; errors < 1000; ) {
      MatchingStrategy s;
      try {
        if (!it.hasNext()) {
          return;
        }
        s = it.next();
      } catch (ServiceConfigurationError e) {
        errors++;
        warnOnce("error:" + e.getMessage(), "Skipping a matching strategy that failed to load: " + e.getMessage());
        continue;
      }
      if (byClass.putIfAbsent(s.getClass(), s) == null) {
        found.add(s);
      }
    }
  }

  private static void warnOnce(String key, String message) {
    if (WARNED.add(key)) {
      LOG.warn("{}", message);
    }
  }
}
