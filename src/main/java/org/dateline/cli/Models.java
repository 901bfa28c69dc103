package org.dateline.cli;

import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.clean.LanguageIdentifier;

/**
 * What the commands annotate with: the annotator for given settings and the language
 * identifier. {@link #standard()} gives CoreNLP and Lingua; a test gives a fake annotator and a
 * fixed identifier, and its commands then load no model.
 */
public interface Models {

  /** Builds the annotator for {@code settings}, loading its models: seconds to a minute. */
  Annotator annotator(AnnotatorSettings settings);

  /** The name and version of what {@link #annotator} builds, for the manifest and the cache; known without loading. */
  org.dateline.annotate.Engine engine();

  /**
   * Everything that decides what {@link #annotator} returns for {@code settings}, so that a cache
   * may serve one run's annotations to another; computed without loading any model.
   */
  String fingerprint(AnnotatorSettings settings);

  /** A language identifier; its models load when it first needs them. */
  LanguageIdentifier languages();

  /** Stanford CoreNLP and Lingua. */
  static Models standard() {
    return StandardModels.INSTANCE;
  }
}
