package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.reverso.cli.ReversoCommandTest.Run;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.MatchingStrategies;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.UnknownStrategyException;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.reporting.match.MatchesJson;
import java.io.File;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.reverso.matching.MatchingProblems;

/**
 * "Write your own strategy", proven: the README's example strategy ({@code src/test/resources/plugin/
 * RoundRobinStrategy.java}, not compiled by the build) is compiled separately against the library, put on a
 * class loader with its {@code META-INF/services} entry, and then found by name by the library and by the
 * {@code reverso} command, exactly as a jar on the class path would be.
 */
class PluginStrategyTest {
  static final String SOURCE = "/plugin/RoundRobinStrategy.java";
  static final String CLASS_NAME = "com.example.mentoring.RoundRobinStrategy";
  static final String SERVICES = "META-INF/services/dev.reverso.matching.spi.MatchingStrategy";

  @TempDir
  Path dir;

  Path classes;

  @BeforeEach
  void compileThePlugIn() throws Exception {
    Path source = dir.resolve("src/com/example/mentoring/RoundRobinStrategy.java");
    Files.createDirectories(source.getParent());
    try (InputStream in = PluginStrategyTest.class.getResourceAsStream(SOURCE)) {
      assertThat(in).as(SOURCE).isNotNull();
      Files.copy(in, source);
    }
    classes = Files.createDirectories(dir.resolve("plugin"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("tests run on a JDK").isNotNull();
    // compiled against the library only: reverso-core, reverso-matching and Guava
    String classPath = Stream.of(MatchingStrategy.class, Role.class, ImmutableList.class)
        .map(PluginStrategyTest::location).distinct().collect(Collectors.joining(File.pathSeparator));
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, UTF_8)) {
      boolean compiled = javac.getTask(diagnostics, files, null,
          List.of("--release", "17", "-encoding", "UTF-8", "-Xlint:all", "-Werror", "-classpath", classPath,
              "-d", classes.toString()),
          null, files.getJavaFileObjects(source)).call();
      assertThat(compiled).as(diagnostics.toString()).isTrue();
    }
    Path services = classes.resolve(SERVICES);
    Files.createDirectories(services.getParent());
    Files.writeString(services, CLASS_NAME + "\n", UTF_8);
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code body} with the plug-in's class loader as the thread's context class loader. */
  private void withPlugIn(ThrowingRunnable body) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        PluginStrategyTest.class.getClassLoader())) {
      thread.setContextClassLoader(loader);
      body.run();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void withoutThePlugInOnTheClassPathTheNameIsUnknown() {
    assertThatThrownBy(() -> Class.forName(CLASS_NAME)).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> MatchingStrategies.named("round-robin")).isInstanceOf(UnknownStrategyException.class)
        .hasMessageContaining("optimal");
    assertThat(run("strategies").out()).doesNotContain("round-robin");
  }

  @Test
  void theLibraryFindsThePlugInByName() throws Exception {
    withPlugIn(() -> {
      MatchingStrategy strategy = MatchingStrategies.named("Round-Robin");
      assertThat(strategy.getClass().getName()).isEqualTo(CLASS_NAME);
      assertThat(strategy.getClass().getClassLoader()).isInstanceOf(URLClassLoader.class);
      assertThat(MatchingStrategies.available()).anySatisfy(d -> {
        assertThat(d.name()).isEqualTo("round-robin");
        assertThat(d.builtIn()).isFalse();
        assertThat(d.implementation()).isEqualTo(CLASS_NAME);
      });
      // built-ins come first, then plug-ins
      assertThat(MatchingStrategies.names()).endsWith("round-robin").contains("optimal", "stable");

      Program program = SampleOrganization.generate(400, 8);
      MatchResult result = Matcher.builder().strategy("round-robin").build().match(program);
      assertThat(result.strategy()).isEqualTo("round-robin");
      checkCapacitiesAndEveryoneAccountedFor(program, result);
    });
  }

  @Test
  void theCommandListsAndUsesThePlugIn() throws Exception {
    Path org = dir.resolve("org.json");
    Program program = SampleOrganization.generate(400, 8);
    ProgramFiles.write(program, org);
    withPlugIn(() -> {
      Run list = run("strategies");
      assertThat(list.exitCode()).isZero();
      assertThat(list.out().lines().toList()).last().isEqualTo("round-robin — mentees take turns picking their best "
          + "allowed mentor with capacity left [plug-in " + CLASS_NAME + "]");

      Path out = dir.resolve("matches");
      Run match = run("match", "--in", org.toString(), "--strategy", "round-robin", "--out", out.toString());
      assertThat(match.exitCode()).as(match.err()).isZero();
      assertThat(match.out()).contains("with round-robin");
      MatchResult written = MatchesJson.read(out.resolve("matches.json"));
      assertThat(written.strategy()).isEqualTo("round-robin");
      assertThat(written).isEqualTo(Matcher.builder().strategy("round-robin").build().match(program));
      checkCapacitiesAndEveryoneAccountedFor(program, written);
    });
  }

  /** {@code --plugins DIR}: the plug-in as a jar in a directory, with {@code java -jar}'s class path (no plug-in). */
  @Test
  void theCommandFindsAPlugInJarGivenByPlugins() throws Exception {
    Path org = dir.resolve("org.json");
    Program program = SampleOrganization.generate(400, 8);
    ProgramFiles.write(program, org);
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(
        Files.newOutputStream(plugins.resolve("round-robin.jar")));
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        jar.putNextEntry(new java.util.jar.JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
        jar.write(Files.readAllBytes(f));
        jar.closeEntry();
      }
    }
    Run unknown = run("match", "--in", org.toString(), "--strategy", "round-robin", "--out",
        dir.resolve("none").toString());
    assertThat(unknown.exitCode()).isEqualTo(ReversoCommand.EXIT_INVALID_INPUT);
    assertThat(unknown.err()).contains("--plugins DIR");

    Run list = run("strategies", "--plugins", plugins.toString());
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out()).contains("round-robin").contains("[plug-in " + CLASS_NAME + "]");
    Path out = dir.resolve("matches");
    Run match = run("match", "--plugins", plugins.toString(), "--in", org.toString(), "--strategy", "round-robin",
        "--out", out.toString());
    assertThat(match.exitCode()).as(match.err()).isZero();
    MatchResult written = MatchesJson.read(out.resolve("matches.json"));
    assertThat(written.strategy()).isEqualTo("round-robin");
    checkCapacitiesAndEveryoneAccountedFor(program, written);
    // the jars are on the command's class loader only while it runs
    assertThat(Thread.currentThread().getContextClassLoader()).isNotInstanceOf(URLClassLoader.class);
    assertThat(run("strategies").out()).doesNotContain("round-robin");
  }

  private static void checkCapacitiesAndEveryoneAccountedFor(Program program, MatchResult result) {
    assertThat(result.pairs()).isNotEmpty();
    MatchingProblem problem = MatchingProblems.of(program);
    Map<String, Integer> load = new HashMap<>();
    for (Pairing p : result.pairs()) {
      assertThat(problem.allowed(problem.mentorIndex(p.mentorId()), problem.menteeIndex(p.menteeId()))).isTrue();
      load.merge(p.mentorId().value(), 1, Integer::sum);
      load.merge(p.menteeId().value(), 1, Integer::sum);
    }
    load.forEach((id, n) -> assertThat(n).isLessThanOrEqualTo(
        program.participant(dev.reverso.core.ParticipantId.of(id)).orElseThrow().capacity()));
    program.mentors().forEach(m -> assertThat(result.isMatched(m.id())
        || result.unmatched().stream().anyMatch(u -> u.participantId().equals(m.id()))).isTrue());
    program.mentees().forEach(m -> assertThat(result.isMatched(m.id())
        || result.unmatched().stream().anyMatch(u -> u.participantId().equals(m.id()))).isTrue());
  }
}
