package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dateline.model.EntityType;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Tone;

/**
 * Applies the "one entity, one row" rules of {@link EntityRules} to each kept document and
 * counts the result, once all partials are merged.
 *
 * <p>Per document, in this order (canonical names were applied when the mentions were kept):
 *
 * <ol>
 *   <li><b>Type by majority</b> ("one sense per discourse"): each name takes the type most of its
 *       mentions get in the document; on a tie, the tied type most of the name's mentions get in
 *       the whole run, and on a further tie the type that comes first in {@link EntityType}.
 *   <li><b>Short names</b>: a PERSON name that equals the last word(s) of exactly one longer
 *       PERSON name of the document counts under that name ({@code Trump} under {@code Donald
 *       Trump}). For a Korean longer name (see {@link KoreanNames}) the first word(s) are
 *       compared instead ({@code Kim} under {@code Kim Jong Un}, never {@code Jong Un}). A short
 *       name that two longer names end with stays as written.
 * </ol>
 *
 * <p>Then, over the whole run ({@link RunShortNames}), a short name of any type that the
 * per-document rules left joins the one PERSON name of the run that holds at least 90% of the
 * full-name mentions it could stand for, in every document except one that names another
 * person it could stand for and not that one. Both short-name rules follow {@link
 * EntityRules#shortNames()}.
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityResolver {
  private static final Tone[] TONES = Tone.values();

  private EntityResolver() {}

  /** The entity table and co-occurrence counts of {@code documents} after the rules. */
  public static ResolvedEntities resolve(EntityDocuments documents) {
    Objects.requireNonNull(documents, "documents");
    EntityRules rules = documents.rules();
    RunShortNames runShort = null;
    if (rules.shortNames()) {
      // The run-wide rule needs every document's names after the per-document rules; they are
      // worked out twice rather than kept, which would double the memory the mentions take.
      RunShortNames.Counts counts = new RunShortNames.Counts();
      for (EntityDocuments.Doc doc : documents.docs()) {
        String[] texts = doc.texts().clone();
        EntityType[] types = types(doc);
        perDocument(rules, texts, types, documents, new long[2]);
        counts.add(texts, types);
      }
      runShort = counts.rules();
    }
    EntityTable table = EntityTable.empty(documents.period());
    EntitySentimentTable sentiment = EntitySentimentTable.empty();
    Map<LocalDate, Map<ResolvedEntities.Pair, long[]>> pairs = new HashMap<>();
    long[] changes = new long[2];
    long runShortChanges = 0;
    for (EntityDocuments.Doc doc : documents.docs()) {
      String[] texts = doc.texts().clone();
      EntityType[] types = types(doc);
      perDocument(rules, texts, types, documents, changes);
      if (runShort != null) {
        runShortChanges += runShort.apply(texts, types);
      }
      table.addCounted(doc.period(), texts, types);
      addSentiment(sentiment, doc, texts, types);
      countPairs(pairs.computeIfAbsent(doc.period(), d -> new HashMap<>()), texts, types, doc.sentences());
    }
    return new ResolvedEntities(table, sentiment, pairs, documents.aliasRewrites(), changes[0], changes[1],
        runShortChanges, runShort == null ? 0 : runShort.ambiguous());
  }

  private static EntityType[] types(EntityDocuments.Doc doc) {
    EntityType[] types = new EntityType[doc.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = EntityDocuments.type(doc.types()[i]);
    }
    return types;
  }

  /** The per-document rules, in place; adds the mentions changed by each to {@code changes}. */
  private static void perDocument(EntityRules rules, String[] texts, EntityType[] types, EntityDocuments run,
      long[] changes) {
    if (rules.majorityType()) {
      changes[0] += majorityType(texts, types, run);
    }
    if (rules.shortNames()) {
      changes[1] += shortNames(texts, types);
    }
  }

  /**
   * Applies the per-document rules (type by majority, short names, as {@code run}'s rules say) to
   * one document's mentions, named as {@link EntityDocuments#countedNames} names them; {@code run}
   * is the whole run's merged mentions, whose type counts break ties. Changes the arrays in place.
   */
  public static void applyDocumentRules(String[] texts, EntityType[] types, EntityDocuments run) {
    if (run.rules().majorityType()) {
      majorityType(texts, types, run);
    }
    if (run.rules().shortNames()) {
      shortNames(texts, types);
    }
  }

  /** Counts the tone of each of the document's mentions under its resolved name and type. */
  private static void addSentiment(EntitySentimentTable to, EntityDocuments.Doc doc, String[] texts,
      EntityType[] types) {
    if (doc.scores() == null) {
      return;
    }
    int engines = EntityDocuments.ENGINES.length;
    Set<SentenceKey> seen = new HashSet<>();
    for (int i = 0; i < texts.length; i++) {
      for (SentimentEngineId engine : EntityDocuments.ENGINES) {
        int slot = i * engines + engine.ordinal();
        byte tone = doc.tones()[slot];
        if (tone >= 0) {
          boolean first = seen.add(new SentenceKey(texts[i], types[i], engine, doc.sentences()[i]));
          to.addMention(doc.period(), texts[i], types[i], engine, doc.scores()[slot], TONES[tone], first);
        }
      }
    }
  }

  /** An entity in one sentence of a document, as one engine scored it. */
  private record SentenceKey(String text, EntityType type, SentimentEngineId engine, int sentence) {}

  /** Sets every mention of a name to the name's majority type; returns the mentions changed. */
  static long majorityType(String[] texts, EntityType[] types, EntityDocuments run) {
    Map<String, EnumMap<EntityType, Integer>> byName = new HashMap<>();
    for (int i = 0; i < texts.length; i++) {
      byName.computeIfAbsent(texts[i], t -> new EnumMap<>(EntityType.class)).merge(types[i], 1, Integer::sum);
    }
    Map<String, EntityType> chosen = new HashMap<>();
    byName.forEach((name, counts) -> {
      if (counts.size() == 1) {
        chosen.put(name, counts.keySet().iterator().next());
        return;
      }
      EntityType best = null;
      int bestCount = -1;
      long bestRun = -1;
      // EnumMap iterates in declaration order, so the first of fully tied types wins.
      for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
        int c = e.getValue();
        long r = run.runCount(name, e.getKey());
        if (c > bestCount || (c == bestCount && r > bestRun)) {
          best = e.getKey();
          bestCount = c;
          bestRun = r;
        }
      }
      chosen.put(name, best);
    });
    long changed = 0;
    for (int i = 0; i < texts.length; i++) {
      EntityType t = chosen.get(texts[i]);
      if (t != types[i]) {
        types[i] = t;
        changed++;
      }
    }
    return changed;
  }

  /** Rewrites short PERSON names to the one longer PERSON name they stand for; returns the mentions changed. */
  static long shortNames(String[] texts, EntityType[] types) {
    Map<String, String[]> persons = new LinkedHashMap<>();
    for (int i = 0; i < texts.length; i++) {
      if (types[i] == EntityType.PERSON) {
        persons.computeIfAbsent(texts[i], t -> t.split(" "));
      }
    }
    if (persons.size() < 2) {
      return 0;
    }
    Map<String, String> longer = new HashMap<>();
    for (Map.Entry<String, String[]> s : persons.entrySet()) {
      String[] shortWords = s.getValue();
      String match = null;
      int matches = 0;
      for (Map.Entry<String, String[]> l : persons.entrySet()) {
        String[] longWords = l.getValue();
        if (longWords.length > shortWords.length && standsFor(shortWords, longWords)) {
          match = l.getKey();
          matches++;
        }
      }
      if (matches == 1) {
        longer.put(s.getKey(), match);
      }
    }
    long changed = 0;
    for (int i = 0; i < texts.length; i++) {
      if (types[i] == EntityType.PERSON) {
        String to = longer.get(texts[i]);
        if (to != null) {
          texts[i] = to;
          changed++;
        }
      }
    }
    return changed;
  }

  /** Whether the short name is the family-name end of the longer one. */
  static boolean standsFor(String[] shortWords, String[] longWords) {
    int offset = KoreanNames.isKorean(longWords) ? 0 : longWords.length - shortWords.length;
    for (int i = 0; i < shortWords.length; i++) {
      if (!shortWords[i].equals(longWords[offset + i])) {
        return false;
      }
    }
    return true;
  }

  private static void countPairs(Map<ResolvedEntities.Pair, long[]> to, String[] texts, EntityType[] types,
      int[] sentences) {
    TreeSet<Integer> docEntities = distinct(texts, types, 0, texts.length);
    if (docEntities.size() < 2) {
      return;
    }
    List<Integer> ids = new ArrayList<>(docEntities);
    for (int x = 0; x < ids.size(); x++) {
      for (int y = x + 1; y < ids.size(); y++) {
        int i = ids.get(x);
        int j = ids.get(y);
        ResolvedEntities.counter(to, ResolvedEntities.pair(texts[i], types[i], texts[j], types[j]))[0]++;
      }
    }
    Map<Integer, List<Integer>> bySentence = new TreeMap<>();
    for (int i = 0; i < texts.length; i++) {
      bySentence.computeIfAbsent(sentences[i], k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> mentions : bySentence.values()) {
      Map<EntityDocuments.NameType, Integer> first = new HashMap<>();
      for (int i : mentions) {
        first.putIfAbsent(new EntityDocuments.NameType(texts[i], types[i]), i);
      }
      List<Integer> inSentence = new ArrayList<>(new TreeSet<>(first.values()));
      for (int x = 0; x < inSentence.size(); x++) {
        for (int y = x + 1; y < inSentence.size(); y++) {
          int i = inSentence.get(x);
          int j = inSentence.get(y);
          ResolvedEntities.counter(to, ResolvedEntities.pair(texts[i], types[i], texts[j], types[j]))[1]++;
        }
      }
    }
  }

  /** Indexes of the first mention of each distinct (name, type) in {@code [from, to)}. */
  private static TreeSet<Integer> distinct(String[] texts, EntityType[] types, int from, int to) {
    Map<EntityDocuments.NameType, Integer> first = new HashMap<>();
    for (int i = from; i < to; i++) {
      first.putIfAbsent(new EntityDocuments.NameType(texts[i], types[i]), i);
    }
    return new TreeSet<>(first.values());
  }
}
