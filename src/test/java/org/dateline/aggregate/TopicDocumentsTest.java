package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.analysis.topics.TopicCorpus;
import org.dateline.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** The topic model's documents: the run's terms, in input order however the work was split. */
class TopicDocumentsTest {
  static final LocalDate DAY = LocalDate.of(2024, 3, 14);
  final AggregateSettings settings = AggregateSettings.defaults().withTopics(TopicSettings.of(2));

  private AnnotatedArticle doc(String id, String words) {
    return TestArticles.builder(DAY).id(id).sentence(words).build();
  }

  private static List<String> words(TopicCorpus corpus, int d) {
    List<String> out = new ArrayList<>();
    for (int w : corpus.document(d)) {
      out.add(corpus.vocabulary().get(w));
    }
    return out;
  }

  @Test
  void splitAndMergedInAnyOrderTheCorpusIsTheSameAndPruned() {
    List<AnnotatedArticle> docs = List.of(
        doc("a", "The leader visited the farm"), doc("b", "The farm grew rice and maize"),
        doc("c", "Rice and maize at the factory"), doc("d", "The leader spoke at the factory"),
        doc("e", "Nothing else"));
    List<String> order = List.of("a", "b", "c", "d", "e");
    CorpusTables whole = CorpusTables.empty(settings);
    docs.forEach(whole::add);
    CorpusTables first = CorpusTables.empty(settings);
    CorpusTables second = CorpusTables.empty(settings);
    second.add(docs.get(4)).add(docs.get(2));
    first.add(docs.get(3)).add(docs.get(0)).add(docs.get(1));
    CorpusTables merged = CorpusTables.empty(settings).merge(second).merge(first);

    TopicCorpus a = TopicCorpus.of(whole.topicDocuments(), order);
    TopicCorpus b = TopicCorpus.of(merged.topicDocuments(), order);
    // in 2 of 5 documents each (kept); "visited", "grew", "spoke", "nothing" in one (pruned); no stopwords
    assertEquals(List.of("factory", "farm", "leader", "maize", "rice"), a.vocabulary());
    assertEquals(a.vocabulary(), b.vocabulary());
    for (int d = 0; d < 5; d++) {
      assertEquals(order.get(d), a.docId(d));
      assertEquals(words(a, d), words(b, d));
    }
    assertEquals(List.of("leader", "farm"), words(a, 0));
    assertEquals(List.of("farm", "rice", "maize"), words(a, 1));
    assertEquals(List.of(), words(a, 4));
    assertEquals(10, a.tokens());
  }

  @Test
  void aTermInMoreThanHalfTheDocumentsIsPruned() {
    CorpusTables t = CorpusTables.empty(settings);
    t.add(doc("a", "korea farm")).add(doc("b", "korea farm")).add(doc("c", "korea rice")).add(doc("d", "rice"));
    TopicCorpus c = TopicCorpus.of(t.topicDocuments(), List.of("a", "b", "c", "d"));
    // korea in 3 of 4 (> half): out; farm and rice in 2 of 4 (half): kept
    assertEquals(List.of("farm", "rice"), c.vocabulary());
  }

  @Test
  void withoutTopicsNoDocumentsAreKept() {
    CorpusTables t = CorpusTables.empty(AggregateSettings.defaults());
    t.add(doc("a", "korea farm"));
    assertEquals(null, t.topicDocuments());
  }
}
