package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Sentence;

/**
 * The dated documents as sequences of the terms that {@code terms_by_date.csv} counts (the same
 * {@link TermPolicy}), for the topic model: each document a compact array of ids into this
 * accumulator's own vocabulary.
 *
 * <p>A mergeable accumulator like {@link TermTable}: ids are local to an instance, and
 * {@link #merge} maps the other's ids into this one's. The order in which documents arrive
 * depends on the threads; {@link #inOrder} puts them back in input order.
 *
 * <p>Not thread-safe.
 */
public final class TopicDocuments implements java.io.Serializable {

  /**
   * One document.
   *
   * @param docId the article id
   * @param date its date
   * @param terms ids into the vocabulary of the instance that holds it, in text order
   */
  public record Document(String docId, LocalDate date, int[] terms) implements java.io.Serializable {
    public Document {
      Objects.requireNonNull(docId, "docId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(terms, "terms");
    }
  }

  private final TermPolicy policy;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private final List<Document> documents = new ArrayList<>();

  private TopicDocuments(TermPolicy policy) {
    this.policy = policy;
  }

  public static TopicDocuments empty(AggregateSettings settings) {
    return new TopicDocuments(Objects.requireNonNull(settings, "settings").termPolicy());
  }

  /** Adds a dated article's terms; ignores an undated one. Returns this. */
  public TopicDocuments add(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    LocalDate date = article.article().date();
    if (date == null) {
      return this;
    }
    int[][] buffer = {new int[64]};
    int[] n = {0};
    for (Sentence sentence : article.sentences()) {
      policy.forEachTerm(sentence.tokens(), term -> {
        if (n[0] == buffer[0].length) {
          buffer[0] = Arrays.copyOf(buffer[0], n[0] * 2);
        }
        buffer[0][n[0]++] = id(term);
      });
    }
    documents.add(new Document(article.article().id(), date, Arrays.copyOf(buffer[0], n[0])));
    return this;
  }

  /** Adds the documents of {@code other} into this one and returns this; {@code other} is not changed. */
  public TopicDocuments merge(TopicDocuments other) {
    Objects.requireNonNull(other, "other");
    List<Document> theirs = List.copyOf(other.documents);
    List<String> theirWords = List.copyOf(other.words);
    int[] map = new int[theirWords.size()];
    for (int i = 0; i < map.length; i++) {
      map[i] = id(theirWords.get(i));
    }
    for (Document d : theirs) {
      int[] terms = new int[d.terms().length];
      for (int i = 0; i < terms.length; i++) {
        terms[i] = map[d.terms()[i]];
      }
      documents.add(new Document(d.docId(), d.date(), terms));
    }
    return this;
  }

  private int id(String term) {
    Integer id = ids.get(term);
    if (id == null) {
      id = words.size();
      ids.put(term, id);
      words.add(term);
    }
    return id;
  }

  /** The term of an id of this instance. */
  public String word(int id) {
    return words.get(id);
  }

  /** Distinct terms seen. */
  public int vocabularySize() {
    return words.size();
  }

  /** Documents held. */
  public int size() {
    return documents.size();
  }

  /**
   * The documents in the order of {@code inputOrder} (the run's document ids in input order);
   * documents sharing an id, or missing from the list, follow by date and then by their terms, so
   * the order never depends on how the work was split.
   */
  public List<Document> inOrder(List<String> inputOrder) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < inputOrder.size(); i++) {
      position.putIfAbsent(inputOrder.get(i), i);
    }
    List<Document> out = new ArrayList<>(documents);
    out.sort((a, b) -> {
      int c = Integer.compare(position.getOrDefault(a.docId(), Integer.MAX_VALUE),
          position.getOrDefault(b.docId(), Integer.MAX_VALUE));
      if (c == 0) c = a.docId().compareTo(b.docId());
      if (c == 0) c = a.date().compareTo(b.date());
      if (c == 0) c = compareTerms(a.terms(), b.terms());
      return c;
    });
    return out;
  }

  private int compareTerms(int[] a, int[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = words.get(a[i]).compareTo(words.get(b[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }
}
