package org.dateline.clean;

import java.util.Objects;
import java.util.Set;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * Decides whether a record's text is in a language the run keeps.
 *
 * <p>Contract: {@link #check} asks the {@link LanguageIdentifier} once, against the kept
 * languages. The identifier drops a text only when it is confident that the text is in none of
 * them; below that the text is kept as {@link LanguageIdentifier#UNDETERMINED}: a short headline
 * or a list of names is no reason to drop a record. Thread-safe when the identifier is; it keeps
 * no state between calls.
 */
public final class LanguageFilter {

  private final LanguageIdentifier identifier;
  private final Set<String> kept;

  /**
   * @param kept ISO 639-1 codes of the languages to keep
   */
  public LanguageFilter(LanguageIdentifier identifier, Set<String> kept) {
    this.identifier = Objects.requireNonNull(identifier, "identifier");
    this.kept = Set.copyOf(Objects.requireNonNull(kept, "kept"));
  }

  public LanguageVerdict check(String text) {
    Objects.requireNonNull(text, "text");
    return Objects.requireNonNull(identifier.judge(text, kept), "identifier returned null");
  }

  /** The problem that skips a record whose {@code verdict} is not kept, naming the kept languages. */
  public Problem notKept(Origin origin, LanguageVerdict verdict) {
    return new Problem(origin, ProblemKind.LANGUAGE_NOT_KEPT,
        "language '" + verdict.language() + "' is not among the kept languages "
            + keptLanguages().stream().sorted().toList() + "; record skipped (add it to --languages to keep it)");
  }

  public Set<String> keptLanguages() {
    return kept;
  }
}
