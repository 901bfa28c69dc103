package org.dateline.aggregate.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dateline.aggregate.EntityDocuments;
import org.dateline.aggregate.EntityResolver;
import org.dateline.aggregate.EntityRules;
import org.dateline.aggregate.Ratio;
import org.dateline.aggregate.TermPolicy;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Period;
import org.dateline.model.Sentence;

/**
 * The dictionary counts of a run: matches, documents with a match and words by period and
 * category, the matches of each document, and, for the documents with entity mentions, the
 * matches in each sentence with the names mentioned there, resolved by the one-entity-one-row
 * rules once the whole run is merged.
 *
 * <p>A mergeable accumulator like {@link org.dateline.aggregate.CorpusTables}, which holds one:
 * {@link #merge} is associative and commutative with {@link #empty} as identity, and the rows
 * are sorted by value, so they do not depend on how the documents were split. Undated documents
 * are not counted. Not thread-safe: give each worker its own and merge when they are done.
 */
public final class DictionaryCounts implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final Dictionaries dictionaries;
  private final Period period;
  private final EntityRules rules;
  /** The first global category slot of each dictionary. */
  private final int[] offsets;
  private final int slots;
  private final Map<LocalDate, PeriodCounts> periods = new HashMap<>();
  private final List<DocCounts> docs = new ArrayList<>();
  private final List<EntityDoc> entityDocs = new ArrayList<>();
  private transient Scratch scratch;

  /** Per period: words, and per category slot the matches and the documents with one. */
  private static final class PeriodCounts implements java.io.Serializable {
    long words;
    final long[] matches;
    final long[] documents;

    PeriodCounts(int slots) {
      matches = new long[slots];
      documents = new long[slots];
    }
  }

  /** One document's matches: the slots with a match and their counts. */
  private record DocCounts(String docId, LocalDate date, long words, int[] slots, long[] counts)
      implements java.io.Serializable {}

  /**
   * One document's mentions, named as the entity table names them before its per-document rules,
   * with their sentences; and its matches by sentence, as parallel arrays (sentence, slot, count).
   */
  private record EntityDoc(LocalDate period, String[] texts, byte[] types, int[] sentences, int[] matchSentences,
      int[] matchSlots, long[] matchCounts) implements java.io.Serializable {}

  /** Per-thread scratch: the scanners and buffers, never merged or serialized. */
  private static final class Scratch {
    final List<CompiledDictionary.Scanner> scanners = new ArrayList<>();
    final List<String> words = new ArrayList<>();
    String[] array = new String[64];
    EntityDocuments namer;
  }

  private DictionaryCounts(Dictionaries dictionaries, Period period, EntityRules rules) {
    this.dictionaries = dictionaries;
    this.period = period;
    this.rules = rules;
    List<Dictionary> list = dictionaries.dictionaries();
    this.offsets = new int[list.size()];
    int slot = 0;
    for (int d = 0; d < list.size(); d++) {
      offsets[d] = slot;
      slot += list.get(d).categories().size();
    }
    this.slots = slot;
  }

  public static DictionaryCounts empty(Dictionaries dictionaries, Period period, EntityRules rules) {
    return new DictionaryCounts(Objects.requireNonNull(dictionaries, "dictionaries"),
        Objects.requireNonNull(period, "period"), Objects.requireNonNull(rules, "rules"));
  }

  public Dictionaries dictionaries() {
    return dictionaries;
  }

  private Scratch scratch() {
    if (scratch == null) {
      Scratch s = new Scratch();
      for (CompiledDictionary c : dictionaries.compiled()) {
        s.scanners.add(c.new Scanner());
      }
      s.namer = EntityDocuments.empty(period, rules);
      scratch = s;
    }
    return scratch;
  }

  /** Counts a dated article; ignores an undated one, and every article when there is no dictionary. */
  public DictionaryCounts add(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    LocalDate date = article.article().date();
    if (date == null || dictionaries.isEmpty()) {
      return this;
    }
    Scratch s = scratch();
    DictionaryScope scope = dictionaries.scope();
    boolean mentions = !article.mentions().isEmpty();
    long[] doc = new long[slots];
    long[] sentence = mentions ? new long[slots] : doc;
    List<Integer> matchSentences = new ArrayList<>();
    List<Integer> matchSlots = new ArrayList<>();
    List<Long> matchCounts = new ArrayList<>();
    long words = 0;
    List<Sentence> sentences = article.sentences();
    for (int si = 0; si < sentences.size(); si++) {
      s.words.clear();
      TermPolicy.forEachWord(sentences.get(si).tokens(), s.words::add);
      int n = s.words.size();
      words += n;
      if (n == 0) {
        continue;
      }
      if (s.array.length < n) {
        s.array = new String[Math.max(n, s.array.length * 2)];
      }
      String[] array = s.words.toArray(s.array);
      long found = 0;
      for (int d = 0; d < offsets.length; d++) {
        found += s.scanners.get(d).count(array, n, scope, sentence, offsets[d]);
      }
      if (mentions && found > 0) {
        for (int g = 0; g < slots; g++) {
          if (sentence[g] != 0) {
            matchSentences.add(si);
            matchSlots.add(g);
            matchCounts.add(sentence[g]);
            doc[g] += sentence[g];
            sentence[g] = 0;
          }
        }
      }
    }
    LocalDate start = period.start(date);
    PeriodCounts p = periods.computeIfAbsent(start, x -> new PeriodCounts(slots));
    p.words += words;
    int withMatch = 0;
    for (int g = 0; g < slots; g++) {
      if (doc[g] > 0) {
        p.matches[g] += doc[g];
        p.documents[g]++;
        withMatch++;
      }
    }
    if (withMatch > 0) {
      int[] docSlots = new int[withMatch];
      long[] docCounts = new long[withMatch];
      int k = 0;
      for (int g = 0; g < slots; g++) {
        if (doc[g] > 0) {
          docSlots[k] = g;
          docCounts[k++] = doc[g];
        }
      }
      docs.add(new DocCounts(article.article().id(), date, words, docSlots, docCounts));
    }
    if (mentions) {
      List<EntityMention> list = article.mentions();
      int m = list.size();
      String[] texts = new String[m];
      EntityType[] types = new EntityType[m];
      s.namer.countedNames(list, texts, types);
      byte[] typeBytes = new byte[m];
      int[] mentionSentences = new int[m];
      for (int i = 0; i < m; i++) {
        typeBytes[i] = (byte) types[i].ordinal();
        mentionSentences[i] = list.get(i).sentenceIndex();
      }
      int q = matchSentences.size();
      int[] ms = new int[q];
      int[] mg = new int[q];
      long[] mc = new long[q];
      for (int i = 0; i < q; i++) {
        ms[i] = matchSentences.get(i);
        mg[i] = matchSlots.get(i);
        mc[i] = matchCounts.get(i);
      }
      entityDocs.add(new EntityDoc(start, texts, typeBytes, mentionSentences, ms, mg, mc));
    }
    return this;
  }

  /**
   * Adds everything in {@code other} into this instance and returns this; {@code other} is not
   * changed (its documents' arrays are shared, never written).
   *
   * @throws IllegalArgumentException when the two were built with other dictionaries or settings
   */
  public DictionaryCounts merge(DictionaryCounts other) {
    Objects.requireNonNull(other, "other");
    if (!dictionaries.equals(other.dictionaries) || period != other.period || !rules.equals(other.rules)) {
      throw new IllegalArgumentException("cannot merge dictionary counts built with different settings");
    }
    List<Map.Entry<LocalDate, PeriodCounts>> entries = new ArrayList<>(other.periods.entrySet());
    List<DocCounts> otherDocs = new ArrayList<>(other.docs);
    List<EntityDoc> otherEntityDocs = new ArrayList<>(other.entityDocs);
    for (Map.Entry<LocalDate, PeriodCounts> e : entries) {
      PeriodCounts from = e.getValue();
      long fromWords = from.words;
      long[] fromMatches = from.matches.clone();
      long[] fromDocuments = from.documents.clone();
      PeriodCounts to = periods.computeIfAbsent(e.getKey(), x -> new PeriodCounts(slots));
      to.words += fromWords;
      for (int g = 0; g < slots; g++) {
        to.matches[g] += fromMatches[g];
        to.documents[g] += fromDocuments[g];
      }
    }
    docs.addAll(otherDocs);
    entityDocs.addAll(otherEntityDocs);
    return this;
  }

  private String dictionaryOf(int slot) {
    return dictionaries.dictionaries().get(dictionaryIndex(slot)).name();
  }

  private String categoryOf(int slot) {
    int d = dictionaryIndex(slot);
    return dictionaries.dictionaries().get(d).categories().get(slot - offsets[d]);
  }

  private int dictionaryIndex(int slot) {
    int d = offsets.length - 1;
    while (offsets[d] > slot) {
      d--;
    }
    return d;
  }

  /**
   * The rows of {@code dictionary_by_date.csv}: every period from the first to the last with a
   * dated document (those between included, with no word), and in each every category of every
   * dictionary, zero counts included; by period, then dictionary and category in the order given.
   */
  public List<DictionaryDateRow> dateRows() {
    List<DictionaryDateRow> out = new ArrayList<>();
    if (periods.isEmpty() || slots == 0) {
      return out;
    }
    TreeMap<LocalDate, PeriodCounts> sorted = new TreeMap<>(periods);
    PeriodCounts none = new PeriodCounts(slots);
    for (LocalDate d = sorted.firstKey(); !d.isAfter(sorted.lastKey()); d = next(d)) {
      PeriodCounts p = sorted.getOrDefault(d, none);
      for (int g = 0; g < slots; g++) {
        out.add(new DictionaryDateRow(d, dictionaryOf(g), categoryOf(g), p.matches[g], p.documents[g], p.words,
            Ratio.orAbsent(Math.multiplyExact(p.matches[g], 10_000L), p.words)));
      }
    }
    return out;
  }

  private LocalDate next(LocalDate start) {
    return switch (period) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
    };
  }

  /**
   * The rows of {@code dictionary_by_document.csv}, one per document and category with a match:
   * by date, document id, then words (documents sharing an id and date), then dictionary and
   * category in the order given.
   */
  public List<DictionaryDocumentRow> documentRows() {
    List<DocCounts> sorted = new ArrayList<>(docs);
    sorted.sort(Comparator.comparing(DocCounts::date).thenComparing(DocCounts::docId)
        .thenComparingLong(DocCounts::words)
        .thenComparing((a, b) -> Arrays.compare(a.slots(), b.slots()))
        .thenComparing((a, b) -> Arrays.compare(a.counts(), b.counts())));
    List<DictionaryDocumentRow> out = new ArrayList<>();
    for (DocCounts d : sorted) {
      for (int k = 0; k < d.slots().length; k++) {
        int g = d.slots()[k];
        out.add(new DictionaryDocumentRow(d.docId(), d.date(), dictionaryOf(g), categoryOf(g), d.counts()[k],
            d.words()));
      }
    }
    return out;
  }

  private record EntityKey(LocalDate period, String entity, EntityType type) {}

  /**
   * The rows of {@code dictionary_by_entity_date.csv}: for each period and entity mentioned in
   * at least {@code minSentences} of the period's sentences, every category of every dictionary
   * with its matches in those sentences (zero included); by period, sentences descending, entity,
   * type, then dictionary and category in the order given.
   *
   * @param run the whole run's merged mentions, whose type counts the type-by-majority rule uses
   *     (the same the entity table is resolved from)
   */
  public List<DictionaryEntityRow> entityRows(EntityDocuments run, long minSentences) {
    Objects.requireNonNull(run, "run");
    Map<EntityKey, long[]> counts = new HashMap<>();
    EntityType[] typeValues = EntityType.values();
    for (EntityDoc doc : entityDocs) {
      int m = doc.texts().length;
      String[] texts = doc.texts().clone();
      EntityType[] types = new EntityType[m];
      for (int i = 0; i < m; i++) {
        types[i] = typeValues[doc.types()[i]];
      }
      EntityResolver.applyDocumentRules(texts, types, run);
      Map<Integer, List<Integer>> bySentence = new HashMap<>();
      for (int i = 0; i < doc.matchSentences().length; i++) {
        bySentence.computeIfAbsent(doc.matchSentences()[i], k -> new ArrayList<>()).add(i);
      }
      Map<EntityKey, TreeSet<Integer>> sentencesOf = new HashMap<>();
      for (int i = 0; i < m; i++) {
        sentencesOf.computeIfAbsent(new EntityKey(doc.period(), texts[i], types[i]), k -> new TreeSet<>())
            .add(doc.sentences()[i]);
      }
      for (Map.Entry<EntityKey, TreeSet<Integer>> e : sentencesOf.entrySet()) {
        long[] c = counts.computeIfAbsent(e.getKey(), k -> new long[1 + slots]);
        for (int s : e.getValue()) {
          c[0]++;
          List<Integer> matches = bySentence.get(s);
          if (matches != null) {
            for (int i : matches) {
              c[1 + doc.matchSlots()[i]] += doc.matchCounts()[i];
            }
          }
        }
      }
    }
    List<Map.Entry<EntityKey, long[]>> kept = new ArrayList<>();
    for (Map.Entry<EntityKey, long[]> e : counts.entrySet()) {
      if (e.getValue()[0] >= minSentences) {
        kept.add(e);
      }
    }
    kept.sort(Comparator.comparing((Map.Entry<EntityKey, long[]> e) -> e.getKey().period())
        .thenComparing(e -> -e.getValue()[0])
        .thenComparing(e -> e.getKey().entity())
        .thenComparing(e -> e.getKey().type().name()));
    List<DictionaryEntityRow> out = new ArrayList<>();
    for (Map.Entry<EntityKey, long[]> e : kept) {
      EntityKey k = e.getKey();
      long[] c = e.getValue();
      for (int g = 0; g < slots; g++) {
        out.add(new DictionaryEntityRow(k.period(), k.entity(), k.type(), dictionaryOf(g), categoryOf(g), c[0],
            c[1 + g]));
      }
    }
    return out;
  }
}
