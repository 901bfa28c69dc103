package org.dateline.tools.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.aggregate.DocumentRow;
import org.dateline.aggregate.TopicSettings;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.cache.AnnotationCache;
import org.dateline.annotate.cache.CachingAnnotator;
import org.dateline.annotate.corenlp.CoreNlpAnnotator;
import org.dateline.annotate.corenlp.CoreNlpFingerprint;
import org.dateline.analysis.topics.TopicCorpus;
import org.dateline.analysis.topics.TopicMeasures;
import org.dateline.analysis.topics.TopicModel;
import org.dateline.analysis.topics.TopicRow;
import org.dateline.clean.LinguaLanguageIdentifier;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.ProgressListener;
import org.dateline.pipeline.RunResult;

/**
 * The topic model side by side with MALLET 2.0.8 run as a separate program: the same tokenised
 * documents (a run's terms, pruned as a run prunes them) go to both; each fits K topics for the
 * same iterations with each seed; both are scored by one reference computation over those
 * documents (mean NPMI of each topic's top 10 words, and topic diversity: the share of distinct
 * words among every topic's top 25), and timed as tokens sampled per second.
 *
 * <p>MALLET is never on this program's class path: it runs in its own JVM from a class path the
 * user gives (its jar and its dependencies), only when given.
 */
public final class TopicBenchmark {

  /**
   * @param corpus the corpus to read (as {@code run} reads it, terms layer)
   * @param cache an annotation cache to read and fill, or null
   * @param malletClasspath MALLET's jar and dependencies, or null to time dateline only
   */
  public record Settings(Path corpus, int topics, int iterations, List<Long> seeds, int threads, Path work,
      Path cache, String malletClasspath) {
    public Settings {
      Objects.requireNonNull(corpus, "corpus");
      seeds = List.copyOf(seeds);
      Objects.requireNonNull(work, "work");
    }
  }

  /** One fit. */
  public record Result(String system, long seed, int documents, long tokens, double seconds, double npmi,
      double diversity) {
    /** Tokens sampled per second: tokens modelled times iterations over the fit's time. */
    public double tokensPerSecond(int iterations) {
      return tokens * (double) iterations / seconds;
    }
  }

  static final int NPMI_WORDS = 10;
  static final int DIVERSITY_WORDS = 25;
  private static final Pattern MALLET_TOTAL = Pattern.compile(
      "Total time:\\s*(?:(\\d+) days )?(?:(\\d+) hours )?(?:(\\d+) minutes )?(\\d+) seconds");

  private final Settings settings;
  private final Consumer<String> log;

