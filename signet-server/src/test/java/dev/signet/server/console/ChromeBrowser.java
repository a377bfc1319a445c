package dev.signet.server.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}, with a
 * fresh profile, and the few helpers the console's browser tests need (type, click, wait,
 * full-page screenshot). Missing packages fail the test with the command that installs them.
 */
final class ChromeBrowser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final int WIDTH = 1280;
    private final ChromeDriver driver;
    private final Path profile;

    private ChromeBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium with {@code extraArguments}; fails (never skips) when it is not installed. */
    static ChromeBrowser start(String... extraArguments) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("The console browser tests need headless Chromium: " + CHROMIUM + " and "
                    + CHROMEDRIVER + " are missing. Run .ci/run (it installs the Debian packages chromium and "
                    + "chromium-driver), or: apt-get install -y chromium chromium-driver");
        }
        try {
            Path profile = Files.createTempDirectory("signet-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + profile, "--window-size=" + WIDTH + ",900", "--lang=en-US");
            options.addArguments(extraArguments);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new ChromeBrowser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement find(String css) {
        return waitFor(() -> driver.findElements(By.cssSelector(css)).stream().findFirst().orElse(null), css);
    }

    void type(String css, String value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(value);
    }

    void click(String css) {
        find(css).click();
    }

    /** Waits up to 30 s for the page text to contain {@code text}. */
    void waitForText(String text) {
        waitFor(() -> {
            try {
                return text().contains(text) ? Boolean.TRUE : null;
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                return null; // between two pages: no body yet
            }
        }, "text '" + text + "'");
    }

    void waitForUrl(String prefix) {
        waitFor(() -> url().startsWith(prefix) ? Boolean.TRUE : null, "URL " + prefix);
    }

    Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    /** A screenshot of the whole page (the window grows to the page's height, at most 2400 px). */
    void screenshot(Path file) {
        Number height = (Number) script("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(WIDTH, Math.min(2400, Math.max(700, height.intValue() + 20))));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(WIDTH, 900));
        }
    }

    private static <T> T waitFor(Supplier<T> probe, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
