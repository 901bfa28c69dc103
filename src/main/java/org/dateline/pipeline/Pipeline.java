package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.DocumentRow;
import org.dateline.annotate.Annotator;
import org.dateline.clean.Deduplicator;
import org.dateline.clean.GluedNames;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.clean.TextCleaner;
import org.dateline.corpus.CorpusReader;
import org.dateline.corpus.InputFile;
import org.dateline.corpus.RecordSink;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * Wires the stages of a run: load, clean and dedup on the calling thread, in input order;
 * language check, annotation and aggregation on worker threads; results put back in input
 * order at the end.
 *
 * <p>Determinism: every record gets a sequence number when it is read; document rows and
 * problems are sorted by it, and the tables are exact integer counts merged from the
 * workers' partials, so the output does not depend on the thread count or on scheduling.
 *
 * <p>A {@code Pipeline} may run several times, one run at a time. The annotator and the
 * language identifier are shared, thread-safe and built by the caller, once.
 */
public final class Pipeline {

  private final PipelineConfig config;
  private final Annotator annotator;
  private final LanguageIdentifier languages;
  private final ProgressListener progress;
  private final TextCleaner cleaner = new TextCleaner();

  public Pipeline(PipelineConfig config, Annotator annotator, LanguageIdentifier languages, ProgressListener progress) {
    this.config = Objects.requireNonNull(config, "config");
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.languages = Objects.requireNonNull(languages, "languages");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  public PipelineConfig config() {
    return config;
  }

  public Annotator annotator() {
    return annotator;
  }

  /**
   * Runs every stage but the report on {@code inputs} (files or folders).
   *
   * @throws IOException when an input does not exist or cannot be listed
   * @throws PipelineException when the run cannot go on (for instance, out of memory)
   */
  public RunResult run(List<Path> inputs) throws IOException {
    Objects.requireNonNull(inputs, "inputs");
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    RunCounts counts = new RunCounts();
    List<Sequenced<Problem>> readProblems = new ArrayList<>();
    Deduplicator dedup = new Deduplicator();
    Map<Article, Long> heldTeasers = new IdentityHashMap<>();
    List<InputFile> files;
    Workers workers = new Workers(config, annotator, languages, counts, progress, t0);
    try {
      RecordSink sink = new RecordSink() {
        private long seq;

        @Override
        public void accept(Article raw) {
          long n = seq++;
          counts.increment(raw.kind() == ArticleKind.TEASER ? "read_teasers" : "read_articles");
          String text = cleaner.clean(raw.text());
          if (text.isEmpty()) {
            Problem empty = new Problem(raw.origin(), ProblemKind.EMPTY_TEXT,
                "no text left after whitespace repair; record skipped");
            stopIfStrict(config, empty);
            readProblems.add(new Sequenced<>(n, empty));
            return;
          }
          if (config.gluedNames() != null) {
            GluedNames.Repair repair = config.gluedNames().repair(text);
            if (repair.spacesInserted() > 0) {
              text = repair.text();
              counts.add("glued_name_spaces_inserted", repair.spacesInserted());
              readProblems.add(new Sequenced<>(n, new Problem(raw.origin(), ProblemKind.REPAIRED_GLUED_NAME,
                  "inserted " + repair.spacesInserted() + " space(s) around names glued to their neighbours")));
            }
          }
          Article article = raw.withText(text);
          if (article.kind() == ArticleKind.TEASER) {
            heldTeasers.put(article, n);
          }
          if (dedup.offer(article)) {
            workers.submit(n, article);
          } else if (article.kind() == ArticleKind.ARTICLE) {
            // Repeated teasers are routine on scraped pages and only counted; a whole article
            // seen twice usually means overlapping inputs, which the user should see.
            Problem duplicate = new Problem(article.origin(), ProblemKind.DUPLICATE,
                "same text as an earlier article; skipped");
            stopIfStrict(config, duplicate);
            readProblems.add(new Sequenced<>(n, duplicate));
          }
        }

        @Override
        public void problem(Problem problem) {
          stopIfStrict(config, problem);
          readProblems.add(new Sequenced<>(seq++, problem));
        }
      };
      files = new CorpusReader(config.load()).read(inputs, sink);
      for (Article teaser : dedup.remainingTeasers()) {
        workers.submit(heldTeasers.get(teaser), teaser);
      }
      progress.readingFinished(workers.submitted());
      workers.finish();
    } finally {
      workers.close();
    }
    counts.add("duplicates_exact", dedup.exactDuplicates());
    counts.add("duplicates_teaser_in_article", dedup.containedTeasers());

    long aggregateStart = System.nanoTime();
    CorpusTables tables = workers.mergedTables();
    List<Sequenced<Problem>> problems = new ArrayList<>(readProblems);
    problems.addAll(workers.problems());
    problems.sort(Comparator.comparingLong(Sequenced::seq));
    List<Sequenced<DocumentRow>> docs = workers.documents();
    docs.sort(Comparator.comparingLong(Sequenced::seq));
    for (Sequenced<Problem> p : problems) {
      counts.increment("problem_" + p.value().kind().label());
    }
    counts.add("undated", tables.undated());
    counts.add("time_aggregate_ms", (System.nanoTime() - aggregateStart) / 1_000_000);
    progress.finished(docs.size(), counts.get("tokens"), System.nanoTime() - t0);
    return new RunResult(
        files,
        docs.stream().map(Sequenced::value).toList(),
        tables,
        problems.stream().map(Sequenced::value).toList(),
        counts,
        started,
        Duration.ofNanos(System.nanoTime() - t0));
  }

  /**
   * Under {@link PipelineConfig#strict()}, throws a {@link PipelineException} naming the
   * problem's file, record and kind; otherwise does nothing.
   */
  static void stopIfStrict(PipelineConfig config, Problem problem) {
    if (config.strict()) {
      throw new PipelineException("--strict: stopped at the first problem: " + problem.origin()
          + " (file " + problem.origin().file() + ", " + problem.origin().unit().name().toLowerCase(java.util.Locale.ROOT)
          + " " + problem.origin().position() + "): " + problem.kind().label() + ": " + problem.message());
    }
  }

  /** A value with the sequence number of the record it came from. */
  record Sequenced<T>(long seq, T value) {}
}
