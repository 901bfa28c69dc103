package org.dateline.model;

import java.util.Objects;

/**
 * One token of an annotated sentence.
 *
 * @param word the word form as it appears in the text
 * @param lemma the lemma
 * @param pos the Penn Treebank part-of-speech tag
 * @param ner the NER label, {@code O} outside entities; never null
 */
public record Token(String word, String lemma, String pos, String ner) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
  }
}
