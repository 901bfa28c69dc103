package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.aggregate.EntityRow;
import org.dateline.annotate.Layers;
import org.dateline.annotate.corenlp.SharedAnnotators;
import org.dateline.clean.FixedLanguage;
import org.dateline.clean.GluedNames;
import org.dateline.clean.LinguaLanguageIdentifier;
import org.dateline.model.EntityType;
import org.dateline.model.ProblemKind;
import org.dateline.testing.FakeAnnotator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional glued-name repair, from input file to entity table and errors. */
@Tag("slow")
class GluedNamesPipelineTest {

  @TempDir Path dir;

  private static final String RECORDS =
      "[{\"date\": \"2024-04-15\", \"text\": \"Thousands of people gathered atKim Il SungSquare in Pyongyang. "
          + "Comrade Kim Jong Unreceived the delegation.\"},\n"
          + " {\"date\": \"2024-04-15\", \"text\": \"Comrade Kim Jong Un inspected a farm.\"}]";

  private RunResult run(GluedNames names) throws Exception {
    Path input = Files.writeString(dir.resolve("glued.json"), RECORDS);
    PipelineConfig config = PipelineConfig.defaults().withThreads(1).withGluedNames(names);
    return new Pipeline(config, SharedAnnotators.get(Layers.ENTITIES), new LinguaLanguageIdentifier(),
        ProgressListener.NONE).run(List.of(input));
  }

  private static long count(RunResult r, String entity) {
    return r.tables().entities().rows().stream().filter(e -> e.entity().equals(entity))
        .mapToLong(EntityRow::count).sum();
  }

  @Test
  void repairedNamesAreFoundAndEachRepairedRecordIsListed() throws Exception {
    RunResult plain = run(null);
    RunResult split = run(GluedNames.builtIn());

    assertTrue(plain.problems().isEmpty());
    assertEquals(1, count(plain, "Kim Jong Un"));
    assertEquals(2, count(split, "Kim Jong Un"));
    assertTrue(split.tables().entities().rows().stream()
        .anyMatch(e -> e.entity().equals("Kim Jong Un") && e.type() == EntityType.PERSON));
    assertTrue(split.tables().entities().rows().stream().anyMatch(e -> e.entity().startsWith("Kim Il Sung")),
        split.tables().entities().rows().toString());
    assertFalse(plain.tables().entities().rows().stream().anyMatch(e -> e.entity().startsWith("Kim Il Sung")),
        plain.tables().entities().rows().toString());

    assertEquals(1, split.problems().size());
    assertEquals(ProblemKind.REPAIRED_GLUED_NAME, split.problems().get(0).kind());
    assertEquals("glued.json", Path.of(split.problems().get(0).origin().file()).getFileName().toString());
    assertEquals(1, split.problems().get(0).origin().position());
    assertEquals(3, split.counts().get(Counter.GLUED_NAME_SPACES_INSERTED));
    assertEquals(1, split.counts().problems(ProblemKind.REPAIRED_GLUED_NAME));
  }

  @Test
  void strictDoesNotStopAtTheDefaultGluedNameRepair() throws Exception {
    Path input = Files.writeString(dir.resolve("glued.json"), RECORDS);
    PipelineConfig config = PipelineConfig.defaults().withThreads(1).withStrict(true);
    assertEquals(GluedNames.builtIn().names(), config.gluedNames().names());
    // No models: the point is the --strict rule, not what the annotator finds.
    RunResult r = new Pipeline(config, FakeAnnotator.terms(), FixedLanguage.english(), ProgressListener.NONE)
        .run(List.of(input));
    assertEquals(2, r.documents().size());
  }
}
