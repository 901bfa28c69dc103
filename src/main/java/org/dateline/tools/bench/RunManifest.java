package org.dateline.tools.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dateline.report.ManifestWriter;

/**
 * The counts and timings of a finished run, read from the {@code manifest.json} it wrote (the
 * format {@link ManifestWriter} documents). The bench reads the run's own record of what it did,
 * not the text it printed, which may change with any wording of the console.
 *
 * @param counts the {@code counts} object, in file order
 * @param timingsMillis the {@code timings_ms} object, in file order
 */
record RunManifest(Map<String, Long> counts, Map<String, Long> timingsMillis) {

  /** The manifest's name for the documents a run kept and annotated. */
  static final String DOCUMENTS = "documents";
  /** The manifest's name for the tokens a run annotated. */
  static final String TOKENS = "tokens";

  private static final JsonFactory JSON = new JsonFactory();

  RunManifest {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    timingsMillis = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMillis));
  }

  /** The manifest in the output folder {@code dir}. */
  static Path in(Path dir) {
    return dir.resolve(ManifestWriter.FILE_NAME);
  }

  /**
   * Reads {@code file}.
   *
   * @throws IOException when it cannot be read, is not a JSON object, or lacks the counts of
   *     documents and tokens
   */
  static RunManifest read(Path file) throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Long> timings = new LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(Files.newBufferedReader(file))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(file + " is not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "counts" -> readNumbers(p, file, counts);
          case "timings_ms" -> readNumbers(p, file, timings);
          default -> p.skipChildren();
        }
      }
    }
    for (String required : new String[] {DOCUMENTS, TOKENS}) {
      if (!counts.containsKey(required)) {
        throw new IOException(file + " has no count '" + required + "'");
      }
    }
    return new RunManifest(counts, timings);
  }

  /** Documents the run kept and annotated. */
  long documents() {
    return counts.get(DOCUMENTS);
  }

  /** Tokens the run annotated. */
  long tokens() {
    return counts.get(TOKENS);
  }

  private static void readNumbers(JsonParser p, Path file, Map<String, Long> into) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new IOException(file + ": '" + p.currentName() + "' is not an object");
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
        throw new IOException(file + ": '" + name + "' is not a whole number");
      }
      into.put(name, p.getLongValue());
    }
  }
}
