package dev.reverso.matching;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plug-in strategy in its own named module ({@code provides MatchingStrategy with ...}) is found by
 * {@link MatchingStrategies} when everything runs on the module path: matching's {@code module-info} declares
 * {@code uses} and provides the built-ins. The class-path route is covered by {@code PluginStrategyTest} (cli)
 * and {@code MatchingStrategiesTest}.
 */
class ModulePathPluginTest {

  @Test
  void pluginModuleIsFoundOnTheModulePath(@TempDir Path dir) throws Exception {
    List<String> modulePath = modulePath();
    Path src = dir.resolve("src");
    write(src.resolve("module-info.java"), """
        module dev.reverso.testplugin {
          requires dev.reverso.matching;
          provides dev.reverso.matching.spi.MatchingStrategy with dev.reverso.testplugin.EchoStrategy;
        }
        """);
    write(src.resolve("dev/reverso/testplugin/EchoStrategy.java"), """
        package dev.reverso.testplugin;

        import dev.reverso.matching.result.MatchResult;
        import dev.reverso.matching.spi.MatchingProblem;
        import dev.reverso.matching.spi.MatchingStrategy;

        public final class EchoStrategy implements MatchingStrategy {
          @Override
          public String name() {
            return "echo-module";
          }

          @Override
          public MatchResult match(MatchingProblem problem) {
            return MatchResult.builder(name()).build();
          }
        }
        """);
    write(src.resolve("dev/reverso/testplugin/Main.java"), """
        package dev.reverso.testplugin;

        import dev.reverso.matching.MatchingStrategies;

        public final class Main {
          public static void main(String[] args) {
            System.out.println("module=" + MatchingStrategies.class.getModule().getName());
            System.out.println("names=" + MatchingStrategies.names());
            System.out.println("echo=" + MatchingStrategies.named("ECHO-MODULE").getClass().getName());
          }
        }
        """);
    Path classes = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--module-path",
        String.join(File.pathSeparator, modulePath)));
    try (Stream<Path> files = Files.walk(src)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac exit code").isZero();

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> entries = new ArrayList<>(modulePath);
    entries.add(classes.toString());
    Process process = new ProcessBuilder(java, "--module-path", String.join(File.pathSeparator, entries),
        "-m", "dev.reverso.testplugin/dev.reverso.testplugin.Main").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("JVM finished").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("module=dev.reverso.matching")
        .contains("echo=dev.reverso.testplugin.EchoStrategy")
        .containsPattern("names=\\[.*echo-module.*]");
    for (String builtIn : List.of("fair", "greedy", "incremental", "optimal", "stable")) {
      assertThat(output).containsPattern("names=\\[.*\\b" + builtIn + "\\b.*]");
    }
  }

  /** Matching's own classes and the libraries its module requires, taken from this test's class path. */
  private static List<String> modulePath() {
    List<String> path = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> e.replace('\\', '/').matches(".*(/matching/target/classes|/core/target/classes"
            + "|reverso-core-[^/]*\\.jar|/guava-[^/]*\\.jar|/failureaccess-[^/]*\\.jar|/slf4j-api-[^/]*\\.jar"
            + "|/jackson-core-[^/]*\\.jar)$"))
        .filter(e -> !e.endsWith("-tests.jar"))
        .collect(Collectors.toList());
    assertThat(path).as("module path entries found on the class path").anyMatch(e -> e.endsWith("classes")
        && e.replace('\\', '/').contains("/matching/"));
    return path;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
  }
}
