package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateSource;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Origin;
import org.dateline.model.Period;
import org.dateline.model.Sentence;
import org.dateline.model.Sentiment;
import org.dateline.model.Token;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the aggregation step: all three tables over 500 synthetic articles of 400
 * tokens (Zipf-distributed words, a few entity mentions and sentiments per sentence), spread
 * over 60 days. Run it as docs/performance.md says; compare its tokens per second with annotation's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AggregationBenchmark {

  static final int ARTICLES = 500;
  static final int SENTENCES = 20;
  static final int TOKENS_PER_SENTENCE = 20;

  @Param({"DAY", "MONTH"})
  public Period period;

  List<AnnotatedArticle> articles;
  AggregateSettings settings;

  @Setup
  public void setUp() {
    settings = AggregateSettings.defaults().withPeriod(period);
    articles = synthetic(new Random(42));
  }

  /** 500 articles, 200,000 tokens: milliseconds per run, so tokens/ms = 200,000 / score. */
  @Benchmark
  public CorpusTables allTables() {
    CorpusTables tables = CorpusTables.empty(settings);
    for (AnnotatedArticle a : articles) {
      tables.add(a);
    }
    tables.terms().rows();
    tables.entities().rows();
    tables.sentiment().rows();
    return tables;
  }

  static List<AnnotatedArticle> synthetic(Random random) {
    String[] function = {"the", "of", "and", "to", "in", "a", "for", "on", "is", "with", "that", "by", "as", "its"};
    String[] vocabulary = new String[5000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = i < function.length ? function[i] : "word" + i;
    }
    String[] names = {"Kim Jong Un", "Pyongyang", "DPRK", "Workers' Party of Korea", "U.S.", "Japan"};
    EntityType[] types = {EntityType.PERSON, EntityType.LOCATION, EntityType.LOCATION, EntityType.ORGANIZATION,
        EntityType.LOCATION, EntityType.LOCATION};
    List<AnnotatedArticle> out = new ArrayList<>(ARTICLES);
    for (int a = 0; a < ARTICLES; a++) {
      List<Sentence> sentences = new ArrayList<>(SENTENCES);
      List<EntityMention> mentions = new ArrayList<>();
      for (int s = 0; s < SENTENCES; s++) {
        List<Token> tokens = new ArrayList<>(TOKENS_PER_SENTENCE);
        for (int t = 0; t < TOKENS_PER_SENTENCE - 1; t++) {
          // Zipf-like: small ranks are far more frequent.
          int rank = (int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(vocabulary.length, random.nextDouble())) - 1);
          String w = vocabulary[Math.max(0, rank)];
          tokens.add(new Token(w, w, "NN", "O"));
        }
        tokens.add(new Token(".", ".", ".", "O"));
        int n = random.nextInt(names.length);
        mentions.add(new EntityMention(names[n], types[n], s));
        sentences.add(new Sentence(tokens, Sentiment.ofClass(random.nextInt(5))));
      }
      Article article = Article.builder().id("a" + a)
          .date(LocalDate.of(2024, 1, 1).plusDays(a % 60), DateSource.FIELD)
          .text("synthetic").origin(Origin.record("bench.json", a + 1)).build();
      out.add(new AnnotatedArticle(article, sentences, mentions));
    }
    return out;
  }
}
