package org.dateline.annotate.corenlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.io.Sha256;

/**
 * A digest of everything that decides what {@link CoreNlpAnnotator} returns for a text: the
 * program's version, CoreNLP's version (which fixes its models), the effective CoreNLP
 * properties, and the content of every resource of ours that CoreNLP reads. Two runs whose
 * fingerprints agree annotate every text alike, so the cache may serve one run's annotations
 * to the other. Computed without loading any model.
 */
public final class CoreNlpFingerprint {

  /**
   * Resources of ours that shape annotations: the name list the CoreNLP pipeline reads (named in
   * its properties) and the VADER lexicon that scores sentences beside it.
   */
  static final List<String> RESOURCES = List.of(CoreNlpProperties.NAMES_MAPPING,
      "org/dateline/annotate/sentiment/vader_lexicon.txt");

  private CoreNlpFingerprint() {}

  /** The fingerprint of an annotator built with {@code settings} by this program. */
  public static String of(AnnotatorSettings settings) {
    return of(settings, programVersion(), CoreNlpFingerprint::bundled);
  }

  /**
   * @param resources the bytes of a resource, by its class-path name
   */
  static String of(AnnotatorSettings settings, String programVersion, Function<String, byte[]> resources) {
    Objects.requireNonNull(settings, "settings");
    MessageDigest digest = Sha256.newDigest();
    field(digest, "program", programVersion);
    field(digest, "corenlp", CoreNlpAnnotator.CORENLP_VERSION);
    field(digest, "sentiment engines", settings.annotatedEngines().stream().map(Enum::name).sorted().toList().toString());
    Properties properties = CoreNlpProperties.of(settings);
    // Sorted, so that the digest does not depend on the hash order of Properties.
    TreeMap<String, String> sorted = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> sorted.put(k, properties.getProperty(k)));
    sorted.forEach((k, v) -> field(digest, "property " + k, v));
    for (String name : RESOURCES) {
      field(digest, "resource " + name, java.util.HexFormat.of().formatHex(Sha256.of(resources.apply(name))));
    }
    return Sha256.hex(digest);
  }

  private static void field(MessageDigest digest, String name, String value) {
    digest.update((name + '\u0000' + value + '\u0000').getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bundled(String name) {
    try (InputStream in = CoreNlpFingerprint.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the class path; rebuild the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name + ": " + e.getMessage(), e);
    }
  }

  static String programVersion() {
    String v = CoreNlpFingerprint.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
