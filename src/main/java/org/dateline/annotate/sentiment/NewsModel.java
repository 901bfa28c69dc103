package org.dateline.annotate.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.dateline.io.Sha256;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Tone;

/**
 * The {@code news} engine's coefficients: a multinomial logistic regression over negative /
 * neutral / positive whose inputs are the {@link NewsFeatures} (on their raw scale) and the
 * presence of the sentence's word n-grams ({@link NewsGrams}). Its score is P(positive) -
 * P(negative), -1 .. +1; its tone is the most probable class. {@link NewsScorer} computes the
 * inputs of a sentence and its targets. {@link #bundled()} reads {@code news-model.tsv}, written
 * by {@code dateline train-news}. Immutable and thread-safe.
 */
public final class NewsModel {

  static final String RESOURCE = "news-model.tsv";

  static final String HEADER = "parameter\tnegative\tneutral\tpositive";
  static final String INTERCEPT = "intercept";
  static final String GRAM = "ngram:";

  /** The number of classes: negative, neutral, positive. */
  public static final int CLASSES = 3;

  private final double[] intercepts;
  private final double[][] weights;
  private final Map<String, double[]> grams;
  private final List<String> comments;
  /** Worked out on first use, from the coefficients. */
  private volatile String fingerprint;

  /**
   * @param intercepts one per class
   * @param weights per {@link NewsFeatures#NAMES} entry, in that order, one weight per class
   * @param grams per n-gram, one weight per class
   * @param comments lines written at the top of the model file, without their {@code #}
   */
  public NewsModel(double[] intercepts, double[][] weights, Map<String, double[]> grams, List<String> comments) {
    Objects.requireNonNull(intercepts, "intercepts");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(grams, "grams");
    if (weights.length != NewsFeatures.NAMES.size()) {
      throw new IllegalArgumentException("expected " + NewsFeatures.NAMES.size() + " feature weights, one per feature, got "
          + weights.length);
    }
    this.intercepts = threeOf(intercepts, INTERCEPT);
    this.weights = new double[weights.length][];
    for (int j = 0; j < weights.length; j++) {
      this.weights[j] = threeOf(weights[j], NewsFeatures.NAMES.get(j));
    }
    Map<String, double[]> copy = new HashMap<>();
    grams.forEach((g, w) -> copy.put(g, threeOf(w, g)));
    this.grams = copy;
    this.comments = List.copyOf(Objects.requireNonNull(comments, "comments"));
  }

  private static double[] threeOf(double[] w, String name) {
    if (w.length != CLASSES) {
      throw new IllegalArgumentException(name + " needs one weight per class (negative, neutral, positive), got "
          + w.length);
    }
    return w.clone();
  }

