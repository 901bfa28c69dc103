package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.dateline.annotate.cache.AnnotationCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks every command makes on its paths before it loads anything. */
class PreflightTest {

  @TempDir Path dir;

  @Test
  void anOutputThatIsAnInputOrInAnInputFoldersReadSetIsRefused() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path file = Files.writeString(corpus.resolve("a.json"), "[]");
    List<Path> inputs = List.of(corpus);
    assertEquals("-o " + file + " is the input " + file + "; writing there would replace the corpus; "
        + "choose an output outside the inputs", Preflight.outputAmongInputs("-o", file, List.of(file), Set.of()));
    assertEquals("-o " + corpus + " is the input " + corpus + "; writing there would replace the corpus; "
        + "choose an output outside the inputs", Preflight.outputAmongInputs("-o", corpus, inputs, Set.of()));
    // not there yet: a later run would read it
    Path later = corpus.resolve("deep").resolve("kwic.csv");
    assertEquals("-o " + later + " lies inside the input folder " + corpus + ", whose walk reads it (the output "
        + "would be read as corpus); choose an output outside " + corpus,
        Preflight.outputAmongInputs("-o", later, inputs, Set.of()));
    assertTrue(Preflight.outputAmongInputs("-o", file, inputs, Set.of()).contains("lies inside the input folder"));
  }

  @Test
  void whatAWalkPassesOverMayBeWrittenTo() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    List<Path> inputs = List.of(corpus);
    assertNull(Preflight.outputAmongInputs("-o", corpus.resolve(".kwic.csv"), inputs, Set.of()));
    assertNull(Preflight.outputAmongInputs("-o", corpus.resolve(".cache").resolve("annotations.db"), inputs, Set.of()));
    assertNull(Preflight.outputAmongInputs("-o", corpus.resolve("README.csv"), inputs, Set.of()));
    assertNull(Preflight.outputAmongInputs("-o", corpus.resolve("SOURCE.md"), inputs, Set.of()));
    Path reports = corpus.resolve("reports");
    assertNull(Preflight.outputAmongInputs("-o", reports, inputs, Set.of(reports)));
    assertNull(Preflight.outputAmongInputs("-o", dir.resolve("kwic.csv"), inputs, Set.of()));
    // a folder holding the input is no input
    assertNull(Preflight.outputAmongInputs("-o", dir, List.of(corpus), Set.of()));
    // but a folder that is the input is, even when the walk skips it
    assertTrue(Preflight.outputAmongInputs("-o", reports, List.of(reports), Set.of(reports)).contains("is the input"));
  }

  @Test
  void pathsAreComparedAfterResolvingLinksAndDots() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path file = Files.writeString(corpus.resolve("a.json"), "[]");
    Path link = Files.createSymbolicLink(dir.resolve("link"), corpus);
    assertTrue(Preflight.outputAmongInputs("-o", link.resolve("a.json"), List.of(file), Set.of()).contains("is the input"));
    assertTrue(Preflight.outputAmongInputs("-o", corpus.resolve("x").resolve("..").resolve("new.csv"), List.of(link), Set.of())
        .contains("lies inside the input folder " + link));
    assertTrue(Preflight.sameFile(link.resolve("a.json"), file));
  }

  @Test
  void aCacheMustBeADatelineCacheOrNew() throws Exception {
    String fix = "leave --cache out";
    assertNull(Preflight.cacheFileProblem(dir.resolve("new.db"), fix));
    assertNull(Preflight.cacheFileProblem(Files.createFile(dir.resolve("empty.db")), fix));
    Path real = dir.resolve("real.db");
    AnnotationCache.open(real).close();
    assertNull(Preflight.cacheFileProblem(real, fix));

    Path text = Files.writeString(dir.resolve("text.db"), "not a database at all");
    assertEquals("annotation cache --cache " + text + " is not an annotation cache (not an SQLite database); "
        + "it is left as it is; leave --cache out", Preflight.cacheFileProblem(text, fix));
    Path foreign = dir.resolve("foreign.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE annotations_of_mine (id INTEGER PRIMARY KEY, note TEXT)");
    }
    long size = Files.size(foreign);
    assertEquals("annotation cache --cache " + foreign + " is an SQLite database but not a dateline annotation cache; "
        + "it is left as it is; leave --cache out", Preflight.cacheFileProblem(foreign, fix));
    assertEquals(size, Files.size(foreign));
    assertEquals("annotation cache --cache " + dir + " is a folder, not a file; leave --cache out",
        Preflight.cacheFileProblem(dir, fix));
    assertTrue(Preflight.cacheFileProblem(dir).endsWith("choose another file with --cache, or run with --no-cache"));
  }

  @Test
  void anOutputFileMustBeAFileInAWritableFolder() throws Exception {
    assertNull(Preflight.outputFileProblem("-o", dir.resolve("new").resolve("kwic.csv")));
    assertEquals("output -o " + dir + " is a folder; name a file (e.g. " + dir.resolve("kwic.csv") + ")",
        Preflight.outputFileProblem("-o", dir));
    Path file = Files.writeString(dir.resolve("f.txt"), "x");
    String problem = Preflight.outputFileProblem("-o", file.resolve("kwic.csv"));
    assertTrue(problem.startsWith("output -o " + file.resolve("kwic.csv") + ": its folder " + file.toAbsolutePath()
        + " cannot be created or written"), problem);
  }
}
