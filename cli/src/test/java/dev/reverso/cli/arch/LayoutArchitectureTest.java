package dev.reverso.cli.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.reverso.cli.archfixture.a.Ping;
import dev.reverso.cli.archfixture.b.Pong;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of docs/architecture.md, checked on the compiled main classes of core, matching, reporting
 * and cli: modules point one way (core &lt;- matching &lt;- reporting &lt;- cli; nothing depends on benchmarks),
 * no two packages depend on each other (directly or around a loop), the SPI never imports the front door, and
 * non-exported packages are not used from other modules. The last two tests prove the rules can fail, on
 * fixture classes with a back-arrow and a package cycle.
 */
class LayoutArchitectureTest {
  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // test jars of other modules (journal-jdbc's PostgresServer) are tests too
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("dev.reverso");
    for (String module : List.of("core", "matching", "reporting", "cli")) {
      assertThat(main).as("classes of " + module).anyMatch(c -> c.getPackageName()
          .startsWith("dev.reverso." + module));
    }
  }

  static final ArchRule CORE_DEPENDS_ON_NO_OTHER_MODULE = noClasses().that().resideInAPackage("dev.reverso.core..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.reverso.matching..", "dev.reverso.reporting..",
          "dev.reverso.cli..", "dev.reverso.journal..", "dev.reverso.benchmarks..");

  static final ArchRule MATCHING_DEPENDS_ONLY_ON_CORE = noClasses().that()
      .resideInAPackage("dev.reverso.matching..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.reverso.reporting..", "dev.reverso.cli..",
          "dev.reverso.journal..", "dev.reverso.benchmarks..");

  static final ArchRule REPORTING_DOES_NOT_DEPEND_ON_CLI = noClasses().that()
      .resideInAPackage("dev.reverso.reporting..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.reverso.cli..", "dev.reverso.journal..",
          "dev.reverso.benchmarks..");

  static final ArchRule NOTHING_DEPENDS_ON_BENCHMARKS = noClasses().that().resideOutsideOfPackage(
      "dev.reverso.benchmarks..").should().dependOnClassesThat().resideInAPackage("dev.reverso.benchmarks..");

  static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.reverso.(**)").should().beFreeOfCycles();

  static final ArchRule SPI_DOES_NOT_IMPORT_THE_FRONT_DOOR = noClasses().that()
      .resideInAPackage("dev.reverso.matching.spi..")
      .should().dependOnClassesThat().resideInAPackage("dev.reverso.matching");

  static final ArchRule MATCHING_INTERNALS_STAY_IN_MATCHING = noClasses().that()
      .resideOutsideOfPackage("dev.reverso.matching..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.reverso.matching.internal..",
          "dev.reverso.matching.strategy..");

  static final ArchRule REPORTING_INTERNALS_STAY_IN_REPORTING = noClasses().that()
      .resideOutsideOfPackage("dev.reverso.reporting..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.reverso.reporting.render..",
          "dev.reverso.reporting.internal..");

  @Test
  void modulesPointOneWay() {
    CORE_DEPENDS_ON_NO_OTHER_MODULE.check(main);
    MATCHING_DEPENDS_ONLY_ON_CORE.check(main);
    REPORTING_DOES_NOT_DEPEND_ON_CLI.check(main);
    NOTHING_DEPENDS_ON_BENCHMARKS.check(main);
  }

  @Test
  void noPackageCycles() {
    NO_PACKAGE_CYCLES.check(main);
  }

  @Test
  void spiDoesNotImportTheFrontDoor() {
    SPI_DOES_NOT_IMPORT_THE_FRONT_DOOR.check(main);
  }

  @Test
  void internalsAreNotUsedFromOtherModules() {
    MATCHING_INTERNALS_STAY_IN_MATCHING.check(main);
    REPORTING_INTERNALS_STAY_IN_REPORTING.check(main);
  }

  @Test
  void aBackArrowFails() throws ClassNotFoundException {
    JavaClasses withBackArrow = new ClassFileImporter().importClasses(
        Class.forName("dev.reverso.core.archfixture.BackArrow"));
    assertThatThrownBy(() -> CORE_DEPENDS_ON_NO_OTHER_MODULE.check(withBackArrow))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dev.reverso.core.archfixture.BackArrow")
        .hasMessageContaining("dev.reverso.cli.ReversoCommand");
  }

  @Test
  void aPackageCycleFails() {
    JavaClasses cycle = new ClassFileImporter().importClasses(Ping.class, Pong.class);
    assertThatThrownBy(() -> NO_PACKAGE_CYCLES.check(cycle))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("cli.archfixture.a")
        .hasMessageContaining("cli.archfixture.b");
  }
}
