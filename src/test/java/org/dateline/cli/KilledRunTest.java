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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code dateline run} with SIGKILL at several moments and checks that the output folder
 * holds either no tables or complete ones that agree with the manifest, that a killed run
 * leaves the previous complete reports intact, and that the next run resumes from the cache.
 */
@Tag("slow")
class KilledRunTest {

  static final List<String> TABLES = List.of("documents.csv", "terms_by_date.csv", "entities_by_date.csv",
      "sentiment_by_date.csv", "entity_sentiment_by_date.csv", "errors.csv", "keyness_by_date.csv", "bursts.csv",
      "cooccurrence_by_date.csv", "collocations.csv");
  static final Pattern DOCUMENTS = Pattern.compile("\"documents\": (\\d+)");
  static final Pattern CACHE = Pattern.compile("annotation cache .*: (\\d+) found, (\\d+) annotated");

  @TempDir Path dir;

  @Test
  void aKilledRunLeavesNoTablesOrCompleteOnesAndTheNextRunResumes() throws Exception {
    Path corpus = writeCorpus(dir.resolve("corpus.jsonl"), 6000, 42, "Record");
    Path out = dir.resolve("reports");

    // Killed while annotating, before any report exists: no tables at all.
    Process first = start(out, "first", corpus);
    awaitFirstCommit(out.resolve(".cache/annotations.db"), first);
    kill(first);
    checkReports(out, false);
    assertTrue(Files.exists(out.resolve(".cache/annotations.db")));

    // The next run finds what the killed run annotated.
    Process complete = start(out, "complete", corpus);
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

    // Killed at each stage of a re-run, each observed before the kill so that the kill lands
    // there however fast or loaded the machine: the previous complete reports stay, or the new
    // complete ones (the same bytes: same input) replace them.
    Path cache = out.resolve(".cache/annotations.db");
    Path wal = out.resolve(".cache/annotations.db-wal");

    // While the JVM starts and parses the command line.
    Process p = start(out, "kill-starting", corpus);
    kill(p);
    checkUnchanged(out, documents, terms);

    // Once the cache is open and the run reads from it (SQLite makes its write-ahead log when a
    // connection opens the file and removes it when the last one closes).
    committed(cache);
    assertTrue(Files.notExists(wal), "a write-ahead log left over: " + wal);
    p = start(out, "kill-reading", corpus);
    await(p, "open the cache", () -> Files.exists(wal));
    kill(p);
    checkUnchanged(out, documents, terms);

    // While it annotates records the cache lacks (an extra file of new ones): once some are
    // committed.
    long before = committed(cache);
    Path extra = writeCorpus(dir.resolve("extra.jsonl"), 3000, 7, "Extra");
    p = start(out, "kill-annotating", corpus, extra);
    await(p, "commit new annotations", () -> committed(cache) > before);
    kill(p);
    checkUnchanged(out, documents, terms);

    // While it writes the reports into the staging folder: as soon as the folder exists, and
    // once it holds a finished table; in both, the old manifest is still in place.
    for (int files : new int[] {0, 1}) {
      p = start(out, "kill-writing-" + files, corpus);
      await(p, "stage " + files + " files", () -> stagedFiles(out) >= files && Files.exists(out.resolve("manifest.json")));
      kill(p);
      checkUnchanged(out, documents, terms);
    }
  }

  private static void checkUnchanged(Path out, byte[] documents, byte[] terms) throws IOException {
    checkReports(out, true);
    assertEquals(new String(documents, java.nio.charset.StandardCharsets.UTF_8),
        Files.readString(out.resolve("documents.csv")));
    assertEquals(new String(terms, java.nio.charset.StandardCharsets.UTF_8),
        Files.readString(out.resolve("terms_by_date.csv")));
  }

  /** Files in the run's staging folder; -1 while there is none. */
  private static long stagedFiles(Path out) {
    try (Stream<Path> entries = Files.list(out)) {
      List<Path> staging = entries.filter(e -> e.getFileName().toString().startsWith(".dateline-staging-")).toList();
      if (staging.isEmpty()) {
        return -1;
      }
      try (Stream<Path> staged = Files.list(staging.get(0))) {
        return staged.count();
      }
    } catch (IOException e) {
      // The folder went away between listing and reading (renamed into place): look again.
      return -1;
    }
  }

  /** A state of the running process, checked every few milliseconds. */
  private interface State {
    boolean reached();
  }

  /**
   * Waits until the run reaches {@code state}. Fails if the run ends first; the deadline only
   * keeps a hung run from stalling the build.
   */
  private static void await(Process p, String what, State state) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (!state.reached()) {
      assertTrue(p.isAlive(), "the run ended before it did " + what);
      assertTrue(System.nanoTime() < deadline, "the run did not " + what + " in 300 s");
      TimeUnit.MILLISECONDS.sleep(2);
    }
  }

  private Process start(Path out, String name, Path... inputs) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "org.dateline.cli.Main", "run", "--layers", "terms", "--threads", "2", "-o", out.toString()));
    for (Path input : inputs) {
      command.add(input.toString());
    }
    return new ProcessBuilder(command)
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
    expected.add("near_duplicates.csv");
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

  /** {@code records} distinct stories of random words; {@code label} and the seed keep corpora apart. */
  static Path writeCorpus(Path file, int records, long seed, String label) throws IOException {
    String[] words = ("the workers farmers of cooperative farm harvested rice autumn fields plant machine "
        + "overfulfilled plan quarter teachers students planted trees river bank new housing district "
        + "completed schedule delegation visited factory school hospital bridge steel iron coal power "
        + "station railway youth league exhibition science technology").split(" ");
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < records; i++) {
      sb.append("{\"id\": \"").append(label).append(i).append("\", \"date\": \"2024-")
          .append(String.format(java.util.Locale.ROOT, "%02d-%02d", 1 + i % 12, 1 + i % 28))
          .append("\", \"text\": \"").append(label).append(' ').append(i).append('.');
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
