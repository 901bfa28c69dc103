package org.dateline.tools.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.aggregate.DocumentRow;
import org.dateline.aggregate.TopicDocuments;
import org.dateline.aggregate.TopicSettings;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Engine;
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
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.ProgressListener;
import org.dateline.pipeline.RunResult;

/**
 * The topic model side by side with MALLET 2.0.8 run as a separate program, on the documents a
 * run keeps (after dedup and the language filter, dated). MALLET fits them twice for each seed:
 * on the same token streams as dateline (a run's terms, pruned as a run prunes them), which
 * compares the samplers; and on the documents' texts as researchers import them ({@code
 * import-dir --keep-sequence --remove-stopwords}), which compares what a researcher gets from a
 * run with what they get from exporting the texts to MALLET. Every fit is scored by one reference
 * computation ({@link TopicReference}: mean NPMI of each topic's top 10 words, and topic
 * diversity, the share of distinct words among every topic's top 25) and timed as tokens sampled
 * per second.
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

  /** The system names of the results. */
  static final String DATELINE = "dateline";
  static final String MALLET_TERMS = "MALLET, terms";
  static final String MALLET_TEXTS = "MALLET, texts";

  static final int NPMI_WORDS = 10;
  static final int DIVERSITY_WORDS = 25;
  private static final Pattern MALLET_TOKENS = Pattern.compile("total tokens: (\\d+)");
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
    Documents documents = documents();
    TopicCorpus corpus = documents.modelled();
    log.accept(corpus.size() + " documents, " + corpus.vocabulary().size() + " terms, " + corpus.tokens() + " tokens");
    Path docs = settings.work().resolve("topic-documents.txt");
    writeDocuments(corpus, docs);
    List<Result> out = new ArrayList<>();
    Path terms = null;
    Path texts = null;
    if (settings.malletClasspath() != null) {
      terms = settings.work().resolve("topic-documents.mallet");
      // The terms are a run's (stopwords already out, pruned); MALLET keeps them as they are.
      runMallet("import of the terms", List.of("cc.mallet.classify.tui.Csv2Vectors", "--input", docs.toString(),
          "--output", terms.toString(), "--keep-sequence", "--token-regex", "\\S+"));
      Path folder = settings.work().resolve("topic-texts");
      writeTexts(documents.texts(), folder);
      texts = settings.work().resolve("topic-texts.mallet");
      runMallet("import of the texts", List.of("cc.mallet.classify.tui.Text2Vectors", "--input", folder.toString(),
          "--output", texts.toString(), "--keep-sequence", "--remove-stopwords", "--encoding", "UTF-8"));
    }
    for (long seed : settings.seeds()) {
      out.add(dateline(corpus, documents.reference(), seed));
      if (terms != null) {
        out.add(mallet(MALLET_TERMS, documents.reference(), terms, seed, corpus.tokens()));
        out.add(mallet(MALLET_TEXTS, documents.reference(), texts, seed, -1));
      }
    }
    return out;
  }

  /**
   * The run's documents: as modelled (pruned term ids), as the scoring reference, and their texts,
   * all in the modelled order.
   */
  record Documents(TopicCorpus modelled, TopicCorpus reference, List<String> texts) {}

  /**
   * Keeps the text of each article annotated, by id: the texts the run's terms come from. A text
   * split for annotation comes in pieces, one after the other on one thread; they are joined.
   */
  private static final class TextRecorder implements Annotator {
    private final Annotator delegate;
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    TextRecorder(Annotator delegate) {
      this.delegate = delegate;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
      texts.merge(article.id(), article.text(), (a, b) -> a + "\n" + b);
      return delegate.annotate(article);
    }

    @Override
    public AnnotatorSettings settings() {
      return delegate.settings();
    }

    @Override
    public Engine engine() {
      return delegate.engine();
    }
  }

  private Documents documents() throws IOException {
    AnnotatorSettings terms = AnnotatorSettings.defaults().withLayers(Layers.TERMS);
    PipelineConfig config = PipelineConfig.defaults().withThreads(settings.threads());
    config = config.withAggregate(config.aggregate().withTopics(TopicSettings.of(settings.topics())));
    log.accept("reading and tokenising " + settings.corpus() + "...");
    RunResult result;
    TextRecorder recorder;
    if (settings.cache() != null) {
      try (AnnotationCache cache = AnnotationCache.open(settings.cache())) {
        recorder = new TextRecorder(new CachingAnnotator(cache, terms, CoreNlpAnnotator.ENGINE, CoreNlpFingerprint::of,
            () -> new CoreNlpAnnotator(terms, true)));
        result = new Pipeline(config, recorder, new LinguaLanguageIdentifier(), ProgressListener.NONE)
            .run(List.of(settings.corpus()));
      }
    } else {
      recorder = new TextRecorder(new CoreNlpAnnotator(terms, true));
      result = new Pipeline(config, recorder, new LinguaLanguageIdentifier(), ProgressListener.NONE)
          .run(List.of(settings.corpus()));
    }
    List<String> inputOrder = result.documents().stream().map(DocumentRow::docId).toList();
    TopicDocuments topicDocuments = result.tables().topicDocuments();
    TopicCorpus modelled = TopicCorpus.of(topicDocuments, inputOrder);
    List<List<String>> runTerms = new ArrayList<>();
    for (TopicDocuments.Document d : topicDocuments.inOrder(inputOrder)) {
      List<String> words = new ArrayList<>(d.terms().length);
      for (int w : d.terms()) {
        words.add(topicDocuments.word(w));
      }
      runTerms.add(words);
    }
    List<String> texts = new ArrayList<>(modelled.size());
    List<String> ids = new ArrayList<>(modelled.size());
    List<LocalDate> dates = new ArrayList<>(modelled.size());
    for (int d = 0; d < modelled.size(); d++) {
      String text = recorder.texts.get(modelled.docId(d));
      if (text == null) {
        throw new IllegalStateException("no text was annotated for document " + modelled.docId(d));
      }
      texts.add(text);
      ids.add(modelled.docId(d));
      dates.add(modelled.date(d));
    }
    return new Documents(modelled, TopicReference.of(ids, dates, runTerms, texts), texts);
  }

  /** One file per document, named by its place in the modelled order, as {@code import-dir} reads them. */
  static void writeTexts(List<String> texts, Path folder) throws IOException {
    Files.createDirectories(folder);
    // import-dir reads every file in the folder: an earlier bench's are replaced, others refused
    List<Path> earlier;
    try (var files = Files.list(folder)) {
      earlier = files.sorted().toList();
    }
    for (Path p : earlier) {
      if (!p.getFileName().toString().matches("d\\d{6}\\.txt")) {
        throw new IOException(folder + " holds " + p.getFileName()
            + ", which the bench did not write and MALLET would import; use another --work folder");
      }
    }
    for (Path p : earlier) {
      Files.delete(p);
    }
    for (int d = 0; d < texts.size(); d++) {
      Files.writeString(folder.resolve(String.format(Locale.ROOT, "d%06d.txt", d)), texts.get(d),
          StandardCharsets.UTF_8);
    }
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

  private Result dateline(TopicCorpus corpus, TopicCorpus reference, long seed) {
    log.accept("dateline, seed " + seed + "...");
    long t0 = System.nanoTime();
    TopicModel model = TopicModel.fit(corpus, new TopicSettings(settings.topics(), settings.iterations(), seed,
        DIVERSITY_WORDS), settings.threads());
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<List<String>> words = model.topics().stream().map(TopicRow::words).toList();
    return score(DATELINE, seed, reference, corpus.tokens(), words, seconds);
  }

  /**
   * @param tokens the tokens MALLET samples, or -1 to read them from its output
   */
  private Result mallet(String system, TopicCorpus reference, Path imported, long seed, long tokens)
      throws IOException, InterruptedException {
    Path keys = settings.work().resolve("mallet-keys-" + (system.equals(MALLET_TEXTS) ? "texts-" : "") + seed + ".txt");
    long t0 = System.nanoTime();
    String output = runMallet("train (" + system + "), seed " + seed, List.of("cc.mallet.topics.tui.TopicTrainer",
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
    return score(system, seed, reference, tokens >= 0 ? tokens : malletTokens(output), words,
        Double.isNaN(seconds) ? wall : seconds);
  }

  /** The tokens MALLET says it loaded ("total tokens: N"), or 0 when it printed none. */
  static long malletTokens(String output) {
    Matcher m = MALLET_TOKENS.matcher(output);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
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

  /** Both measures over the reference documents. */
  static Result score(String system, long seed, TopicCorpus corpus, long tokens, List<List<String>> topWords,
      double seconds) {
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
    return new Result(system, seed, corpus.size(), tokens, seconds, npmi, TopicMeasures.diversity(top25));
  }
}
