package org.dateline.annotate.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.dateline.annotate.embed.SentenceEncoder;
import org.dateline.model.ClassProbabilities;
import org.dateline.model.Clause;
import org.dateline.model.Phrase;
import org.dateline.model.PhraseKind;
import org.dateline.model.Tone;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Token;

/**
 * The features of the {@code news} engine, computed from what an annotated {@link Sentence}
 * carries (CoreNLP's class probabilities at the root, at its clauses and at the phrases of its
 * sentiment tree, VADER's compound scores of the sentence and of its clauses with names left
 * out, and the tokens), so that cached annotations serve the engine and a new model over the
 * same features needs no new cache.
 *
 * <p>Two groups of features: the sentence's, and the target's, read from the smallest clause
 * around the target (see {@link #around}), followed by the target's phrase and its sibling in
 * the sentiment tree; a sentence scored without a target uses its own features for every
 * group. Where CoreNLP gave no probabilities (a sentence over the
 * parse-length cap, a clause cut at punctuation), the clause falls back to the sentence's and
 * the sentence to a certain neutral class, so every feature is always defined.
 *
 * <p>Stateless and thread-safe.
 */
public final class NewsFeatures {

  /** Words that negate what follows, lower case, beside VADER's own list through "n't". */
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing",
      "neither", "nor", "nowhere", "without", "cannot", "n't", "lack", "lacks", "lacked", "fail", "fails", "failed");

  private static final ClassProbabilities CERTAIN_NEUTRAL = new ClassProbabilities(0, 0, 1, 0, 0);

  private static final List<String> GROUP = List.of("corenlp_p0", "corenlp_p1", "corenlp_p3", "corenlp_p4",
      "corenlp_expected", "vader_compound", "lexicon_positive", "lexicon_negative", "negations");

  private static final List<String> PROBABILITIES = List.of("corenlp_p0", "corenlp_p1", "corenlp_p3", "corenlp_p4",
      "corenlp_expected");

  /** The feature names, in the order {@link #of} returns their values. */
  public static final List<String> NAMES = names();

  private final VaderLexicon lexicon;

  public NewsFeatures(VaderLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The features over the bundled VADER lexicon. */
  public static NewsFeatures bundled() {
    return new NewsFeatures(VaderLexicon.bundled());
  }

  private static List<String> names() {
    List<String> out = new ArrayList<>();
    for (String n : GROUP) {
      out.add("sentence_" + n);
    }
    for (String n : GROUP) {
      out.add("target_" + n);
    }
    out.add("target_in_clause");
    out.add("target_vader_minus_sentence");
    for (String n : PROBABILITIES) {
      out.add("phrase_" + n);
    }
    for (String n : PROBABILITIES) {
      out.add("sibling_" + n);
    }
    out.add("sibling_known");
    for (int i = 0; i < SentenceEncoder.DIMENSIONS; i++) {
      out.add(String.format(Locale.ROOT, "%s%03d", EMBEDDING, i));
    }
    return List.copyOf(out);
  }

  /** The prefix of the sentence vector's features ({@link SentenceEncoder}). */
  public static final String EMBEDDING = "embedding_";

  /**
   * The sentence as the encoder reads it: its tokens' words, a space where the text had one
   * (or where the tokens carry no offsets).
   */
  static String text(Sentence sentence) {
    StringBuilder out = new StringBuilder();
    int end = Token.NO_OFFSET;
    for (Token t : sentence.tokens()) {
      if (out.length() > 0 && (t.begin() == Token.NO_OFFSET || end == Token.NO_OFFSET || t.begin() > end)) {
        out.append(' ');
      }
      out.append(t.word());
      end = t.end();
    }
    return out.toString();
  }

  /** The stand-in for a name or the target in {@link #grams}. */
  public static final String NAME = "<name>";

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
  public static List<String> grams(Sentence sentence, int from, int to) {
    Objects.requireNonNull(sentence, "sentence");
    return grams(sentence, from, to, from >= 0 && to > from ? Place.of(sentence, from, to) : null);
  }

  /** {@link #grams(Sentence, int, int)} with the target's place already found (null without a target). */
  static List<String> grams(Sentence sentence, int from, int to, Place place) {
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
    java.util.TreeSet<String> grams = new java.util.TreeSet<>(words);
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

  /** How many tokens on each side of a target give its window n-grams. */
  public static final int WINDOW = 4;

  /** The n-gram of a target that opens its sentence. */
  public static final String START = "START";

  private static void window(List<Token> tokens, int from, int to, java.util.TreeSet<String> grams) {
    if (from == 0) {
      grams.add(START);
    }
    side(tokens, from - 1, -1, "L", grams);
    side(tokens, to, 1, "R", grams);
  }

  /** The window grams of the {@link #WINDOW} tokens from {@code first} on, one {@code step} at a time. */
  private static void side(List<Token> tokens, int first, int step, String prefix, java.util.TreeSet<String> grams) {
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
   * The smallest clause that holds every token of {@code from .. to - 1}, the first on a tie,
   * as {@link Sentence#scoreAround} picks it; null when none does or the span is unknown.
   */
  public static Clause around(Sentence sentence, int from, int to) {
    Objects.requireNonNull(sentence, "sentence");
    Clause best = null;
    if (from >= 0 && to > from) {
      for (Clause c : sentence.clauses()) {
        if (c.contains(from, to) && (best == null || c.length() < best.length())) {
          best = c;
        }
      }
    }
    return best;
  }

  /**
   * The features of the sentence towards a target whose smallest surrounding clause is
   * {@code target}; null for the sentence's tone without a target. The clause stands for the
   * target's phrase and its sibling too.
   */
  public double[] of(Sentence sentence, Clause target) {
    return of(sentence, sentencePart(sentence), target);
  }

  /**
   * The features of the sentence towards the target at {@code target}, null when its tokens
   * are unknown (the sentence's own tone, as for {@code of(sentence, null)}).
   */
  public double[] ofTarget(Sentence sentence, TokenSpan target) {
    if (target == null) {
      return of(sentence, (Clause) null);
    }
    return ofTarget(sentence, sentencePart(sentence), target, Place.of(sentence, target.from(), target.to()));
  }

  /**
   * {@link #ofTarget(Sentence, TokenSpan)} for a known target, with the sentence's part
   * ({@link #sentencePart}) and the target's place already worked out: a run scores every
   * mention of a sentence, and the n-grams need the same place.
   */
  double[] ofTarget(Sentence sentence, double[] sentencePart, TokenSpan target, Place place) {
    return of(sentence, sentencePart, around(sentence, target.from(), target.to()), place);
  }

  /**
   * The sentence's own group of features, the first part of {@link #of}, to be passed to
   * {@link #of(Sentence, double[], Clause)} for each of its clauses without working it out again.
   */
  double[] sentencePart(Sentence sentence) {
    Objects.requireNonNull(sentence, "sentence");
    double[] part = new double[GROUP.size() + SentenceEncoder.DIMENSIONS];
    fill(part, 0, rootProbabilities(sentence), vader(sentence.score(SentimentEngineId.VADER)), sentence.tokens(), 0,
        sentence.tokens().size());
    System.arraycopy(SentenceEncoder.encode(text(sentence)), 0, part, GROUP.size(), SentenceEncoder.DIMENSIONS);
    return part;
  }

  /** {@link #of(Sentence, Clause)} with the sentence's part already worked out by {@link #sentencePart}. */
  double[] of(Sentence sentence, double[] sentencePart, Clause target) {
    return of(sentence, sentencePart, target, null);
  }

  /**
   * @param clause the smallest clause around the target, null for none
   * @param place where the target's tokens sit in the parse, null for the sentence's own tone or
   *     a target known only by its clause
   */
  private double[] of(Sentence sentence, double[] sentencePart, Clause clause, Place place) {
    Objects.requireNonNull(sentence, "sentence");
    double[] x = new double[NAMES.size()];
    int g = GROUP.size();
    System.arraycopy(sentencePart, 0, x, 0, g);
    // the sentence's VADER score is the group's sixth value
    double rootVader = sentencePart[5];
    double clauseVader = rootVader;
    int k = g;
    if (clause == null) {
      // without a clause the target's clause is the sentence: the same values again
      System.arraycopy(sentencePart, 0, x, k, g);
      k += g;
    } else {
      clauseVader = clauseVader(clause, rootVader);
      k = fill(x, k, clauseProbabilities(sentence, clause), clauseVader, sentence.tokens(), clause.begin(), clause.end());
    }
    x[k++] = clause != null && clause.length() < sentence.tokens().size() ? 1 : 0;
    x[k++] = clauseVader - rootVader;
    phrases(sentence, place, clause, x, k);
    System.arraycopy(sentencePart, GROUP.size(), x, x.length - SentenceEncoder.DIMENSIONS, SentenceEncoder.DIMENSIONS);
    return x;
  }

  private static ClassProbabilities clauseProbabilities(Sentence sentence, Clause clause) {
    return clause.probabilities() != null ? clause.probabilities() : rootProbabilities(sentence);
  }

  private static double clauseVader(Clause clause, double rootVader) {
    return clause.score(SentimentEngineId.VADER).map(SentenceScore::score).orElse(rootVader);
  }

  /**
   * The phrase features from {@code k} on: CoreNLP's probabilities at the smallest phrase of the
   * sentiment tree around the target and at that phrase's sibling (the predicate of a subject),
   * and whether the sibling is known. A target known only by its clause has that clause stand
   * for both (the clause's sibling is another clause, not what is said of the target); without a
   * target, or without phrases, the sentence's root does.
   */
  private static void phrases(Sentence sentence, Place place, Clause clause, double[] x, int k) {
    ClassProbabilities standIn = place == null && clause != null ? clauseProbabilities(sentence, clause)
        : rootProbabilities(sentence);
    ClassProbabilities phrase = place == null || place.cover() == null ? standIn : place.cover().probabilities();
    ClassProbabilities sibling = phrase;
    boolean known = false;
    if (place != null && place.sibling() != null) {
      sibling = place.sibling().probabilities();
      known = true;
    } else if (place != null && place.cover() != null) {
      // a one-word sibling keeps no probabilities of its own; the parent holds it and the target
      sibling = place.parent() == null ? standIn : place.parent().probabilities();
    }
    k = probabilities(x, k, phrase);
    k = probabilities(x, k, sibling);
    x[k] = known ? 1 : 0;
  }

  private static int probabilities(double[] x, int k, ClassProbabilities p) {
    x[k++] = p.veryNegative();
    x[k++] = p.negative();
    x[k++] = p.positive();
    x[k++] = p.veryPositive();
    x[k++] = p.expectedScore();
    return k;
  }

  /** The smallest phrase that holds tokens {@code from .. to - 1}; null when none does. */
  static Phrase cover(Sentence sentence, int from, int to) {
    Phrase best = null;
    for (Phrase p : sentence.phrases()) {
      if (p.contains(from, to) && (best == null || p.length() < best.length())) {
        best = p;
      }
    }
    return best;
  }

  /**
   * Where a target sits in the sentiment tree: the smallest phrase around it ({@code cover},
   * null when no phrase holds it), the node that stands for the target ({@code begin .. end}: the
   * cover itself when it is a noun phrase or exactly the target, else the target's own tokens, a
   * child of the cover), that node's parent (null for the root) and its sibling within the parent
   * (null when the sibling is one word, whose node keeps no probabilities, or unknown).
   */
  record Place(Phrase cover, int begin, int end, Phrase parent, Phrase sibling) {

    static Place of(Sentence sentence, int from, int to) {
      Phrase cover = NewsFeatures.cover(sentence, from, to);
      int begin = from;
      int end = to;
      Phrase parent = cover;
      if (cover != null && (cover.kind() == PhraseKind.NOUN_PHRASE || (cover.begin() == from && cover.end() == to))) {
        begin = cover.begin();
        end = cover.end();
        parent = NewsFeatures.parent(sentence, begin, end);
      }
      int parentBegin = parent == null ? 0 : parent.begin();
      int parentEnd = parent == null ? sentence.tokens().size() : parent.end();
      Phrase sibling = begin == parentBegin ? find(sentence, end, parentEnd)
          : end == parentEnd ? find(sentence, parentBegin, begin) : null;
      return new Place(cover, begin, end, parent, sibling);
    }
  }

  /** The smallest phrase larger than tokens {@code begin .. end - 1} around them; null when that is the root. */
  private static Phrase parent(Sentence sentence, int begin, int end) {
    Phrase best = null;
    for (Phrase p : sentence.phrases()) {
      if (p.length() > end - begin && p.contains(begin, end) && (best == null || p.length() < best.length())) {
        best = p;
      }
    }
    return best;
  }

  private static Phrase find(Sentence sentence, int begin, int end) {
    for (Phrase p : sentence.phrases()) {
      if (p.begin() == begin && p.end() == end) {
        return p;
      }
    }
    return null;
  }

  /**
   * Adds the target's place in the parse: {@code P:subject} (the first part of a clause),
   * {@code P:object} (inside a verb phrase, after its verb), {@code P:pp} (in a prepositional
   * phrase), {@code P:np} (inside a larger noun phrase), or {@code P:other}; {@code P:possessive}
   * when "'s" follows it. Each also crossed with the tone CoreNLP gives the sibling phrase
   * ({@code P:subject+sibling:negative}) and with the sign of the lexicon valence of the window's
   * words ({@code P:subject+window:positive}). Nothing without phrases.
   */
  private static void position(Sentence sentence, int from, int to, Place place, java.util.TreeSet<String> grams) {
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
    double valence = 0;
    // the bundled lexicon, as for every n-gram: the n-grams do not depend on a features instance
    VaderLexicon lexicon = VaderLexicon.bundled();
    for (int i = Math.max(0, from - WINDOW); i < Math.min(tokens.size(), to + WINDOW); i++) {
      Token t = tokens.get(i);
      if ((i < from || i >= to) && (t.ner().isEmpty() || t.ner().equals("O"))) {
        valence += lexicon.valence(t.word().toLowerCase(Locale.ROOT)).orElse(0);
      }
    }
    String windowTone = valence > 0 ? "positive" : valence < 0 ? "negative" : "neutral";
    for (String r : roles) {
      grams.add("P:" + r);
      if (siblingTone != null) {
        grams.add("P:" + r + "+sibling:" + siblingTone);
      }
      grams.add("P:" + r + "+window:" + windowTone);
    }
  }

  private static ClassProbabilities rootProbabilities(Sentence sentence) {
    return sentence.probabilities() != null ? sentence.probabilities() : CERTAIN_NEUTRAL;
  }

  private static double vader(java.util.Optional<SentenceScore> score) {
    return score.map(SentenceScore::score).orElse(0.0);
  }

  private int fill(double[] x, int k, ClassProbabilities p, double vader, List<Token> tokens, int begin, int end) {
    x[k++] = p.veryNegative();
    x[k++] = p.negative();
    x[k++] = p.positive();
    x[k++] = p.veryPositive();
    x[k++] = p.expectedScore();
    x[k++] = vader;
    double positive = 0;
    double negative = 0;
    int negations = 0;
    for (int i = begin; i < end; i++) {
      Token t = tokens.get(i);
      if (!t.ner().isEmpty() && !t.ner().equals("O")) {
        // names carry lexicon valence that is no one's tone ("United" is +1.8)
        continue;
      }
      String word = t.word().toLowerCase(Locale.ROOT);
      if (NEGATIONS.contains(word) || word.endsWith("n't")) {
        negations++;
      }
      OptionalDouble v = lexicon.valence(word);
      if (v.isPresent()) {
        if (v.getAsDouble() > 0) {
          positive += v.getAsDouble();
        } else {
          negative -= v.getAsDouble();
        }
      }
    }
    // square roots: a long sentence's tenth positive word says less than its first
    x[k++] = Math.sqrt(positive);
    x[k++] = Math.sqrt(negative);
    x[k++] = Math.min(negations, 3);
    return k;
  }
}
