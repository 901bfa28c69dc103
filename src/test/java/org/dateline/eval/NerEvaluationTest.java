package org.dateline.eval;

import static org.dateline.eval.NerScorerTest.assertRates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.Profile;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Sentence;
import org.dateline.testing.FakeAnnotator;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {

  private static final AnnotatorSettings ENTITIES =
      AnnotatorSettings.defaults().withLayers(Layers.ENTITIES).withProfile(Profile.FULL);

  /*
   * mini.conll with ScriptedAnnotators.MINI_CONLL_LABELS:
   *   gold PER: Kim Jong Un, Moon, Kim        predicted PER: Kim Jong Un, Wonsan, Kim -> 2 correct
   *   gold LOC: Pyongyang, Wonsan, Seoul      predicted LOC: Pyongyang (CITY), Seoul  -> 2 correct
   *   gold ORG: Workers Party                 predicted ORG: Workers Party            -> 1 correct
   *   gold MISC: Korean                       predicted MISC: Korean (NATIONALITY)    -> 1 correct
   *   "officials" is TITLE, which CoNLL does not annotate: no prediction.
   * Overall 8 gold, 7 predicted, 6 correct: P 85.71, R 75.00, F1 80.00.
   */
  @Test
  void scoresTheMiniFixture() throws Exception {
    NerResult r = new NerEvaluation(ScriptedAnnotators.forSettings(ENTITIES), 1).evaluate(Fixtures.miniConll());
    assertEquals(Profile.FULL, r.profile());
    assertEquals(2, r.documents());
    assertEquals(3, r.sentences());
    assertEquals(21, r.tokens());
    assertEquals(new MatchCounts(8, 7, 6), r.overall());
    assertRates(r.overall(), 85.71, 75.00, 80.00);
    assertRates(r.of(EntityClass.PER), 66.67, 66.67, 66.67);
    assertRates(r.of(EntityClass.LOC), 100.00, 66.67, 80.00);
    assertRates(r.of(EntityClass.ORG), 100.00, 100.00, 100.00);
    assertRates(r.of(EntityClass.MISC), 100.00, 100.00, 100.00);
  }

  @Test
  void threadsDoNotChangeTheResult() throws Exception {
    List<ConllDocument> docs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      docs.addAll(Fixtures.miniConll());
    }
    NerResult one = new NerEvaluation(ScriptedAnnotators.forSettings(ENTITIES), 1).evaluate(docs);
    NerResult four = new NerEvaluation(ScriptedAnnotators.forSettings(ENTITIES), 4).evaluate(docs);
    assertEquals(one, four);
    assertEquals(new MatchCounts(160, 140, 120), four.overall());
  }

  @Test
  void tokenMismatchIsAClearError() throws Exception {
    Annotator inner = ScriptedAnnotators.forSettings(ENTITIES);
    Annotator dropsLastToken = FakeAnnotator.of(ENTITIES, article -> {
      AnnotatedArticle a = inner.annotate(article);
      List<Sentence> cut = a.sentences().stream()
          .map(s -> new Sentence(s.tokens().subList(0, s.tokens().size() - 1), s.sentiment()))
          .toList();
      return new AnnotatedArticle(article, cut, List.of());
    });
    EvaluationException e = assertThrows(EvaluationException.class,
        () -> new NerEvaluation(dropsLastToken, 2).evaluate(Fixtures.miniConll()));
    assertTrue(e.getMessage().contains("line 3 has 6 gold tokens but the annotator returned 5"), e.getMessage());
    assertTrue(e.getMessage().contains("pretokenized"), e.getMessage());
  }

  @Test
  void refusesAnAnnotatorWithoutEntities() {
    assertThrows(IllegalArgumentException.class, () -> new NerEvaluation(
        ScriptedAnnotators.forSettings(AnnotatorSettings.defaults().withLayers(Layers.TERMS)), 1));
  }
}
