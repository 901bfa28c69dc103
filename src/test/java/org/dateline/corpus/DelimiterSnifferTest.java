package org.dateline.corpus;

import static org.dateline.corpus.CorpusAssertions.DATES;
import static org.dateline.corpus.CorpusAssertions.load;
import static org.dateline.corpus.CorpusAssertions.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimiterSnifferTest {

  private static char sniff(String text) throws IOException {
    BufferedReader r = new BufferedReader(new StringReader(text), 65536);
    char d = DelimiterSniffer.sniff(r);
    assertEquals(text.isEmpty() ? -1 : text.charAt(0), r.read(), "the reader is left where it was");
    return d;
  }

  @Test
  void theDelimiterIsTheOneTheHeaderAndRowsAgreeOn() throws IOException {
    assertEquals(',', sniff("title,text,date\nA,\"One; two\",2024-01-01\nB,Three,2024-01-02\n"));
    assertEquals(';', sniff("title;text;date\nA;\"One, two, three\";31.01.2024\nB;Four, five;01.02.2024\n"));
    assertEquals('\t', sniff("title\ttext\nA\tOne, two; three\n"));
    assertEquals('|', sniff("title|text|date\nA|One, two|2024-01-01\n"));
    assertEquals(',', sniff("text\nOne line without any delimiter\n"));
    assertEquals(',', sniff(""));
    // A quoted header line break and quoted semicolons do not count.
    assertEquals(',', sniff("\"title;x\",text\n\"A;\nB\",C\n"));
  }

  @Test
  void aSemicolonFileFromASpreadsheetIsReadByColumns(@TempDir Path dir) throws IOException {
    Path p = write(dir, "export.csv", "titel;text;datum\r\n"
        + "Haushalt;\"Der Rat stimmte zu, nach langer Debatte.\";2024-01-31\r\n"
        + "Hafen;Die Stra\u00dfe wird breiter, sagt der Rat.;2024-02-01\r\n");
    CorpusAssertions.Collected c = load(new CsvLoader(DATES), p, LoadOptions.defaults());
    assertEquals(List.of("Der Rat stimmte zu, nach langer Debatte.", "Die Stra\u00dfe wird breiter, sagt der Rat."),
        c.articles.stream().map(Article::text).toList());
    assertEquals(List.of(), c.problems);
  }
}
