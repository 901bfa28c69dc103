package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NgramCountsTest {

  static Map<String, Long> sequences(NgramCounts n, int size) {
    Map<String, Long> out = new TreeMap<>();
    n.forEach(size, (w, c) -> {
      StringBuilder b = new StringBuilder(n.word(w[0]));
      for (int i = 1; i < w.length; i++) {
        b.append(' ').append(n.word(w[i]));
      }
      out.put(b.toString(), c);
    });
    return out;
  }

  @Test
  void pairsAreLowerCasedStopAtPunctuationAndNeverSpanSentences() {
    NgramCounts n = NgramCounts.empty(3).add(TestArticles.annotated(null, "The Party , the people", "People 's Army"));
    assertEquals(Map.of("the party", 1L, "the people", 1L, "people 's", 1L, "'s army", 1L), sequences(n, 2));
    assertEquals(Map.of("people 's army", 1L), sequences(n, 3));
  }

  @Test
  void mergeTranslatesWordNumbersAndAdds() {
    NgramCounts a = NgramCounts.empty(3).add(TestArticles.annotated(null, "x y z"));
    NgramCounts b = NgramCounts.empty(3).add(TestArticles.annotated(null, "z y x", "x y z"));
    NgramCounts merged = NgramCounts.empty(3).merge(a).merge(b);
    assertEquals(Map.of("x y", 2L, "y z", 2L, "z y", 1L, "y x", 1L), sequences(merged, 2));
    assertEquals(Map.of("x y z", 2L, "z y x", 1L), sequences(merged, 3));
    a.merge(a);
    assertEquals(Map.of("x y", 2L, "y z", 2L), sequences(a, 2));
  }

  @Test
  void manyDistinctPairsSurviveGrowth() {
    NgramCounts n = NgramCounts.empty(2);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      s.append("w").append(i).append(' ');
    }
    n.add(TestArticles.annotated(null, s.toString()));
    n.add(TestArticles.annotated(null, s.toString()));
    assertEquals(4999, n.distinct(2));
    assertEquals(2L, sequences(n, 2).get("w1234 w1235"));
  }
}
