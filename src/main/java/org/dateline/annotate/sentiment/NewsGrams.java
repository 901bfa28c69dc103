package org.dateline.annotate.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.dateline.model.Phrase;
import org.dateline.model.PhraseKind;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.model.Tone;

/**
 * The word n-grams of the {@code news} engine: the sentence's words and word pairs with names
 * and the target masked, and, with a target, the words around it and its place in the parse.
 * The model has a weight for each n-gram it saw often enough in training.
 *
 * <p>Immutable and thread-safe.
 */
public final class NewsGrams {

  /** The stand-in for a name or the target in {@link #grams}. */
  public static final String NAME = "<name>";

  /** How many tokens on each side of a target give its window n-grams. */
  public static final int WINDOW = 4;

  /** The n-gram of a target that opens its sentence. */
  public static final String START = "START";

  private final VaderLexicon lexicon;

  /** @param lexicon gives the sign of the valence of the words around a target */
  public NewsGrams(VaderLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * The sentence's word unigrams and bigrams, lower case, sorted and distinct, with every named
   * token and the target's tokens ({@code from .. to - 1}, or none for -1) replaced by
   * {@link #NAME}, a run of them by one. Only words with a letter count, and "!" and "?";
   * numbers and other punctuation are left out. Masking keeps the model from learning who is
   * liked in its training news rather than how tone is written.
   *
   * <p>With a target, also the words around it (see {@link #WINDOW}): {@code L:word} for each
   * word among the {@value #WINDOW} tokens just left of the target, {@code R:word} for those
   * just right, {@code L1:word} and {@code R1:word} for the nearest word on each side within
   * them, and {@link #START} when the target opens the sentence. A name in the window is
   * {@link #NAME} there too ("L:&lt;name&gt;"): which names stand near a target is news, not tone,
   * while that some name does ("talks between X and the target") still says something.
   */
  public List<String> grams(Sentence sentence, int from, int to) {
    Objects.requireNonNull(sentence, "sentence");
    return grams(sentence, from, to, from >= 0 && to > from ? TargetPlace.of(sentence, from, to) : null);
  }

  /** {@link #grams(Sentence, int, int)} with the target's place already found (null without a target). */
  List<String> grams(Sentence sentence, int from, int to, TargetPlace place) {
    List<String> words = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (i >= from && i < to) {
        if (words.isEmpty() || !words.get(words.size() - 1).equals(NAME)) {
          words.add(NAME);
        }
        continue;
      }
      String w = gramWord(tokens.get(i));
      if (w != null && !(w.equals(NAME) && !words.isEmpty() && words.get(words.size() - 1).equals(NAME))) {
        words.add(w);
      }
    }
    TreeSet<String> grams = new TreeSet<>(words);
    for (int i = 1; i < words.size(); i++) {
      grams.add(words.get(i - 1) + " " + words.get(i));
    }
    if (from >= 0 && to > from) {
      window(tokens, from, to, grams);
      position(sentence, from, to, place, grams);
    }
    return List.copyOf(grams);
  }

  /**
   * Whether an n-gram of {@link #grams} describes the target (its window, {@link #START}, its
   * place in the parse) rather than the sentence: the two kinds are penalised apart.
   */
  public static boolean isTargetGram(String gram) {
    return gram.equals(START) || gram.startsWith("L:") || gram.startsWith("R:") || gram.startsWith("L1:")
        || gram.startsWith("R1:") || gram.startsWith("P:");
  }

  private static void window(List<Token> tokens, int from, int to, TreeSet<String> grams) {
    if (from == 0) {
      grams.add(START);
    }
    side(tokens, from - 1, -1, "L", grams);
    side(tokens, to, 1, "R", grams);
  }

  /** The window grams of the {@link #WINDOW} tokens from {@code first} on, one {@code step} at a time. */
  private static void side(List<Token> tokens, int first, int step, String prefix, TreeSet<String> grams) {
    boolean nearest = true;
    for (int n = 0, i = first; n < WINDOW && i >= 0 && i < tokens.size(); n++, i += step) {
      String w = gramWord(tokens.get(i));
      if (w != null) {
        grams.add(prefix + ":" + w);
        if (nearest) {
          grams.add(prefix + "1:" + w);
          nearest = false;
        }
      }
    }
  }

  /** The token as an n-gram word: {@link #NAME} for a name, null for numbers and punctuation. */
  private static String gramWord(Token t) {
    if (!t.ner().isEmpty() && !t.ner().equals("O")) {
      return NAME;
    }
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.equals("!") || w.equals("?") || w.chars().anyMatch(Character::isLetter) ? w : null;
  }

  /**
   * Adds the target's place in the parse: {@code P:subject} (the first part of a clause),
   * {@code P:object} (inside a verb phrase, after its verb), {@code P:pp} (in a prepositional
   * phrase), {@code P:np} (inside a larger noun phrase), or {@code P:other}; {@code P:possessive}
   * when "'s" follows it. Each also crossed with the tone CoreNLP gives the sibling phrase
   * ({@code P:subject+sibling:negative}) and with the sign of the lexicon valence of the window's
   * words ({@code P:subject+window:positive}). Nothing without phrases.
   */
  private void position(Sentence sentence, int from, int to, TargetPlace place, TreeSet<String> grams) {
    if (sentence.phrases().isEmpty()) {
      return;
    }
    Phrase parent = place.parent();
    PhraseKind kind = parent == null ? PhraseKind.CLAUSE : parent.kind();
    int parentBegin = parent == null ? 0 : parent.begin();
    String role = switch (kind) {
      case CLAUSE -> place.begin() == parentBegin ? "subject" : "other";
      case VERB_PHRASE -> place.begin() > parentBegin ? "object" : "other";
      case PREPOSITIONAL_PHRASE -> "pp";
      case NOUN_PHRASE -> "np";
      default -> "other";
    };
    List<String> roles = new ArrayList<>(List.of(role));
    List<Token> tokens = sentence.tokens();
    if (to < tokens.size() && tokens.get(to).pos().equals("POS")) {
      roles.add("possessive");
    }
    Phrase sibling = place.sibling();
    String siblingTone = sibling == null ? null : Tone.of(sibling.probabilities().mostLikely()).label();
    String windowTone = windowTone(tokens, from, to);
    for (String r : roles) {
      grams.add("P:" + r);
      if (siblingTone != null) {
        grams.add("P:" + r + "+sibling:" + siblingTone);
      }
      grams.add("P:" + r + "+window:" + windowTone);
    }
  }

  /** The sign of the summed lexicon valence of the window's words, names left out. */
  private String windowTone(List<Token> tokens, int from, int to) {
    double valence = 0;
    for (int i = Math.max(0, from - WINDOW); i < Math.min(tokens.size(), to + WINDOW); i++) {
      Token t = tokens.get(i);
      if ((i < from || i >= to) && (t.ner().isEmpty() || t.ner().equals("O"))) {
        valence += lexicon.valence(t.word().toLowerCase(Locale.ROOT)).orElse(0);
      }
    }
    return valence > 0 ? "positive" : valence < 0 ? "negative" : "neutral";
  }
}
