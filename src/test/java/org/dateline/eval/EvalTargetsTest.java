package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.dateline.annotate.Layers;
import org.dateline.annotate.Profile;
import org.dateline.annotate.corenlp.SharedAnnotators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The quality targets of the fast profile on the complete CoNLL-2003 test B and SST test
 * sets. Skipped without ../shared. Takes a few minutes, most of it parsing SST.
 */
@Tag("slow")
class EvalTargetsTest {

  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  @Test
  void nerF1OnConllTestbIsAtLeast89() throws Exception {
    assumeTrue(Fixtures.conllTestb().isPresent(), "../shared/gold/conll2003/eng.testb.txt is absent");
    List<ConllDocument> docs = ConllReader.read(Fixtures.conllTestb().get());
    long t0 = System.nanoTime();
    NerEvaluation eval = new NerEvaluation(SharedAnnotators.pretokenized(Layers.ENTITIES, Profile.FAST), THREADS);
    long t1 = System.nanoTime();
    NerResult r = eval.evaluate(docs);
    long t2 = System.nanoTime();
    System.out.printf("CoNLL testb, fast, %d threads: models %.1f s, annotation %.1f s%n",
        THREADS, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    System.out.print(new EvalReport(List.of(r), List.of()).formatTable());
    assertEquals(3453, r.sentences());
    assertEquals(5648, r.overall().gold());
    assertTrue(r.overall().f1() >= 89.0, () -> "NER F1 " + r.overall().f1() + " < 89.0");
  }

  @Test
  void binarySstAccuracyIsAtLeast69() throws Exception {
    assumeTrue(Fixtures.sstTest().isPresent(), "../shared/gold/sst/sst_test_fine_origcase.tsv is absent");
    List<SstSentence> sentences = SstReader.read(Fixtures.sstTest().get());
    long t0 = System.nanoTime();
    SentimentEvaluation eval =
        new SentimentEvaluation(SharedAnnotators.pretokenized(Layers.SENTIMENT, Profile.FAST), THREADS);
    long t1 = System.nanoTime();
    SentimentResult r = eval.evaluate(sentences);
    long t2 = System.nanoTime();
    System.out.printf("SST test, fast, %d threads: models %.1f s, annotation %.1f s%n",
        THREADS, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    System.out.print(new EvalReport(List.of(), List.of(r)).formatTable());
    assertAll(
        () -> assertEquals(2210, r.counts().sentences()),
        () -> assertEquals(1821, r.counts().binarySentences()),
        () -> assertEquals(0, r.counts().unpredicted()),
        () -> assertTrue(r.counts().accuracyBinary() >= 69.0,
            () -> "binary SST accuracy " + r.counts().accuracyBinary() + " < 69.0"));
  }
}
