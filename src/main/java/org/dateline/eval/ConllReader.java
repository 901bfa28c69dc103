package org.dateline.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads CoNLL-2003 NER files: one token per line with the word first and the NER tag last
 * (space-separated columns, as in {@code word POS chunk NER}), blank lines between sentences,
 * and {@code -DOCSTART-} lines between documents. Tags may be IOB1 or IOB2; the scorer treats
 * an {@code I-} tag that cannot continue an entity as a new one, as conlleval does.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConllReader {

  private static final String DOCSTART = "-DOCSTART-";

  private ConllReader() {}

  /**
   * @throws GoldFormatException as {@link #read(Reader, String)} does, or naming the line of
   *     the first bytes that are not UTF-8
   */
  public static List<ConllDocument> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader in = GoldText.open(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * @param name the file name used in error messages
   * @throws GoldFormatException on a line that has fewer than two columns or a bad tag, and on
   *     a file without any token
   */
  public static List<ConllDocument> read(Reader reader, String name) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<ConllDocument> documents = new ArrayList<>();
    List<ConllSentence> sentences = new ArrayList<>();
    List<ConllToken> tokens = new ArrayList<>();
    long lineNumber = 0;
    long sentenceStart = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith(DOCSTART)) {
        if (!tokens.isEmpty()) {
          sentences.add(new ConllSentence(tokens, sentenceStart));
          tokens = new ArrayList<>();
        }
        if (trimmed.startsWith(DOCSTART)) {
          // A file without DOCSTART lines is one document; empty documents are not kept.
          if (!sentences.isEmpty()) {
            documents.add(new ConllDocument(documents.size(), sentences));
            sentences = new ArrayList<>();
          }
        }
        continue;
      }
      String[] columns = trimmed.split("\\s+");
      if (columns.length < 2) {
        throw new GoldFormatException(name, lineNumber,
            "expected at least two columns (word ... NER tag), found '" + line + "'", null);
      }
      IobTag tag;
      try {
        tag = IobTag.parse(columns[columns.length - 1]);
      } catch (IllegalArgumentException e) {
        throw new GoldFormatException(name, lineNumber, e.getMessage(), e);
      }
      if (tokens.isEmpty()) {
        sentenceStart = lineNumber;
      }
      tokens.add(new ConllToken(columns[0], tag));
    }
    if (!tokens.isEmpty()) {
      sentences.add(new ConllSentence(tokens, sentenceStart));
    }
    if (!sentences.isEmpty()) {
      documents.add(new ConllDocument(documents.size(), sentences));
    }
    if (documents.isEmpty()) {
      throw new GoldFormatException(name, (lineNumber == 0 ? "is empty" : "holds no tokens in its " + lineNumber
          + " line(s)") + "; expected CoNLL-2003 lines of word ... NER tag, sentences separated by blank lines");
    }
    return List.copyOf(documents);
  }
}
