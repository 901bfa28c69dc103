package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code dateline run} with SIGKILL at several moments and checks that the output folder
 * holds either no tables or complete ones that agree with the manifest, that a killed run
 * leaves the previous complete reports intact, and that the next run resumes from the cache.
 */
class KilledRunTest {

  static final List<String> TABLES = List.of("documents.csv", "terms_by_date.csv", "entities_by_date.csv",
      "sentiment_by_date.csv", "entity_sentiment_by_date.csv", "errors.csv", "keyness_by_date.csv", "bursts.csv",
      "cooccurrence_by_date.csv", "collocations.csv");
  static final Pattern DOCUMENTS = Pattern.compile("\"documents\": (\\d+)");
  static final Pattern CACHE = Pattern.compile("annotation cache .*: (\\d+) found, (\\d+) annotated");

  @TempDir Path dir;

  @Test
  void aKilledRunLeavesNoTablesOrCompleteOnesAndTheNextRunResumes() throws Exception {
    Path corpus = writeCorpus(dir.resolve("corpus.jsonl"), 6000);
    Path out = dir.resolve("reports");

    // Killed while annotating, before any report exists: no tables at all.
    Process first = start(corpus, out, "first");
    awaitFirstCommit(out.resolve(".cache/annotations.db"), first);
    kill(first);
    checkReports(out, false);
    assertTrue(Files.exists(out.resolve(".cache/annotations.db")));

    // The next run finds what the killed run annotated.
    Process complete = start(corpus, out, "complete");
    assertTrue(complete.waitFor(180, TimeUnit.SECONDS));
    assertEquals(0, complete.exitValue(), Files.readString(dir.resolve("complete.err")));
    Matcher m = CACHE.matcher(Files.readString(dir.resolve("complete.out")));
    assertTrue(m.find(), Files.readString(dir.resolve("complete.out")));
    long found = Long.parseLong(m.group(1));
    long annotated = Long.parseLong(m.group(2));
    assertTrue(found > 0, "cache hits after the kill: " + m.group());
    assertEquals(6000, found + annotated);
    checkReports(out, true);
    byte[] documents = Files.readAllBytes(out.resolve("documents.csv"));
    byte[] terms = Files.readAllBytes(out.resolve("terms_by_date.csv"));

    // Killed at different moments of a re-run (loading, reading, aggregating, writing): the
    // previous complete reports stay, or the new complete ones replace them.
    for (int millis : new int[] {300, 900, 1500, 2100, 2700, 3300, 4000}) {
      Process p = start(corpus, out, "kill-" + millis);
      TimeUnit.MILLISECONDS.sleep(millis);
      kill(p);
      checkReports(out, true);
      assertEquals(new String(documents, java.nio.charset.StandardCharsets.UTF_8),
          Files.readString(out.resolve("documents.csv")));
      assertEquals(new String(terms, java.nio.charset.StandardCharsets.UTF_8),
          Files.readString(out.resolve("terms_by_date.csv")));
    }
  }

  private Process start(Path corpus, Path out, String name) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "org.dateline.cli.Main", "run", "--layers", "terms", "--threads", "2", "-o", out.toString(),
        corpus.toString())
        .redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile())
        .start();
  }

  /**
   * Waits until the run has committed its first annotations (32 of 6,000 records), so the kill
   * lands while it is annotating, however fast the machine.
   */
  private static void awaitFirstCommit(Path cache, Process p) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (committed(cache) == 0) {
      assertTrue(p.isAlive() && System.nanoTime() < deadline, "the run never committed an annotation to " + cache);
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  /** Entries committed to the cache so far; 0 while it does not exist yet. */
  private static long committed(Path cache) {
    if (!Files.exists(cache)) {
      return 0;
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cache);
        java.sql.Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM annotation")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (java.sql.SQLException e) {
      // Not created yet, or busy: look again.
      return 0;
    }
  }

  private static void kill(Process p) throws InterruptedException {
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
  }

  /**
   * Either no table and no manifest, or a manifest with every table beside it, each parsing
   * to its last record and documents.csv holding as many rows as the manifest counts.
   */
  static void checkReports(Path out, boolean mustBeComplete) throws IOException {
    List<String> present = new ArrayList<>();
    if (Files.isDirectory(out)) {
      try (Stream<Path> files = Files.list(out)) {
        files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().forEach(present::add);
      }
    }
    if (!mustBeComplete && present.isEmpty()) {
      return;
    }
    List<String> expected = new ArrayList<>(TABLES);
    expected.add("manifest.json");
    expected.add("report.html");
    assertEquals(expected.stream().sorted().toList(), present);
    long rows = 0;
    for (String table : TABLES) {
      long n = parse(out.resolve(table));
      if (table.equals("documents.csv")) {
        rows = n;
      }
    }
    Matcher m = DOCUMENTS.matcher(Files.readString(out.resolve("manifest.json")));
    assertTrue(m.find());
    assertEquals(Long.parseLong(m.group(1)), rows);
    assertEquals(6000, rows);
  }

  private static long parse(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv);
        CSVParser parser = CSVParser.builder().setReader(r)
            .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
      long n = 0;
      for (CSVRecord record : parser) {
        assertTrue(record.isConsistent(), csv + " record " + record.getRecordNumber());
        n++;
      }
      return n;
    }
  }

  static Path writeCorpus(Path file, int records) throws IOException {
    String[] words = ("the workers farmers of cooperative farm harvested rice autumn fields plant machine "
        + "overfulfilled plan quarter teachers students planted trees river bank new housing district "
        + "completed schedule delegation visited factory school hospital bridge steel iron coal power "
        + "station railway youth league exhibition science technology").split(" ");
    Random random = new Random(42);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < records; i++) {
      sb.append("{\"id\": \"s").append(i).append("\", \"date\": \"2024-")
          .append(String.format(java.util.Locale.ROOT, "%02d-%02d", 1 + i % 12, 1 + i % 28))
          .append("\", \"text\": \"Record ").append(i).append('.');
      for (int s = 0; s < 12; s++) {
        sb.append(' ');
        for (int w = 0; w < 20; w++) {
          sb.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        sb.append('.');
      }
      sb.append("\"}\n");
    }
    return Files.writeString(file, sb);
  }
}