  public TopicBenchmark(Settings settings, Consumer<String> log) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.log = Objects.requireNonNull(log, "log");
  }

  public List<Result> run() throws IOException, InterruptedException {
    Files.createDirectories(settings.work());
    TopicCorpus corpus = documents();
    log.accept(corpus.size() + " documents, " + corpus.vocabulary().size() + " terms, " + corpus.tokens() + " tokens");
    Path docs = settings.work().resolve("topic-documents.txt");
    writeDocuments(corpus, docs);
    List<Result> out = new ArrayList<>();
    Path imported = null;
    if (settings.malletClasspath() != null) {
      imported = settings.work().resolve("topic-documents.mallet");
      // The terms are a run's (stopwords already out, pruned); MALLET keeps them as they are.
      runMallet("import", List.of("cc.mallet.classify.tui.Csv2Vectors", "--input", docs.toString(),
          "--output", imported.toString(), "--keep-sequence", "--token-regex", "\\S+"));
    }
    for (long seed : settings.seeds()) {
      out.add(dateline(corpus, seed));
      if (imported != null) {
        out.add(mallet(corpus, imported, seed));
      }
    }
    return out;
  }

  private TopicCorpus documents() throws IOException {
    AnnotatorSettings terms = AnnotatorSettings.defaults().withLayers(Layers.TERMS);
    PipelineConfig config = PipelineConfig.defaults().withThreads(settings.threads());
    config = config.withAggregate(config.aggregate().withTopics(TopicSettings.of(settings.topics())));
    log.accept("reading and tokenising " + settings.corpus() + "...");
    RunResult result;
    if (settings.cache() != null) {
      try (AnnotationCache cache = AnnotationCache.open(settings.cache())) {
        Annotator annotator = new CachingAnnotator(cache, terms, CoreNlpAnnotator.ENGINE, CoreNlpFingerprint::of,
            () -> new CoreNlpAnnotator(terms, true));
        result = new Pipeline(config, annotator, new LinguaLanguageIdentifier(), ProgressListener.NONE)
            .run(List.of(settings.corpus()));
      }
    } else {
      result = new Pipeline(config, new CoreNlpAnnotator(terms, true), new LinguaLanguageIdentifier(),
          ProgressListener.NONE).run(List.of(settings.corpus()));
    }
    return TopicCorpus.of(result.tables().topicDocuments(), result.documents().stream().map(DocumentRow::docId).toList());
  }

  private static void writeDocuments(TopicCorpus corpus, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int d = 0; d < corpus.size(); d++) {
        w.write("d" + d + " x");
        for (int word : corpus.document(d)) {
          w.write(' ');
          w.write(corpus.vocabulary().get(word));
        }
        w.write('\n');
      }
    }
  }

  private Result dateline(TopicCorpus corpus, long seed) {
    log.accept("dateline, seed " + seed + "...");
    long t0 = System.nanoTime();
    TopicModel model = TopicModel.fit(corpus, new TopicSettings(settings.topics(), settings.iterations(), seed,
        DIVERSITY_WORDS), settings.threads());
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<List<String>> words = model.topics().stream().map(TopicRow::words).toList();
    return score("dateline", seed, corpus, words, seconds);
  }

  private Result mallet(TopicCorpus corpus, Path imported, long seed) throws IOException, InterruptedException {
    Path keys = settings.work().resolve("mallet-keys-" + seed + ".txt");
    long t0 = System.nanoTime();
    String output = runMallet("train, seed " + seed, List.of("cc.mallet.topics.tui.TopicTrainer",
        "--input", imported.toString(), "--num-topics", Integer.toString(settings.topics()),
        "--num-iterations", Integer.toString(settings.iterations()), "--optimize-interval", "10",
        "--random-seed", Long.toString(seed), "--num-threads", Integer.toString(settings.threads()),
        "--num-top-words", Integer.toString(DIVERSITY_WORDS), "--output-topic-keys", keys.toString()));
    double wall = (System.nanoTime() - t0) / 1e9;
    double seconds = malletSeconds(output);
    List<List<String>> words = new ArrayList<>();
    for (String line : Files.readAllLines(keys, StandardCharsets.UTF_8)) {
      String[] parts = line.split("\t");
      if (parts.length >= 3) {
        words.add(List.of(parts[2].trim().split(" +")));
      }
    }
    return score("MALLET 2.0.8", seed, corpus, words, Double.isNaN(seconds) ? wall : seconds);
  }

  /** MALLET's own "Total time" (whole seconds), or NaN when it printed none. */
  static double malletSeconds(String output) {
    Matcher m = MALLET_TOTAL.matcher(output);
    if (!m.find()) {
      return Double.NaN;
    }
    double s = Long.parseLong(m.group(4));
    if (m.group(3) != null) s += 60.0 * Long.parseLong(m.group(3));
    if (m.group(2) != null) s += 3600.0 * Long.parseLong(m.group(2));
    if (m.group(1) != null) s += 86400.0 * Long.parseLong(m.group(1));
    return s;
  }

  private String runMallet(String what, List<String> args) throws IOException, InterruptedException {
    log.accept("MALLET " + what + "...");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-cp", settings.malletClasspath()));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("MALLET " + what + " failed (exit " + p.exitValue() + "): " + output);
    }
    return output;
  }

  /** Both measures over the same reference documents. */
  static Result score(String system, long seed, TopicCorpus corpus, List<List<String>> topWords, double seconds) {
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < corpus.vocabulary().size(); i++) {
      ids.put(corpus.vocabulary().get(i), i);
    }
    double npmi = 0;
    for (List<String> words : topWords) {
      List<String> top = words.subList(0, Math.min(NPMI_WORDS, words.size()));
      // a word the reference does not hold occurs in no document: its pairs score -1
      int[] wordIds = top.stream().mapToInt(w -> ids.getOrDefault(w, -1)).filter(i -> i >= 0).toArray();
      int missing = top.size() - wordIds.length;
      double mean = TopicMeasures.coherence(corpus, wordIds);
      int pairs = top.size() * (top.size() - 1) / 2;
      int present = wordIds.length * (wordIds.length - 1) / 2;
      npmi += missing == 0 ? mean : ((present == 0 ? 0 : mean * present) - (pairs - present)) / pairs;
    }
    npmi /= topWords.size();
    List<List<String>> top25 = topWords.stream().map(w -> w.subList(0, Math.min(DIVERSITY_WORDS, w.size()))).toList();
    return new Result(system, seed, corpus.size(), corpus.tokens(), seconds, npmi, TopicMeasures.diversity(top25));
  }
}
