package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One document of a CoNLL-2003 file: the sentences between two {@code -DOCSTART-} lines.
 *
 * @param index the 0-based position of the document in its file
 * @param sentences the sentences in order
 */
public record ConllDocument(int index, List<ConllSentence> sentences) {
  public ConllDocument {
    sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
  }

  /**
   * The documents cut down to their first {@code limit} sentences in all; documents past the
   * limit are dropped and the last one kept may be cut short.
   */
  public static List<ConllDocument> firstSentences(List<ConllDocument> documents, int limit) {
    Objects.requireNonNull(documents, "documents");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, was " + limit);
    }
    List<ConllDocument> out = new ArrayList<>();
    int left = limit;
    for (ConllDocument d : documents) {
      if (left == 0) {
        break;
      }
      int take = Math.min(left, d.sentences().size());
      out.add(take == d.sentences().size() ? d : new ConllDocument(d.index(), d.sentences().subList(0, take)));
      left -= take;
    }
    return List.copyOf(out);
  }

  public static int sentenceCount(List<ConllDocument> documents) {
    return documents.stream().mapToInt(d -> d.sentences().size()).sum();
  }
}
