package org.dateline.annotate.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.dictionary.Dictionaries;
import org.dateline.aggregate.dictionary.Dictionary;
import org.dateline.aggregate.dictionary.DictionaryDateRow;
import org.dateline.aggregate.dictionary.DictionaryDocumentRow;
import org.dateline.aggregate.dictionary.DictionaryReader;
import org.dateline.aggregate.dictionary.DictionaryScope;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.Layers;
import org.dateline.model.Article;
import org.dateline.model.Period;
import org.dateline.testing.DatedArticles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dictionary tables against a recount written again from the rules in docs/dictionaries.md
 * over CoreNLP's own tokens and sentences (tokenize, ssplit with its default options): words
 * joined at hyphens, lower-cased, with a letter or digit; each entry a regular expression per
 * word tried at every position, the longest kept, consumed per category or per dictionary. On
 * kcna-2024, for both scopes, with the example dictionary and the same dictionary written as
 * YAML, LIWC and CSV.
 */
@Tag("slow")
class DictionaryExactnessTest {

  @TempDir Path dir;

  private static final Set<String> BRACKETS = Set.of("-lrb-", "-rrb-", "-lsb-", "-rsb-", "-lcb-", "-rcb-");

  @Test
  void theTablesEqualAnIndependentRecountOverCoreNlpsTokens() throws IOException {
    Path folder = Path.of("..", "shared", "corpora", "kcna-2024");
    assumeTrue(Files.isDirectory(folder), "../shared is absent");
    List<Article> articles = DatedArticles.read(folder);
    // The archive repeats stories; a repeat tells nothing new, and ids must be unique to compare documents.
    Set<String> seen = new HashSet<>();
    articles.removeIf(a -> !seen.add(a.text()));
    Set<String> ids = new HashSet<>();
    articles.removeIf(a -> !ids.add(a.id()));

    Dictionary yaml = DictionaryReader.read(Path.of("dictionaries", "dprk-rhetoric.yml"));
    Dictionary liwc = DictionaryReader.read(Files.writeString(dir.resolve("dprk-rhetoric.dic"), asLiwc(yaml)));
    Dictionary csv = DictionaryReader.read(Files.writeString(dir.resolve("dprk-rhetoric.csv"), asCsv(yaml)));
    Dictionary tone = DictionaryReader.read(Files.writeString(dir.resolve("tone.yml"), """
        threat:
          - threat*
          - war
          - nuclear war
          - "*-war"
        negated:
          - no threat*
          - not ? threat
          - never
        leader:
          - kim
          - kim jong un
          - k?m jong *
        """));

    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    StanfordCoreNLP reference = new StanfordCoreNLP(props);
    Map<String, List<List<String>>> sentencesById = new TreeMap<>();
    for (Article a : articles) {
      Annotation doc = new Annotation(a.text());
      reference.annotate(doc);
      List<List<String>> sentences = new ArrayList<>();
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        sentences.add(words(s.get(CoreAnnotations.TokensAnnotation.class)));
      }
      sentencesById.put(a.id(), sentences);
    }

    Annotator ours = SharedAnnotators.get(Layers.TERMS);
    Map<DictionaryScope, CorpusTables> tables = new EnumMap<>(DictionaryScope.class);
    for (DictionaryScope scope : DictionaryScope.values()) {
      tables.put(scope, CorpusTables.empty(AggregateSettings.defaults().withPeriod(Period.MONTH)
          .withDictionaries(new Dictionaries(List.of(yaml, tone), scope))));
    }
    CorpusTables liwcTables = CorpusTables.empty(AggregateSettings.defaults().withPeriod(Period.MONTH)
        .withDictionaries(new Dictionaries(List.of(liwc), DictionaryScope.KEY)));
    CorpusTables csvTables = CorpusTables.empty(AggregateSettings.defaults().withPeriod(Period.MONTH)
        .withDictionaries(new Dictionaries(List.of(csv), DictionaryScope.KEY)));
    for (Article a : articles) {
      var annotated = ours.annotate(a);
      for (CorpusTables t : tables.values()) {
        t.add(annotated);
      }
      liwcTables.add(annotated);
      csvTables.add(annotated);
    }

