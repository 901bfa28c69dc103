package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dateline.annotate.Layers;
import org.dateline.annotate.Profile;
import org.dateline.annotate.corenlp.SharedAnnotators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real CoreNLP models on the opening of CoNLL-2003 test B; skipped without ../shared. */
@Tag("slow")
class ConllRealModelTest {

  @Test
  void fastProfileScoresWellOnTheFirst200Sentences() throws Exception {
    Optional<Path> testb = Fixtures.conllTestb();
    assumeTrue(testb.isPresent(), "../shared/gold/conll2003/eng.testb.txt is absent");
    List<ConllDocument> docs = ConllDocument.firstSentences(ConllReader.read(testb.get()), 200);
    NerResult r = new NerEvaluation(SharedAnnotators.pretokenized(Layers.ENTITIES, Profile.FAST), 2).evaluate(docs);
    assertEquals(200, r.sentences());
    assertTrue(r.overall().f1() > 80, () -> "F1 " + r.overall().f1() + " on " + r.overall());
  }
}
