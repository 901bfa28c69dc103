package org.dateline.tools.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dateline.aggregate.CorpusTables;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.cache.AnnotationCache;
import org.dateline.annotate.cache.CachingAnnotator;
import org.dateline.annotate.corenlp.CoreNlpAnnotator;
import org.dateline.annotate.corenlp.CoreNlpFingerprint;
import org.dateline.annotate.corenlp.CoreNlpBaseline;
import org.dateline.clean.Deduplicator;
import org.dateline.clean.GluedNames;
import org.dateline.clean.LinguaLanguageIdentifier;
import org.dateline.clean.RecordCleaner;
import org.dateline.corpus.CorpusReader;
import org.dateline.corpus.LoadOptions;
import org.dateline.corpus.RecordSink;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;
import org.dateline.model.Problem;
import org.dateline.model.SentimentEngineId;
import org.dateline.pipeline.Counter;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.ProgressListener;
import org.dateline.pipeline.RunResult;
import org.dateline.analysis.Reference;
import org.dateline.report.ResearchOptions;
import org.dateline.report.RunReports;

/**
 * Measures, side by side in one JVM and on the same texts, CoreNLP's own pipeline with
 * default and with tuned properties against ours on 1 and N threads, with a cold and a warm
 * annotation cache, and terms only. Every configuration gets the same JVM settings, so their
 * ratios hold even on a busy machine, where absolute times do not.
 */
public final class Benchmark {

  /**
   * @param corpus a file or folder of articles
   * @param stories how many articles (with text) to use, from the start of the corpus
   * @param defaultStories how many of them CoreNLP with default properties gets: it runs at
   *     tens of tokens per second, and its PCFG parser runs out of memory on the longest
   *     sentences, so it gets only the first few
   * @param threads the thread count of the parallel configurations
   * @param work a folder for the temporary corpus, cache and reports
   * @param researchOnly run only the entities runs without and with the research tables
   */
  public record Settings(Path corpus, int stories, int defaultStories, int threads, Path work, boolean researchOnly) {
    public Settings {
      Objects.requireNonNull(corpus, "corpus");
      Objects.requireNonNull(work, "work");
      if (stories < 1 || defaultStories < 0 || threads < 1) {
        throw new IllegalArgumentException("stories and threads must be at least 1, defaultStories at least 0");
      }
    }
  }

  private final Settings settings;
  private final Consumer<String> log;

