package org.dateline.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions of the libraries whose output enters cache keys and fingerprints, as the build
 * wrote them into {@code org/dateline/versions.properties} from pom.xml: a version bumped in
 * the pom reaches every key without a constant to keep in step.
 */
public final class LibraryVersions {

  private static final String RESOURCE = "/org/dateline/versions.properties";

  /** Stanford CoreNLP's release. */
  public static final String CORENLP;
  /** Lingua's release. */
  public static final String LINGUA;
  /** The langchain4j artifact that packages the sentence encoder. */
  public static final String LANGCHAIN4J_EMBEDDINGS;
  /** ONNX Runtime's release, which runs the sentence encoder. */
  public static final String ONNXRUNTIME;

  static {
    Properties p = new Properties();
    try (InputStream in = LibraryVersions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path; rebuild with Maven");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    CORENLP = value(p, "corenlp");
    LINGUA = value(p, "lingua");
    LANGCHAIN4J_EMBEDDINGS = value(p, "langchain4j-embeddings");
    ONNXRUNTIME = value(p, "onnxruntime");
  }

  private LibraryVersions() {}

  private static String value(Properties p, String key) {
    String v = p.getProperty(key);
    // an unfiltered copy (a build that skipped Maven's resources) would key caches by "${...}"
    if (v == null || v.isBlank() || v.contains("${")) {
      throw new IllegalStateException(RESOURCE + " gives no version for " + key + " (" + v
          + "); rebuild with Maven, which fills it in from pom.xml");
    }
    return v.strip();
  }
}
