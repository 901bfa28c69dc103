package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The research options of {@code run} and the {@code kwic} command, as a user types them. */
class ResearchCommandsTest {

  @TempDir Path dir;

  @Test
  void badResearchOptionsExitWithTwoAndSayWhatToDo() throws Exception {
    Path input = Files.writeString(dir.resolve("a.txt"), "Some text.");
    Run size = MainTest.run("run", "--layers", "terms", "--collocation-size", "4", "-o", dir.resolve("o").toString(),
        input.toString());
    assertEquals(2, size.exit());
    assertTrue(size.err().contains("2, 3 or 2,3"), size.err());
    Run min = MainTest.run("run", "--layers", "terms", "--min-count", "0", input.toString());
    assertEquals(2, min.exit());
    assertTrue(min.err().contains("--min-count must be at least 1"), min.err());
    Run help = MainTest.run("run", "--help");
    assertTrue(help.out().contains("--no-short-names") && help.out().contains("--aliases"), help.out());
  }

  @Test
  void kwicTokenizesTheInputsAndWritesTheConcordance() throws Exception {
    Path input = Files.writeString(dir.resolve("s.json"),
        "[{\"id\": \"k1\", \"date\": \"2024-08-02\", \"text\": \"Kim Jong Un visited the flood-hit areas. Floods hit Sinuiju.\"}]");
    Path out = dir.resolve("kwic.csv");
    Run r = MainTest.run(Assembly.standard(), "kwic", "-p", "kim jong un", "--pattern", "flood*", input.toString(), "-o", out.toString(), "--window", "2");
    assertEquals(0, r.exit(), r.err());
    String origin = input.toString().replace('\\', '/') + "#1";
    assertEquals("doc_id,date,from,to,pre,keyword,post,pattern,origin\n"
        + "k1,2024-08-02,1,3,,Kim Jong Un,visited the,kim jong un," + origin + "\n"
        // CoreNLP splits "flood-hit" into three tokens; a post starting with "-" is neutralised
        + "k1,2024-08-02,6,6,visited the,flood,'- hit,flood*," + origin + "\n"
        + "k1,2024-08-02,11,11,areas .,Floods,hit Sinuiju,flood*," + origin + "\n", Files.readString(out));
  }

  @Test
  void kwicNeedsPatternsAndInputs() throws Exception {
    Path input = Files.writeString(dir.resolve("s.txt"), "text");
    Run r = MainTest.run("kwic", input.toString(), input.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("name the patterns with -p, or put -- between patterns and inputs"), r.err());
  }
}
