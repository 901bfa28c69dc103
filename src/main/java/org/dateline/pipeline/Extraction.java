package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.dateline.clean.LanguageFilter;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.clean.LanguageVerdict;
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
 * <p>Records pass to the consumer as they are read, so memory stays bounded by the largest
 * record whatever the corpus size: full articles at once, in reading order; teasers only once
 * reading ends (whether a full article repeats a teaser is known only then), after the
 * articles, in reading order among themselves; under {@code --near-duplicates drop} every record
 * once reading ends, in reading order. A step that needs every record before writing (marking
 * near-duplicates in the output) holds what it receives and uses {@link Intake#nearDuplicates}
 * at the end; the order of arrival is the seam, not the writing.
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
    RunCounts counts = new RunCounts();
    LanguageFilter filter = new LanguageFilter(languages, config.languages());
    List<Sequenced<Problem>> notKept = new ArrayList<>();
    long[] records = new long[1];
    Consumer<Sequenced<Article>> write = record -> {
      Article article = record.value();
      LanguageVerdict verdict = filter.check(article.text());
      if (!verdict.kept()) {
        Problem p = filter.notKept(article.origin(), verdict);
        Pipeline.stopIfStrict(config, p);
        notKept.add(new Sequenced<>(record.seq(), p));
        return;
      }
      out.accept(article.withLanguage(verdict.language()));
      records[0]++;
    };
    List<Sequenced<Article>> atEnd = new ArrayList<>();
    boolean[] reading = {true};
    Intake<Article> intake = new Intake<>(config, counts, r -> {
      if (reading[0]) {
        write.accept(r);
      } else {
        atEnd.add(r);
      }
    });
    List<InputFile> files = new CorpusReader(config.load()).read(inputs, Pipeline.intakeSink(config, counts, intake, null));
    reading[0] = false;
    List<Sequenced<Problem>> problems = new ArrayList<>(intake.finish());
    atEnd.sort(Comparator.comparingLong(Sequenced::seq));
    atEnd.forEach(write);
    problems.addAll(notKept);
    problems.sort(Comparator.comparingLong(Sequenced::seq));
    return new Result(files, problems.stream().map(Sequenced::value).toList(), records[0]);
  }
}
