package org.dateline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.corpus.CorpusReader;
import org.dateline.corpus.LoadOptions;
import org.dateline.corpus.RecordSink;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The plain-English check must only ever take the short cut where Lingua would have said
 * English, Lingua's two known errors on English sentences aside: checked on every development
 * corpus, Spanish KCNA stories included.
 */
@Tag("slow")
class PlainEnglishTest {

  private static final Path SHARED = Path.of("../shared");
  private static final Set<String> EN = Set.of("en");
  private static final LinguaLanguageIdentifier LINGUA = new LinguaLanguageIdentifier();
  private static final TextCleaner CLEANER = new TextCleaner();

  private static final String ENGLISH = "Pyongyang, March 14 (KCNA) -- A meeting was held at the People's Palace of "
      + "Culture on Thursday to mark the anniversary of the founding of the Korean Children's Union. Present there were "
      + "officials of the union and of the ministries concerned, teachers and pupils from schools in the city. Speakers "
      + "said that the union has grown into a reliable reserve of the party, and they called on its members to study hard.";
  private static final String SPANISH = "Pyongyang, 14 de marzo (ACNC) -- Se celebró el jueves en el Palacio de la "
      + "Cultura Popular una reunión con motivo del aniversario de la fundación de la Unión de Niños de Corea. Estuvieron "
      + "presentes funcionarios de la unión y de los ministerios correspondientes, maestros y alumnos de las escuelas de "
      + "la ciudad. Los oradores dijeron que la unión se ha convertido en una reserva confiable del partido.";

  @Test
  void aNewsParagraphIsPlainEnglishAndItsSpanishVersionIsNot() {
    assertTrue(PlainEnglish.test(ENGLISH));
    assertFalse(PlainEnglish.test(SPANISH));
    // Too short to be sure, whatever its words: Lingua decides.
    assertFalse(PlainEnglish.test("The talks of the two sides were held at the hall."));
    // A one-line item is long enough, and spares a run Lingua's models for short texts.
    assertTrue(PlainEnglish.test("Pyongyang, May 2 (KCNA) -- The spring scenery of the riverside park gives the "
        + "citizens and visitors joy and rich emotion."));
    // One letter English does not use sends the text to Lingua.
    assertFalse(PlainEnglish.test(ENGLISH.replace("Culture", "Culturé")));
    assertEquals(new LanguageVerdict("en", true), LINGUA.judge(ENGLISH, EN));
    assertEquals(new LanguageVerdict("es", false), LINGUA.judge(SPANISH, EN));
    // Without English among the kept languages the short cut is never taken.
    assertEquals(new LanguageVerdict("en", false), LINGUA.judge(ENGLISH, Set.of("es")));
  }

  @Test
  void linguaSaysEnglishWhereverTheShortCutIsTaken() throws IOException {
    assumeTrue(Files.isDirectory(SHARED.resolve("corpora")), "../shared is absent");
    List<Path> inputs = new ArrayList<>();
    inputs.add(SHARED.resolve("corpora/kcna-2024"));
    inputs.add(SHARED.resolve("corpora/reuters-politics-2017"));
    try (Stream<Path> s = Files.list(SHARED.resolve("corpora/kcna-daily/juche"))) {
      List<Path> days = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      for (int i = 0; i < days.size(); i += 20) {
        inputs.add(days.get(i));
      }
    }
    List<String> disagreements = new ArrayList<>();
    List<String> sentenceDisagreements = new ArrayList<>();
    long[] counts = new long[3];
    new CorpusReader(LoadOptions.defaults()).read(inputs, new RecordSink() {
      @Override
      public void accept(Article article) {
        String text = CLEANER.clean(article.text());
        if (text.isBlank()) {
          return;
        }
        counts[0]++;
        if (PlainEnglish.test(text.length() > 1_000 ? text.substring(0, 1_000) : text)) {
          counts[1]++;
          if (text.contains("(ACNC)")) {
            counts[2]++;
          }
          LanguageVerdict lingua = LINGUA.linguaVerdict(text, EN);
          if (!lingua.equals(new LanguageVerdict("en", true))) {
            disagreements.add(lingua + ": " + text.substring(0, Math.min(120, text.length())));
          }
        }
      }

      @Override
      public void problem(Problem problem) {}
    });
    long stories = counts[0];
    long storiesTaken = counts[1];
    // Single English sentences, some of which Lingua is unsure about and keeps as und.
    for (Path lines : List.of(SHARED.resolve("gold/nyt-editorials/dev.tsv"), SHARED.resolve("gold/sst/sst_test_fine_origcase.tsv"))) {
      for (String line : Files.readAllLines(lines)) {
        String[] cells = line.split("\t");
        String text = CLEANER.clean(cells[cells.length - 1]);
        counts[0]++;
        if (PlainEnglish.test(text.length() > 1_000 ? text.substring(0, 1_000) : text)) {
          counts[1]++;
          LanguageVerdict lingua = LINGUA.linguaVerdict(text, EN);
          if (!lingua.equals(new LanguageVerdict("en", true))) {
            sentenceDisagreements.add(lingua.language() + ": " + text.substring(0, Math.min(40, text.length())));
          }
        }
      }
    }
    System.out.printf("plain English: %d of %d stories (%d of them marked (ACNC)), %d of %d single sentences%n",
        storiesTaken, stories, counts[2], counts[1] - storiesTaken, counts[0] - stories);
    assertEquals(List.of(), disagreements);
    // English sentences crowded with foreign names: Lingua cannot place the first and would drop
    // the second as German; the short cut keeps both as the English they are.
    assertEquals(List.of("und: The cases of Wei Jingsheng, Liu Binyan, ", "de: The movie is full of fine performances ,"),
        sentenceDisagreements);
    assertEquals(0, counts[2], "Spanish stories taken for plain English");
    // The short cut must pay: most stories of these English corpora take it.
    assertTrue(storiesTaken > 0.8 * stories, storiesTaken + " of " + stories);
  }
}
