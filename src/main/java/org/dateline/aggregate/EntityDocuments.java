package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Period;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;

/**
 * The entity mentions of every dated document, kept compactly until the run is over, because
 * two of the {@linkplain EntityRules rules} need the whole run: a name whose types tie in a
 * document takes the type most of its mentions get in the whole run, and co-occurrence needs
 * each document's resolved names. Titles are dropped ({@link EntityNames}) and canonical names
 * applied as mentions are added.
 *
 * <p>A mergeable accumulator: {@link #merge} is associative and commutative with {@link #empty}
 * as identity. The documents are kept in no particular order; everything computed from them
 * ({@link EntityResolver}) is a sum over documents and so does not depend on the order.
 *
 * <p>Cost: names are interned per partial, so a document costs its mention count times about
 * 13 bytes (a reference, a type byte, a sentence index), and 9 more per sentiment engine when
 * sentiment was scored (the score of the clause around the mention, its tone), plus some 60
 * bytes of overhead.
 *
 * <p>Not thread-safe: give each worker thread its own instance and merge when the workers are done.
 */
public final class EntityDocuments implements java.io.Serializable {

  /**
   * One document's mentions in text order, as parallel arrays. The tone of mention {@code i} by
   * engine {@code e} is at {@code i * ENGINES.length + e}: its score in units of 10^-8 and its
   * tone's ordinal, -1 where the engine did not score it; both arrays are null when no engine
   * scored any mention of the document.
   */
  record Doc(LocalDate period, String[] texts, byte[] types, int[] sentences, long[] scores, byte[] tones)
      implements java.io.Serializable {
    int size() {
      return texts.length;
    }
  }

  static final SentimentEngineId[] ENGINES = SentimentEngineId.values();

  /** A name with its type. */
  record NameType(String text, EntityType type) implements java.io.Serializable {}

  private static final EntityType[] TYPES = EntityType.values();

  private final Period period;
  private final EntityRules rules;
  private final Map<String, Alias> aliases = new HashMap<>();
  private final Map<String, String> interned = new HashMap<>();
  private final List<Doc> docs = new ArrayList<>();
  /** Mentions per (name, type) over the run, after canonical names, before the other rules. */
  private final Map<NameType, long[]> runTypes = new HashMap<>();
  private long aliasRewrites;

  private EntityDocuments(Period period, EntityRules rules) {
    this.period = period;
    this.rules = rules;
    for (Alias a : rules.aliases()) {
      aliases.put(EntityRules.key(a.alias()), a);
    }
  }

  public static EntityDocuments empty(Period period, EntityRules rules) {
    return new EntityDocuments(Objects.requireNonNull(period, "period"), Objects.requireNonNull(rules, "rules"));
  }

  public EntityRules rules() {
    return rules;
  }

  public Period period() {
    return period;
  }

  /** Keeps the article's mentions; ignores an undated article or one without mentions. Returns this. */
  public EntityDocuments add(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    LocalDate date = article.article().date();
    if (date == null || article.mentions().isEmpty()) {
      return this;
    }
    List<EntityMention> mentions = article.mentions();
    int n = mentions.size();
    String[] texts = new String[n];
    byte[] types = new byte[n];
    int[] sentences = new int[n];
    long[] scores = new long[n * ENGINES.length];
    byte[] tones = new byte[n * ENGINES.length];
    boolean scored = false;
    for (int i = 0; i < n; i++) {
      scored |= tone(article, mentions.get(i), i, scores, tones);
      EntityMention m = EntityNames.normalize(mentions.get(i));
      String text = m.text();
      EntityType type = m.type();
      Alias alias = aliases.isEmpty() ? null : aliases.get(EntityRules.key(text));
      if (alias != null) {
        EntityType to = alias.type() == null ? type : alias.type();
        if (!alias.canonical().equals(text) || to != type) {
          aliasRewrites++;
        }
        text = alias.canonical();
        type = to;
      }
      texts[i] = interned.computeIfAbsent(text, t -> t);
      types[i] = (byte) type.ordinal();
      sentences[i] = m.sentenceIndex();
      runTypes.computeIfAbsent(new NameType(texts[i], type), k -> new long[1])[0]++;
    }
    docs.add(scored
        ? new Doc(period.start(date), texts, types, sentences, scores, tones)
        : new Doc(period.start(date), texts, types, sentences, null, null));
    return this;
  }

