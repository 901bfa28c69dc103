package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

  @Test
  void readsDocumentsSentencesAndTags() throws Exception {
    List<ConllDocument> docs = Fixtures.miniConll();
    assertEquals(2, docs.size());
    assertEquals(2, docs.get(0).sentences().size());
    assertEquals(1, docs.get(1).sentences().size());
    ConllSentence first = docs.get(0).sentences().get(0);
    assertEquals("Kim Jong Un visited Pyongyang .", first.text());
    assertEquals(3, first.line());
    assertEquals(
        List.of(IobTag.begin(EntityClass.PER), IobTag.inside(EntityClass.PER), IobTag.inside(EntityClass.PER),
            IobTag.OUTSIDE, IobTag.begin(EntityClass.LOC), IobTag.OUTSIDE),
        first.tags());
    assertEquals(10, docs.get(0).sentences().get(1).line());
  }

  @Test
  void aFileWithoutDocstartIsOneDocument() throws Exception {
    List<ConllDocument> docs = ConllReader.read(new StringReader("A B-PER\n\nB O\nC B-ORG\n"), "x");
    assertEquals(1, docs.size());
    assertEquals(2, docs.get(0).sentences().size());
  }

  @Test
  void badTagNamesFileAndLine() {
    GoldFormatException e = assertThrows(GoldFormatException.class,
        () -> ConllReader.read(new StringReader("-DOCSTART- O\n\nA B-PER\nB B-PERSON\n"), "bad.conll"));
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith("bad.conll:4: "), e.getMessage());
    assertTrue(e.getMessage().contains("B-PERSON"), e.getMessage());
  }

  @Test
  void limitCutsAcrossDocuments() throws Exception {
    List<ConllDocument> docs = Fixtures.miniConll();
    List<ConllDocument> one = ConllDocument.firstSentences(docs, 1);
    assertEquals(1, one.size());
    assertEquals(1, one.get(0).sentences().size());
    assertEquals(3, ConllDocument.sentenceCount(ConllDocument.firstSentences(docs, 3)));
    assertEquals(3, ConllDocument.sentenceCount(ConllDocument.firstSentences(docs, 99)));
  }
}
