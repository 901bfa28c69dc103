package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.aggregate.TopicSettings;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.corenlp.CoreNlpAnnotator;
import org.dateline.annotate.corenlp.SharedAnnotators;
import org.dateline.model.Period;
import org.dateline.model.ProblemKind;
import org.dateline.pipeline.Counter;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.ProgressListener;
import org.dateline.pipeline.RunResult;
import org.dateline.pipeline.RunSettings;
import org.dateline.report.ResearchOptions;
import org.dateline.report.RunReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spark job in local[2] against a run on one machine, on a mixed corpus built from {@code
 * ../shared}: the sample page with two articles that open with two of its teasers, kcna-2024
 * records in two overlapping files (JSON and JSON Lines, one line broken), a folder's LICENSE,
 * two kcna-daily day files and a gzip copy of one of them, and the sample extract, which shares
 * two records with the kcna-2024 files. Every CSV must be byte-identical, with 2, 1 and 7
 * partitions. The models are loaded once for both runs (and the other tests of the JVM).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class SparkRunTest {

  private static final Path SHARED = Path.of("../shared");
  private static final Path KCNA_2024 = SHARED.resolve("corpora/kcna-2024/headlines_2024-11-11.json");
  private static final Path DAILY = SHARED.resolve("corpora/kcna-daily/juche");
  private static final Path EXTRACT = Path.of("input/kcna-2024-extract.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;

  private JavaSparkContext spark;
  private List<String> inputs;
  private PipelineConfig config;
  private AnnotatorSettings settings;
  private Path single;
  private RunResult singleResult;

  @BeforeAll
  void runOnOneMachine() throws IOException {
    assumeTrue(Files.isRegularFile(KCNA_2024) && Files.isDirectory(DAILY),
        "../shared with kcna-2024 and kcna-daily is needed");
    Path corpus = tmp.resolve("corpus");
    writeCorpus(corpus);
    inputs = List.of(corpus.toString(), EXTRACT.toString());
    settings = AnnotatorSettings.defaults().withLayers(Layers.ENTITIES);
    // The example dictionary, so that the dictionary tables are among those compared.
    org.dateline.aggregate.dictionary.Dictionaries dictionaries = new org.dateline.aggregate.dictionary.Dictionaries(
        List.of(org.dateline.aggregate.dictionary.DictionaryReader.read(Path.of("dictionaries", "dprk-rhetoric.yml"))),
        org.dateline.aggregate.dictionary.DictionaryScope.DICTIONARY);
    config = PipelineConfig.defaults().withThreads(2)
        .withAggregate(AggregateSettings.defaults().withPeriod(Period.MONTH)
            // the topic tables too: the executors' documents as term ids, the sampler on the driver
            .withTopics(new TopicSettings(5, 60, 7, 10))
            .withDictionaries(dictionaries));
    // The models of the other tests in this JVM serve the Spark tasks too.
    Annotator annotator = ExecutorModels.share(SharedAnnotators.get(Layers.ENTITIES));
    assertEquals(settings, annotator.settings());
    Pipeline pipeline = new Pipeline(config, annotator, ExecutorModels.languages(), ProgressListener.NONE);
    singleResult = pipeline.run(inputs.stream().map(Path::of).toList());
    single = tmp.resolve("single");
    RunReports.write(singleResult, pipeline.settings(), single, ResearchOptions.defaults(), false);
    spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("dateline-test")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1"));
  }

  @AfterAll
  void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** The corpus described in the class comment, from the shared files. */
  private static void writeCorpus(Path corpus) throws IOException {
    Path page = Files.createDirectories(corpus.resolve("a-page"));
    Files.copy(Path.of("input/naenara-page.txt"), page.resolve("naenara-page.txt"));
    String first = "New villages were wonderfully built at the Township Farm in Yonsan County and the Sonam Farm in"
        + " Sinphyong County, North Hwanghae";
    String second = "The area of Yombunjin renowned as a scenic spot on the east coast of the DPRK is presenting new"
        + " scenery of regional development.";
    ArrayNode full = JSON.createArrayNode();
    full.addObject().put("date", "2026-01-24").put("title", "New villages")
        .put("text", first + " Province. Farmers moved into the new houses in a ceremony on Saturday.");
    full.addObject().put("date", "2026-01-24").put("title", "Yombunjin")
        .put("text", second + " Hotels and a beach park were built there last year.");
    Files.writeString(page.resolve("naenara-articles.json"), full.toString());

    Path kcna = Files.createDirectories(corpus.resolve("b-kcna-2024"));
    JsonNode all = JSON.readTree(KCNA_2024.toFile());
    ArrayNode part1 = JSON.createArrayNode();
    for (int i = 0; i < 25; i++) {
      part1.add(all.get(i));
    }
    Files.writeString(kcna.resolve("part-1.json"), part1.toString());
    StringBuilder part2 = new StringBuilder();
    for (int i = 20; i < 40; i++) {
      part2.append(all.get(i).toString()).append('\n');
      if (i == 30) {
        part2.append("{\"date_str\": \"2024-01-01\", \"story_text\": \"broken\n");
      }
    }
    Files.writeString(kcna.resolve("part-2.jsonl"), part2.toString());
    Files.writeString(kcna.resolve("LICENSE"), "CC0 1.0\n");

    Path daily = Files.createDirectories(corpus.resolve("c-daily"));
    Files.copy(DAILY.resolve("2016-03-01_juche.json"), daily.resolve("2016-03-01_juche.json"));
    Files.copy(DAILY.resolve("2016-03-02_juche.json"), daily.resolve("2016-03-02_juche.json"));
    Path repeat = Files.createDirectories(daily.resolve("repeat"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(repeat.resolve("2016-03-01_juche.json.gz")))) {
      out.write(Files.readAllBytes(DAILY.resolve("2016-03-01_juche.json")));
    }
  }

  @Test
  void theCorpusExercisesDedupAndErrors() {
    // What the Spark runs are compared against: a corpus in which dedup and errors.csv have work.
    long duplicates = count(singleResult, ProblemKind.DUPLICATE);
    // part-2 repeats 5 records of part-1; the extract repeats records 0 and 35; the gzip copy
    // repeats its day's English and Spanish stories, all but the empty ones.
    assertTrue(duplicates >= 5 + 2 + 20, "duplicates: " + duplicates);
    assertEquals(2, singleResult.counts().get(Counter.DUPLICATES_TEASER_IN_ARTICLE));
    assertEquals(1, count(singleResult, ProblemKind.MALFORMED_RECORD));
    assertEquals(1, count(singleResult, ProblemKind.UNKNOWN_FORMAT));
    assertTrue(count(singleResult, ProblemKind.LANGUAGE_NOT_KEPT) > 0, "Spanish stories of kcna-daily");
    assertEquals(18, singleResult.documents().stream().filter(d -> d.kind() == org.dateline.model.ArticleKind.TEASER)
        .count(), "20 teasers on the page, 2 of them open articles");
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {2, 1, 7})
  void sparkGivesTheTablesOfOneMachine(int partitions) throws IOException {
    SparkRun run = new SparkRun(spark, config, settings, partitions, SparkRun.Steps.NONE);
    RunResult result = run.run(inputs);
    // local mode: the driver is the one executor, with the master's cores
    assertEquals(org.dateline.pipeline.Execution.spark(spark.version(), "local[2]", 1, 2, partitions), run.execution());
    Path out = tmp.resolve("spark-" + partitions);
    RunReports.write(result, new RunSettings(config, settings, CoreNlpAnnotator.ENGINE), out,
        ResearchOptions.defaults(), false);

    List<String> csv = csvNames(single);
    assertEquals(csv, csvNames(out));
    assertTrue(csv.size() >= 10, "every table: " + csv);
    assertTrue(csv.containsAll(List.of("dictionary_by_date.csv", "dictionary_by_document.csv",
        "dictionary_by_entity_date.csv")), "the dictionary tables: " + csv);
    for (String name : csv) {
      assertArrayEquals(Files.readAllBytes(single.resolve(name)), Files.readAllBytes(out.resolve(name)),
          name + " differs with " + partitions + " partitions");
    }
    assertEquals(comparable(single), comparable(out), "manifest with " + partitions + " partitions");
    assertEquals(singleResult.documents().size(), result.documents().size());
    assertEquals(singleResult.counts().get(Counter.TOKENS), result.counts().get(Counter.TOKENS));
  }

  @Test
  void hadoopUrisAreReadAsTheSameFiles() throws IOException {
    // The corpus folder through Hadoop's file system: only the names in origins change.
    String uri = tmp.resolve("corpus").toAbsolutePath().toUri().toString();
    assertTrue(uri.startsWith("file:/"), uri);
    RunResult result = new SparkRun(spark, config, settings, 3, SparkRun.Steps.NONE)
        .run(List.of(uri, EXTRACT.toString()));
    Path out = tmp.resolve("spark-uri");
    RunReports.write(result, new RunSettings(config, settings, CoreNlpAnnotator.ENGINE), out,
        ResearchOptions.defaults(), false);
    for (String name : List.of("terms_by_date.csv", "entities_by_date.csv", "keyness_by_date.csv", "bursts.csv",
        "cooccurrence_by_date.csv", "collocations.csv")) {
      assertArrayEquals(Files.readAllBytes(single.resolve(name)), Files.readAllBytes(out.resolve(name)), name);
    }
    String local = tmp.resolve("corpus").toString() + "/";
    List<String> expected = singleResult.problems().stream()
        .map(p -> p.origin().file().replace(local, uri.endsWith("/") ? uri : uri + "/") + " " + p.kind()).toList();
    assertEquals(expected, result.problems().stream().map(p -> p.origin().file() + " " + p.kind()).toList());
    assertEquals(singleResult.inputs().stream().map(i -> i.sha256()).toList(),
        result.inputs().stream().map(i -> i.sha256()).toList());
  }

  @Test
  void sameNamesAndRepeatedInputsGiveTheIdsOfOneMachine() throws IOException {
    // Two files named day.json in two folders, the folder named twice and one of its files
    // named again: each file is read once and ids carry the folder where names collide.
    Path collide = tmp.resolve("collide");
    JsonNode all = JSON.readTree(KCNA_2024.toFile());
    for (String folder : List.of("x", "y")) {
      ArrayNode day = JSON.createArrayNode();
      int from = folder.equals("x") ? 100 : 110;
      for (int i = from; i < from + 10; i++) {
        day.add(all.get(i));
      }
      Files.writeString(Files.createDirectories(collide.resolve(folder)).resolve("day.json"), day.toString());
    }
    List<String> repeated = List.of(collide.toString(), collide.resolve("y/day.json").toString(),
        collide.toString());
    Annotator annotator = ExecutorModels.share(SharedAnnotators.get(Layers.ENTITIES));
    Pipeline pipeline = new Pipeline(config, annotator, ExecutorModels.languages(), ProgressListener.NONE);
    RunResult local = pipeline.run(repeated.stream().map(Path::of).toList());
    Path localOut = tmp.resolve("collide-single");
    RunReports.write(local, pipeline.settings(), localOut, ResearchOptions.defaults(), false);

    List<String> notices = new ArrayList<>();
    RunResult result = new SparkRun(spark, config, settings, 3, SparkRun.Steps.NONE).run(repeated, notices::add);
    Path out = tmp.resolve("collide-spark");
    RunReports.write(result, new RunSettings(config, settings, CoreNlpAnnotator.ENGINE), out,
        ResearchOptions.defaults(), false);

    List<String> localNotices = new ArrayList<>();
    new org.dateline.corpus.CorpusReader(config.load()).list(repeated.stream().map(Path::of).toList(),
        localNotices::add);
    assertEquals(1, notices.size(), "notices: " + notices);
    assertEquals(localNotices, notices);
    assertTrue(notices.get(0).startsWith("3 file(s) reached through more than one input, read once"), notices.get(0));

    assertEquals(2, result.inputs().size(), "each day.json read once");
    String documents = Files.readString(out.resolve("documents.csv"), StandardCharsets.UTF_8);
    assertTrue(documents.contains("x/day.json#") && documents.contains("y/day.json#"), documents);
    assertArrayEquals(Files.readAllBytes(localOut.resolve("documents.csv")), Files.readAllBytes(out.resolve("documents.csv")),
        "documents.csv");
    for (String name : csvNames(localOut)) {
      assertArrayEquals(Files.readAllBytes(localOut.resolve(name)), Files.readAllBytes(out.resolve(name)), name);
    }
  }

  private static long count(RunResult result, ProblemKind kind) {
    return result.problems().stream().filter(p -> p.kind() == kind).count();
  }

  private static List<String> csvNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
    }
  }

  /** The manifest without what differs between any two runs: times. */
  private static JsonNode comparable(Path dir) throws IOException {
    ObjectNode m = (ObjectNode) JSON.readTree(Files.readString(dir.resolve("manifest.json"), StandardCharsets.UTF_8));
    m.remove(new ArrayList<>(List.of("started", "finished", "timings_ms")));
    return m;
  }
}
