package dev.reverso.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableMap;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The minimum Guava is stated and checked when the entry points load, with a clear message. */
class GuavaRequirementTest {
  /** A stand-in for Guava 25's ImmutableMap.Builder: it has build() but not buildOrThrow(). */
  static final class OldBuilder {
    public Object build() {
      return null;
    }
  }

  @Test
  void theGuavaOfTheBuildPasses() {
    assertThatCode(GuavaRequirement::check).doesNotThrowAnyException();
    assertThat(GuavaRequirement.problem(ImmutableMap.Builder.class, "x")).isNull();
    assertThat(GuavaRequirement.foundVersion(ImmutableMap.class)).matches("\\d+\\.\\d+(\\.\\d+)?-jre");
  }

  @Test
  void aBuilderWithoutBuildOrThrowIsRefusedNamingTheMinimum() {
    assertThat(GuavaRequirement.problem(OldBuilder.class, "25.1-jre"))
        .startsWith("Reverso needs Guava 31.0 or later (-jre), but found Guava 25.1-jre")
        .contains("buildOrThrow");
  }

  /** The real start-up path: the core classes loaded next to Guava 25.1, as a dependency clash would do. */
  @Test
  void withGuava25TheFirstUseOfProgramFailsWithTheMessage() throws Exception {
    Path guava25 = Paths.get(System.getProperty("user.home"), ".m2", "repository", "com", "google", "guava", "guava",
        "25.1-jre", "guava-25.1-jre.jar");
    Assumptions.assumeTrue(Files.isRegularFile(guava25), "Guava 25.1 is not in the local Maven repository");
    URL core = Program.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader old = new URLClassLoader(new URL[] {core, guava25.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Throwable t = catchThrowable(() -> Class.forName(Program.class.getName(), true, old));
      assertThat(t).isInstanceOf(ExceptionInInitializerError.class);
      assertThat(t.getCause()).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Reverso needs Guava 31.0 or later (-jre), but found Guava 25.1-jre");
    }
  }
}
