package org.dateline.annotate.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.Profile;

/** Translates our settings into CoreNLP properties; the only place that knows their names. */
final class CoreNlpProperties {

  static final String SHIFT_REDUCE_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
  static final String CONLL_NER_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /**
   * Multi-word names of DPRK state media that the CRF models split ("Democratic People" +
   * "'s Republic of Korea") or mistype ("Rodong Sinmun" as a person); RegexNER relabels them.
   */
  static final String NAMES_MAPPING = "org/dateline/annotate/corenlp/dprk.regexner.tsv";

  private CoreNlpProperties() {}

  /** How the text to annotate is laid out. */
  enum TextShape {
    /** Running text: CoreNLP finds the sentences (and every line end is a break). */
    RUNNING,
    /** One sentence per line, tokens separated by spaces, as in gold-standard test sets. */
    PRETOKENIZED,
    /** One sentence per line, tokenized as running text: rated sentences of gold sets. */
    SENTENCE_PER_LINE
  }

  static Properties of(AnnotatorSettings settings) {
    return of(settings, TextShape.RUNNING);
  }

  /**
   * The properties of {@link #of(AnnotatorSettings, TextShape)} and the switches that only save
   * time: they change nothing we read, so they are no part of the cache's fingerprint, and a
   * cache filled before them stays valid.
   */
  static Properties forPipeline(AnnotatorSettings settings, TextShape shape) {
    Properties p = of(settings, shape);
    if (settings.runsCoreNlpSentiment()) {
      // After parsing, CoreNLP converts every tree into three dependency graphs (basic, enhanced,
      // enhanced++), which we never read and which cost more than the parsing itself (see
      // docs/performance.md). The trees, and so the sentiment, are the same without them.
      p.setProperty("parse.buildgraphs", "false");
    }
    return p;
  }

  static Properties of(AnnotatorSettings settings, TextShape shape) {
    Properties p = new Properties();
    List<String> annotators = new ArrayList<>(List.of("tokenize", "ssplit"));
    if (settings.needsLemmas()) {
      annotators.add("pos");
      annotators.add("lemma");
    }
    if (settings.layers().includes(Layers.ENTITIES)) {
      annotators.add("ner");
    }
    if (settings.runsCoreNlpSentiment()) {
      annotators.add("parse");
      annotators.add("sentiment");
    }
    p.setProperty("annotators", String.join(",", annotators));
    p.setProperty("tokenize.language", "en");
    // CoreNLP's default tokens, which its tagger and NER models were trained on, with one
    // change: scraped pages carry stray control and private-use characters, which the default
    // also deletes, but with a logged warning. Options change tokens in unexpected ways
    // (invertible=false splits "RC-135s" into "RC", "-135", "s"), so CoreNlpTokensTest checks
    // that our tokens stay CoreNLP's defaults.
    p.setProperty("tokenize.options", "untokenizable=noneDelete");
    // The cleaner writes one paragraph per line, and titles or teasers often lack a full stop.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    if (shape == TextShape.PRETOKENIZED) {
      p.setProperty("tokenize.whitespace", "true");
    }
    if (shape != TextShape.RUNNING) {
      p.setProperty("ssplit.eolonly", "true");
    }

    if (settings.layers().includes(Layers.ENTITIES)) {
      p.setProperty("ner.buildEntityMentions", "true");
      p.setProperty("ner.additional.regexner.mapping", NAMES_MAPPING);
      if (settings.profile() == Profile.FAST) {
        p.setProperty("ner.model", CONLL_NER_MODEL);
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
      }
    }
    if (settings.runsCoreNlpSentiment()) {
      p.setProperty("parse.model", SHIFT_REDUCE_MODEL);
      p.setProperty("parse.binaryTrees", "true");
      p.setProperty("parse.maxlen", Integer.toString(settings.maxParseLength()));
    }
    return p;
  }
}
