package org.dateline.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Paths of the test fixtures and of the shared gold data, which tests skip without. */
final class Fixtures {
  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/eval/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<ConllDocument> miniConll() throws IOException {
    return ConllReader.read(resource("mini.conll"));
  }

  static List<SstSentence> miniSst() throws IOException {
    return SstReader.read(resource("mini-sst.tsv"));
  }

  static List<RatingItem> ratings() throws IOException {
    return RatingsReader.read(resource("mini-ratings.tsv"));
  }

  static List<TargetItem> newsMtsc() throws IOException {
    return NewsMtscReader.read(resource("mini-newsmtsc.jsonl"));
  }

  /** The CoNLL-2003 test B file under ../shared, when this machine has it. */
  static Optional<Path> conllTestb() {
    return shared("gold", "conll2003", "eng.testb.txt");
  }

  /** The SST test sentences under ../shared, when this machine has them. */
  static Optional<Path> sstTest() {
    return shared("gold", "sst", "sst_test_fine_origcase.tsv");
  }

  /** The NYT editorial ratings under ../shared, when this machine has them. */
  static Optional<Path> nytRatings() {
    return shared("gold", "nyt-editorials", "dev.tsv");
  }

  /** The NewsMTSC training set under ../shared, when this machine has it. */
  static Optional<Path> newsMtscTrain() {
    return shared("gold", "newsmtsc", "train.jsonl");
  }

  private static Optional<Path> shared(String... parts) {
    Path p = Path.of("..", "shared").resolve(Path.of("", parts));
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }
}
