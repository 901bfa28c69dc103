package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.dateline.corpus.CorpusAssertions;
import org.dateline.corpus.CorpusReader;
import org.dateline.corpus.SpreadsheetFixtures;
import org.dateline.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheets read as the Spark job reads its inputs, one unit per file on an executor, from a
 * local path and through Hadoop's file system: the records and problems of a run on one machine.
 */
class SpreadsheetUnitsTest {

  @TempDir Path dir;

  @Test
  void executorsReadSpreadsheetsAsOneMachineDoes() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    SpreadsheetFixtures.xlsx(in, "a.xlsx");
    SpreadsheetFixtures.xls(in, "b.xls");
    SpreadsheetFixtures.ods(in, "c.ods");
    Files.write(in.resolve("d-broken.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    PipelineConfig config = PipelineConfig.defaults();

    CorpusAssertions.Collected local = new CorpusAssertions.Collected();
    new CorpusReader(config.load()).read(List.of(in), local);
    List<String> expected = new ArrayList<>();
    local.articles.forEach(a -> expected.add(a.origin() + " " + a.date()));
    local.problems.forEach(p -> expected.add(p.origin() + " " + p.kind().label()));
    assertEquals(13, expected.size(), expected.toString());
    assertTrue(expected.get(12).endsWith("d-broken.xlsx unreadable_file"), expected.toString());

    Configuration hadoop = new Configuration();
    assertEquals(expected, read(InputListing.list(List.of(in.toString()), config.load(), hadoop, n -> {}), config,
        hadoop));
    String uri = in.toUri().toString();
    List<String> viaHadoop = read(InputListing.list(List.of(uri), config.load(), hadoop, n -> {}), config, hadoop);
    assertEquals(expected.stream().map(s -> s.replace(in + "/", uri.endsWith("/") ? uri : uri + "/")).toList(),
        viaHadoop);
  }

  /** Each unit's records and problems, articles before problems as the local sink collects them. */
  private static List<String> read(List<InputUnit> units, PipelineConfig config, Configuration hadoop) {
    List<String> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (InputUnit unit : units) {
      LoadedUnit loaded = UnitLoader.load(unit, config, new HadoopConf(hadoop));
      for (ReadEvent e : loaded.events()) {
        if (e.article() != null) {
          articles.add(e.origin() + " " + e.article().date());
        } else if (e.problem() != null) {
          problems.add(e.problem().origin() + " " + e.problem().kind().label());
        }
      }
    }
    articles.addAll(problems);
    return articles;
  }
}
