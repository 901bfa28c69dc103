package org.dateline.corpus;

import static org.dateline.corpus.CorpusAssertions.DATES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoaderChoiceTest {

  private final LoaderChoice choice = new LoaderChoice(DATES);

  @Test
  void theExtensionChoosesTheLoaderWhateverTheCase() {
    assertEquals("json", choice.choose("feed.JSON", 'S').format());
    assertEquals("jsonl", choice.choose("feed.jsonl", '[').format());
    assertEquals("jsonl", choice.choose("feed.ndjson", '{').format());
    assertEquals("csv", choice.choose("table.csv", '{').format());
    assertEquals("tsv", choice.choose("table.tsv", '{').format());
    assertEquals("page", choice.choose("page.txt", '{').format());
    assertEquals("page", choice.choose("page.text", '[').format());
    assertEquals("page", choice.choose("naenara-page", '{').format());
    assertEquals("page", choice.choose(".profile", '{').format());
  }

  @Test
  void anotherExtensionIsJsonWhenItStartsLikeJson() {
    assertEquals("json", choice.choose("dump.dat", '[').format());
    assertEquals("json", choice.choose("dump.dat", '{').format());
    assertEquals("page", choice.choose("notes.md", 'S').format());
    assertEquals("page", choice.choose("notes.md", -1).format());
  }

  @Test
  void whatAFolderWalkDoesNotRead() {
    assertNull(LoaderChoice.notACorpus("feed.jsonl"));
    assertNull(LoaderChoice.notACorpus("page.TXT.gz"));
    assertNull(LoaderChoice.notACorpus("naenara-page"));
    assertEquals("not a corpus format (.md; read are .json, .jsonl, .ndjson, .csv, .tsv, .txt, .html, .warc, .xlsx, .xls, .ods, optionally .gz);"
        + " skipped (name the file as an input to read it as text)", LoaderChoice.notACorpus("notes.md"));
    assertEquals("a project file (LICENSE.txt), not a corpus; skipped (name the file as an input to read it as text)",
        LoaderChoice.notACorpus("LICENSE.txt.gz"));
    assertEquals("a project file (Makefile), not a corpus; skipped (name the file as an input to read it as text)",
        LoaderChoice.notACorpus("Makefile"));
    assertNull(LoaderChoice.notACorpus("index.HTM"));
    assertNull(LoaderChoice.notACorpus("page.html.gz"));
  }

  @Test
  void htmlIsRecognisedByItsExtension() {
    assertTrue(LoaderChoice.isHtml("index.html"));
    assertTrue(LoaderChoice.isHtml("page.XHTML"));
    assertFalse(LoaderChoice.isHtml("page.txt"));
    assertFalse(LoaderChoice.isHtml("html"));
  }
}
