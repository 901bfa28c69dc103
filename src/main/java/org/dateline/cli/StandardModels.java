package org.dateline.cli;

import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.corenlp.CoreNlpAnnotator;
import org.dateline.annotate.corenlp.CoreNlpFingerprint;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.clean.LinguaLanguageIdentifier;

/** The models of the product: Stanford CoreNLP, quiet, and Lingua. */
final class StandardModels implements Models {

  static final StandardModels INSTANCE = new StandardModels();

  private StandardModels() {}

  @Override
  public Annotator annotator(AnnotatorSettings settings) {
    return new CoreNlpAnnotator(settings, true);
  }

  @Override
  public org.dateline.annotate.Engine engine() {
    return CoreNlpAnnotator.ENGINE;
  }

  @Override
  public String fingerprint(AnnotatorSettings settings) {
    return CoreNlpFingerprint.of(settings);
  }

  @Override
  public LanguageIdentifier languages() {
    return new LinguaLanguageIdentifier();
  }
}
