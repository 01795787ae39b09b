package org.atrium.webapp.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own chromedriver. Both paths are given, so
 * Selenium Manager never runs and nothing is downloaded; a machine without Chromium fails the tests
 * rather than skipping them ({@code ./atrium test} installs it).
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Size PHONE = new Size(390, 844, true);
  static final Size DESKTOP = new Size(1280, 800, false);
  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("basedir", "."), "target", "screenshots");

  /** A viewport; {@code mobile} makes the page's viewport meta tag apply, as on a phone. */
  record Size(int width, int height, boolean mobile) {
    String label() {
      return width + "x" + height;
    }
  }

  private final ChromeDriver driver;
  private final Path profileDir;
  private final URI base;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, Path profileDir, URI base) {
    this.driver = driver;
    this.profileDir = profileDir;
    this.base = base;
    // Polls every 50 ms rather than Selenium's default 500, which most waits here would pay in
    // full.
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50));
  }

  static Browser start(URI base) throws IOException {
    assertTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser tests need Debian's chromium and chromium-driver: "
            + "apt-get install chromium chromium-driver (./atrium test does this)");
    Path profileDir = Files.createTempDirectory("atrium-chromium");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profileDir);
    return new Browser(new ChromeDriver(service, options), profileDir, base);
  }

  ChromeDriver driver() {
    return driver;
  }

  void resize(Size size) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width", size.width(),
            "height", size.height(),
            "deviceScaleFactor", 1,
            "mobile", size.mobile()));
  }

  /** Renders pages as with the system's dark theme on, or back to light. */
  void darkTheme(boolean dark) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of(
            "features",
            java.util.List.of(
                Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
  }

  void open(String path) {
    driver.get(base.resolve(path).toString());
  }

  /** Signs in through the sign-in page, starting from no session. */
  void signIn(String login, String password) {
    driver.manage().deleteAllCookies();
    open("/login");
    type(By.id("login"), login);
    type(By.id("password"), password);
    follow(By.cssSelector("form[action='/login'] button[type=submit]"));
  }

  void forgetSession() {
    driver.manage().deleteAllCookies();
  }

  WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Clicks {@code element} and waits until its page has been replaced by the next one. */
  void follow(WebElement element) {
    element.click();
    wait.until(d -> isGone(element));
  }

  /**
   * Whether the page holding {@code element} has been replaced. Chromium sometimes reports a node
   * of the old page as "not belonging to the document" instead of stale; both mean the same.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Types {@code keys} into {@code element} and waits for the page they submit. */
  void followKeys(WebElement element, CharSequence... keys) {
    element.sendKeys(keys);
    wait.until(d -> isGone(element));
  }

  /** Clicks what {@code by} finds and waits for the next page. */
  void follow(By by) {
    follow(find(by));
  }

  void type(By by, String text) {
    WebElement field = find(by);
    field.clear();
    field.sendKeys(text);
  }

  /** Waits until {@code condition} returns something other than null or false, and returns it. */
  <T> T until(Function<WebDriver, T> condition) {
    return wait.until(condition);
  }

  /**
   * Runs {@code script} in the page, with {@code args} as {@code arguments}, and returns its value.
   */
  Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Waits until the page's live script has connected to the user stream. */
  void awaitLive() {
    until(d -> "open".equals(script("return document.documentElement.dataset.live;")));
  }

  /** Waits until the page's URL path is {@code path}. */
  void awaitPath(String path) {
    wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
  }

  String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  String heading() {
    return find(By.tagName("h1")).getText();
  }

  /** Whether the page is wider than the viewport, which on a phone means sideways scrolling. */
  boolean overflowsSideways() {
    return (Boolean)
        driver.executeScript(
            "return document.documentElement.scrollWidth > window.innerWidth + 1;");
  }

  /** Saves what the viewport shows as {@code target/screenshots/<name>-<size>.png}. */
  Path screenshot(String name, Size size) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + "-" + size.label() + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var paths = Files.walk(profileDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary browser profile left behind is harmless
    }
  }
}
