package org.dateline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.annotate.corenlp.CoreNlpAnnotator;
import org.dateline.annotate.embed.SentenceEncoder;
import org.dateline.annotate.sentiment.NewsFeatures;
import org.dateline.annotate.sentiment.NewsGrams;
import org.dateline.annotate.sentiment.VaderLexicon;
import org.dateline.train.NewsExample;
import org.dateline.train.NewsExamples;

/**
 * The {@code news} engine's examples of both shared development sets, computed at most once
 * per test JVM: annotating the 10,355 sentences with the parser and sentiment model takes
 * minutes and about 5 GB of heap. Empty without ../shared.
 */
final class SharedNewsExamples {

  private static List<NewsExample> examples;
  private static long nanos;

  private SharedNewsExamples() {}

  static synchronized Optional<List<NewsExample>> get() {
    if (Fixtures.nytRatings().isEmpty() || Fixtures.newsMtscTrain().isEmpty()) {
      return Optional.empty();
    }
    if (examples == null) {
      long t0 = System.nanoTime();
      try {
        NewsExamples builder = new NewsExamples(CoreNlpAnnotator.sentencePerLine(NewsExamples.SETTINGS, true),
            Runtime.getRuntime().availableProcessors(),
            new NewsFeatures(VaderLexicon.bundled(), SentenceEncoder.shared()), new NewsGrams(VaderLexicon.bundled()));
        List<NewsExample> all = new ArrayList<>(builder.ratings(RatingsReader.read(Fixtures.nytRatings().get()),
            "dev.tsv"));
        all.addAll(builder.targets(NewsMtscReader.read(Fixtures.newsMtscTrain().get()), "train.jsonl"));
        examples = List.copyOf(all);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      nanos = System.nanoTime() - t0;
    }
    return Optional.of(examples);
  }

  /** How long computing the examples took, in seconds; 0 before. */
  static synchronized double seconds() {
    return nanos / 1e9;
  }
}
