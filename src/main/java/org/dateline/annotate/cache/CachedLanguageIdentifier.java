package org.dateline.annotate.cache;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.clean.LanguageVerdict;
import org.dateline.io.Sha256;

/**
 * Keeps a language identifier's verdicts in the {@link AnnotationCache}, keyed by the
 * identifier's fingerprint, the kept languages and the text, so that a re-run of the same texts
 * neither detects languages again nor loads the detector's models. An identifier without a
 * fingerprint is asked every time. Thread-safe when the identifier is.
 */
public final class CachedLanguageIdentifier implements LanguageIdentifier {

  private final AnnotationCache cache;
  private final LanguageIdentifier identifier;

  public CachedLanguageIdentifier(AnnotationCache cache, LanguageIdentifier identifier) {
    this.cache = Objects.requireNonNull(cache, "cache");
    this.identifier = Objects.requireNonNull(identifier, "identifier");
  }

  @Override
  public LanguageVerdict judge(String text, Set<String> kept) {
    Optional<String> fingerprint = identifier.fingerprint();
    if (fingerprint.isEmpty() || text == null) {
      return identifier.judge(text, kept);
    }
    String key = Sha256.hex(fingerprint.get() + '\u0000' + new TreeSet<>(kept) + '\u0000' + text);
    Optional<LanguageVerdict> known = cache.verdict(key);
    if (known.isPresent()) {
      return known.get();
    }
    LanguageVerdict verdict = identifier.judge(text, kept);
    cache.putVerdict(key, verdict);
    return verdict;
  }

  @Override
  public Set<String> supported() {
    return identifier.supported();
  }

  @Override
  public Optional<String> fingerprint() {
    return identifier.fingerprint();
  }
}
