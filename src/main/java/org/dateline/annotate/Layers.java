package org.dateline.annotate;

import java.util.Locale;

/**
 * How much annotation a run asks for. Each level includes the ones before it, because each
 * costs more than the one before: terms need the tokenizer only, entities add the tagger,
 * lemmatizer and NER, sentiment adds the sentiment engines: CoreNLP's needs the constituency
 * parser and its sentiment model, VADER only the sentence text.
 */
public enum Layers {
  /** Tokens and sentences (plus lemmas when lemmas are counted): terms tables only. */
  TERMS,
  /** Adds part of speech, lemmas and named entities. */
  ENTITIES,
  /** Adds sentence sentiment from the chosen engines (see {@link AnnotatorSettings#engines()}). The default. */
  SENTIMENT;

  public boolean includes(Layers other) {
    return ordinal() >= other.ordinal();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
