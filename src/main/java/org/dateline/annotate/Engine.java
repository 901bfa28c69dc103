package org.dateline.annotate;

import java.util.Objects;

/**
 * The NLP library behind an annotator, as the reports name it.
 *
 * @param name the library's name, such as {@code Stanford CoreNLP}
 * @param version its version, such as {@code 4.5.10}
 */
public record Engine(String name, String version) {
  public Engine {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }

  /** Name and version for people: {@code Stanford CoreNLP 4.5.10}. */
  public String display() {
    return name + " " + version;
  }
}
