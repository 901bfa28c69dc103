package org.dateline.annotate.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.dateline.annotate.embed.SentenceVectors;
import org.dateline.model.ClassProbabilities;
import org.dateline.model.Clause;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Token;

/**
 * The dense features of the {@code news} engine, computed from what an annotated
 * {@link Sentence} carries (CoreNLP's class probabilities at the root, at its clauses and at the
 * phrases of its sentiment tree, VADER's compound scores of the sentence and of its clauses with
 * names left out, and the tokens) and from the sentence's vector, so that cached annotations
 * serve the engine and a new model over the same features needs no new cache. The word n-grams
 * are {@link NewsGrams}'.
 *
 * <p>Three groups of features: the sentence's, the target's, read from the smallest clause
 * around the target (see {@link TargetPlace#clauseAround}), followed by the target's phrase and
 * its sibling in the sentiment tree, and the sentence's vector; a sentence scored without a
 * target uses its own features for the target's group. Where CoreNLP gave no probabilities (a
 * sentence over the parse-length cap, a clause cut at punctuation), the clause falls back to the
 * sentence's and the sentence to a certain neutral class, so every feature is always defined.
 *
 * <p>Thread-safe if the sentence vectors are.
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

  /** The prefix of the sentence vector's features ({@link SentenceVectors}). */
  public static final String EMBEDDING = "embedding_";

  /** The feature names, in the order {@link #of} returns their values. */
  public static final List<String> NAMES = names();

  private final VaderLexicon lexicon;
  private final SentenceVectors vectors;

  /**
   * @param lexicon gives the valence of the words of the sentence and of the target's clause
   * @param vectors gives the sentence's vector
   */
  public NewsFeatures(VaderLexicon lexicon, SentenceVectors vectors) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.vectors = Objects.requireNonNull(vectors, "vectors");
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
    for (int i = 0; i < SentenceVectors.DIMENSIONS; i++) {
      out.add(String.format(Locale.ROOT, "%s%03d", EMBEDDING, i));
    }
    return List.copyOf(out);
  }

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

  /**
   * One group of features ({@code sentence_*} or {@code target_*}) of a span of tokens:
   * CoreNLP's probabilities there, VADER's compound score, the square roots of the summed
   * positive and negative lexicon valences of its words (names left out) and its negations, at
   * most 3.
   */
  record Group(ClassProbabilities probabilities, double vader, double lexiconPositive, double lexiconNegative,
      double negations) {

    /** Writes the group's values into {@code x} from {@code k} on, in {@link #NAMES} order; returns the next index. */
    int write(double[] x, int k) {
      k = NewsFeatures.probabilities(x, k, probabilities);
      x[k++] = vader;
      x[k++] = lexiconPositive;
      x[k++] = lexiconNegative;
      x[k++] = negations;
      return k;
    }
  }

  /**
   * What a sentence's features towards any target share: its own group and its vector, worked
   * out once for the sentence and each of its clauses and mentions.
   */
  record SentencePart(Group group, double[] vector) {}

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
    return ofTarget(sentence, sentencePart(sentence), target, TargetPlace.of(sentence, target.from(), target.to()));
  }

  /**
   * {@link #ofTarget(Sentence, TokenSpan)} for a known target, with the sentence's part and the
   * target's place already worked out: a run scores every mention of a sentence, and the
   * n-grams need the same place.
   */
  double[] ofTarget(Sentence sentence, SentencePart part, TokenSpan target, TargetPlace place) {
    return of(sentence, part, TargetPlace.clauseAround(sentence, target.from(), target.to()), place);
  }

  /** The sentence's own group and vector, to be passed to the other methods for each of its targets. */
  SentencePart sentencePart(Sentence sentence) {
    Objects.requireNonNull(sentence, "sentence");
    Group group = group(rootProbabilities(sentence), vader(sentence.score(SentimentEngineId.VADER)), sentence.tokens(),
        0, sentence.tokens().size());
    double[] vector = vectors.vector(text(sentence));
    if (vector.length != SentenceVectors.DIMENSIONS) {
      throw new IllegalStateException("the sentence vectors gave " + vector.length + " values, not "
          + SentenceVectors.DIMENSIONS);
    }
    return new SentencePart(group, vector);
  }

  /** {@link #of(Sentence, Clause)} with the sentence's part already worked out. */
  double[] of(Sentence sentence, SentencePart part, Clause target) {
    return of(sentence, part, target, null);
  }

  /**
   * @param clause the smallest clause around the target, null for none
   * @param place where the target's tokens sit in the parse, null for the sentence's own tone or
   *     a target known only by its clause
   */
  private double[] of(Sentence sentence, SentencePart part, Clause clause, TargetPlace place) {
    Objects.requireNonNull(sentence, "sentence");
    double[] x = new double[NAMES.size()];
    int k = part.group().write(x, 0);
    double rootVader = part.group().vader();
    double clauseVader = rootVader;
    if (clause == null) {
      // without a clause the target's clause is the sentence: the same values again
      k = part.group().write(x, k);
    } else {
      clauseVader = clauseVader(clause, rootVader);
      k = group(clauseProbabilities(sentence, clause), clauseVader, sentence.tokens(), clause.begin(), clause.end())
          .write(x, k);
    }
    x[k++] = clause != null && clause.length() < sentence.tokens().size() ? 1 : 0;
    x[k++] = clauseVader - rootVader;
    phrases(sentence, place, clause, x, k);
    System.arraycopy(part.vector(), 0, x, x.length - SentenceVectors.DIMENSIONS, SentenceVectors.DIMENSIONS);
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
  private static void phrases(Sentence sentence, TargetPlace place, Clause clause, double[] x, int k) {
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

  private static ClassProbabilities rootProbabilities(Sentence sentence) {
    return sentence.probabilities() != null ? sentence.probabilities() : CERTAIN_NEUTRAL;
  }

  private static double vader(java.util.Optional<SentenceScore> score) {
    return score.map(SentenceScore::score).orElse(0.0);
  }

  private Group group(ClassProbabilities p, double vader, List<Token> tokens, int begin, int end) {
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
    return new Group(p, vader, Math.sqrt(positive), Math.sqrt(negative), Math.min(negations, 3));
  }
}
