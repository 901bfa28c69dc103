package org.dateline.corpus.html;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The extraction's score on the shared article-extraction pages (see {@link ExtractionBench}):
 * the figures reported for the tuning and held-out parts, less 0.01.
 */
@Tag("slow")
class ExtractionFigureTest {

  static final double TUNING_F1 = 0.964;
  static final double HELD_OUT_F1 = 0.981;

  @Test
  void theSharedPagesScoreAsReported() throws IOException {
    assumeTrue(Files.isDirectory(ExtractionBench.GOLD), "needs ../shared/gold/article-extraction");
    ExtractionScore tuning = new ExtractionScore();
    ExtractionScore held = new ExtractionScore();
    for (ExtractionBench.Page page : ExtractionBench.pages()) {
      String text = HtmlPage.read(page.html(), null, page.url()).text();
      (ExtractionBench.heldOut(page.id()) ? held : tuning).add(page.body(), text);
    }
    assertTrue(tuning.f1() >= TUNING_F1 - 0.01, "tuning F1 " + tuning.f1());
    assertTrue(held.f1() >= HELD_OUT_F1 - 0.01, "held-out F1 " + held.f1());
  }
}
