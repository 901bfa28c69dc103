package org.dateline.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dateline.analysis.topics.TopicCorpus;
import org.junit.jupiter.api.Test;

class TopicReferenceTest {

  private static final LocalDate DAY = LocalDate.of(1997, 1, 1);

  @Test
  void tokenisesAsMalletsImportDirDoes() {
    assertEquals(List.of("kim's", "u.s", "anti-japanese", "rodong", "côte"),
        TopicReference.malletTokens("Kim's U.S. anti-Japanese RODONG to a 1997 Côte 42nd"));
  }

  @Test
  void aDocumentHoldsTheWordsEitherTokeniserFinds() {
    TopicCorpus reference = reference();
    // tokens, not substrings: "japanese" is in no document; stopwords stay, unscored
    assertEquals(List.of("anti-japanese", "kim", "kim's", "rally", "struggle", "the"), reference.vocabulary());
    assertEquals(List.of("anti-japanese", "kim", "kim's", "rally"), words(reference, 0));
    assertEquals(List.of("kim", "struggle"), words(reference, 1));
  }

  @Test
  void scoresTheWordsOfBothSystemsAgainstTheOneReference() {
    // kim: documents 0, 1, 2; kim's: 0; rally: 0, 2; struggle: 1
    TopicCorpus reference = reference();
    // kim and rally: p_ab = 2/4, p_a = 3/4, p_b = 2/4
    double kimRally = Math.log((2 / 4.0) / (3 / 4.0 * 2 / 4.0)) / -Math.log(2 / 4.0);
    // kim's and struggle share no document: -1
    TopicBenchmark.Result r = TopicBenchmark.score("x", 7, reference, 99,
        List.of(List.of("kim", "rally"), List.of("kim's", "struggle")), 2.0);
    assertEquals((kimRally - 1) / 2, r.npmi(), 1e-12);
    assertEquals(1.0, r.diversity(), 1e-12);
    assertEquals(4, r.documents());
    assertEquals(99, r.tokens());
    assertEquals(99 * 10 / 2.0, r.tokensPerSecond(10), 1e-9);
  }

  @Test
  void aWordInNoDocumentScoresMinusOneWithEveryOther() {
    TopicBenchmark.Result r = TopicBenchmark.score("x", 7, reference(), 1,
        List.of(List.of("kim", "rally", "nowhere"), List.of("kim", "struggle")), 1.0);
    double kimRally = Math.log((2 / 4.0) / (3 / 4.0 * 2 / 4.0)) / -Math.log(2 / 4.0);
    double kimStruggle = Math.log((1 / 4.0) / (3 / 4.0 * 1 / 4.0)) / -Math.log(1 / 4.0);
    assertEquals(((kimRally - 2) / 3 + kimStruggle) / 2, r.npmi(), 1e-12);
    // five words listed, four distinct
    assertEquals(4 / 5.0, r.diversity(), 1e-12);
  }

  @Test
  void readsTheTokensMalletLoaded() {
    assertEquals(159_465, TopicBenchmark.malletTokens("Data loaded.\nmax tokens: 1210\ntotal tokens: 159465\n<10> LL/token"));
    assertEquals(0, TopicBenchmark.malletTokens("nothing"));
  }

  /** Four documents: dateline's terms split "Kim's"; MALLET's tokens keep it and "anti-Japanese" whole. */
  private static TopicCorpus reference() {
    return TopicReference.of(List.of("a", "b", "c", "d"), List.of(DAY, DAY, DAY, DAY),
        List.of(List.of("kim", "anti-japanese", "rally"), List.of("kim", "struggle"), List.of("kim", "rally"),
            List.of()),
        List.of("Kim's anti-Japanese rally", "Kim struggle", "Kim rally", "Of the"));
  }

  private static List<String> words(TopicCorpus corpus, int d) {
    return java.util.Arrays.stream(corpus.document(d)).mapToObj(corpus.vocabulary()::get).toList();
  }
}