  /**
   * A digest of the coefficients, which with this program's features decide every score: a
   * cache keeps scores under it, so a retrained model never reads another's.
   */
  public String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      MessageDigest digest = Sha256.newDigest();
      ByteBuffer bits = ByteBuffer.allocate(8 * CLASSES);
      Consumer<double[]> add = w -> {
        bits.clear();
        for (double v : w) {
          bits.putLong(Double.doubleToLongBits(v));
        }
        digest.update(bits.array(), 0, bits.position());
      };
      add.accept(intercepts);
      for (double[] w : weights) {
        add.accept(w);
      }
      for (Map.Entry<String, double[]> g : new TreeMap<>(grams).entrySet()) {
        digest.update(g.getKey().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        add.accept(g.getValue());
      }
      f = Sha256.hex(digest);
      fingerprint = f;
    }
    return f;
  }

  /** The model shipped with the project. */
  public static NewsModel bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Reads the bundled model, and the VADER lexicon it uses, on a background thread, so that a
   * run which will score news reads them while it opens its cache instead of after.
   */
  public static void preload() {
    // with its fingerprint, which a cached run asks for first
    Thread t = new Thread(() -> {
      bundled().fingerprint();
      VaderLexicon.bundled();
    }, "dateline-load-news-model");
    t.setDaemon(true);
    t.start();
  }

  /** The class probabilities (negative, neutral, positive) of features and n-grams. */
  public double[] probabilities(double[] x, List<String> sentenceGrams) {
    double[] z = intercepts.clone();
    for (int j = 0; j < weights.length; j++) {
      for (int k = 0; k < z.length; k++) {
        z[k] += weights[j][k] * x[j];
      }
    }
    for (String g : sentenceGrams) {
      double[] w = grams.get(g);
      if (w != null) {
        for (int k = 0; k < z.length; k++) {
          z[k] += w[k];
        }
      }
    }
    return softmax(z);
  }

  /** The score of features and n-grams. */
  public SentenceScore score(double[] x, List<String> sentenceGrams) {
    double[] p = probabilities(x, sentenceGrams);
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return new SentenceScore(SentimentEngineId.NEWS, p[2] - p[0], Tone.values()[best]);
  }

  /**
   * The file form: comment lines, the header, the intercepts, one line per feature in
   * {@link NewsFeatures#NAMES} order, then one per n-gram ({@code ngram:} and the n-gram) in
   * sorted order; values to 8 significant digits.
   */
  public String toTsv() {
    StringBuilder out = new StringBuilder();
    for (String c : comments) {
      out.append("# ").append(c).append('\n');
    }
    out.append(HEADER).append('\n');
    line(out, INTERCEPT, intercepts);
    for (int j = 0; j < weights.length; j++) {
      line(out, NewsFeatures.NAMES.get(j), weights[j]);
    }
    new TreeMap<>(grams).forEach((g, w) -> line(out, GRAM + g, w));
    return out.toString();
  }

  /**
   * The class probabilities of the logits {@code z}. Training fits with this same function, so
   * that the fitted probabilities are the model's to the bit.
   */
  public static double[] softmax(double[] z) {
    double max = z[0];
    for (double v : z) {
      max = Math.max(max, v);
    }
    double[] out = new double[z.length];
    double sum = 0;
    for (int k = 0; k < z.length; k++) {
      out[k] = StrictMath.exp(z[k] - max);
      sum += out[k];
    }
    for (int k = 0; k < z.length; k++) {
      out[k] /= sum;
    }
    return out;
  }

  private static void line(StringBuilder out, String name, double[] w) {
    out.append(name);
    for (double v : w) {
      String s = String.format(Locale.ROOT, "%.8g", v);
      // "-0.0000000" and "0.0000000" are the same weight
      out.append('\t').append(Double.parseDouble(s) == 0 ? "0" : s);
    }
    out.append('\n');
  }

  /**
   * Reads the file form.
   *
   * @throws IllegalArgumentException naming the line when a line is malformed, and naming the
   *     features when the file's features are not this version's
   */
  public static NewsModel read(Reader reader) throws IOException {
    BufferedReader lines = new BufferedReader(Objects.requireNonNull(reader, "reader"));
    List<String> comments = new ArrayList<>();
    Map<String, double[]> named = new java.util.LinkedHashMap<>();
    Map<String, double[]> grams = new HashMap<>();
    String line;
    int number = 0;
    boolean header = false;
    while ((line = lines.readLine()) != null) {
      number++;
      if (!header && line.startsWith("#")) {
        comments.add(line.substring(1).strip());
        continue;
      }
      if (!header) {
        if (!line.equals(HEADER)) {
          throw new IllegalArgumentException("news model line " + number + " is '" + line
              + "'; expected the header " + HEADER.replace("\t", "<TAB>") + " after the comments");
        }
        header = true;
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 1 + CLASSES) {
        throw new IllegalArgumentException("news model line " + number + " has " + fields.length
            + " fields; expected parameter<TAB>negative<TAB>neutral<TAB>positive");
      }
      double[] w = new double[CLASSES];
      for (int k = 0; k < w.length; k++) {
        try {
          w[k] = Double.parseDouble(fields[k + 1]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("news model line " + number + " has value '" + fields[k + 1]
              + "', which is not a number", e);
        }
      }
      if (fields[0].startsWith(GRAM)) {
        grams.put(fields[0].substring(GRAM.length()), w);
      } else {
        named.put(fields[0], w);
      }
    }
    List<String> expected = new ArrayList<>(List.of(INTERCEPT));
    expected.addAll(NewsFeatures.NAMES);
    if (!new ArrayList<>(named.keySet()).equals(expected)) {
      throw new IllegalArgumentException("the news model gives parameters " + named.keySet() + " but this version"
          + " computes " + expected + "; retrain it with dateline train-news");
    }
    double[][] weights = new double[NewsFeatures.NAMES.size()][];
    for (int j = 0; j < weights.length; j++) {
      weights[j] = named.get(NewsFeatures.NAMES.get(j));
    }
    return new NewsModel(named.get(INTERCEPT), weights, grams, comments);
  }

  private static final class Holder {
    static final NewsModel BUNDLED = load();

    private static NewsModel load() {
      try (InputStream in = NewsModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath;"
              + " rebuild the jar with src/main/resources");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled news model", e);
      }
    }
  }
}
