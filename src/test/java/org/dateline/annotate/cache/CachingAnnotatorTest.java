package org.dateline.annotate.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.ClassProbabilities;
import org.dateline.model.Clause;
import org.dateline.model.Phrase;
import org.dateline.model.PhraseKind;
import org.dateline.model.Article;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Origin;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.Sentiment;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Token;
import org.dateline.model.Tone;
import org.dateline.testing.FakeAnnotator;
import org.dateline.testing.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingAnnotatorTest {

  @TempDir Path dir;

  /** Splits on spaces, one sentence per line; tags every capitalised word as a PERSON. */
  private static FakeAnnotator capitalisedPersons(AnnotatorSettings settings) {
    return FakeAnnotator.of(settings, Words.perLine().lowerCaseLemmas()
        .labels(w -> Character.isUpperCase(w.charAt(0)) ? "PERSON" : "O")
        .mentions(w -> Character.isUpperCase(w.charAt(0)) ? EntityType.PERSON : null)
        .sentiment(line -> line.contains("good") ? Sentiment.POSITIVE : null));
  }

  /** A cache over an annotator whose fingerprint is its engine and settings. */
  private static CachingAnnotator caching(AnnotationCache cache, AnnotatorSettings settings, String engine,
      java.util.function.Supplier<Annotator> factory) {
    return new CachingAnnotator(cache, settings, new org.dateline.annotate.Engine("fake", engine), s -> engine + " " + s, factory);
  }

  private static Article article(String id, String text) {
    return Article.builder().id(id).text(text).origin(Origin.record("f.json", 1)).build();
  }

  @Test
  void secondRunReadsEverythingFromTheCacheWithoutBuildingTheAnnotator() throws Exception {
    AnnotatorSettings settings = AnnotatorSettings.defaults();
    Path file = dir.resolve("cache/annotations.db");
    FakeAnnotator fake = capitalisedPersons(settings);
    AnnotatedArticle first;
    try (AnnotationCache cache = AnnotationCache.open(file)) {
      assertTrue(cache.isEmpty());
      CachingAnnotator cold = caching(cache, settings, "fake 1", () -> fake);
      first = cold.annotate(article("a", "Kim went home\nit was good"));
      cold.annotate(article("b", "Another text"));
      assertEquals(2, cold.misses());
      assertEquals(0, cold.hits());
    }
    assertTrue(Files.size(file) > 0);

    try (AnnotationCache cache = AnnotationCache.open(file)) {
      assertFalse(cache.isEmpty());
      CachingAnnotator warm = caching(cache, settings, "fake 1", () -> {
        throw new AssertionError("models must not load when everything is cached");
      });
      AnnotatedArticle again = warm.annotate(article("a2", "Kim went home\nit was good"));
      assertEquals(first.sentences(), again.sentences());
      assertEquals(first.mentions(), again.mentions());
      assertEquals("a2", again.article().id());
      assertEquals(1, warm.hits());
      assertFalse(warm.loadedModels());
    }
    assertEquals(2, fake.calls());
  }

  @Test
  void scoresKeptBesideTheAnnotationsSurviveTheRunAndAreKeyedByScorerSettingsAndText() throws Exception {
    AnnotatorSettings full = AnnotatorSettings.defaults();
    Path file = dir.resolve("cache/annotations.db");
    FakeAnnotator fake = capitalisedPersons(full);
    try (AnnotationCache cache = AnnotationCache.open(file)) {
      CachingAnnotator caching = caching(cache, full, "fake 1", () -> fake);
      assertEquals(Optional.empty(), caching.scores(article("a", "Same text"), "scorer 1"));
      caching.putScores(article("a", "Same text"), "scorer 1", new byte[] {1, 2, 3});
    }
    try (AnnotationCache cache = AnnotationCache.open(file)) {
      CachingAnnotator caching = caching(cache, full, "fake 1", () -> fake);
      assertArrayEquals(new byte[] {1, 2, 3}, caching.scores(article("b", "Same text"), "scorer 1").orElseThrow(),
          "kept by text, whatever the record");
      assertEquals(Optional.empty(), caching.scores(article("a", "Same text"), "scorer 2"));
      assertEquals(Optional.empty(), caching.scores(article("a", "Other text"), "scorer 1"));
      assertEquals(Optional.empty(), caching(cache, full.withLayers(Layers.TERMS), "fake 1", () -> fake)
          .scores(article("a", "Same text"), "scorer 1"), "other settings, other annotations");
      assertTrue(cache.isEmpty(), "scores alone are no annotations: a run still loads its models");
    }
  }

  @Test
  void otherSettingsOrEngineDoNotReadTheEntry() throws Exception {
    AnnotatorSettings full = AnnotatorSettings.defaults();
    AnnotatorSettings terms = full.withLayers(Layers.TERMS);
    try (AnnotationCache cache = AnnotationCache.open(dir.resolve("c.db"))) {
      FakeAnnotator fake = capitalisedPersons(full);
      caching(cache, full, "fake 1", () -> fake).annotate(article("a", "Same text"));
      caching(cache, terms, "fake 1", () -> fake).annotate(article("a", "Same text"));
      caching(cache, full, "fake 2", () -> fake).annotate(article("a", "Same text"));
      assertEquals(3, fake.calls());
    }
  }

  @Test
  void aLemmaFreeRunReusesEntriesMadeWithLemmas() throws Exception {
    AnnotatorSettings withLemmas = AnnotatorSettings.defaults().withLayers(Layers.TERMS).withLemmas(true);
    try (AnnotationCache cache = AnnotationCache.open(dir.resolve("c.db"))) {
      FakeAnnotator fake = capitalisedPersons(withLemmas);
      caching(cache, withLemmas, "fake 1", () -> fake).annotate(article("a", "Same text"));
      CachingAnnotator plain = caching(cache, withLemmas.withLemmas(false), "fake 1", () -> fake);
      plain.annotate(article("a", "Same text"));
      assertEquals(1, fake.calls());
      assertEquals(1, plain.hits());
    }
  }

  @Test
  void codecRoundTripsEveryField() throws Exception {
    List<Sentence> sentences = List.of(
        new Sentence(List.of(new Token("Kim", "Kim", "NNP", "PERSON", 0, 3), new Token("went", "go", "VBD", "O", 4, 8),
            new Token("-", "-", ":", "O", 8, 9), new Token("Co.", "Co.", "NNP", "O", 70_000, 70_002)), Sentiment.VERY_NEGATIVE),
        new Sentence(List.of(new Token("ünïcode", "ünïcode", "NN", "O")), null),
        new Sentence(List.of(new Token("Peace", "peace", "NN", "O", 0, 5)), Sentiment.POSITIVE,
            new ClassProbabilities(0.01, 0.04, 0.15, 0.6, 0.2),
            List.of(new SentenceScore(SentimentEngineId.VADER, 0.5423, Tone.POSITIVE),
                new SentenceScore(SentimentEngineId.CORENLP, 0.94, Tone.POSITIVE))),
        new Sentence(List.of(new Token("War", "war", "NN", "O")), null, null,
            List.of(new SentenceScore(SentimentEngineId.VADER, -0.5994, Tone.NEGATIVE))),
        new Sentence(List.of(new Token("Kim", "Kim", "NNP", "PERSON"), new Token("won", "win", "VBD", "O"),
                new Token(",", ",", ",", "O"), new Token("Japan", "Japan", "NNP", "LOCATION"),
                new Token("lost", "lose", "VBD", "O")), Sentiment.NEUTRAL,
            new ClassProbabilities(0.1, 0.2, 0.4, 0.2, 0.1),
            List.of(new SentenceScore(SentimentEngineId.CORENLP, 0, Tone.NEUTRAL)),
            List.of(new Clause(0, 2, new ClassProbabilities(0, 0, 0.2, 0.5, 0.3),
                    List.of(new SentenceScore(SentimentEngineId.CORENLP, 1.1, Tone.POSITIVE),
                        new SentenceScore(SentimentEngineId.VADER, 0.5859, Tone.POSITIVE))),
                new Clause(2, 5, null, List.of(new SentenceScore(SentimentEngineId.VADER, -0.3818, Tone.NEGATIVE)))),
            // phrase probabilities come at float precision, which the codec keeps exactly
            List.of(new Phrase(3, 5, PhraseKind.CLAUSE, new ClassProbabilities(0.5, 0.25, 0.125, 0.0625, 0.0625)),
                new Phrase(0, 2, PhraseKind.CLAUSE, new ClassProbabilities(0, 0, (float) 0.2, (float) 0.5, (float) 0.3)),
                new Phrase(3, 5, PhraseKind.VERB_PHRASE, new ClassProbabilities(0, 1, 0, 0, 0)))));
    List<EntityMention> mentions = List.of(new EntityMention("Kim Jong Un", EntityType.PERSON, 0),
        new EntityMention("odd", EntityType.OTHER, 1), new EntityMention("Japan", EntityType.LOCATION, 4, 3, 4));
    AnnotationCodec.Annotations back = AnnotationCodec.decode(AnnotationCodec.encode(sentences, mentions));
    assertEquals(sentences, back.sentences());
    assertEquals(0.94, back.sentences().get(2).probabilities().expectedScore(), 1e-12);
    assertEquals(-0.5994, back.sentences().get(3).score(SentimentEngineId.VADER).orElseThrow().score());
    assertEquals(mentions, back.mentions());
    assertEquals(-0.3818, back.sentences().get(4).scoreAround(SentimentEngineId.VADER, 3, 4).orElseThrow().score());
    assertEquals(List.of("0..2 CLAUSE", "3..5 CLAUSE", "3..5 VERB_PHRASE"), back.sentences().get(4).phrases().stream()
        .map(p -> p.begin() + ".." + p.end() + " " + p.kind()).toList());
    assertEquals(-1.0625, back.sentences().get(4).phrases().get(1).probabilities().expectedScore(), 1e-12);
  }

  @Test
  void aDamagedEntryIsCountedAndAnnotatedAgain() throws Exception {
    AnnotatorSettings settings = AnnotatorSettings.defaults();
    Path file = dir.resolve("damaged.db");
    FakeAnnotator fake = capitalisedPersons(settings);
    try (AnnotationCache cache = AnnotationCache.open(file)) {
      caching(cache, settings, "fake 1", () -> fake).annotate(article("a", "Kim went home"));
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        java.sql.Statement st = c.createStatement()) {
      assertEquals(1, st.executeUpdate("UPDATE annotation SET data = X'00FF00FF'"));
    }
    try (AnnotationCache cache = AnnotationCache.open(file)) {
      CachingAnnotator again = caching(cache, settings, "fake 1", () -> fake);
      AnnotatedArticle a = again.annotate(article("a", "Kim went home"));
      assertEquals(3, a.tokenCount());
      assertEquals(1, again.unreadable());
      assertEquals(1, again.misses());
      // The fresh annotation replaced the damaged entry.
      CachingAnnotator third = caching(cache, settings, "fake 1", () -> fake);
      third.annotate(article("a", "Kim went home"));
      assertEquals(1, third.hits());
    }
    assertEquals(2, fake.calls());
  }

  @Test
  void aFileThatIsNoCacheIsRefusedWithoutAdviceToDeleteIt() throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "my precious notes, not a database\n".repeat(200));
    java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> {
      try (AnnotationCache cache = AnnotationCache.open(notes)) {
        cache.get("k");
      }
    });
    assertTrue(e.getMessage().contains(notes.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("--no-cache"), e.getMessage());
    assertFalse(e.getMessage().contains("delete"), e.getMessage());
    assertTrue(Files.readString(notes).startsWith("my precious notes"));
  }

  @Test
  void entriesNameTheirEnumConstants() throws Exception {
    byte[] data = AnnotationCodec.encode(
        List.of(new Sentence(List.of(new Token("Kim", "Kim", "NNP", "PERSON")), Sentiment.POSITIVE)),
        List.of(new EntityMention("Kim", EntityType.LOCATION, 0)));
    byte[] plain = new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(data)).readAllBytes();
    String text = new String(plain, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(text.contains("LOCATION"), text);
    assertTrue(text.contains("POSITIVE"), text);
  }
}