  public Benchmark(Settings settings, Consumer<String> log) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.log = Objects.requireNonNull(log, "log");
  }

  /** Runs every configuration; returns the measurements in the order run. */
  public List<Measurement> run() throws IOException {
    List<Article> articles = loadArticles();
    List<String> texts = articles.stream().map(Article::text).toList();
    Files.createDirectories(settings.work());
    Path corpusFile = settings.work().resolve("bench-corpus.jsonl");
    writeJsonl(articles, corpusFile);
    List<Measurement> out = new ArrayList<>();
    AnnotatorSettings full = AnnotatorSettings.defaults();
    if (settings.researchOnly()) {
      out.addAll(measureResearchTables(full, corpusFile));
      Files.deleteIfExists(corpusFile);
      return out;
    }

    if (settings.defaultStories() > 0) {
      log.accept("loading CoreNLP with default properties...");
      CoreNlpBaseline defaults = CoreNlpBaseline.create(CoreNlpBaseline.Kind.DEFAULT, AnnotatorSettings.defaults());
      List<String> few = texts.subList(0, Math.min(settings.defaultStories(), texts.size()));
      out.add(measure("corenlp-default 1 thread (first " + few.size() + ")", few.size(),
          () -> defaults.annotate(few, 1)));
      CoreNlpBaseline.releaseModels();
      System.gc();
    }

    log.accept("loading the tuned models...");
    CoreNlpBaseline tuned = CoreNlpBaseline.create(CoreNlpBaseline.Kind.TUNED, full);
    Annotator ours = new CoreNlpAnnotator(full, true);
    // The JIT compiles the annotators' hot paths during the first documents; every
    // configuration below runs on warmed code.
    tuned.annotate(texts.subList(0, Math.min(10, texts.size())), 1);

    out.add(measure("corenlp-tuned 1 thread", texts.size(), () -> tuned.annotate(texts, 1)));
    out.add(measure("corenlp-tuned " + settings.threads() + " threads", texts.size(),
        () -> tuned.annotate(texts, settings.threads())));
    out.add(measurePipeline("dateline full 1 thread", ours, 1, corpusFile, null));
    out.add(measurePipeline("dateline full " + settings.threads() + " threads", ours, settings.threads(), corpusFile, null));

    Path cacheFile = settings.work().resolve("bench-cache.db");
    Files.deleteIfExists(cacheFile);
    try (AnnotationCache cache = AnnotationCache.open(cacheFile)) {
      out.add(measurePipeline("dateline cold cache " + settings.threads() + " threads",
          new CachingAnnotator(cache, full, CoreNlpAnnotator.ENGINE, CoreNlpFingerprint::of, () -> ours), settings.threads(), corpusFile, null));
    }
    try (AnnotationCache cache = AnnotationCache.open(cacheFile)) {
      CachingAnnotator warm = new CachingAnnotator(cache, full, CoreNlpAnnotator.ENGINE, CoreNlpFingerprint::of, () -> {
        throw new IllegalStateException("the warm run found a text missing from the cache");
      });
      out.add(measurePipeline("dateline warm cache " + settings.threads() + " threads", warm, settings.threads(),
          corpusFile, settings.work().resolve("reports-warm")));
      out.add(measureAggregation(warm, articles));
    }

    out.addAll(measureEngines(full, articles.get(0), corpusFile));

    Annotator terms = new CoreNlpAnnotator(full.withLayers(Layers.TERMS), true);
    out.add(measurePipeline("dateline terms-only " + settings.threads() + " threads", terms, settings.threads(), corpusFile, null));
    out.add(measure("annotate terms-only 1 thread", texts.size(), () -> {
      long n = 0;
      for (Article a : articles) {
        n += terms.annotate(a).tokenCount();
      }
      return n;
    }));
    out.addAll(measureResearchTables(full, corpusFile));
    Files.deleteIfExists(corpusFile);
    return out;
  }

  /**
   * Only the sentiment layer with one engine at a time ({@link #measureEngines}), for the ratio
   * of {@code --sentiment vader} to {@code --sentiment corenlp}.
   */
  public List<Measurement> runEngines() throws IOException {
    List<Article> articles = loadArticles();
    Files.createDirectories(settings.work());
    Path corpusFile = settings.work().resolve("bench-corpus.jsonl");
    writeJsonl(articles, corpusFile);
    List<Measurement> out = measureEngines(AnnotatorSettings.defaults(), articles.get(0), corpusFile);
    Files.deleteIfExists(corpusFile);
    return out;
  }

  /**
   * One engine each, same layers otherwise: what {@code --sentiment corenlp} and
   * {@code --sentiment vader} cost. After a warm-up of each, the timed runs go corenlp, vader,
   * vader, corenlp, so that drift in the machine's load falls on both alike; each row sums two.
   */
  private List<Measurement> measureEngines(AnnotatorSettings full, Article warmUp, Path corpusFile) throws IOException {
    int threads = settings.threads();
    Annotator coreNlpOnly = new CoreNlpAnnotator(full.withEngines(Set.of(SentimentEngineId.CORENLP)), true);
    Annotator vaderOnly = new CoreNlpAnnotator(full.withEngines(Set.of(SentimentEngineId.VADER)), true);
    coreNlpOnly.annotate(warmUp);
    vaderOnly.annotate(warmUp);
    String corenlp = "dateline sentiment corenlp " + threads + " threads";
    String vader = "dateline sentiment vader " + threads + " threads";
    Measurement c1 = measurePipeline(corenlp + " (1st)", coreNlpOnly, threads, corpusFile, null);
    Measurement v1 = measurePipeline(vader + " (1st)", vaderOnly, threads, corpusFile, null);
    Measurement v2 = measurePipeline(vader + " (2nd)", vaderOnly, threads, corpusFile, null);
    Measurement c2 = measurePipeline(corenlp + " (2nd)", coreNlpOnly, threads, corpusFile, null);
    return List.of(sum(corenlp + ", both", c1, c2), sum(vader + ", both", v1, v2));
  }

  /**
   * {@code --layers entities} runs, reports written, without and with the research tables (and
   * their counts): uncached, where annotation dominates, and from a warm cache, where only
   * reading, aggregation and reports remain.
   */
  private List<Measurement> measureResearchTables(AnnotatorSettings full, Path corpusFile) throws IOException {
    List<Measurement> out = new ArrayList<>();
    Annotator entities = new CoreNlpAnnotator(full.withLayers(Layers.ENTITIES), true);
    AnnotatorSettings entitySettings = entities.settings();
    ResearchOptions on = new ResearchOptions(ResearchOptions.DEFAULT_MIN_COUNT, Reference.REST, List.of(2, 3));
    int threads = settings.threads();
    Path off = settings.work().resolve("reports-entities-off");
    Path onDir = settings.work().resolve("reports-entities-on");
    Path cacheFile = settings.work().resolve("bench-entities-cache.db");
    Files.deleteIfExists(cacheFile);
    try (AnnotationCache cache = AnnotationCache.open(cacheFile)) {
      // Filling the cache is also the warm-up of the JIT and the models; the timed runs then go
      // A B B A, so that drift in the machine's load falls on both configurations alike.
      CachingAnnotator fill = new CachingAnnotator(cache, entitySettings, CoreNlpAnnotator.ENGINE, CoreNlpFingerprint::of, () -> entities);
      measurePipeline("fill the entities cache (warm-up)", fill, threads, corpusFile, null, ResearchOptions.off());
      Measurement a1 = measurePipeline(ENTITIES_WITHOUT + threads + " threads (1st)", entities, threads, corpusFile, off,
          ResearchOptions.off());
      Measurement b1 = measurePipeline(ENTITIES_WITH + threads + " threads (1st)", entities, threads, corpusFile, onDir, on);
      Measurement b2 = measurePipeline(ENTITIES_WITH + threads + " threads (2nd)", entities, threads, corpusFile, onDir, on);
      Measurement a2 = measurePipeline(ENTITIES_WITHOUT + threads + " threads (2nd)", entities, threads, corpusFile, off,
          ResearchOptions.off());
      out.add(sum(ENTITIES_WITHOUT + threads + " threads, both", a1, a2));
      out.add(sum(ENTITIES_WITH + threads + " threads, both", b1, b2));
      CachingAnnotator warm = new CachingAnnotator(cache, entitySettings, CoreNlpAnnotator.ENGINE, CoreNlpFingerprint::of, () -> {
        throw new IllegalStateException("the warm run found a text missing from the cache");
      });
      Measurement without = null;
      Measurement with = null;
      for (int round = 1; round <= 3; round++) {
        Measurement wa1 = measurePipeline(ENTITIES_WITHOUT + "warm cache", warm, threads, corpusFile, off,
            ResearchOptions.off());
        Measurement wb1 = measurePipeline(ENTITIES_WITH + "warm cache", warm, threads, corpusFile, onDir, on);
        Measurement wb2 = measurePipeline(ENTITIES_WITH + "warm cache", warm, threads, corpusFile, onDir, on);
        Measurement wa2 = measurePipeline(ENTITIES_WITHOUT + "warm cache", warm, threads, corpusFile, off,
            ResearchOptions.off());
        without = without == null ? sum(ENTITIES_WITHOUT + "warm cache, 6 runs", wa1, wa2) : sum(without.name(), without, sum("", wa1, wa2));
        with = with == null ? sum(ENTITIES_WITH + "warm cache, 6 runs", wb1, wb2) : sum(with.name(), with, sum("", wb1, wb2));
      }
      out.add(without);
      out.add(with);
    }
    return out;
  }

  private static Measurement sum(String name, Measurement x, Measurement y) {
    return new Measurement(name, x.documents() + y.documents(), x.tokens() + y.tokens(), x.nanos() + y.nanos(),
        Math.max(x.peakHeapBytes(), y.peakHeapBytes()));
  }

  /** Name prefixes of the research-table measurements, for the ratios the bench command prints. */
  public static final String ENTITIES_WITHOUT = "entities, no research tables, ";
  public static final String ENTITIES_WITH = "entities + research tables, ";

  private List<Article> loadArticles() throws IOException {
    // Duplicates would be dropped by our pipeline but not by CoreNLP's: all runs get the same texts.
    return distinctArticles(settings.corpus(), settings.stories(), null);
  }

  /**
   * The first {@code limit} distinct articles with text of {@code corpus}, cleaned as a run
   * cleans them (glued names split when {@code gluedNames} is given), in input order.
   */
  static List<Article> distinctArticles(Path corpus, int limit, GluedNames gluedNames) throws IOException {
    List<Article> articles = new ArrayList<>();
    RecordCleaner cleaner = new RecordCleaner(gluedNames);
    Deduplicator dedup = new Deduplicator();
    new CorpusReader(LoadOptions.defaults()).read(List.of(corpus), new RecordSink() {
      @Override
      public void accept(Article article) {
        if (articles.size() < limit && article.kind() == ArticleKind.ARTICLE) {
          RecordCleaner.Cleaned cleaned = cleaner.clean(article);
          if (!cleaned.empty() && dedup.offer(cleaned.article())) {
            articles.add(cleaned.article());
          }
        }
      }

      @Override
      public void problem(Problem problem) {}
    });
    if (articles.isEmpty()) {
      throw new IOException("no articles with text in " + corpus + "; give a corpus of articles with --corpus");
    }
    return articles;
  }

  private static void writeJsonl(List<Article> articles, Path file) throws IOException {
    JsonFactory json = new JsonFactory();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Article a : articles) {
        try (JsonGenerator g = json.createGenerator(w)) {
          g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
          g.writeStartObject();
          g.writeStringField("id", a.id());
          g.writeStringField("date", a.date() == null ? "" : a.date().toString());
          g.writeStringField("title", a.title() == null ? "" : a.title());
          g.writeStringField("text", a.text());
          g.writeEndObject();
        }
        w.write('\n');
      }
    }
  }

  private interface Timed {
    long tokens() throws IOException;
  }

  private Measurement measure(String name, long documents, Timed body) throws IOException {
    log.accept("running " + name + "...");
    List<MemoryPoolMXBean> pools = heapPools();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long t0 = System.nanoTime();
    long tokens = body.tokens();
    long nanos = System.nanoTime() - t0;
    long peak = 0;
    for (MemoryPoolMXBean p : pools) {
      peak += p.getPeakUsage().getUsed();
    }
    Measurement m = new Measurement(name, documents, tokens, nanos, peak);
    log.accept(String.format(java.util.Locale.ROOT, "  %.1f s, %.0f tokens/s", m.seconds(), m.tokensPerSecond()));
    return m;
  }

  private Measurement measurePipeline(String name, Annotator annotator, int threads, Path corpus, Path reports)
      throws IOException {
    return measurePipeline(name, annotator, threads, corpus, reports, ResearchOptions.defaults());
  }

  private Measurement measurePipeline(String name, Annotator annotator, int threads, Path corpus, Path reports,
      ResearchOptions research) throws IOException {
    PipelineConfig config = PipelineConfig.defaults().withThreads(threads);
    config = config.withAggregate(config.aggregate().withNgramSize(research.maxCollocationSize()));
    Pipeline pipeline = new Pipeline(config, annotator, new LinguaLanguageIdentifier(), ProgressListener.NONE);
    long[] docs = new long[1];
    Measurement m = measure(name, 0, () -> {
      RunResult r = pipeline.run(List.of(corpus));
      if (reports != null) {
        RunReports.write(r, pipeline.settings(), reports, research);
      }
      docs[0] = r.documents().size();
      return r.counts().get(Counter.TOKENS);
    });
    return new Measurement(m.name(), docs[0], m.tokens(), m.nanos(), m.peakHeapBytes());
  }

  /** Aggregation alone: the tables of every article, from annotations read from the cache. */
  private Measurement measureAggregation(Annotator cached, List<Article> articles) throws IOException {
    List<AnnotatedArticle> annotated = new ArrayList<>();
    for (Article a : articles) {
      annotated.add(cached.annotate(a));
    }
    return measure("aggregation only (all tables and rows)", articles.size(), () -> {
      CorpusTables tables = CorpusTables.empty(PipelineConfig.defaults().aggregate());
      long tokens = 0;
      for (AnnotatedArticle a : annotated) {
        tables.add(a);
        tokens += a.tokenCount();
      }
      tables.terms().rows();
      tables.entities().rows();
      tables.sentiment().rows();
      return tokens;
    });
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  /** The process's peak resident set size in bytes (Linux), or -1 where unknown. */
  public static long peakRssBytes() {
    return highWaterMark(Path.of("/proc/self/status"));
  }

  /** The {@code VmHWM} line of a Linux {@code /proc/PID/status} file in bytes, or -1 where unreadable. */
  static long highWaterMark(Path status) {
    try (Stream<String> lines = Files.lines(status)) {
      return lines.filter(l -> l.startsWith("VmHWM:"))
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024)
          .findFirst().orElse(-1L);
    } catch (IOException | RuntimeException e) {
      // Not Linux, or the process has just ended.
      return -1;
    }
  }
}
