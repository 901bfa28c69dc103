package org.dateline.tools.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.analysis.topics.TopicCorpus;

/**
 * The one reference against which the topic bench scores every system's topics: each document
 * as the set of words that either tokeniser finds in it, dateline's (the run's terms before
 * pruning) or MALLET's default one (lower-cased text, tokens matching {@link #MALLET_TOKEN}).
 *
 * <p>Why the union: dateline splits "Kim's" into "kim" and "'s" where MALLET keeps "kim's", and
 * prunes words MALLET keeps. A reference built from either system's tokens alone would count the
 * other's top words as missing from documents that plainly hold them.
 */
final class TopicReference {

  /** The default {@code --token-regex} of MALLET 2.0.8's {@code import-dir} ({@code Text2Vectors}), after lower-casing. */
  static final Pattern MALLET_TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{P}]+\\p{L}");

  private TopicReference() {}

  /**
   * @param terms each document's terms as the run found them (before pruning)
   * @param texts each document's text, as annotated
   */
  static TopicCorpus of(List<String> docIds, List<LocalDate> dates, List<? extends Collection<String>> terms,
      List<String> texts) {
    int n = docIds.size();
    if (terms.size() != n || texts.size() != n || dates.size() != n) {
      throw new IllegalArgumentException("ids, dates, terms and texts differ in number");
    }
    List<TreeSet<String>> sets = new ArrayList<>(n);
    TreeSet<String> all = new TreeSet<>();
    for (int d = 0; d < n; d++) {
      TreeSet<String> words = new TreeSet<>(terms.get(d));
      words.addAll(malletTokens(texts.get(d)));
      all.addAll(words);
      sets.add(words);
    }
    List<String> vocabulary = new ArrayList<>(all);
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      ids.put(vocabulary.get(i), i);
    }
    int[][] documents = new int[n][];
    for (int d = 0; d < n; d++) {
      documents[d] = sets.get(d).stream().mapToInt(ids::get).toArray();
    }
    return new TopicCorpus(vocabulary, docIds, dates, documents);
  }

  /** The tokens MALLET's {@code import-dir} makes of {@code text}, stopwords included. */
  static List<String> malletTokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = MALLET_TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
