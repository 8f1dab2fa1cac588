package id.go.malangkota.ejkn.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver (never a downloaded browser or driver), with
 * helpers for the Camunda webapps and the screenshots of each step. In CI ({@code CI=true}) a missing browser fails
 * the test; on a developer's machine it may be skipped with {@code -Dejkn.browser.skip=true}.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of(System.getProperty("ejkn.browser.binary", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
  public static final int WIDTH = 1280;
  public static final int HEIGHT = 800;

  private final ChromeDriver driver;
  private final String baseUrl;
  private final Path screenshots;
  private final Path profile;
  private int step;

  private Browser(ChromeDriver driver, String baseUrl, Path screenshots, Path profile) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.screenshots = screenshots;
    this.profile = profile;
  }

  /** Fails (CI) or skips (only with -Dejkn.browser.skip=true, never in CI) when chromium is not installed. */
  public static void requireChromium() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String message = "The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
        + "): apt-get update && apt-get install -y chromium chromium-driver (.ci/run installs them).";
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (!ci && Boolean.getBoolean("ejkn.browser.skip")) {
      Assumptions.abort(message + " Skipped because of -Dejkn.browser.skip=true.");
    }
    fail(message + (ci ? " CI=true: a browser test is never skipped in CI." : " To skip locally: -Dejkn.browser.skip=true."));
  }

  public static Browser start(String baseUrl, Path screenshots) {
    requireChromium();
    try {
      Files.createDirectories(screenshots);
      try (var old = Files.list(screenshots)) { // pictures of an earlier run would mix with this one's
        for (Path file : old.filter(f -> f.toString().endsWith(".png") || f.toString().endsWith(".pdf")).toList()) {
          Files.delete(file);
        }
      }
      Path profile = Files.createTempDirectory("ejkn-chromium-");
      // Selenium Manager must not look for (or download) anything: the driver and the browser are given
      System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile())
          .usingAnyFreePort()
          // the officers' browsers run in Western Indonesian Time: form-js sends local date-times with the offset
          .withEnvironment(Map.of("TZ", "Asia/Jakarta", "SE_OFFLINE", "true"))
          .build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--lang=id",
          "--accept-lang=id", "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile.toAbsolutePath(),
          "--hide-scrollbars");
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "id,en"));
      ChromeDriver driver = new ChromeDriver(service, options);
      Browser browser = new Browser(driver, baseUrl, screenshots, profile);
      browser.sizeViewport();
      return browser;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the page area (not the window) WIDTH × HEIGHT, so screenshots have that size. */
  private void sizeViewport() {
    driver.get("about:blank");
    long innerWidth = (Long) js("return window.innerWidth");
    long innerHeight = (Long) js("return window.innerHeight");
    var window = driver.manage().window();
    var size = window.getSize();
    window.setSize(new org.openqa.selenium.Dimension(size.width + (int) (WIDTH - innerWidth),
        size.height + (int) (HEIGHT - innerHeight)));
  }

  public WebDriver driver() {
    return driver;
  }

  public String url(String path) {
    return baseUrl + path;
  }

  public void open(String path) {
    driver.get(url(path));
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  public WebDriverWait waiting(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(200));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  public <T> T until(ExpectedCondition<T> condition) {
    return waiting(Duration.ofSeconds(30)).until(condition);
  }

  public WebElement visible(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /**
   * Clicks like a person: scrolled into view; when something (e.g. Tasklist's fixed footer over the complete button)
   * covers the element's centre, clicks its visible top edge instead.
   */
  public void click(WebElement element) {
    js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
    try {
      element.click();
    } catch (ElementClickInterceptedException covered) {
      int height = element.getSize().height;
      new Actions(driver).moveToElement(element, 0, -height / 2 + 3).click().perform();
    }
  }

  /** Finds the element when it is clickable and clicks it; found again when the page re-rendered it meanwhile. */
  public void click(By by) {
    for (int attempt = 1; ; attempt++) {
      try {
        click(until(ExpectedConditions.elementToBeClickable(by)));
        return;
      } catch (StaleElementReferenceException rerendered) {
        if (attempt == 5) {
          throw rerendered;
        }
      }
    }
  }

  /** Replaces the text of an input the way typing does (select all, delete, type), so form-js sees every key. */
  public void type(WebElement input, String text) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
  }

  /** Saves target/browser-screenshots/NN-name.png and returns its path. */
  public Path shot(String name) {
    step++;
    Path file = screenshots.resolve(String.format("%02d-%s.png", step, name));
    try {
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  public byte[] screenshotBytes() {
    return driver.getScreenshotAs(OutputType.BYTES);
  }

  /** The page as PDF through Chrome's printing (what window.print() would produce). */
  public byte[] printToPdf() {
    String base64 = ((PrintsPage) driver).print(new PrintOptions()).getContent();
    return Base64.getDecoder().decode(base64);
  }

  // --- the Camunda webapps ---------------------------------------------------------------------------------------

  /**
   * Logs in to a Camunda webapp (tasklist, cockpit) as a demo user, starting from a fresh session. The webapp's
   * RequireJS bootstrap can time out on a busy machine: then the page is loaded again.
   */
  public void login(String app, String user) {
    driver.manage().deleteAllCookies();
    By username = By.cssSelector("input[ng-model='username']");
    // the login page may still be binding when it first shows (a typed name can be wiped): check and try again
    for (int attempt = 1; ; attempt++) {
      open("/camunda/app/" + app + "/default/#/login");
      try {
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(username));
        type(driver.findElement(username), user);
        type(driver.findElement(By.cssSelector("input[ng-model='password']")), "demo");
        waiting(Duration.ofSeconds(5)).until(d -> user.equals(d.findElement(username).getAttribute("value")));
        click(By.cssSelector("form button[type='submit']"));
        waiting(Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(username));
        return;
      } catch (TimeoutException slow) {
        if (attempt == 3) {
          throw slow;
        }
      }
    }
  }

  /** The text of the notifications Tasklist / Cockpit shows (page and dialog). */
  public String notifications() {
    return all(By.cssSelector(".page-notifications .alert, .modal .notifications .alert")).stream()
        .map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile.toFile());
    }
  }

  private static void deleteQuietly(File file) {
    File[] children = file.listFiles();
    if (children != null) {
      for (File child : children) {
        deleteQuietly(child);
      }
    }
    file.delete();
  }
}
