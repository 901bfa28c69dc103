package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.analysis.Reference;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.Profile;
import org.dateline.clean.FixedLanguage;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Period;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.report.ResearchOptions;
import org.dateline.report.RunReports;
import org.dateline.testing.FakeAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The research tables from input file to CSV with a scripted annotator (no models): the files
 * are byte-identical on 1 and 2 threads and hold the rows the synthetic corpus was built for.
 */
class ResearchTablesPipelineTest {

  @TempDir Path dir;

  static final Map<String, EntityType> LABELS = Map.of(
      "Kim", EntityType.PERSON, "Jong", EntityType.PERSON, "Un", EntityType.PERSON,
      "Pyongyang", EntityType.LOCATION, "Moscow", EntityType.LOCATION,
      "North", EntityType.LOCATION, "Korea", EntityType.LOCATION);

  /** Sentences end at " . "; runs of words found in the label table are one mention. */
  static AnnotatedArticle labelledRuns(Article article) {
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    for (String text : article.text().split(" \\. ")) {
      List<Token> tokens = new ArrayList<>();
      List<String> run = new ArrayList<>();
      EntityType runType = null;
      for (String w : (text + " .").split(" ")) {
        EntityType t = LABELS.get(w);
        tokens.add(new Token(w, w, "NN", t == null ? "O" : t.name()));
        if (t != null && (runType == null || t == runType)) {
          run.add(w);
          runType = t;
          continue;
        }
        if (!run.isEmpty()) {
          mentions.add(new EntityMention(String.join(" ", run), runType, sentences.size()));
          run.clear();
        }
        runType = t;
        if (t != null) {
          run.add(w);
        }
      }
      sentences.add(new Sentence(tokens, null));
    }
    return new AnnotatedArticle(article, sentences, mentions);
  }

  static final LanguageIdentifier ENGLISH = FixedLanguage.english();

  /** 3 months x 20 stories; in March, 15 stories are about a missile launch with Kim Jong Un in Pyongyang. */
  private Path corpus() throws Exception {
    StringBuilder json = new StringBuilder("[");
    int id = 0;
    for (int month = 1; month <= 3; month++) {
      for (int day = 1; day <= 20; day++) {
        String text = month == 3 && day <= 15
            ? "Kim Jong Un watched the missile launch in Pyongyang . North Korea said the missile flew far . Kim praised the scientists"
            : "Farmers in Pyongyang finished the harvest . The harvest was good in Moscow too";
        if (id > 0) {
          json.append(",\n");
        }
        // a serial number keeps the texts distinct, so that none is dropped as a duplicate
        json.append(String.format("{\"id\": \"s%d\", \"date\": \"2024-%02d-%02d\", \"text\": \"%s serial%d\"}",
            id, month, day, text, id));
        id++;
      }
    }
    return Files.writeString(dir.resolve("stories.json"), json.append("]").toString());
  }

  private Path run(Path input, int threads, String name) throws Exception {
    AggregateSettings aggregate = PipelineConfig.defaults().aggregate().withPeriod(Period.MONTH).withNgramSize(3);
    PipelineConfig config = PipelineConfig.defaults().withThreads(threads).withAggregate(aggregate);
    Pipeline pipeline = new Pipeline(config,
        FakeAnnotator.of(new AnnotatorSettings(Layers.ENTITIES, Profile.FAST, false, 80), ResearchTablesPipelineTest::labelledRuns),
        ENGLISH, ProgressListener.NONE);
    Path out = dir.resolve(name);
    RunReports.write(pipeline.run(List.of(input)), pipeline.settings(), out, new ResearchOptions(5, Reference.REST, List.of(2, 3)));
    return out;
  }

  @Test
  void researchTablesAreByteIdenticalOnOneAndTwoThreadsAndHoldThePlantedStory() throws Exception {
    Path input = corpus();
    Path one = run(input, 1, "one");
    Path two = run(input, 2, "two");
    for (String file : List.of("keyness_by_date.csv", "bursts.csv", "cooccurrence_by_date.csv", "collocations.csv",
        "entities_by_date.csv")) {
      assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
    }
    List<String> keyness = Files.readAllLines(one.resolve("keyness_by_date.csv"));
    assertEquals("period,kind,feature,type,count,reference_count,period_total,reference_total,g2,p,log_ratio",
        keyness.get(0));
    // March's first entity row: Kim Jong Un (short "Kim" folded in: 30 mentions), never seen before March
    String firstMarchEntity = keyness.stream().filter(l -> l.startsWith("2024-03-01,entity,")).findFirst().orElseThrow();
    assertTrue(firstMarchEntity.startsWith("2024-03-01,entity,Kim Jong Un,PERSON,30,0,"), firstMarchEntity);
    // DPRK by the built-in canonical names, in 15 March documents
    assertTrue(keyness.contains(keyness.stream().filter(l -> l.startsWith("2024-03-01,entity,DPRK,LOCATION,15,0,"))
        .findFirst().orElseThrow()));

    List<String> bursts = Files.readAllLines(one.resolve("bursts.csv"));
    assertEquals("kind,feature,type,start,end,periods,weight", bursts.get(0));
    assertTrue(bursts.stream().anyMatch(l -> l.startsWith("entity,Kim Jong Un,PERSON,2024-03-01,2024-03-01,1,")),
        bursts.toString());
    // the harvest stories fill January and February and stop in March: a two-period burst
    assertTrue(bursts.contains("term,harvest,,2024-01-01,2024-02-01,2,11.5033"), bursts.toString());

    List<String> co = Files.readAllLines(one.resolve("cooccurrence_by_date.csv"));
    assertEquals("period,entity_a,type_a,entity_b,type_b,documents,sentences,npmi", co.get(0));
    assertTrue(co.contains("2024-03-01,DPRK,LOCATION,Kim Jong Un,PERSON,15,0,1"), co.toString());
    // Pyongyang is in every March story, so knowing Kim Jong Un is there tells nothing: NPMI 0
    assertTrue(co.contains("2024-03-01,Kim Jong Un,PERSON,Pyongyang,LOCATION,15,15,0"), co.toString());
    assertTrue(co.contains("2024-01-01,Moscow,LOCATION,Pyongyang,LOCATION,20,0,1"), co.toString());

    List<String> coll = Files.readAllLines(one.resolve("collocations.csv"));
    assertEquals("collocation,count,length,lambda,z", coll.get(0));
    assertTrue(coll.stream().anyMatch(l -> l.startsWith("kim jong un,15,3,")), coll.toString());
    assertTrue(coll.stream().anyMatch(l -> l.startsWith("missile launch,15,2,")), coll.toString());

    String manifest = Files.readString(one.resolve("manifest.json"));
    assertTrue(manifest.contains("\"entity_short_name_changes\": 15"), manifest);
    assertTrue(manifest.contains("\"entity_alias_rewrites\": 15"), manifest);
    assertTrue(manifest.contains("\"min_count\": \"5\""), manifest);
    assertTrue(manifest.contains("\"collocation_size\": \"2,3\""), manifest);
  }

  @Test
  void collocationSizesAreSortedAndDeduplicated() {
    assertEquals(Set.of(2, 3), Set.copyOf(new ResearchOptions(5, Reference.PREVIOUS, List.of(3, 2, 3)).collocationSizes()));
  }
}
