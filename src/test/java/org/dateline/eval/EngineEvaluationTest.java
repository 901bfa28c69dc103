package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.model.Gold;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Tone;
import org.dateline.testing.FakeAnnotator;
import org.junit.jupiter.api.Test;

class EngineEvaluationTest {

  private static final EngineEvaluation EVAL = new EngineEvaluation(ScriptedAnnotators.sentiment(
      AnnotatorSettings.defaults().withEngines(EnumSet.of(SentimentEngineId.CORENLP, SentimentEngineId.VADER))), 2);

  @Test
  void correlationsMatchHandComputedValues() {
    double[] x = {1, 2, 3, 4};
    double[] y = {2, 4, 5, 9};
    // sxy = 11, sxx = 5, syy = 26
    assertEquals(11 / Math.sqrt(130), Correlation.pearson(x, y), 1e-12);
    assertEquals(1.0, Correlation.spearman(x, y), 1e-12);
    assertEquals(List.of(3.5, 1.0, 3.5, 2.0),
        java.util.Arrays.stream(Correlation.ranks(new double[] {3, 1, 3, 2})).boxed().toList());
    assertTrue(Double.isNaN(Correlation.pearson(new double[] {1, 1}, new double[] {1, 2})));
  }

  @Test
  void readsRatingsAndNamesTheBadLine() throws IOException {
    List<RatingItem> items = Fixtures.ratings();
    assertEquals(5, items.size());
    assertEquals(new RatingItem("a_2", -3, "The attack was a horrible crime.", 2), items.get(1));
    assertEquals(6, items.get(4).line(), "blank lines are skipped but counted");
    GoldFormatException e = assertThrows(GoldFormatException.class,
        () -> RatingsReader.read(new StringReader("a\t1\tfine\nb\tvery\tbad score\n"), "r.tsv"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("'very' is not a number"), e.getMessage());
    e = assertThrows(GoldFormatException.class,
        () -> RatingsReader.read(new StringReader("a\t7\tout of scale\n"), "r.tsv"));
    assertTrue(e.getMessage().contains("-4 .. 4"), e.getMessage());
  }

  @Test
  void readsNewsMtscTargets() throws IOException {
    List<TargetItem> items = Fixtures.newsMtsc();
    assertEquals(4, items.size());
    assertEquals("Jones", items.get(1).mention());
    assertEquals(Tone.NEGATIVE, items.get(1).gold());
    assertEquals("s3#1", items.get(3).id(), "a target without Input.gid is named by sentence and place");
    assertEquals("Green", items.get(3).mention());
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> NewsMtscReader.read(new StringReader(
        "{\"sentence_normalized\": \"A b.\", \"targets\": [{\"from\": 0, \"to\": 1, \"polarity\": 3.0}]}"), "n.jsonl"));
    assertTrue(e.getMessage().startsWith("n.jsonl:1: polarity 3.0 is not a NewsMTSC label"), e.getMessage());
    e = assertThrows(GoldFormatException.class, () -> NewsMtscReader.read(new StringReader("{\"targets\": ["), "n.jsonl"));
    assertEquals(1, e.line());
    e = assertThrows(GoldFormatException.class, () -> NewsMtscReader.read(new StringReader(
        "\n{\"sentence_normalized\": \"A b.\", \"targets\": [{\"from\": \"0\", \"to\": 1, \"polarity\": 4}]}"), "n.jsonl"));
    assertEquals("n.jsonl:2: field 'from' must be a number, was '0'", e.getMessage());
  }

  @Test
  void ratingsGiveCorrelationsAndBinaryAccuracyPerEngine() throws IOException {
    List<EngineResult> results = EVAL.ratings(Fixtures.ratings(), "mini-ratings.tsv");
    assertEquals(List.of(SentimentEngineId.CORENLP, SentimentEngineId.VADER),
        results.stream().map(EngineResult::engine).toList());
    EngineResult coreNlp = results.get(0);
    // scores 2, -1, 0, 0, -1 against 2.5, -3, 0.2, -0.5, 1.2
    assertEquals(0.6743, coreNlp.value("pearson"), 1e-4);
    assertEquals(0.5270, coreNlp.value("spearman"), 1e-4);
    assertEquals(5, coreNlp.value("n"));
    assertEquals(3, coreNlp.value("n_binary"));
    assertEquals(200.0 / 3, coreNlp.value("accuracy_binary"), 1e-9, "'not bad' rated +1.2 is scored negative");
    EngineResult vader = results.get(1);
    // the reference implementation's compound scores: 0.91, -0.8779, 0, 0, 0.431
    assertEquals(0.9919, vader.value("pearson"), 1e-4);
    assertEquals(0.9747, vader.value("spearman"), 1e-4);
    assertEquals(100.0, vader.value("accuracy_binary"));
    Prediction first = vader.predictions().get(0);
    assertEquals(new Prediction(EvalTask.RATINGS, SentimentEngineId.VADER, "a_1", new Gold.Rating(2.5), 0.91,
        Tone.POSITIVE), first);
    assertEquals(new Gold.Rating(-3), coreNlp.predictions().get(1).gold());
  }

