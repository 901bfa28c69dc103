package org.dateline.annotate.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.EntitySentimentRow;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.Profile;
import org.dateline.annotate.ScoreMemo;
import org.dateline.annotate.embed.FakeSentenceVectors;
import org.dateline.annotate.embed.SentenceVectors;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.ClassProbabilities;
import org.dateline.model.Clause;
import org.dateline.model.DateSource;
import org.dateline.model.Origin;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.Sentiment;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Token;
import org.dateline.model.Phrase;
import org.dateline.model.PhraseKind;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Tone;
import org.dateline.testing.FakeAnnotator;
import org.junit.jupiter.api.Test;

class NewsScoringAnnotatorTest {

  private static final SentenceVectors VECTORS = FakeSentenceVectors.INSTANCE;
  private static final NewsScorer SCORER = NewsScorer.bundled(VECTORS);

  /** Gives one two-clause sentence with CoreNLP's and VADER's scores, whatever the article. */
  private static final class Fixed extends FakeAnnotator {
    Fixed(AnnotatorSettings settings) {
      super(settings, Fixed::sentence);
    }

    static AnnotatedArticle sentence(Article article) {
      List<Token> tokens = List.of(new Token("Seoul", "Seoul", "NNP", "CITY"), new Token("rose", "rise", "VBD", "O"),
          new Token("but", "but", "CC", "O"), new Token("Tokyo", "Tokyo", "NNP", "CITY"),
          new Token("fell", "fall", "VBD", "O"));
      ClassProbabilities p = new ClassProbabilities(0.1, 0.2, 0.4, 0.2, 0.1);
      List<SentenceScore> scores = List.of(new SentenceScore(SentimentEngineId.CORENLP, 0, Tone.NEUTRAL),
          new SentenceScore(SentimentEngineId.VADER, 0.0, Tone.NEUTRAL));
      Clause up = new Clause(0, 2, new ClassProbabilities(0, 0, 0.1, 0.6, 0.3),
          List.of(new SentenceScore(SentimentEngineId.CORENLP, 1.2, Tone.POSITIVE),
              new SentenceScore(SentimentEngineId.VADER, 0.6, Tone.POSITIVE)));
      Clause down = new Clause(2, 5, new ClassProbabilities(0.3, 0.6, 0.1, 0, 0),
          List.of(new SentenceScore(SentimentEngineId.CORENLP, -1.2, Tone.NEGATIVE),
              new SentenceScore(SentimentEngineId.VADER, -0.6, Tone.NEGATIVE)));
      // a parse's clauses are phrases of its sentiment tree too
      List<Phrase> phrases = List.of(new Phrase(0, 2, PhraseKind.CLAUSE, up.probabilities()),
          new Phrase(2, 5, PhraseKind.CLAUSE, down.probabilities()));
      return new AnnotatedArticle(article,
          List.of(new Sentence(tokens, Sentiment.NEUTRAL, p, scores, List.of(up, down), phrases)), List.of());
    }
  }

  private static AnnotatorSettings settings(Set<SentimentEngineId> engines) {
    return new AnnotatorSettings(Layers.SENTIMENT, Profile.FAST, false, 120, EnumSet.copyOf(engines));
  }

  private static final Article ARTICLE = Article.builder().id("a").text("Seoul rose but Tokyo fell")
      .origin(Origin.line("a.txt", 1)).build();

