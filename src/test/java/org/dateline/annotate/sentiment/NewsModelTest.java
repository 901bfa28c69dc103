package org.dateline.annotate.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.dateline.model.ClassProbabilities;
import org.dateline.model.Clause;
import org.dateline.model.Phrase;
import org.dateline.model.PhraseKind;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Token;
import org.dateline.model.Tone;
import org.junit.jupiter.api.Test;

class NewsModelTest {

  private static final int N = NewsFeatures.NAMES.size();

  private static int feature(String name) {
    return NewsFeatures.NAMES.indexOf(name);
  }

  /** A model that reads only the target clause's VADER score and the bigram "not good". */
  private static NewsModel targetVader() {
    double[][] w = new double[N][3];
    w[feature("target_vader_compound")] = new double[] {-2, 0, 2};
    return new NewsModel(new double[] {0, 0.5, 0}, w, Map.of("not good", new double[] {1, 0, -1}),
        List.of("test model"));
  }

  @Test
  void theScoreIsPositiveMinusNegativeProbabilityAndTheToneTheLikeliestClass() {
    NewsModel m = targetVader();
    double[] x = new double[N];
    x[feature("target_vader_compound")] = 0.5;
    double[] p = m.probabilities(x, List.of());
    double sum = Math.exp(-1) + Math.exp(0.5) + Math.exp(1);
    assertEquals(Math.exp(1) / sum, p[2], 1e-12);
    assertEquals(new SentenceScore(SentimentEngineId.NEWS, (Math.exp(1) - Math.exp(-1)) / sum, Tone.POSITIVE),
        m.score(x, List.of()));
    assertEquals(Tone.NEUTRAL, m.score(x, List.of("not good", "unknown")).tone(), "logits 0, 0.5, 0");
    x[feature("target_vader_compound")] = 0;
    assertEquals(Tone.NEUTRAL, m.score(x, List.of()).tone());
    assertEquals(0, m.score(x, List.of()).score(), 1e-15);
  }

  @Test
  void theFileFormRoundTripsAndNamesEveryFeature() throws IOException {
    String tsv = targetVader().toTsv();
    assertTrue(tsv.startsWith("# test model\nparameter\tnegative\tneutral\tpositive\nintercept\t0\t0.50000000\t0\n"),
        tsv);
    assertTrue(tsv.contains("\ntarget_vader_compound\t-2.0000000\t0\t2.0000000\n"), tsv);
    assertTrue(tsv.endsWith("\nngram:not good\t1.0000000\t0\t-1.0000000\n"), tsv);
    assertEquals(tsv, NewsModel.read(new StringReader(tsv)).toTsv());
  }

  @Test
  void aFileForOtherFeaturesIsRefusedWithTheFix() {
    String tsv = "parameter\tnegative\tneutral\tpositive\nintercept\t0\t0\t0\nsentence_length\t0.5\t0\t0\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewsModel.read(new StringReader(tsv)));
    assertTrue(e.getMessage().contains("sentence_length") && e.getMessage().contains("retrain it with dateline train-news"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> NewsModel.read(new StringReader("parameter\tnegative\tneutral\tpositive\nintercept\tlarge\t0\t0\n")));
    assertEquals("news model line 2 has value 'large', which is not a number", e.getMessage());
  }

  @Test
  void theBundledModelReadsTheTargetsClause() {
    // the real encoder: the model's weights were fitted to its vectors
    NewsScorer m = NewsScorer.bundled();
    assertNotNull(m);
    // "X praised the workers, but Y was condemned": the tone towards Y is that of its clause
    List<Token> tokens = List.of(new Token("X", "X", "NNP", "PERSON"), new Token("praised", "praise", "VBD", "O"),
        new Token("workers", "worker", "NNS", "O"), new Token(",", ",", ",", "O"), new Token("but", "but", "CC", "O"),
        new Token("Y", "Y", "NNP", "PERSON"), new Token("was", "be", "VBD", "O"),
        new Token("condemned", "condemn", "VBN", "O"));
    ClassProbabilities mixed = new ClassProbabilities(0.1, 0.2, 0.4, 0.2, 0.1);
    Clause praise = new Clause(0, 3, new ClassProbabilities(0, 0.05, 0.15, 0.6, 0.2),
        List.of(new SentenceScore(SentimentEngineId.VADER, 0.55, Tone.POSITIVE)));
    Clause condemn = new Clause(5, 8, new ClassProbabilities(0.3, 0.5, 0.15, 0.05, 0),
        List.of(new SentenceScore(SentimentEngineId.VADER, -0.5, Tone.NEGATIVE)));
    // a parse's clauses are phrases of its sentiment tree too
    Sentence s = new Sentence(tokens, null, mixed, List.of(new SentenceScore(SentimentEngineId.VADER, 0.1, Tone.POSITIVE)),
        List.of(praise, condemn), List.of(new Phrase(0, 3, PhraseKind.CLAUSE, praise.probabilities()),
            new Phrase(5, 8, PhraseKind.CLAUSE, condemn.probabilities())));
    double towardsX = m.score(s, 0, 1).score();
    double towardsY = m.score(s, 5, 6).score();
    assertTrue(towardsX > towardsY + 0.2, towardsX + " / " + towardsY);
    assertEquals(Tone.NEGATIVE, m.score(s, condemn).tone());
    assertEquals(Tone.NEGATIVE, m.score(s, 5, 6).tone());
    // the target's tokens are names, masked either way: the window's n-grams ("L1:but",
    // "R1:was") and its place (the subject of "Y was condemned") set the span's score apart
    assertNotEquals(m.score(s, condemn), m.score(s, 5, 6));
    assertTrue(Math.abs(m.score(s, condemn).score() - m.score(s, 5, 6).score()) < 0.3,
        m.score(s, condemn) + " / " + m.score(s, 5, 6));
  }
}
