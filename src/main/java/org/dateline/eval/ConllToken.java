package org.dateline.eval;

import java.util.Objects;

/**
 * One token of a CoNLL-2003 sentence with its gold tag.
 *
 * @param word the word form, without spaces
 * @param tag the gold NER tag
 */
public record ConllToken(String word, IobTag tag) {
  public ConllToken {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(tag, "tag");
    if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "token '" + word + "' is empty or holds whitespace; pre-tokenized input needs single words");
    }
  }
}
