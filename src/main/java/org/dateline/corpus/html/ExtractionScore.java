package org.dateline.corpus.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The score of an article extraction against the body a person marked, as the shared
 * article-extraction set defines it: word 4-shingles counted as multisets, each page's true
 * positives, false positives and false negatives divided by their sum so every page weighs the
 * same; precision and recall are means over pages and F1 is taken of those two means. An empty
 * extraction scores precision 0, except when the true body is empty too, then the page is left
 * out of the precision mean.
 *
 * <p>Add pages with {@link #add}; not thread-safe.
 */
public final class ExtractionScore {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  private double precisionSum;
  private int precisionPages;
  private double recallSum;
  private int recallPages;

  /** Adds one page and returns its own F1 (0 when nothing matched). */
  public double add(String truth, String extracted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> e = shingles(extracted);
    long tp = 0;
    for (Map.Entry<String, Integer> en : e.entrySet()) {
      tp += Math.min(en.getValue(), t.getOrDefault(en.getKey(), 0));
    }
    long extractedTotal = e.values().stream().mapToLong(Integer::longValue).sum();
    long truthTotal = t.values().stream().mapToLong(Integer::longValue).sum();
    long fp = extractedTotal - tp;
    long fn = truthTotal - tp;
    double sum = tp + fp + fn;
    double p;
    double r;
    if (sum == 0) {
      p = 1;
      r = 1;
    } else {
      double ntp = tp / sum;
      double nfp = fp / sum;
      double nfn = fn / sum;
      p = ntp + nfp == 0 ? 0 : ntp / (ntp + nfp);
      r = ntp + nfn == 0 ? 1 : ntp / (ntp + nfn);
    }
    if (!(extractedTotal == 0 && truthTotal == 0)) {
      precisionSum += p;
      precisionPages++;
    }
    recallSum += r;
    recallPages++;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double precision() {
    return precisionPages == 0 ? 0 : precisionSum / precisionPages;
  }

  public double recall() {
    return recallPages == 0 ? 0 : recallSum / recallPages;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public int pages() {
    return recallPages;
  }

  static Map<String, Integer> shingles(String text) {
    List<String> words = new ArrayList<>();
    if (text != null) {
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        words.add(m.group());
      }
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      out.merge(String.join(" ", words.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return out;
  }
}
