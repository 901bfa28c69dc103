package org.dateline.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import org.dateline.annotate.AnnotatorSettings;

/**
 * CoreNLP's own {@code StanfordCoreNLP} pipeline, run the way its users run it, as the
 * yardstick for benchmarks: no conversion to our records, CoreNLP's own threading.
 *
 * <p>Not part of a run: it is the face this adapter shows the instruments in {@code
 * org.dateline.tools.bench}, and only they call it. It lives here, not beside them, because it
 * handles CoreNLP types and builds its properties with {@link CoreNlpProperties}, and CoreNLP's
 * types stay inside this package.
 */
public final class CoreNlpBaseline {

  /** Which properties the baseline pipeline is built with. */
  public enum Kind {
    /** tokenize,ssplit,pos,lemma,ner,parse,sentiment with CoreNLP's defaults (PCFG parser, full NER, SUTime). */
    DEFAULT,
    /** The same annotators with the properties of our fast profile. */
    TUNED
  }

  private final Kind kind;
  private final StanfordCoreNLP pipeline;

  private CoreNlpBaseline(Kind kind, Properties properties) {
    this.kind = kind;
    RedwoodConfiguration.current().clear().apply();
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /** Loads the models for {@code kind}; the tuned baseline uses the models of {@code settings}. */
  public static CoreNlpBaseline create(Kind kind, AnnotatorSettings settings) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(settings, "settings");
    if (kind == Kind.DEFAULT) {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,sentiment");
      return new CoreNlpBaseline(kind, p);
    }
    return new CoreNlpBaseline(kind, CoreNlpProperties.of(settings));
  }

  public Kind kind() {
    return kind;
  }

  /**
   * Annotates the texts with {@code threads} threads (CoreNLP's own multi-threaded
   * {@code annotate(Iterable, int)} when more than one) and returns the number of tokens.
   */
  public long annotate(List<String> texts, int threads) {
    List<Annotation> docs = new ArrayList<>(texts.size());
    for (String t : texts) {
      docs.add(new Annotation(t));
    }
    if (threads <= 1) {
      for (Annotation d : docs) {
        pipeline.annotate(d);
      }
    } else {
      pipeline.annotate(docs, threads);
    }
    long tokens = 0;
    for (Annotation d : docs) {
      List<?> t = d.get(CoreAnnotations.TokensAnnotation.class);
      tokens += t == null ? 0 : t.size();
    }
    return tokens;
  }

  /** The main class of CoreNLP's own command line. */
  public static final String CLI_MAIN_CLASS = "edu.stanford.nlp.pipeline.StanfordCoreNLP";

  /**
   * Writes, for CoreNLP's own command line ({@code -props FILE}), the properties our pipeline
   * builds for {@code settings}, so that the command line runs the same annotators with the same
   * models, caps and options as we do.
   */
  public static void writeCliProperties(AnnotatorSettings settings, Path file) throws IOException {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(file, "file");
    Properties p = CoreNlpProperties.of(settings);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      // Properties.store writes a date comment, which would make two runs' files differ.
      for (String name : new TreeSet<>(p.stringPropertyNames())) {
        w.write(name + " = " + p.getProperty(name) + "\n");
      }
    }
  }

  /** Lets the models of every baseline and annotator built so far be collected. */
  public static void releaseModels() {
    StanfordCoreNLP.clearAnnotatorPool();
  }
}