    for (DictionaryScope scope : DictionaryScope.values()) {
      Map<String, Long> expected = new TreeMap<>();
      long expectedWords = 0;
      for (Map.Entry<String, List<List<String>>> doc : sentencesById.entrySet()) {
        for (List<String> sentence : doc.getValue()) {
          expectedWords += sentence.size();
          for (Dictionary d : List.of(yaml, tone)) {
            recount(d, sentence, scope).forEach((category, n) ->
                expected.merge(doc.getKey() + " " + d.name() + "/" + category, n, Long::sum));
          }
        }
      }
      Map<String, Long> actual = new TreeMap<>();
      for (DictionaryDocumentRow r : tables.get(scope).dictionaries().documentRows()) {
        actual.merge(r.docId() + " " + r.dictionary() + "/" + r.category(), r.count(), Long::sum);
      }
      assertEquals(expected, actual, scope.label());
      long words = 0;
      long matches = 0;
      for (DictionaryDateRow r : tables.get(scope).dictionaries().dateRows()) {
        if (r.dictionary().equals("tone") && r.category().equals("threat")) {
          words += r.tokens();
        }
        matches += r.count();
      }
      assertEquals(expectedWords, words, "words, " + scope.label());
      assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(), matches, scope.label());
      assertTrue(matches > 1000, "the dictionaries match: " + matches);
    }
    List<String> fromYaml = counts(tables.get(DictionaryScope.KEY), "dprk-rhetoric");
    assertEquals(fromYaml, counts(liwcTables, "dprk-rhetoric"));
    assertEquals(fromYaml, counts(csvTables, "dprk-rhetoric"));
  }

  private static List<String> counts(CorpusTables t, String dictionary) {
    return t.dictionaries().dateRows().stream().filter(r -> r.dictionary().equals(dictionary))
        .map(r -> r.period() + " " + r.category() + " " + r.count() + " " + r.documents() + " " + r.tokens()).toList();
  }

  /** The words of one sentence, by the rule: hyphen pieces joined, lower-cased, a letter or digit kept. */
  private static List<String> words(List<CoreLabel> tokens) {
    List<String> raw = new ArrayList<>();
    StringBuilder word = null;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      if (i > 0 && tokens.get(i - 1).endPosition() == token.beginPosition() && hyphenBetween(tokens, i)) {
        word.append(token.word());
      } else {
        if (word != null) {
          raw.add(word.toString());
        }
        word = new StringBuilder(token.word());
      }
    }
    if (word != null) {
      raw.add(word.toString());
    }
    List<String> out = new ArrayList<>();
    for (String w : raw) {
      String lower = w.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
      if (lower.codePoints().anyMatch(Character::isLetterOrDigit) && !BRACKETS.contains(lower)) {
        out.add(lower);
      }
    }
    return out;
  }

  private static boolean hyphenBetween(List<CoreLabel> tokens, int i) {
    String before = tokens.get(i - 1).word();
    String after = tokens.get(i).word();
    if (before.equals("-")) {
      return i >= 2 && tokens.get(i - 2).endPosition() == tokens.get(i - 1).beginPosition();
    }
    if (after.equals("-")) {
      return i + 1 < tokens.size() && tokens.get(i).endPosition() == tokens.get(i + 1).beginPosition();
    }
    boolean endsWith = before.endsWith("-") && !before.endsWith("--") && !BRACKETS.contains(before.toLowerCase(Locale.ROOT));
    boolean startsWith = after.startsWith("-") && !after.startsWith("--") && !BRACKETS.contains(after.toLowerCase(Locale.ROOT));
    return endsWith || startsWith;
  }

  /** The matches per category of one sentence, entry by entry, as the rules say. */
  private static Map<String, Long> recount(Dictionary d, List<String> words, DictionaryScope scope) {
    int n = words.size();
    int categories = d.categories().size();
    // longest[c][i]: the longest entry of category c matching from word i.
    int[][] longest = new int[categories][n];
    for (int c = 0; c < categories; c++) {
      for (String entry : d.entries().get(c)) {
        String[] globs = entry.split(" ");
        List<Pattern> patterns = new ArrayList<>();
        for (String g : globs) {
          patterns.add(Pattern.compile(g.chars().mapToObj(ch -> ch == '*' ? ".*" : ch == '?' ? "."
              : Pattern.quote(String.valueOf((char) ch))).reduce("", String::concat), Pattern.DOTALL));
        }
        for (int i = 0; i + globs.length <= n; i++) {
          boolean all = true;
          for (int k = 0; k < globs.length && all; k++) {
            all = patterns.get(k).matcher(words.get(i + k)).matches();
          }
          if (all) {
            longest[c][i] = Math.max(longest[c][i], globs.length);
          }
        }
      }
    }
    Map<String, Long> out = new TreeMap<>();
    if (scope == DictionaryScope.KEY) {
      for (int c = 0; c < categories; c++) {
        for (int i = 0; i < n; ) {
          if (longest[c][i] > 0) {
            out.merge(d.categories().get(c), 1L, Long::sum);
            i += longest[c][i];
          } else {
            i++;
          }
        }
      }
    } else {
      for (int i = 0; i < n; ) {
        int best = 0;
        for (int c = 0; c < categories; c++) {
          best = Math.max(best, longest[c][i]);
        }
        if (best == 0) {
          i++;
          continue;
        }
        for (int c = 0; c < categories; c++) {
          if (longest[c][i] == best) {
            out.merge(d.categories().get(c), 1L, Long::sum);
          }
        }
        i += best;
      }
    }
    return out;
  }

  private static String asLiwc(Dictionary d) {
    StringBuilder s = new StringBuilder("%\n");
    for (int c = 0; c < d.categories().size(); c++) {
      s.append(c + 1).append('\t').append(d.categories().get(c)).append('\n');
    }
    s.append("%\n");
    Map<String, List<Integer>> numbers = new java.util.LinkedHashMap<>();
    for (int c = 0; c < d.categories().size(); c++) {
      for (String e : d.entries().get(c)) {
        numbers.computeIfAbsent(e, k -> new ArrayList<>()).add(c + 1);
      }
    }
    numbers.forEach((e, ns) -> {
      s.append(e);
      ns.forEach(x -> s.append('\t').append(x));
      s.append('\n');
    });
    return s.toString();
  }

  private static String asCsv(Dictionary d) {
    StringBuilder s = new StringBuilder("category,entry\n");
    for (int c = 0; c < d.categories().size(); c++) {
      for (String e : d.entries().get(c)) {
        s.append(d.categories().get(c)).append(',').append(e).append('\n');
      }
    }
    return s.toString();
  }
}
