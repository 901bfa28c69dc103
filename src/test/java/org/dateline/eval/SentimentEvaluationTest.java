package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Profile;
import org.dateline.model.Sentiment;
import org.dateline.testing.FakeAnnotator;
import org.junit.jupiter.api.Test;

class SentimentEvaluationTest {

  private static final AnnotatorSettings SENTIMENT = AnnotatorSettings.defaults();

  @Test
  void readsTheSstTable() throws Exception {
    List<SstSentence> s = Fixtures.miniSst();
    assertEquals(6, s.size());
    assertEquals(new SstSentence(1, Sentiment.VERY_POSITIVE, Polarity.POSITIVE, "A great film .", 2), s.get(0));
    assertNull(s.get(2).binary());
    assertEquals(Polarity.NEGATIVE, s.get(4).binary());
  }

  @Test
  void rejectsABinaryLabelThatContradictsTheFineOne() {
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> SstReader.read(new StringReader(
        "sentence_index\tfine_label_0to4\tbinary_label\tsentence\n1\t4\t0\tGood .\n"), "x.tsv"));
    assertEquals(2, e.line());
  }

  /*
   * mini-sst.tsv with ScriptedAnnotators.miniSstSentiment:
   *   1 gold 4 -> 4  right, binary right
   *   2 gold 3 -> 3  right, binary right
   *   3 gold 2 -> 2  right, not binary
   *   4 gold 1 -> 2  wrong, binary wrong (neutral), not counted non-neutral
   *   5 gold 0 -> 1  wrong, binary right
   *   6 gold 3 -> 1  wrong, binary wrong
   * 5-class 3/6 = 50.00; binary 3/5 = 60.00; non-neutral 3/4 = 75.00.
   */
  @Test
  void scoresTheMiniFixture() throws Exception {
    SentimentResult r = new SentimentEvaluation(ScriptedAnnotators.forSettings(SENTIMENT), 1, 4)
        .evaluate(Fixtures.miniSst());
    assertEquals(Profile.FAST, r.profile());
    assertEquals(new SentimentCounts(6, 3, 5, 3, 4, 3, 0), r.counts());
    assertEquals(50.00, r.counts().accuracy5(), 1e-9);
    assertEquals(60.00, r.counts().accuracyBinary(), 1e-9);
    assertEquals(75.00, r.counts().accuracyBinaryNonNeutral(), 1e-9);
  }

  @Test
  void batchingAndThreadsDoNotChangeTheResult() throws Exception {
    List<SstSentence> many = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      many.addAll(Fixtures.miniSst());
    }
    SentimentResult a = new SentimentEvaluation(ScriptedAnnotators.forSettings(SENTIMENT), 1, 1).evaluate(many);
    SentimentResult b = new SentimentEvaluation(ScriptedAnnotators.forSettings(SENTIMENT), 3, 7).evaluate(many);
    assertEquals(a, b);
    assertEquals(180, b.counts().sentences());
  }

  @Test
  void aMissingSentimentCountsAsWrong() {
    SentimentCounts c = SentimentCounts.score(Sentiment.POSITIVE, null);
    assertEquals(new SentimentCounts(1, 0, 1, 0, 0, 0, 1), c);
  }

  @Test
  void sentenceCountMismatchIsAClearError() {
    FakeAnnotator inner = ScriptedAnnotators.forSettings(SENTIMENT);
    FakeAnnotator mergesLines = FakeAnnotator.of(SENTIMENT,
        article -> inner.annotate(article.withText(article.text().replace('\n', ' '))));
    EvaluationException e = assertThrows(EvaluationException.class,
        () -> new SentimentEvaluation(mergesLines, 1, 3).evaluate(Fixtures.miniSst()));
    assertTrue(e.getMessage().contains("has 3 sentences but the annotator returned 1"), e.getMessage());
  }
}
