package org.dateline.model;

import java.util.Objects;

/**
 * One token of an annotated sentence.
 *
 * <p>The offsets let later stages see what the tokenizer saw: whether two tokens touch in the
 * text. CoreNLP splits a hyphenated word ({@code RC-135s}) into pieces ({@code RC}, {@code -},
 * {@code 135s}) that touch, while {@code RC - 135s} gives the same words with gaps between them.
 *
 * @param word the word form as the tokenizer gives it
 * @param lemma the lemma
 * @param pos the Penn Treebank part-of-speech tag
 * @param ner the NER label, {@code O} outside entities; never null
 * @param begin the offset of the token's first character in the annotated text, or
 *     {@link #NO_OFFSET} when not known
 * @param end the offset just past the token's last character, or {@link #NO_OFFSET}
 */
public record Token(String word, String lemma, String pos, String ner, int begin, int end) {

  /** The offset of a token made without a text, such as one built by hand. */
  public static final int NO_OFFSET = -1;

  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    boolean unknown = begin == NO_OFFSET && end == NO_OFFSET;
    if (!unknown && (begin < 0 || end < begin)) {
      throw new IllegalArgumentException("token '" + word + "' has offsets " + begin + ".." + end
          + "; give 0 <= begin <= end, or NO_OFFSET for both");
    }
  }

  /** A token without offsets: it is never taken to touch its neighbours. */
  public Token(String word, String lemma, String pos, String ner) {
    this(word, lemma, pos, ner, NO_OFFSET, NO_OFFSET);
  }

  /** Whether the offsets are known. */
  public boolean hasOffsets() {
    return begin != NO_OFFSET;
  }

  /**
   * Whether {@code next} starts exactly where this token ends, with nothing between them. False
   * when either token's offsets are unknown.
   */
  public boolean touches(Token next) {
    return hasOffsets() && next.hasOffsets() && next.begin == end;
  }

  /** This token with both offsets moved by {@code delta}; itself when offsets are unknown. */
  public Token shifted(int delta) {
    if (!hasOffsets() || delta == 0) {
      return this;
    }
    return new Token(word, lemma, pos, ner, begin + delta, end + delta);
  }
}
