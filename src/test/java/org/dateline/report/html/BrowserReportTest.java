package org.dateline.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.dateline.report.CsvReportWriter;
import org.dateline.report.ExternalPrograms;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens report.html in headless Chromium (Debian's chromium and chromium-driver packages) and
 * checks that it runs without errors and draws every chart. Skipped where no browser or driver
 * is installed, unless CI=true, where that fails it.
 */
@Tag("external")
class BrowserReportTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path dir;

  @Test
  void thePageDrawsEveryChartWithoutErrors() throws Exception {
    ExternalPrograms.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "no /usr/bin/chromium or /usr/bin/chromedriver: apt-get install chromium chromium-driver");
    Path out = ReportFixture.run(dir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1100,3000", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.get(out.resolve(HtmlReport.FILE_NAME).toUri().toString());

      // Saving a chart as PNG must run too; headless Chromium drops the download itself.
      driver.findElement(By.cssSelector("#card-entities button.save")).click();
      assertEquals(List.of(), severe(driver), "console errors");

      List<WebElement> charts = driver.findElements(By.cssSelector("div.chart"));
      // terms, entities, documents, sentiment, entity sentiment, and the bursts of the chosen period
      assertEquals(6, charts.size(), "charts on the page");
      for (WebElement chart : charts) {
        long painted = painted(driver, chart);
        assertTrue(painted > 1000, chart.getAttribute("id") + " drew " + painted + " pixels");
      }

      List<String> legend = new ArrayList<>();
      for (WebElement label : driver.findElements(By.cssSelector("#chart-entities .u-legend .u-series .u-label"))) {
        legend.add(label.getText());
      }
      List<String> top = topEntities(out);
      assertEquals(top, legend.subList(1, 4), "legend " + legend);

      // The entity-sentiment chart follows its table: rewritten by hand (all of its columns, as
      // the page refuses a table without them), the page redrawn.
      Files.writeString(out.resolve(CsvReportWriter.ENTITY_SENTIMENT_FILE),
          "period,entity,type,engine,mentions,sentences,mean,ci_low,ci_high,negative,neutral,positive\r\n"
              + "2024-01-01,Kim Jong Un,PERSON,corenlp,20,20,0.5,0.3,0.7,0,10,10\r\n"
              + "2024-04-01,Kim Jong Un,PERSON,corenlp,24,24,0.1,-0.2,0.4,6,12,6\r\n"
              + "2024-04-01,Seoul,LOCATION,corenlp,24,24,-0.5,-0.7,-0.3,12,12,0\r\n");
      HtmlReport.write(out);
      driver.navigate().refresh();
      assertEquals(List.of(), severe(driver), "console errors with entity sentiment");
      assertEquals(6, driver.findElements(By.cssSelector("div.chart")).size());
      assertTrue(painted(driver, driver.findElement(By.id("chart-entity-sentiment"))) > 1000);
      assertEquals(List.of("Kim Jong Un (corenlp)", "Seoul (corenlp)"), driver.findElements(
          By.cssSelector("#chart-entity-sentiment .u-legend .u-series .u-label")).stream().skip(1)
          .map(WebElement::getText).toList());

      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Path target = Files.createDirectories(Path.of("target"));
      Files.copy(shot, target.resolve("report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
      assertTrue(Files.size(target.resolve("report-screenshot.png")) > 10_000);
    } finally {
      driver.quit();
    }
  }

  /** Console messages at warning level or above since the last call. */
  private static List<String> severe(ChromeDriver driver) {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
        errors.add(e.getMessage());
      }
    }
    return errors;
  }

  /** Pixels of the chart's canvas that are not transparent. */
  private static long painted(ChromeDriver driver, WebElement chart) {
    Object n = ((JavascriptExecutor) driver).executeScript(
        "var c = arguments[0].querySelector('canvas'); if (!c) { return 0; }"
            + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
            + "for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } } return n;", chart);
    return ((Number) n).longValue();
  }

  /** The three entities with the most mentions over the run, read from entities_by_date.csv. */
  private static List<String> topEntities(Path out) throws Exception {
    CsvTable t = CsvTable.read(out, "entities_by_date.csv").orElseThrow();
    java.util.Map<String, Long> sums = new java.util.TreeMap<>();
    for (List<String> r : t.rows()) {
      sums.merge(r.get(t.column("entity")), Long.parseLong(r.get(t.column("count"))), Long::sum);
    }
    return sums.entrySet().stream()
        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(3).map(java.util.Map.Entry::getKey).toList();
  }
}
