package org.dateline.aggregate.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.EntityRules;
import org.dateline.aggregate.Ratio;
import org.dateline.aggregate.TestArticles;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateSource;
import org.dateline.model.EntityType;
import org.dateline.model.Origin;
import org.dateline.model.Period;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.junit.jupiter.api.Test;

/** The matching rules and the tables, over hand-built articles. */
class DictionaryCountsTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 14);

  /** A dictionary of the given categories, each followed by its entries: ("cat", "a", "b"), ... */
  static Dictionary dictionary(String name, String[]... categories) {
    List<String> names = new ArrayList<>();
    List<List<String>> entries = new ArrayList<>();
    for (String[] c : categories) {
      names.add(c[0]);
      List<String> e = new ArrayList<>();
      for (int i = 1; i < c.length; i++) {
        e.add(Dictionary.normalize(c[i]));
      }
      entries.add(e);
    }
    return new Dictionary(name, DictionaryFormat.YAML, "0", names, entries);
  }

  private static DictionaryCounts counts(DictionaryScope scope, Dictionary... dictionaries) {
    return DictionaryCounts.empty(new Dictionaries(List.of(dictionaries), scope), Period.DAY, EntityRules.defaults());
  }

  /** Matches per "dictionary/category" over the whole run. */
  private static Map<String, Long> totals(DictionaryCounts c) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (DictionaryDateRow r : c.dateRows()) {
      out.merge(r.dictionary() + "/" + r.category(), r.count(), Long::sum);
    }
    return out;
  }

  private static long count(DictionaryScope scope, Dictionary d, String category, String... sentences) {
    DictionaryCounts c = counts(scope, d);
    c.add(TestArticles.annotated(DAY, sentences));
    return totals(c).get(d.name() + "/" + category);
  }

  @Test
  void starMatchesAnyRunIncludingNoneAndQuestionMarkExactlyOne() {
    Dictionary d = dictionary("d", new String[] {"star", "nuclear*"}, new String[] {"q", "?ar"},
        new String[] {"inner", "w*r"}, new String[] {"suffix", "*ism"});
    assertEquals(3, count(DictionaryScope.KEY, d, "star", "nuclear nuclears nuclear-armed nucleus"));
    assertEquals(3, count(DictionaryScope.KEY, d, "q", "war car wars ar bar"));
    assertEquals(3, count(DictionaryScope.KEY, d, "inner", "war wr wonder wars"));
    assertEquals(2, count(DictionaryScope.KEY, d, "suffix", "imperialism ism isms"));
    Dictionary inner = dictionary("i", new String[] {"q", "s?ng*", "s??"});
    assertEquals(4, count(DictionaryScope.KEY, inner, "q", "sung song singer sn sky sk"));
    assertTrue(CompiledDictionary.globMatches("a*b?c", "axxbyc", 0));
    assertFalse(CompiledDictionary.globMatches("a*b?c", "axxbc", 0));
    assertTrue(CompiledDictionary.globMatches("*", "", 0));
    assertTrue(CompiledDictionary.globMatches("?", "\uD83D\uDE00", 0), "? is one character, even outside the BMP");
  }

  @Test
  void entriesAreCaseInsensitiveAndWordsLowerCased() {
    Dictionary d = dictionary("d", new String[] {"leader", "Kim Jong Un", "DPRK"});
    assertEquals(2, count(DictionaryScope.KEY, d, "leader", "KIM JONG UN visited the dprk"));
  }

  @Test
  void aPhraseDoesNotMatchAcrossASentenceBoundary() {
    Dictionary d = dictionary("d", new String[] {"war", "nuclear war"});
    assertEquals(0, count(DictionaryScope.KEY, d, "war", "they fear nuclear", "war is near"));
    assertEquals(1, count(DictionaryScope.KEY, d, "war", "they fear nuclear war"));
  }

  @Test
  void theLongestEntryWinsAndItsWordsAreNotMatchedAgainByItsCategory() {
    Dictionary d = dictionary("d", new String[] {"war", "war", "nuclear war"},
        new String[] {"leader", "kim", "kim jong un"});
    assertEquals(2, count(DictionaryScope.KEY, d, "war", "a nuclear war is no war"));
    assertEquals(2, count(DictionaryScope.KEY, d, "leader", "kim jong un met kim yo jong"));
  }

  @Test
  void underKeyScopeEachCategoryConsumesOnlyItsOwnWords() {
    Dictionary d = dictionary("d", new String[] {"positive", "good"}, new String[] {"negated", "not good"});
    String text = "it is not good but good enough";
    assertEquals(2, count(DictionaryScope.KEY, d, "positive", text));
    assertEquals(1, count(DictionaryScope.KEY, d, "negated", text));
  }

  @Test
  void underDictionaryScopeTheLongestMatchOverAllCategoriesTakesTheWords() {
    Dictionary d = dictionary("d", new String[] {"positive", "good"}, new String[] {"negated", "not good"},
        new String[] {"also", "not *"});
    String text = "it is not good but good enough";
    assertEquals(1, count(DictionaryScope.DICTIONARY, d, "positive", text));
    assertEquals(1, count(DictionaryScope.DICTIONARY, d, "negated", text));
    assertEquals(1, count(DictionaryScope.DICTIONARY, d, "also", text), "a tie in length counts in every category");
  }

  @Test
  void dictionaryScopeConsumesWithinOneDictionaryOnly() {
    Dictionary a = dictionary("a", new String[] {"negated", "not good"});
    Dictionary b = dictionary("b", new String[] {"positive", "good"});
    DictionaryCounts c = counts(DictionaryScope.DICTIONARY, a, b);
    c.add(TestArticles.annotated(DAY, "not good"));
    assertEquals(Map.of("a/negated", 1L, "b/positive", 1L), totals(c));
  }

  @Test
  void stopwordsAndNumbersAreWordsPunctuationIsNot() {
    Dictionary d = dictionary("d", new String[] {"p", "no threat", "5th", "2024"});
    // "," holds no letter or digit and so is no word: "no , threat" is the phrase.
    assertEquals(3, count(DictionaryScope.KEY, d, "p", "there is no , threat on the 5th of 2024"));
    DictionaryCounts c = counts(DictionaryScope.KEY, d);
    c.add(TestArticles.annotated(DAY, "there is no , threat on the 5th of 2024 ."));
    assertEquals(9, c.dateRows().get(0).tokens());
  }

  @Test
  void aHyphenatedWordIsOneWord() {
    Dictionary d = dictionary("d", new String[] {"unity", "single-hearted", "hearted"});
    // "single-hearted unity": the tokenizer's pieces touch in the text.
    List<Token> tokens = List.of(new Token("single", "single", "JJ", "O", 0, 6), new Token("-", "-", "HYPH", "O", 6, 7),
        new Token("hearted", "hearted", "JJ", "O", 7, 14), new Token("unity", "unity", "NN", "O", 15, 20));
    AnnotatedArticle a = new AnnotatedArticle(article("doc", DAY), List.of(new Sentence(tokens, null)), List.of());
    DictionaryCounts c = counts(DictionaryScope.KEY, d);
    c.add(a);
    assertEquals(1, totals(c).get("d/unity"));
    assertEquals(2, c.dateRows().get(0).tokens());
  }

  @Test
  void everyPeriodAndCategoryHasARowZerosIncluded() {
    Dictionary d = dictionary("d", new String[] {"war", "war"}, new String[] {"peace", "peace"});
    DictionaryCounts c = counts(DictionaryScope.KEY, d);
    c.add(TestArticles.annotated(LocalDate.of(2024, 1, 1), "war and war"));
    c.add(TestArticles.annotated(LocalDate.of(2024, 1, 3), "calm days"));
    List<DictionaryDateRow> rows = c.dateRows();
    assertEquals(List.of(
        new DictionaryDateRow(LocalDate.of(2024, 1, 1), "d", "war", 2, 1, 3, new Ratio(20_000, 3)),
        new DictionaryDateRow(LocalDate.of(2024, 1, 1), "d", "peace", 0, 0, 3, new Ratio(0, 3)),
        new DictionaryDateRow(LocalDate.of(2024, 1, 2), "d", "war", 0, 0, 0, null),
        new DictionaryDateRow(LocalDate.of(2024, 1, 2), "d", "peace", 0, 0, 0, null),
        new DictionaryDateRow(LocalDate.of(2024, 1, 3), "d", "war", 0, 0, 2, new Ratio(0, 2)),
        new DictionaryDateRow(LocalDate.of(2024, 1, 3), "d", "peace", 0, 0, 2, new Ratio(0, 2))), rows);
    assertNull(rows.get(2).per10k());
  }

  @Test
  void documentRowsListTheCategoriesWithAMatch() {
    Dictionary d = dictionary("d", new String[] {"war", "war"}, new String[] {"peace", "peace"});
    DictionaryCounts c = counts(DictionaryScope.KEY, d);
    c.add(TestArticles.builder(LocalDate.of(2024, 1, 2)).id("b").sentence("war and peace and war").build());
    c.add(TestArticles.builder(LocalDate.of(2024, 1, 1)).id("a").sentence("nothing here").build());
    c.add(TestArticles.builder(null).id("undated").sentence("war").build());
    assertEquals(List.of(new DictionaryDocumentRow("b", LocalDate.of(2024, 1, 2), "d", "war", 2, 5),
        new DictionaryDocumentRow("b", LocalDate.of(2024, 1, 2), "d", "peace", 1, 5)), c.documentRows());
  }

  @Test
  void entityRowsCountMatchesInTheSentencesThatMentionTheEntity() {
    Dictionary d = dictionary("d", new String[] {"threat", "threat*", "war"}, new String[] {"peace", "peace"});
    AnnotatedArticle a = TestArticles.builder(DAY)
        .sentence("the United States threatens war").mention("United States", EntityType.LOCATION)
        .sentence("the United States and Japan talk peace").mention("United States", EntityType.LOCATION)
        .mention("Japan", EntityType.LOCATION)
        .sentence("war war war")
        .sentence("Trump spoke").mention("Trump", EntityType.PERSON)
        .sentence("Donald Trump threatened").mention("Donald Trump", EntityType.PERSON)
        .build();
    CorpusTables tables = CorpusTables.empty(AggregateSettings.defaults()
        .withDictionaries(new Dictionaries(List.of(d), DictionaryScope.KEY)));
    tables.add(a);
    List<DictionaryEntityRow> rows = tables.dictionaries().entityRows(tables.research().entityDocuments(), 1);
    assertEquals(List.of(
        new DictionaryEntityRow(DAY, "Donald Trump", EntityType.PERSON, "d", "threat", 2, 1),
        new DictionaryEntityRow(DAY, "Donald Trump", EntityType.PERSON, "d", "peace", 2, 0),
        new DictionaryEntityRow(DAY, "United States", EntityType.LOCATION, "d", "threat", 2, 2),
        new DictionaryEntityRow(DAY, "United States", EntityType.LOCATION, "d", "peace", 2, 1),
        new DictionaryEntityRow(DAY, "Japan", EntityType.LOCATION, "d", "threat", 1, 0),
        new DictionaryEntityRow(DAY, "Japan", EntityType.LOCATION, "d", "peace", 1, 1)), rows);
    assertEquals(4, tables.dictionaries().entityRows(tables.research().entityDocuments(), 2).size(),
        "entities in fewer sentences than the minimum are left out");
  }

  @Test
  void rowsDoNotDependOnHowTheDocumentsWereSplit() {
    Dictionary d = dictionary("d", new String[] {"war", "war", "nuclear war"}, new String[] {"peace", "peace*"});
    List<AnnotatedArticle> docs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      docs.add(TestArticles.builder(DAY.plusDays(i % 4)).id("doc" + (i % 7))
          .sentence(i % 3 == 0 ? "nuclear war looms" : "peaceful talks on war")
          .mention(i % 2 == 0 ? "Japan" : "Seoul", EntityType.LOCATION).build());
    }
    AggregateSettings settings = AggregateSettings.defaults()
        .withDictionaries(new Dictionaries(List.of(d), DictionaryScope.DICTIONARY));
    CorpusTables one = CorpusTables.empty(settings);
    docs.forEach(one::add);
    CorpusTables a = CorpusTables.empty(settings);
    CorpusTables b = CorpusTables.empty(settings);
    for (int i = docs.size() - 1; i >= 0; i--) {
      (i % 2 == 0 ? a : b).add(docs.get(i));
    }
    CorpusTables merged = CorpusTables.empty(settings).merge(b).merge(a);
    assertEquals(one.dictionaries().dateRows(), merged.dictionaries().dateRows());
    assertEquals(one.dictionaries().documentRows(), merged.dictionaries().documentRows());
    assertEquals(one.dictionaries().entityRows(one.research().entityDocuments(), 1),
        merged.dictionaries().entityRows(merged.research().entityDocuments(), 1));
    // 10 documents with "nuclear war" (once: the longest match), 20 with "war" and "peaceful".
    assertEquals(10 + 20 * 2, one.dictionaries().documentRows().stream().mapToLong(DictionaryDocumentRow::count).sum());
  }

  @Test
  void withoutADictionaryNothingIsCounted() {
    CorpusTables t = CorpusTables.empty(AggregateSettings.defaults());
    t.add(TestArticles.annotated(DAY, "war"));
    assertTrue(t.dictionaries().dateRows().isEmpty());
    assertTrue(t.dictionaries().documentRows().isEmpty());
  }

  private static Article article(String id, LocalDate date) {
    return Article.builder().id(id).date(date, DateSource.FIELD).text("text").origin(Origin.line("in.txt", 1)).build();
  }
}