  @Test
  void newsMtscGivesMacroF1PerEngine() throws IOException {
    List<EngineResult> results = EVAL.newsMtsc(Fixtures.newsMtsc(), "mini-newsmtsc.jsonl");
    for (EngineResult r : results) {
      // predicted positive, negative, neutral, neutral against positive, negative, neutral, positive
      assertEquals(4, r.value("n"), r.engine().label());
      assertEquals(75.0, r.value("accuracy"), 1e-9);
      assertEquals(100.0, r.value("f1_negative"), 1e-9);
      assertEquals(200.0 / 3, r.value("f1_neutral"), 1e-9);
      assertEquals(200.0 / 3, r.value("f1_positive"), 1e-9);
      assertEquals((100.0 + 400.0 / 3) / 3, r.value("macro_f1"), 1e-9);
    }
    assertEquals(Tone.NEUTRAL, results.get(1).predictions().get(3).label());
    assertEquals(new Gold.Label(Tone.POSITIVE), results.get(1).predictions().get(3).gold());
  }

  /**
   * Each line is "A verb , but B verb": two clauses cut at the comma, the first scored +0.5 by
   * VADER and positive by CoreNLP, the second -0.5 and negative; the sentence itself neutral.
   */
  private static final class TwoClauses extends FakeAnnotator {
    TwoClauses() {
      super(AnnotatorSettings.defaults().withEngines(EnumSet.of(SentimentEngineId.CORENLP, SentimentEngineId.VADER)),
          TwoClauses::sentences);
    }

    static org.dateline.model.AnnotatedArticle sentences(org.dateline.model.Article article) {
      List<org.dateline.model.Sentence> sentences = new java.util.ArrayList<>();
      int offset = 0;
      for (String line : article.text().split("\n", -1)) {
        List<org.dateline.model.Token> tokens = new java.util.ArrayList<>();
        int at = offset;
        for (String w : line.split(" ")) {
          String ner = Character.isUpperCase(w.charAt(0)) ? "PERSON" : "O";
          tokens.add(new org.dateline.model.Token(w, w, "VB", ner, at, at + w.length()));
          at += w.length() + 1;
        }
        offset += line.length() + 1;
        var positive = new org.dateline.model.ClassProbabilities(0, 0, 0.2, 0.6, 0.2);
        var negative = new org.dateline.model.ClassProbabilities(0.2, 0.6, 0.2, 0, 0);
        var first = new org.dateline.model.Clause(0, 2, positive, List.of(
            new org.dateline.model.SentenceScore(SentimentEngineId.CORENLP, positive.expectedScore(), Tone.POSITIVE),
            new org.dateline.model.SentenceScore(SentimentEngineId.VADER, 0.5, Tone.POSITIVE)));
        var second = new org.dateline.model.Clause(3, tokens.size(), negative, List.of(
            new org.dateline.model.SentenceScore(SentimentEngineId.CORENLP, negative.expectedScore(), Tone.NEGATIVE),
            new org.dateline.model.SentenceScore(SentimentEngineId.VADER, -0.5, Tone.NEGATIVE)));
        sentences.add(new org.dateline.model.Sentence(tokens, org.dateline.model.Sentiment.NEUTRAL,
            new org.dateline.model.ClassProbabilities(0, 0.2, 0.6, 0.2, 0), List.of(
                new org.dateline.model.SentenceScore(SentimentEngineId.CORENLP, 0, Tone.NEUTRAL),
                new org.dateline.model.SentenceScore(SentimentEngineId.VADER, 0, Tone.NEUTRAL)),
            List.of(first, second)));
      }
      return new org.dateline.model.AnnotatedArticle(article, sentences, List.of());
    }
  }

  @Test
  void aNewsMtscTargetGetsTheScoreOfTheSmallestClauseAroundIt() throws IOException {
    List<TargetItem> items = NewsMtscReader.read(new StringReader(
        "{\"sentence_normalized\": \"Kim won , but Lee lost badly\", \"targets\": [{\"from\": 0, \"to\": 3, "
            + "\"polarity\": 6.0}, {\"from\": 14, \"to\": 17, \"polarity\": 2.0}]}\n"
            + "{\"sentence_normalized\": \"Ann rose , but Bo fell\", \"targets\": [{\"from\": 15, \"to\": 17, "
            + "\"polarity\": 2.0}, {\"from\": 4, \"to\": 13, \"polarity\": 4.0}]}\n"), "two.jsonl");
    List<EngineResult> results = new EngineEvaluation(new TwoClauses(), 1).newsMtsc(items, "two.jsonl");
    for (EngineResult r : results) {
      assertEquals(List.of(Tone.POSITIVE, Tone.NEGATIVE, Tone.NEGATIVE, Tone.NEUTRAL),
          r.predictions().stream().map(Prediction::label).toList(),
          r.engine().label() + ": Kim and Lee by their clauses, Bo by his, and \"rose , but\" within no smaller clause");
    }
    assertEquals(0.5, results.get(1).predictions().get(0).score());
    assertEquals(-1.0, results.get(0).predictions().get(1).score(), 1e-12);
  }
}