  @Test
  void newsAloneKeepsOnlyItsOwnScoresAndReadsTheMentionsClause() {
    Annotator news = NewsScoringAnnotator.over(new Fixed(settings(Set.of(SentimentEngineId.NEWS))), VECTORS);
    Sentence s = news.annotate(ARTICLE).sentences().get(0);
    assertEquals(List.of(SentimentEngineId.NEWS), s.scores().stream().map(SentenceScore::engine).toList());
    assertNull(s.sentiment(), "CoreNLP's class is not shown when corenlp was not chosen");
    for (Clause c : s.clauses()) {
      assertEquals(List.of(SentimentEngineId.NEWS), c.scores().stream().map(SentenceScore::engine).toList());
    }
    double seoul = s.scoreAround(SentimentEngineId.NEWS, 0, 1).orElseThrow().score();
    double tokyo = s.scoreAround(SentimentEngineId.NEWS, 3, 4).orElseThrow().score();
    assertTrue(seoul > tokyo + 0.2, "each mention reads its own clause: " + seoul + " / " + tokyo);
    assertTrue(tokyo < 0, "falling is bad news: " + tokyo);
    Sentence inner = new Fixed(settings(Set.of(SentimentEngineId.NEWS))).annotate(ARTICLE).sentences().get(0);
    assertEquals(SCORER.score(inner, null), s.score(SentimentEngineId.NEWS).orElseThrow(),
        "computed from the inner annotator's sentence, before the other engines' scores were removed");
  }

  /** {@link Fixed} with its two names as entity mentions. */
  private static final class Named extends FakeAnnotator {
    Named(AnnotatorSettings settings) {
      super(settings, Named::sentence);
    }

    static AnnotatedArticle sentence(Article article) {
      AnnotatedArticle a = Fixed.sentence(article);
      return new AnnotatedArticle(a.article(), a.sentences(), List.of(
          new EntityMention("Seoul", EntityType.LOCATION, 0, 0, 1), new EntityMention("Tokyo", EntityType.LOCATION, 0, 3, 4),
          new EntityMention("Tokyo", EntityType.LOCATION, 0, 3, 4)));
    }
  }

  @Test
  void eachMentionIsScoredAsATargetOfItsOwnAndTheOtherEnginesKeepTheirClauses() {
    AnnotatorSettings engines = settings(EnumSet.allOf(SentimentEngineId.class));
    Sentence s = NewsScoringAnnotator.over(new Named(engines), VECTORS).annotate(ARTICLE).sentences().get(0);
    assertEquals(List.of("0..1", "3..4"), s.targets().stream().map(t -> t.begin() + ".." + t.end()).toList(),
        "one per distinct mention");
    Sentence inner = new Fixed(engines).annotate(ARTICLE).sentences().get(0);
    NewsScorer model = SCORER;
    assertEquals(model.score(inner, 3, 4), s.scoreAround(SentimentEngineId.NEWS, 3, 4).orElseThrow());
    assertEquals(model.score(inner, 0, 1), s.scoreAround(SentimentEngineId.NEWS, 0, 1).orElseThrow());
    // the window ("but" on Tokyo's left, "rose" on Seoul's right) and the place reach the score
    assertTrue(!model.score(inner, 3, 4).equals(model.score(inner, inner.clauses().get(1))),
        "a mention's own score is not its clause's");
    assertEquals(-0.6, s.scoreAround(SentimentEngineId.VADER, 3, 4).orElseThrow().score(),
        "VADER still reads the clause");
    assertEquals(List.of(), NewsScoringAnnotator.over(new Fixed(engines), VECTORS).annotate(ARTICLE).sentences().get(0)
        .targets(), "no mentions, no targets");

    // the entity table reads the mention's own score
    Article dated = Article.builder().id("d").date(LocalDate.of(2024, 3, 5), DateSource.INPUT)
        .text("Seoul rose but Tokyo fell").origin(Origin.line("a.txt", 1)).build();
    CorpusTables tables = CorpusTables.empty(AggregateSettings.defaults())
        .add(NewsScoringAnnotator.over(new Named(engines), VECTORS).annotate(dated));
    EntitySentimentRow tokyo = tables.resolvedEntities().sentiment().rows(1).stream()
        .filter(r -> r.entity().equals("Tokyo") && r.engine() == SentimentEngineId.NEWS).findFirst().orElseThrow();
    assertEquals(2, tokyo.mentions());
    assertEquals(model.score(inner, 3, 4).score(), tokyo.mean().doubleValue(), 1e-4);
  }

