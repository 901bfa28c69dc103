package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dateline.train.NewsExample;
import org.dateline.annotate.sentiment.NewsFeatures;
import org.dateline.annotate.sentiment.NewsModel;
import org.dateline.model.Gold;
import org.dateline.model.Tone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainNewsCommandTest {

  /**
   * 300 rated sentences and 300 targets whose gold follows the sentence's VADER score and the
   * bigram "not good"; texts with a tab and a line break, which the feature table escapes.
   */
  private static List<NewsExample> examples() {
    Random random = new Random(5);
    int vader = NewsFeatures.NAMES.indexOf("sentence_vader_compound");
    List<NewsExample> out = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      double[] x = new double[NewsFeatures.NAMES.size()];
      x[vader] = random.nextDouble() * 2 - 1;
      boolean notGood = i % 7 == 0;
      double tone = x[vader] - (notGood ? 0.8 : 0) + random.nextGaussian() * 0.2;
      List<String> grams = notGood ? List.of("good", "not", "not good") : List.of("good");
      String text = "sentence\t" + i + "\nend";
      out.add(i % 2 == 0
          ? new NewsExample("r" + i, text, x, grams, new Gold.Rating(2 * tone))
          : new NewsExample("t" + i, text, x, grams,
              new Gold.Label(tone < -0.3 ? Tone.NEGATIVE : tone > 0.3 ? Tone.POSITIVE : Tone.NEUTRAL)));
    }
    return out;
  }

  @Test
  void trainsFromAFeatureTableAndWritesTheModel(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("features.tsv");
    TrainNewsCommand.writeFeatures(examples(), table);
    List<NewsExample> back = TrainNewsCommand.readFeatures(table);
    assertEquals(600, back.size());
    assertEquals("sentence\t3\nend", back.get(3).text(), "tabs and line breaks survive the table");
    assertEquals(List.of("good", "not", "not good"), back.get(0).grams());

    Path model = dir.resolve("model.tsv");
    MainTest.Run r = MainTest.run("train-news", "--from-features", table.toString(), "-o", model.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("held out:") && r.out().contains("cross-validated:"), r.out());
    NewsModel m = NewsModel.read(new StringReader(Files.readString(model)));
    double[] x = new double[NewsFeatures.NAMES.size()];
    x[NewsFeatures.NAMES.indexOf("sentence_vader_compound")] = 0.6;
    assertEquals(Tone.POSITIVE, m.score(x, List.of("good")).tone());
    assertTrue(m.score(x, List.of("good", "not good")).score() < m.score(x, List.of("good")).score(),
        "\"not good\" pulls the score down");
    x[NewsFeatures.NAMES.indexOf("sentence_vader_compound")] = -0.6;
    assertEquals(Tone.NEGATIVE, m.score(x, List.of("good")).tone());
  }

  @Test
  void badUsageIsNamed() {
    MainTest.Run none = MainTest.run("train-news", "-o", "x.tsv");
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("give --ratings FILE and --newsmtsc FILE, or --from-features FILE"), none.err());
    MainTest.Run noOutput = MainTest.run("train-news", "--from-features", "f.tsv");
    assertEquals(2, noOutput.exit());
    assertTrue(noOutput.err().contains("give -o FILE for the coefficients, --features FILE, or both"), noOutput.err());
  }
}
