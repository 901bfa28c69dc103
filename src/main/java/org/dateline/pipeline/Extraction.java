package org.dateline.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * <p>With near-duplicates off, records pass to the consumer as they are read, so memory stays
 * bounded by the largest record whatever the corpus size: full articles at once, in reading
 * order; teasers only once reading ends (whether a full article repeats a teaser is known only
 * then), after the articles, in reading order among themselves. With near-duplicates looked for
 * (the default), each record's cluster is known only once every record is read, so the kept
 * records are held until then and passed on in reading order with their cluster.
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
    LanguageFilter filter = new LanguageFilter(languages, config.languages());
    List<Sequenced<Problem>> notKept = new ArrayList<>();
    Map<Long, NearDuplicateFinder.Member> near = new HashMap<>();
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
      out.accept(article.withLanguage(verdict.language()), near.get(record.seq()));
      records[0]++;
    };
    // Marking near-duplicates needs every record's signature first, so the records wait: those
    // released while reading (full articles, in reading order) in a spool file, so that memory
    // stays bounded by the largest record; those released at the end (teasers; everything under
    // drop, which the intake holds anyway) in memory. The two runs are then merged by number.
    boolean hold = config.nearDuplicates().enabled();
    List<Sequenced<Article>> atEnd = new ArrayList<>();
    boolean[] reading = {true};
    List<InputFile> files;
    List<Sequenced<Problem>> problems;
    try (Spool spool = hold ? new Spool() : null) {
      Intake<Article> intake = new Intake<>(config, counts, r -> {
        if (!reading[0]) {
          atEnd.add(r);
        } else if (hold) {
          spool.add(r);
        } else {
          write.accept(r);
        }
      });
      Shingler shingler = hold ? new Shingler() : null;
      files = new CorpusReader(config.load()).read(inputs, Pipeline.intakeSink(config, counts, intake, shingler));
      reading[0] = false;
      problems = new ArrayList<>(intake.finish());
      intake.nearDuplicates().members().forEach(mb -> near.put(mb.seq(), mb));
      atEnd.sort(Comparator.comparingLong(Sequenced::seq));
      if (hold) {
        spool.mergeWith(atEnd, write);
      } else {
        atEnd.forEach(write);
      }
    }
    problems.addAll(notKept);
    problems.sort(Comparator.comparingLong(Sequenced::seq));
    return new Result(files, problems.stream().map(Sequenced::value).toList(), records[0]);
  }

  /** Records written to a temporary file in the order they come, read back once. */
  private static final class Spool implements AutoCloseable {
    private final Path file;
    private final ObjectOutputStream out;
    private long written;

    Spool() throws IOException {
      file = Files.createTempFile("dateline-extract", ".spool");
      out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
    }

    void add(Sequenced<Article> record) {
      try {
        out.writeObject(record);
        // Forget what was written, or the stream would keep every record for back-references.
        out.reset();
        written++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Passes the spooled records and {@code others} (sorted) to {@code to}, by number. */
    @SuppressWarnings("unchecked")
    void mergeWith(List<Sequenced<Article>> others, Consumer<Sequenced<Article>> to) throws IOException {
      out.close();
      int next = 0;
      try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
        for (long i = 0; i < written; i++) {
          Sequenced<Article> record = (Sequenced<Article>) in.readObject();
          while (next < others.size() && others.get(next).seq() < record.seq()) {
            to.accept(others.get(next++));
          }
          to.accept(record);
        }
      } catch (ClassNotFoundException e) {
        throw new IOException("the extract spool " + file + " could not be read back", e);
      }
      while (next < others.size()) {
        to.accept(others.get(next++));
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }
}
