package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code --plugins DIR}: the jars in a directory on a class loader that is the thread's context class loader while
 * the command runs, so that {@link java.util.ServiceLoader} finds the strategies they register (in {@code
 * META-INF/services/dev.reverso.matching.spi.MatchingStrategy}) exactly as if they were on the class path. This is
 * how a plug-in is used with {@code java -jar reverso.jar}, whose class path is the jar alone.
 */
final class PluginJars implements AutoCloseable {
  /** The option's name. */
  static final String OPTION = "--plugins";

  /** How plug-ins are found, for messages about a strategy that is not. */
  static final String HINT = "a plug-in strategy is found through its jar's META-INF/services entry: pass "
      + OPTION + " DIR with the jar in DIR, or put the jar on the class path and name the main class, "
      + "java -cp reverso.jar:plugin.jar dev.reverso.cli.ReversoCommand (with -jar the class path is reverso.jar "
      + "alone)";

  private final URLClassLoader loader;
  private final ClassLoader before;

  private PluginJars(URLClassLoader loader) {
    this.loader = loader;
    this.before = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(loader);
  }

  /**
   * Puts the jars of {@code dir} (sorted by name, so the order is the same on every machine) on a new context class
   * loader until {@link #close()}.
   *
   * @throws InvalidInputException if {@code dir} is not a directory or holds no jar
   */
  static PluginJars open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw InvalidInputException.of(OPTION, "expected a directory of plug-in jars, found no directory at '" + dir
          + "'");
    }
    List<URL> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
          .sorted().toList()) {
        jars.add(jar.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException("a file path is always a URL", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    if (jars.isEmpty()) {
      throw InvalidInputException.of(OPTION, "expected one or more .jar files in '" + dir + "', found none");
    }
    return new PluginJars(new URLClassLoader(jars.toArray(URL[]::new), PluginJars.class.getClassLoader()));
  }

  /** Restores the context class loader and closes the jars. */
  @Override
  public void close() {
    Thread.currentThread().setContextClassLoader(before);
    try {
      loader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the plug-in jars", e);
    }
  }
}
