package org.dateline.analysis.topics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.dateline.aggregate.TopicDocuments;

/**
 * The documents a topic model is fitted on: a pruned vocabulary in alphabetical order (so ids
 * never depend on how the run was split) and each document as word ids, in input order.
 *
 * <p>Pruning: a term in fewer than 2 documents, or in more than half of them, is left out. A
 * document whose terms are all pruned stays, with no tokens: its proportions are the prior's.
 */
public final class TopicCorpus {
  /** Fewest documents a term must occur in. */
  public static final int MIN_DOCUMENTS = 2;

  private final List<String> vocabulary;
  private final List<String> docIds;
  private final List<LocalDate> dates;
  private final int[][] documents;
  private final long tokens;

  public TopicCorpus(List<String> vocabulary, List<String> docIds, List<LocalDate> dates, int[][] documents) {
    this.vocabulary = List.copyOf(vocabulary);
    this.docIds = List.copyOf(docIds);
    this.dates = List.copyOf(dates);
    this.documents = Objects.requireNonNull(documents, "documents");
    if (docIds.size() != documents.length || dates.size() != documents.length) {
      throw new IllegalArgumentException("ids, dates and documents differ in number");
    }
    long n = 0;
    for (int[] d : documents) {
      for (int w : d) {
        if (w < 0 || w >= vocabulary.size()) {
          throw new IllegalArgumentException("word id " + w + " outside the vocabulary of " + vocabulary.size());
        }
      }
      n += d.length;
    }
    this.tokens = n;
  }

  /**
   * The pruned corpus of a run's documents.
   *
   * @param inputOrder the run's document ids in input order
   */
  public static TopicCorpus of(TopicDocuments documents, List<String> inputOrder) {
    List<TopicDocuments.Document> docs = documents.inOrder(inputOrder);
    int n = docs.size();
    int[] df = new int[documents.vocabularySize()];
    int[] lastSeen = new int[df.length];
    java.util.Arrays.fill(lastSeen, -1);
    for (int d = 0; d < n; d++) {
      for (int w : docs.get(d).terms()) {
        if (lastSeen[w] != d) {
          lastSeen[w] = d;
          df[w]++;
        }
      }
    }
    TreeSet<String> kept = new TreeSet<>();
    for (int w = 0; w < df.length; w++) {
      if (df[w] >= MIN_DOCUMENTS && 2L * df[w] <= n) {
        kept.add(documents.word(w));
      }
    }
    List<String> vocabulary = new ArrayList<>(kept);
    java.util.Map<String, Integer> ids = new java.util.HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      ids.put(vocabulary.get(i), i);
    }
    int[] map = new int[df.length];
    for (int w = 0; w < df.length; w++) {
      map[w] = ids.getOrDefault(documents.word(w), -1);
    }
    int[][] out = new int[n][];
    List<String> docIds = new ArrayList<>(n);
    List<LocalDate> dates = new ArrayList<>(n);
    for (int d = 0; d < n; d++) {
      TopicDocuments.Document doc = docs.get(d);
      int[] terms = doc.terms();
      int k = 0;
      int[] ws = new int[terms.length];
      for (int w : terms) {
        if (map[w] >= 0) {
          ws[k++] = map[w];
        }
      }
      out[d] = java.util.Arrays.copyOf(ws, k);
      docIds.add(doc.docId());
      dates.add(doc.date());
    }
    return new TopicCorpus(vocabulary, docIds, dates, out);
  }

  public List<String> vocabulary() {
    return vocabulary;
  }

  public int size() {
    return documents.length;
  }

  /** Document {@code d}'s word ids (the array itself: do not change it). */
  public int[] document(int d) {
    return documents[d];
  }

  public String docId(int d) {
    return docIds.get(d);
  }

  public LocalDate date(int d) {
    return dates.get(d);
  }

  /** Tokens modelled: the documents' lengths summed. */
  public long tokens() {
    return tokens;
  }
}
