package org.dateline.clean;

import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a record's text is in a language the run keeps.
 *
 * <p>Contract: {@link #check} asks the {@link LanguageIdentifier} once and keeps the text when
 * its language is among the kept ones, or when the language cannot be told ({@link
 * LanguageIdentifier#UNDETERMINED}): a short headline or a list of names is no reason to drop a
 * record. Thread-safe when the identifier is; it keeps no state between calls.
 */
public final class LanguageFilter {

  /** The language found and whether the record is kept. */
  public record Verdict(String language, boolean kept) {
    public Verdict {
      Objects.requireNonNull(language, "language");
    }
  }

  private final LanguageIdentifier identifier;
  private final Set<String> kept;

  /**
   * @param kept ISO 639-1 codes of the languages to keep
   */
  public LanguageFilter(LanguageIdentifier identifier, Set<String> kept) {
    this.identifier = Objects.requireNonNull(identifier, "identifier");
    this.kept = Set.copyOf(Objects.requireNonNull(kept, "kept"));
  }

  public Verdict check(String text) {
    Objects.requireNonNull(text, "text");
    String language = Objects.requireNonNull(identifier.identify(text), "identifier returned null");
    return new Verdict(language, language.equals(LanguageIdentifier.UNDETERMINED) || kept.contains(language));
  }

  public Set<String> keptLanguages() {
    return kept;
  }
}