  /**
   * The name and type each of {@code mentions} counts under before the per-document rules of
   * {@link EntityResolver#applyDocumentRules}: titles dropped and canonical names applied, as
   * {@link #add} keeps them. Fills {@code texts} and {@code types}, of the mentions' length.
   */
  public void countedNames(List<EntityMention> mentions, String[] texts, EntityType[] types) {
    for (int i = 0; i < mentions.size(); i++) {
      EntityMention m = EntityNames.normalize(mentions.get(i));
      String text = m.text();
      EntityType type = m.type();
      Alias alias = aliases.isEmpty() ? null : aliases.get(EntityRules.key(text));
      if (alias != null) {
        type = alias.type() == null ? type : alias.type();
        text = alias.canonical();
      }
      texts[i] = text;
      types[i] = type;
    }
  }

  /**
   * Puts each engine's score of the smallest clause around the mention into slot {@code i};
   * returns whether any engine scored it. A mention without a token span takes its sentence's
   * score.
   */
  private static boolean tone(AnnotatedArticle article, EntityMention mention, int i, long[] scores, byte[] tones) {
    int index = mention.sentenceIndex();
    Sentence sentence = index >= 0 && index < article.sentences().size() ? article.sentences().get(index) : null;
    boolean any = false;
    for (SentimentEngineId engine : ENGINES) {
      int slot = i * ENGINES.length + engine.ordinal();
      Optional<SentenceScore> score = sentence == null ? Optional.empty()
          : mention.hasSpan() ? sentence.scoreAround(engine, mention.begin(), mention.end())
          : sentence.score(engine);
      if (score.isPresent()) {
        scores[slot] = ScoreStats.units(score.get().score());
        tones[slot] = (byte) score.get().tone().ordinal();
        any = true;
      } else {
        tones[slot] = -1;
      }
    }
    return any;
  }

  /**
   * Adds everything in {@code other} into this instance and returns this; {@code other} is not
   * changed (its documents' arrays are shared, never written).
   *
   * @throws IllegalArgumentException when the two were built with different periods or rules
   */
  public EntityDocuments merge(EntityDocuments other) {
    Objects.requireNonNull(other, "other");
    TermTable.requireSameSettings(period, other.period);
    TermTable.requireSameSettings(rules, other.rules);
    List<Doc> otherDocs = new ArrayList<>(other.docs);
    List<Map.Entry<NameType, long[]>> otherTypes = new ArrayList<>(other.runTypes.entrySet());
    long otherRewrites = other.aliasRewrites;
    docs.addAll(otherDocs);
    for (Map.Entry<NameType, long[]> e : otherTypes) {
      long add = e.getValue()[0];
      runTypes.computeIfAbsent(e.getKey(), k -> new long[1])[0] += add;
    }
    aliasRewrites += otherRewrites;
    return this;
  }

  /** Mentions rewritten by a canonical-name rule (name or type changed). */
  public long aliasRewrites() {
    return aliasRewrites;
  }

  /** Documents kept (dated, with at least one mention). */
  public int documents() {
    return docs.size();
  }

  List<Doc> docs() {
    return docs;
  }

  /** Mentions of {@code text} typed {@code type} over the run, after canonical names. */
  long runCount(String text, EntityType type) {
    long[] c = runTypes.get(new NameType(text, type));
    return c == null ? 0 : c[0];
  }

  static EntityType type(byte ordinal) {
    return TYPES[ordinal];
  }
}
