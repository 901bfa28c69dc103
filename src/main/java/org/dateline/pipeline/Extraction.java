package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.dateline.clean.LanguageFilter;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.clean.LanguageVerdict;
import org.dateline.clean.near.NearDuplicateFinder;
import org.dateline.clean.near.Shingler;
import org.dateline.corpus.CorpusReader;
import org.dateline.corpus.InputFile;
import org.dateline.model.Article;
import org.dateline.model.Problem;

/**
 * A run's intake without annotation: the records that a run would annotate, read, cleaned,
 * deduplicated and language-filtered exactly as {@link Pipeline#run} does, each with its
 * language, in reading order; and the problems found on the way, in reading order too. For
 * checking what a new corpus gives before a long run; no model is loaded.
 *
 * <p>The kept records are held until reading ends, since a teaser is only released once it is
 * known that no full article repeats it; so are their near-duplicate signatures, clustered then.
 */
public final class Extraction {

  private Extraction() {}

  /**
   * What an extraction found.
   *
   * @param files the files read
   * @param problems every problem, in reading order
   * @param records the number of records passed on
   */
  public record Result(List<InputFile> files, List<Problem> problems, long records) {
    public Result {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads {@code inputs} and passes each kept record, with its language, to {@code out}.
   *
   * @throws IOException when an input does not exist or cannot be listed
   * @throws PipelineException at a {@code --strict} stop
   */
  public static Result run(PipelineConfig config, LanguageIdentifier languages, List<Path> inputs,
      Consumer<Article> out) throws IOException {
    Objects.requireNonNull(out, "out");
    return run(config, languages, inputs, (article, near) -> out.accept(article));
  }

  /**
   * As {@link #run(PipelineConfig, LanguageIdentifier, List, Consumer)}, with each record's place
   * among the near-duplicates: its member of a cluster, or null when it is in none (or the check
   * is off). Under {@code drop} the records not kept are not passed on but listed as problems, as
   * in a run.
   */
  public static Result run(PipelineConfig config, LanguageIdentifier languages, List<Path> inputs,
      BiConsumer<Article, NearDuplicateFinder.Member> out) throws IOException {
    Objects.requireNonNull(out, "out");
    RunCounts counts = new RunCounts();
    List<Sequenced<Article>> released = new ArrayList<>();
    Intake<Article> intake = new Intake<>(config, counts, released::add);
    Shingler shingler = config.nearDuplicates().enabled() ? new Shingler() : null;
    List<InputFile> files = new CorpusReader(config.load())
        .read(inputs, Pipeline.intakeSink(config, counts, intake, shingler));
    List<Sequenced<Problem>> problems = new ArrayList<>(intake.finish());
    Map<Long, NearDuplicateFinder.Member> near = new HashMap<>();
    intake.nearDuplicates().members().forEach(m -> near.put(m.seq(), m));
    released.sort(Comparator.comparingLong(Sequenced::seq));
    LanguageFilter filter = new LanguageFilter(languages, config.languages());
    long records = 0;
    for (Sequenced<Article> record : released) {
      Article article = record.value();
      LanguageVerdict verdict = filter.check(article.text());
      if (!verdict.kept()) {
        Problem p = filter.notKept(article.origin(), verdict);
        Pipeline.stopIfStrict(config, p);
        problems.add(new Sequenced<>(record.seq(), p));
        continue;
      }
      out.accept(article.withLanguage(verdict.language()), near.get(record.seq()));
      records++;
    }
    problems.sort(Comparator.comparingLong(Sequenced::seq));
    return new Result(files, problems.stream().map(Sequenced::value).toList(), records);
  }
}
