package org.sis.selectivesync.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driving the deployed pages, for the page tests of every feature: signs in,
 * opens pages, waits for PrimeFaces Ajax to settle and saves screenshots under {@code
 * target/screenshots}. Uses the Debian {@code chromium} and {@code chromium-driver} packages.
 */
public final class Browser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final AtomicInteger TIMEOUTS = new AtomicInteger();

  private final URL base;
  private final WebDriver driver;

  private Browser(URL base, WebDriver driver) {
    this.base = base;
    this.driver = driver;
  }

  /** Starts a fresh browser, with its own profile, for the application at the URL. */
  public static Browser open(URL base) {
    try {
      return open(base, Files.createTempDirectory("chromium-downloads"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As {@link #open(URL)}, saving downloads into the folder without asking. */
  public static Browser open(URL base, Path downloads) {
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1280,900",
          "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "download.default_directory",
              downloads.toAbsolutePath().toString(),
              "download.prompt_for_download",
              false));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(
                  Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver")).toFile())
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.executeCdpCommand(
          "Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
      return new Browser(base, driver);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a page given relative to the application, e.g. {@code rights.xhtml}. */
  public Browser go(String path) {
    driver.get(base.toString() + path);
    return this;
  }

  /** Signs in through the sign-in page and waits for the page that follows. */
  public Browser signIn(String user, String password) {
    go("signin.xhtml");
    find(By.id("signin:user")).sendKeys(user);
    find(By.id("signin:password")).sendKeys(password);
    find(By.id("signin:submit")).click();
    await(page -> !page.getCurrentUrl().contains("signin.xhtml"));
    return this;
  }

  /** Waits for the element and returns it. */
  public WebElement find(By by) {
    return waitUpTo(TIMEOUT)
        .until(
            page ->
                page.findElements(by).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
  }

  /** Waits until the condition holds. */
  public <T> T await(ExpectedCondition<T> condition) {
    return await(TIMEOUT, condition);
  }

  /** Waits until the condition holds, for up to the given time. */
  public <T> T await(Duration timeout, ExpectedCondition<T> condition) {
    return waitUpTo(timeout).until(condition);
  }

  /**
   * A wait that ignores elements replaced by Ajax while it looks, and saves a screenshot named
   * {@code timeout-N} before it gives up, so that a failed page test shows what the page showed.
   */
  private FluentWait<WebDriver> waitUpTo(Duration timeout) {
    return new WebDriverWait(driver, timeout) {
      @Override
      protected RuntimeException timeoutException(String message, Throwable lastException) {
        screenshot("timeout-" + TIMEOUTS.incrementAndGet());
        return super.timeoutException(message, lastException);
      }
    }.ignoring(StaleElementReferenceException.class);
  }

  /** Waits until PrimeFaces has no Ajax request queued or running. */
  public Browser awaitAjax() {
    await(
        page ->
            (Boolean)
                ((JavascriptExecutor) page)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                            + " && (!window.jQuery || jQuery.active === 0);"));
    return this;
  }

  /** Types into a field, replacing what it held. */
  public Browser type(By by, String text) {
    WebElement field = find(by);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /**
   * Sets a long text into a field at once, as a paste would, and fires its change event; for texts
   * too long to type key by key.
   */
  public Browser paste(By by, String text) {
    WebElement field = find(by);
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            field,
            text);
    return this;
  }

  /** Zooms the page as the browser's zoom would, e.g. {@code 2} for 200 %. */
  public Browser zoom(double factor) {
    ((JavascriptExecutor) driver).executeScript("document.body.style.zoom = arguments[0]", factor);
    return this;
  }

  /** Presses Escape where the focus is, as a user closing a dialog would. */
  public Browser pressEscape() {
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    return this;
  }

  /** The visible text of the page body. */
  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Saves a screenshot as {@code target/screenshots/NAME.png}. */
  public void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
