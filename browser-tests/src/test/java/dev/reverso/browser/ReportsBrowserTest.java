package dev.reverso.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.cli.ReversoCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The demo's HTML reports, written by {@code reverso demo} in English and in Italian, opened in Debian's Chromium
 * (headless, driven by its ChromeDriver on a free port of 127.0.0.1) at a desktop width of 1400 px and a phone
 * width of 360 px, in light and dark mode. Each page must: not be wider than the viewport (no horizontal scroll of
 * the page; wide tables scroll inside their own box), log no console error, give every chart visible text, render
 * chart labels at 11 px or more on a 400 px screen, and keep body text at a contrast of at least 4.5:1 (WCAG AA)
 * against its background in both colour schemes. Screenshots go to {@code target/screenshots} (the README's images
 * are made from them by {@code docs/screenshots.sh}).
 *
 * <p>Nothing is skipped: when Chromium or ChromeDriver is missing or cannot start, the tests fail and say how to
 * install them ({@code apt-get install chromium chromium-driver}, as {@code .ci/run} does). The binaries can be
 * moved with {@code -Dreverso.chromium=PATH} and {@code -Dreverso.chromedriver=PATH}; {@code
 * -Dreverso.browser.reports=DIR} checks the reports already in {@code DIR/en} and {@code DIR/it} (or in {@code DIR}
 * alone) instead of running the demo, which is how the checks were shown to fail on the reports before this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsBrowserTest {
  private static final Path TARGET = Paths.get("target");
  private static final List<String> PAGES = List.of("program-report.html", "match-report.html", "cohort-trends.html",
      "circles-report.html");
  private static final int DESKTOP = 1400;
  private static final int PHONE = 360;
  /** The width at which chart labels are measured (DESIGN 8.6: readable at 400 px). */
  private static final int LABEL_WIDTH = 400;
  private static final double MIN_LABEL_PX = 11;
  private static final double MIN_CONTRAST = 4.5;

  private ChromeDriverService service;
  private ChromeDriver driver;
  private Map<String, Path> reports;

  @BeforeAll
  void startBrowserAndWriteReports() throws IOException {
    reports = reports();
    String chromium = System.getProperty("reverso.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("reverso.chromedriver", "/usr/bin/chromedriver");
    String install = " — install Debian's packages with 'apt-get install -y chromium chromium-driver' (.ci/run does "
        + "this when they are missing), or point -Dreverso.chromium / -Dreverso.chromedriver at them";
    assertThat(Paths.get(chromium)).as("Chromium at " + chromium + install).isExecutable();
    assertThat(Paths.get(chromedriver)).as("ChromeDriver at " + chromedriver + install).isExecutable();
    service = new ChromeDriverService.Builder().usingDriverExecutable(Paths.get(chromedriver).toFile())
        .usingPort(freePort()).withLogOutput(java.io.OutputStream.nullOutputStream()).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=" + DESKTOP + ",1000");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      throw new AssertionError("Chromium could not start through ChromeDriver" + install + ": " + e.getMessage(), e);
    }
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  Stream<Arguments> pages() {
    List<Arguments> out = new ArrayList<>();
    for (String lang : reports.keySet()) {
      for (String page : PAGES) {
        out.add(Arguments.of(lang, page));
      }
    }
    return out.stream();
  }

  /** At 1400 px and at 360 px the page is never wider than the viewport; screenshots of both. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void noHorizontalOverflowAtDesktopAndPhoneWidths(String lang, String page) throws IOException {
    for (int width : List.of(DESKTOP, PHONE)) {
      open(lang, page, width, false);
      long scrollWidth = number("return document.scrollingElement.scrollWidth;").longValue();
      long innerWidth = number("return window.innerWidth;").longValue();
      // a phone widens its layout viewport to fit content that overflows, so the screen width is the bound too
      long bound = Math.min(innerWidth, width);
      assertThat(scrollWidth).as("%s %s at %d px: page width %d px, viewport %d px; the widest elements: %s", lang,
          page, width, scrollWidth, innerWidth, widest(bound)).isLessThanOrEqualTo(bound);
      screenshot(lang, page, width, false);
    }
  }

  /** No error in the browser console (a page with no script can still log one, for a bad resource or markup). */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void noConsoleErrors(String lang, String page) {
    driver.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
    open(lang, page, DESKTOP, false);
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(e.getMessage());
      }
    }
    assertThat(errors).as("%s %s console errors", lang, page).isEmpty();
  }

  /** Every chart has visible text (labels or values), and its labels render at 11 px or more on a 400 px screen. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void everyChartHasReadableText(String lang, String page) {
    open(lang, page, LABEL_WIDTH, false);
    @SuppressWarnings("unchecked")
    List<Object> charts = (List<Object>) driver.executeScript(
        "return Array.from(document.querySelectorAll('svg')).map(function (svg) {"
            + "  var texts = Array.from(svg.querySelectorAll('text')).filter(function (t) {"
            + "    return t.textContent.trim().length > 0; });"
            + "  var vb = svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.viewBox.baseVal.width"
            + "    : svg.getBoundingClientRect().width;"
            + "  var scale = svg.getBoundingClientRect().width / vb;"
            + "  var min = Infinity;"
            + "  texts.forEach(function (t) { min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * scale); });"
            + "  return [svg.id || '(no id)', texts.length, texts.length ? min : 0];"
            + "});");
    for (Object c : charts) {
      List<?> chart = (List<?>) c;
      assertThat(((Number) chart.get(1)).intValue()).as("%s %s chart %s has text", lang, page, chart.get(0))
          .isPositive();
      assertThat(((Number) chart.get(2)).doubleValue()).as("%s %s chart %s: smallest label at %d px, in px", lang,
          page, chart.get(0), LABEL_WIDTH).isGreaterThanOrEqualTo(MIN_LABEL_PX);
    }
  }

  /** Body text keeps a contrast of 4.5:1 or more against its background, in dark and in light mode. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void bodyTextContrastInDarkAndLightMode(String lang, String page) throws IOException {
    for (boolean dark : List.of(true, false)) {
      open(lang, page, DESKTOP, dark);
      String scheme = (String) driver.executeScript(
          "return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';");
      assertThat(scheme).as("emulated colour scheme").isEqualTo(dark ? "dark" : "light");
      @SuppressWarnings("unchecked")
      List<Object> worst = (List<Object>) driver.executeScript(CONTRAST_SCRIPT);
      assertThat(((Number) worst.get(0)).doubleValue())
          .as("%s %s %s mode: lowest text contrast, on %s", lang, page, scheme, worst.get(1))
          .isGreaterThanOrEqualTo(MIN_CONTRAST);
      if (dark) {
        screenshot(lang, page, DESKTOP, true);
      }
    }
  }

  /**
   * The lowest contrast ratio (WCAG 2: (L1 + 0.05) / (L2 + 0.05) of relative luminances) between an element's text
   * colour and the first opaque background behind it, over every element that holds text of its own; with the
   * element that has it.
   */
  private static final String CONTRAST_SCRIPT = String.join("\n",
      "function rgb(s) { var m = s.match(/[\\d.]+/g); return m ? m.map(Number) : [0, 0, 0, 0]; }",
      "function lum(c) { var a = c.slice(0, 3).map(function (v) { v /= 255;",
      "  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });",
      "  return 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2]; }",
      "function background(el) {",
      "  for (var e = el; e; e = e.parentElement) { var c = rgb(getComputedStyle(e).backgroundColor);",
      "    if (c.length < 4 || c[3] > 0.99) { return c; } }",
      "  return matchMedia('(prefers-color-scheme: dark)').matches ? [18, 18, 18, 1] : [255, 255, 255, 1]; }",
      "var worst = [Infinity, 'nothing'];",
      "var all = document.body.querySelectorAll('*');",
      "for (var i = 0; i < all.length; i++) { var el = all[i];",
      "  if (el.closest('svg')) { continue; }",
      "  var own = Array.from(el.childNodes).some(function (n) { return n.nodeType === 3 && n.textContent.trim(); });",
      "  if (!own) { continue; }",
      "  var fg = lum(rgb(getComputedStyle(el).color)); var bg = lum(background(el));",
      "  var ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);",
      "  if (ratio < worst[0]) { worst = [ratio, el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')",
      "    + ' \"' + el.textContent.trim().slice(0, 40) + '\"']; } }",
      "{ var b = document.body; var r0 = lum(rgb(getComputedStyle(b).color)); var r1 = lum(background(b));",
      "  var r = (Math.max(r0, r1) + 0.05) / (Math.min(r0, r1) + 0.05); if (r < worst[0]) { worst = [r, 'body']; } }",
      "return worst;");

  private void open(String lang, String page, int width, boolean dark) {
    Path file = reports.get(lang).resolve(page).toAbsolutePath();
    assertThat(file).as("report written by the demo").isRegularFile();
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
        width < 800 ? 1400 : 1000, "deviceScaleFactor", 1, "mobile", width < 800));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
        List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    driver.get(file.toUri().toString());
  }

  private Number number(String script) {
    return (Number) driver.executeScript(script);
  }

  /** The three elements that reach furthest right, to say what overflows. */
  private String widest(long innerWidth) {
    return String.valueOf(driver.executeScript(
        "var w = arguments[0]; return Array.from(document.body.querySelectorAll('*')).map(function (e) {"
            + "  return [e.getBoundingClientRect().right, e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
            + "    + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')]; })"
            + ".filter(function (x) { return x[0] > w; })"
            + ".sort(function (a, b) { return b[0] - a[0]; }).slice(0, 3)"
            + ".map(function (x) { return x[1] + ' to ' + Math.round(x[0]) + ' px'; });", innerWidth));
  }

  private void screenshot(String lang, String page, int width, boolean dark) throws IOException {
    Path dir = TARGET.resolve("screenshots");
    Files.createDirectories(dir);
    String name = lang + "-" + page.replace(".html", "") + "-" + width + (dark ? "-dark" : "") + ".png";
    // the top of the page, taller than the window (a phone shows the first screens as one long image)
    long height = Math.min(number("return document.scrollingElement.scrollHeight;").longValue(),
        width < 800 ? 2400 : 1600);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.write(dir.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** The reports to check, by language: given by -Dreverso.browser.reports, or written now by the demo. */
  private static Map<String, Path> reports() throws IOException {
    String given = System.getProperty("reverso.browser.reports", "");
    if (!given.isEmpty()) {
      Path dir = Paths.get(given);
      if (Files.isDirectory(dir.resolve("en"))) {
        Map<String, Path> m = new java.util.TreeMap<>();
        for (String lang : List.of("en", "it")) {
          if (Files.isDirectory(dir.resolve(lang))) {
            m.put(lang, dir.resolve(lang));
          }
        }
        return m;
      }
      return Map.of("given", dir);
    }
    Map<String, Path> m = new java.util.TreeMap<>();
    for (String lang : List.of("en", "it")) {
      Path dir = TARGET.resolve("browser-demo").resolve(lang);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = ReversoCommand.run(new PrintWriter(out), new PrintWriter(err), "demo", "--locale", lang, "--out",
          dir.toString());
      assertThat(code).as("reverso demo --locale %s: %s", lang, err).isZero();
      m.put(lang, dir);
    }
    Files.writeString(TARGET.resolve("browser-demo").resolve("README.txt"),
        "Written by ReportsBrowserTest: reverso demo --locale en|it.\n", UTF_8);
    return m;
  }

  /** A port nobody listens on now, on the loopback interface only. */
  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
