package org.dateline.tools.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What a large dictionary costs a run: terms-only runs of one corpus from a warm annotation
 * cache, as whole processes of the launcher, without and with a dictionary of some thousands of
 * entries made from the corpus's own words (literal words, {@code prefix*} globs, globs with
 * {@code ?} and an inner {@code *}, two-word phrases), alternating, the order swapped every round.
 * The first, untimed run fills the cache and gives the words.
 */
public final class DictionaryBenchmark {

  /**
   * @param corpus the corpus to run over
   * @param launcher the dateline launcher
   * @param work folder for the dictionary, the outputs and, without {@code cache}, the cache
   * @param cache the annotation cache to use (warmed by the first run), or null for one in {@code work}
   * @param runs timed runs of each configuration
   * @param entries the dictionary's size
   */
  public record Settings(Path corpus, Path launcher, Path work, Path cache, int runs, int entries) {
    public Settings {
      Objects.requireNonNull(corpus, "corpus");
      Objects.requireNonNull(launcher, "launcher");
      Objects.requireNonNull(work, "work");
      if (runs < 1 || entries < 1) {
        throw new IllegalArgumentException("runs and entries must be at least 1");
      }
    }
  }

  private final Settings settings;
  private final Consumer<String> log;

  public DictionaryBenchmark(Settings settings, Consumer<String> log) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Warms the cache, writes the dictionary, then times the runs; returns them in the order run,
   * the second configuration being the one with the dictionary.
   */
  public List<PairedRuns.Run> run() throws IOException, InterruptedException {
    Files.createDirectories(settings.work());
    Path cache = settings.cache() != null ? settings.cache() : settings.work().resolve("cache.db");
    Path warm = settings.work().resolve("warm");
    PairedRuns.time(command(cache, warm, null), settings.work().resolve("warm.log"));
    Path dictionary = settings.work().resolve("bench-dictionary.csv");
    int written = writeDictionary(warm.resolve("terms_by_date.csv"), dictionary, settings.entries());
    log.accept("dictionary of " + written + " entries: " + dictionary);
    return PairedRuns.alternate(settings.runs(), settings.work(), "without", "with",
        (with, out) -> command(cache, out, with ? dictionary : null), log);
  }

  private List<String> command(Path cache, Path output, Path dictionary) {
    List<String> c = new ArrayList<>(List.of("sh", settings.launcher().toString(), "run", "-q", "--layers", "terms",
        "--no-report", "--cache", cache.toString(), "-o", output.toString()));
    if (dictionary != null) {
      c.add("--dictionary");
      c.add(dictionary.toString());
    }
    c.add(settings.corpus().toString());
    return c;
  }

  /**
   * Writes a two-column dictionary of {@code size} entries in 50 categories made from the terms
   * of {@code terms} (a terms_by_date.csv), most frequent first: of each five entries, two
   * literal words, one {@code prefix*}, one glob with {@code ?} or an inner {@code *}, one
   * two-word phrase. Returns the entries written.
   */
  static int writeDictionary(Path terms, Path out, int size) throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Reader r = Files.newBufferedReader(terms, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        counts.merge(rec.get("term"), Long.parseLong(rec.get("count")), Long::sum);
      }
    }
    List<String> words = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).filter(w -> w.indexOf(',') < 0 && w.indexOf('"') < 0).toList();
    if (words.size() < 2) {
      throw new IOException("too few terms in " + terms + " to make a dictionary");
    }
    Set<String> entries = new LinkedHashSet<>();
    int i = 0;
    int guard = 0;
    while (entries.size() < size && guard++ < size * 20) {
      String w = words.get(i % words.size());
      String v = words.get((i * 7 + 3) % words.size());
      String entry = switch (entries.size() % 5) {
        case 0, 1 -> w;
        case 2 -> w.length() > 4 ? w.substring(0, 4) + "*" : w + "*";
        case 3 -> w.length() > 3 ? w.charAt(0) + "?" + w.substring(2, w.length() - 1) + "*" : w + "?";
        default -> w + " " + v;
      };
      entries.add(entry);
      i++;
    }
    StringBuilder csv = new StringBuilder("category,entry\n");
    int n = 0;
    for (String e : entries) {
      csv.append("c").append(n++ % 50).append(',').append(e).append('\n');
    }
    Files.writeString(out, csv, StandardCharsets.UTF_8);
    return entries.size();
  }
}
