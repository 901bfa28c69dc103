package org.dateline.annotate.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.clean.LanguageVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedLanguageIdentifierTest {

  @TempDir Path dir;

  /** Says Spanish for texts with "el", English otherwise, and counts its calls. */
  private static final class Counting implements LanguageIdentifier {
    final AtomicInteger calls = new AtomicInteger();
    final Optional<String> fingerprint;

    Counting(Optional<String> fingerprint) {
      this.fingerprint = fingerprint;
    }

    @Override
    public LanguageVerdict judge(String text, Set<String> kept) {
      calls.incrementAndGet();
      String language = text.contains(" el ") ? "es" : "en";
      return new LanguageVerdict(language, kept.contains(language));
    }

    @Override
    public Set<String> supported() {
      return Set.of("en", "es");
    }

    @Override
    public Optional<String> fingerprint() {
      return fingerprint;
    }
  }

  @Test
  void aReRunOfTheSameTextsAsksTheDetectorNothing() throws Exception {
    Path file = dir.resolve("annotations.db");
    Counting first = new Counting(Optional.of("detector 1"));
    try (AnnotationCache cache = AnnotationCache.open(file)) {
      CachedLanguageIdentifier id = new CachedLanguageIdentifier(cache, first);
      assertEquals(new LanguageVerdict("es", false), id.judge("Dijo el ministro.", Set.of("en")));
      assertEquals(new LanguageVerdict("en", true), id.judge("The minister said.", Set.of("en")));
      assertEquals(2, first.calls.get());
    }
    Counting again = new Counting(Optional.of("detector 1"));
    try (AnnotationCache cache = AnnotationCache.open(file)) {
      CachedLanguageIdentifier id = new CachedLanguageIdentifier(cache, again);
      assertEquals(new LanguageVerdict("es", false), id.judge("Dijo el ministro.", Set.of("en")));
      assertEquals(new LanguageVerdict("en", true), id.judge("The minister said.", Set.of("en")));
      assertEquals(0, again.calls.get());
      // Other kept languages give another verdict, so they are asked for once more.
      assertEquals(new LanguageVerdict("es", true), id.judge("Dijo el ministro.", Set.of("en", "es")));
      assertEquals(1, again.calls.get());
    }
    Counting changed = new Counting(Optional.of("detector 2"));
    try (AnnotationCache cache = AnnotationCache.open(file)) {
      new CachedLanguageIdentifier(cache, changed).judge("The minister said.", Set.of("en"));
      assertEquals(1, changed.calls.get(), "a changed detector must judge again");
    }
  }

  @Test
  void anIdentifierWithoutFingerprintIsAskedEveryTime() throws Exception {
    Counting plain = new Counting(Optional.empty());
    try (AnnotationCache cache = AnnotationCache.open(dir.resolve("annotations.db"))) {
      CachedLanguageIdentifier id = new CachedLanguageIdentifier(cache, plain);
      id.judge("The minister said.", Set.of("en"));
      id.judge("The minister said.", Set.of("en"));
    }
    assertEquals(2, plain.calls.get());
  }
}
