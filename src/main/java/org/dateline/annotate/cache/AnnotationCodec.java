package org.dateline.annotate.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.dateline.model.ClassProbabilities;
import org.dateline.model.Clause;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Phrase;
import org.dateline.model.PhraseKind;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.Sentiment;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Token;
import org.dateline.model.Tone;

/**
 * A compact binary form of an article's annotations: strings that repeat (tags, frequent
 * words) are written once and referred to by number, and the whole is deflated. About a
 * tenth of the size of the same data as JSON, and much faster to read back than to annotate.
 */
final class AnnotationCodec {

  /**
   * Format version, part of every cache key: a change to the format (a field added) bumps it,
   * so old entries are simply never looked up again. Version 2 writes enum constants by name,
   * so reordering an enum cannot change old entries; version 3 adds tokens' character offsets,
   * CoreNLP's class probabilities and one score per sentiment engine; version 4 adds the
   * sentences' scored clauses and the mentions' token spans; version 5 adds the phrases of
   * CoreNLP's sentiment tree that the {@code news} engine reads.
   */
  static final int VERSION = 5;

  private AnnotationCodec() {}

  /** Sentences and mentions of one article. */
  record Annotations(List<Sentence> sentences, List<EntityMention> mentions) {}

  static byte[] encode(List<Sentence> sentences, List<EntityMention> mentions) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    // Buffered on both sides of the deflater: DataOutputStream writes a byte at a time, and the
    // deflater (the inflater in decode) would otherwise run once for every byte.
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(bytes), 8192))) {
      Map<String, Integer> table = new HashMap<>();
      out.writeByte(VERSION);
      out.writeInt(sentences.size());
      for (Sentence s : sentences) {
        writeString(out, table, s.sentiment() == null ? "" : s.sentiment().name());
        writeScores(out, table, s.probabilities(), s.scores());
        out.writeInt(s.clauses().size());
        for (Clause c : s.clauses()) {
          out.writeInt(c.begin());
          out.writeInt(c.end());
          writeScores(out, table, c.probabilities(), c.scores());
        }
        out.writeInt(s.phrases().size());
        for (Phrase p : s.phrases()) {
          out.writeInt(p.begin());
          out.writeInt(p.end());
          writeString(out, table, p.kind().name());
          // the annotator keeps phrase probabilities at float precision, so floats lose nothing
          for (double v : p.probabilities().asList()) {
            out.writeFloat((float) v);
          }
        }
        out.writeInt(s.tokens().size());
        for (Token t : s.tokens()) {
          writeString(out, table, t.word());
          if (t.lemma().equals(t.word())) {
            out.writeBoolean(false);
          } else {
            out.writeBoolean(true);
            writeString(out, table, t.lemma());
          }
          writeString(out, table, t.pos());
          writeString(out, table, t.ner());
          out.writeInt(t.begin());
          out.writeInt(t.end() - t.begin());
        }
      }
      out.writeInt(mentions.size());
      for (EntityMention m : mentions) {
        writeString(out, table, m.text());
        writeString(out, table, m.type().name());
        out.writeInt(m.sentenceIndex());
        out.writeInt(m.begin());
        out.writeInt(m.end());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: writing to memory", e);
    }
    return bytes.toByteArray();
  }

  static Annotations decode(byte[] data) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new InflaterInputStream(new ByteArrayInputStream(data)), 8192))) {
      List<String> table = new ArrayList<>();
      int version = in.readByte();
      if (version != VERSION) {
        throw new IOException("cache entry has format version " + version + ", expected " + VERSION);
      }
      int sentenceCount = in.readInt();
      List<Sentence> sentences = new ArrayList<>(sentenceCount);
      for (int i = 0; i < sentenceCount; i++) {
        String sentiment = readString(in, table);
        ClassProbabilities probabilities = readProbabilities(in);
        List<SentenceScore> scores = readScores(in, table);
        int clauseCount = in.readInt();
        List<Clause> clauses = new ArrayList<>(clauseCount);
        for (int k = 0; k < clauseCount; k++) {
          int begin = in.readInt();
          int end = in.readInt();
          ClassProbabilities p = readProbabilities(in);
          clauses.add(new Clause(begin, end, p, readScores(in, table)));
        }
        int phraseCount = in.readInt();
        List<Phrase> phrases = new ArrayList<>(phraseCount);
        for (int k = 0; k < phraseCount; k++) {
          int begin = in.readInt();
          int end = in.readInt();
          PhraseKind kind = constant(PhraseKind.class, readString(in, table));
          List<Double> p = new ArrayList<>(5);
          for (int c = 0; c < 5; c++) {
            p.add((double) in.readFloat());
          }
          phrases.add(new Phrase(begin, end, kind, ClassProbabilities.of(p)));
        }
        int tokenCount = in.readInt();
        List<Token> tokens = new ArrayList<>(tokenCount);
        for (int j = 0; j < tokenCount; j++) {
          String word = readString(in, table);
          String lemma = in.readBoolean() ? readString(in, table) : word;
          String pos = readString(in, table);
          String ner = readString(in, table);
          int begin = in.readInt();
          int length = in.readInt();
          tokens.add(begin < 0
              ? new Token(word, lemma, pos, ner)
              : new Token(word, lemma, pos, ner, begin, begin + length));
        }
        sentences.add(new Sentence(tokens, sentiment.isEmpty() ? null : constant(Sentiment.class, sentiment),
            probabilities, scores, clauses, phrases));
      }
      int mentionCount = in.readInt();
      List<EntityMention> mentions = new ArrayList<>(mentionCount);
      for (int i = 0; i < mentionCount; i++) {
        String text = readString(in, table);
        EntityType type = constant(EntityType.class, readString(in, table));
        int sentence = in.readInt();
        int begin = in.readInt();
        mentions.add(new EntityMention(text, type, sentence, begin, in.readInt()));
      }
      return new Annotations(sentences, mentions);
    }
  }

  private static void writeScores(DataOutputStream out, Map<String, Integer> table,
      ClassProbabilities probabilities, List<SentenceScore> scores) throws IOException {
    out.writeBoolean(probabilities != null);
    if (probabilities != null) {
      for (double p : probabilities.asList()) {
        out.writeDouble(p);
      }
    }
    out.writeByte(scores.size());
    for (SentenceScore score : scores) {
      writeString(out, table, score.engine().name());
      out.writeDouble(score.score());
      writeString(out, table, score.tone().name());
    }
  }

  private static ClassProbabilities readProbabilities(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    List<Double> p = new ArrayList<>(5);
    for (int k = 0; k < 5; k++) {
      p.add(in.readDouble());
    }
    return ClassProbabilities.of(p);
  }

  private static List<SentenceScore> readScores(DataInputStream in, List<String> table) throws IOException {
    int count = in.readByte();
    List<SentenceScore> scores = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      SentimentEngineId engine = constant(SentimentEngineId.class, readString(in, table));
      double score = in.readDouble();
      scores.add(new SentenceScore(engine, score, constant(Tone.class, readString(in, table))));
    }
    return scores;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) throws IOException {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IOException("cache entry names an unknown " + type.getSimpleName() + " '" + name + "'", e);
    }
  }

  private static void writeString(DataOutputStream out, Map<String, Integer> table, String s) throws IOException {
    Integer known = table.get(s);
    if (known != null) {
      out.writeInt(known);
      return;
    }
    table.put(s, table.size());
    out.writeInt(-1);
    out.writeUTF(s);
  }

  private static String readString(DataInputStream in, List<String> table) throws IOException {
    int ref = in.readInt();
    if (ref >= 0) {
      if (ref >= table.size()) {
        throw new IOException("cache entry refers to string " + ref + " of " + table.size());
      }
      return table.get(ref);
    }
    String s = in.readUTF();
    table.add(s);
    return s;
  }
}