  /** {@link Named}, offering a memo held in a map, as a cache does. */
  private static final class Remembering extends FakeAnnotator implements ScoreMemo {
    private final Map<String, byte[]> memo;

    Remembering(AnnotatorSettings settings, Map<String, byte[]> memo) {
      super(settings, Named::sentence);
      this.memo = memo;
    }

    @Override
    public Optional<byte[]> scores(Article article, String scorer) {
      return Optional.ofNullable(memo.get(scorer + "|" + article.text()));
    }

    @Override
    public void putScores(Article article, String scorer, byte[] data) {
      memo.put(scorer + "|" + article.text(), data.clone());
    }
  }

  @Test
  void scoresKeptInAMemoAreReadBackToTheBitAndUnfittingOnesAreComputedAgain() {
    AnnotatorSettings engines = settings(EnumSet.allOf(SentimentEngineId.class));
    AnnotatedArticle computed = new NewsScoringAnnotator(new Named(engines), SCORER).annotate(ARTICLE);
    Map<String, byte[]> memo = new HashMap<>();
    Annotator remembering = NewsScoringAnnotator.over(new Remembering(engines, memo), VECTORS);
    assertEquals(computed.sentences(), remembering.annotate(ARTICLE).sentences());
    assertEquals(1, memo.size(), "stored once, under the model's fingerprint");
    String key = memo.keySet().iterator().next();
    assertTrue(key.contains(NewsModel.bundled().fingerprint()), key);
    assertTrue(key.contains(" " + VECTORS.model()), "and under the encoder's name: " + key);

    // What the memo holds is what is read: the sentence's score (the first) set to 0.25, positive.
    byte[] kept = memo.get(key);
    ByteBuffer edited = ByteBuffer.wrap(kept.clone());
    edited.putDouble(8, 0.25);
    edited.put(16, (byte) Tone.POSITIVE.ordinal());
    memo.put(key, edited.array());
    Sentence read = remembering.annotate(ARTICLE).sentences().get(0);
    assertEquals(new SentenceScore(SentimentEngineId.NEWS, 0.25, Tone.POSITIVE),
        read.score(SentimentEngineId.NEWS).orElseThrow());
    assertEquals(computed.sentences().get(0).clauses(), read.clauses());

    // Scores that do not fit the annotations (a mention fewer, a cut entry) are computed anew.
    byte[] fewer = kept.clone();
    ByteBuffer.wrap(fewer).putInt(4, 4);
    for (byte[] unfit : List.of(fewer, Arrays.copyOf(kept, kept.length - 3), new byte[0])) {
      memo.put(key, unfit);
      assertEquals(computed.sentences(), remembering.annotate(ARTICLE).sentences());
      assertArrayEquals(kept, memo.get(key), "stored again");
    }
  }

  @Test
  void allThreeEnginesKeepEveryScoreAndNoNewsLeavesTheAnnotatorAlone() {
    Annotator all = NewsScoringAnnotator.over(new Fixed(settings(EnumSet.allOf(SentimentEngineId.class))), VECTORS);
    Sentence s = all.annotate(ARTICLE).sentences().get(0);
    assertEquals(List.of(SentimentEngineId.CORENLP, SentimentEngineId.VADER, SentimentEngineId.NEWS),
        s.scores().stream().map(SentenceScore::engine).toList());
    assertEquals(Sentiment.NEUTRAL, s.sentiment());
    Annotator vader = new Fixed(settings(Set.of(SentimentEngineId.VADER)));
    assertSame(vader, NewsScoringAnnotator.over(vader, VECTORS));
  }

  @Test
  void newsNeedsTheParserAndVader() {
    AnnotatorSettings news = settings(Set.of(SentimentEngineId.NEWS));
    assertTrue(news.runsCoreNlpSentiment());
    assertEquals(List.of(SentimentEngineId.VADER),
        SentimentEngines.textEngines(news.activeEngines()).stream().map(SentimentEngine::id).toList());
  }
}
