package dev.reverso.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks every report's golden test makes: output equal to a golden file under
 * {@code src/test/resources/golden/<folder>/} byte for byte (rewritten instead when the system property
 * {@value #UPDATE} is {@code true}), output independent of the default locale, and HTML that is
 * self-contained with every chart labelled.
 */
public final class GoldenFiles {
  /** The system property that rewrites the golden files from the current output. */
  public static final String UPDATE = "reverso.updateGoldens";

  private GoldenFiles() {}

  /** Asserts that {@code actual} equals {@code golden/<folder>/<name>} on the test classpath. */
  public static void assertEqualsGolden(String folder, String name, String actual) {
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Path dir = Path.of("src", "test", "resources", "golden", folder);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), actual, StandardCharsets.UTF_8);
        return; // the classpath copy is refreshed by the next build
      }
      try (InputStream in = GoldenFiles.class.getResourceAsStream("/golden/" + folder + "/" + name)) {
        assertThat(in).as("golden file %s (regenerate with -D%s=true)", name, UPDATE).isNotNull();
        String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(actual).as("output differs from golden/%s/%s; if intended, rerun with -D%s=true", folder, name,
            UPDATE).isEqualTo(expected);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that {@code render} gives the same text under the root and the Turkish default locale. */
  public static void assertIndependentOfTheDefaultLocale(Supplier<String> render) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      String root = render.get();
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      String turkish = render.get();
      assertThat(turkish).isEqualTo(root);
    } finally {
      Locale.setDefault(saved);
    }
  }

  /**
   * Asserts that the page loads nothing (no script, link, image, remote URL or web font) and that every
   * inline SVG chart has an image role, a label, a title first and a description.
   *
   * @return the number of charts
   */
  public static int assertSelfContainedWithLabelledCharts(String html) {
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("http://", "https://", "<link", "<img",
        "@import", "url(http", "src=", "@font-face");
    Matcher svg = Pattern.compile("<svg[^>]*>(.*?)</svg>", Pattern.DOTALL).matcher(html);
    int charts = 0;
    while (svg.find()) {
      charts++;
      assertThat(svg.group()).contains("role=\"img\"", "aria-label=\"");
      assertThat(svg.group(1).strip()).startsWith("<title");
      assertThat(svg.group(1)).contains("<desc");
    }
    return charts;
  }
}
