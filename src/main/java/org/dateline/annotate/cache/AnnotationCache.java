package org.dateline.annotate.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Properties;
import org.sqlite.JDBC;
import org.sqlite.SQLiteJDBCLoader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.annotate.AnnotatorUnavailableException;
import org.dateline.annotate.cache.AnnotationCodec.Annotations;
import org.dateline.clean.LanguageVerdict;
import org.dateline.model.EntityMention;
import org.dateline.model.Sentence;

/**
 * A content-addressed store of annotations, and of language verdicts, in one SQLite file.
 *
 * <p>SQLite because it is a single file that survives a killed process (its journal rolls
 * back a half-written transaction), needs no server, and can be opened from R or Python to
 * see what is cached. Entries are committed in small batches, so a killed run keeps all but
 * the last few seconds of its work.
 *
 * <p>Thread-safe: calls are serialised on the one connection; lookups and stores are
 * microseconds next to annotation.
 */
public final class AnnotationCache implements AutoCloseable {

  private static final int BATCH = 32;
  private static final long BATCH_NANOS = 2_000_000_000L;

  private final Path file;
  private final Connection connection;
  private final PreparedStatement select;
  private final PreparedStatement insert;
  private final PreparedStatement selectVerdict;
  private final PreparedStatement insertVerdict;
  private final PreparedStatement selectScores;
  private final PreparedStatement insertScores;
  private final AtomicLong unreadable = new AtomicLong();
  private int pending;
  private long lastCommit = System.nanoTime();

  private AnnotationCache(Path file, Connection connection) throws SQLException {
    this.file = file;
    this.connection = connection;
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=NORMAL");
      s.execute("CREATE TABLE IF NOT EXISTS annotation (key TEXT PRIMARY KEY, data BLOB NOT NULL)");
      s.execute("CREATE TABLE IF NOT EXISTS language (key TEXT PRIMARY KEY, language TEXT NOT NULL, kept INTEGER NOT NULL)");
      s.execute("CREATE TABLE IF NOT EXISTS score (key TEXT PRIMARY KEY, data BLOB NOT NULL)");
    }
    connection.setAutoCommit(false);
    this.select = connection.prepareStatement("SELECT data FROM annotation WHERE key = ?");
    this.insert = connection.prepareStatement("INSERT OR REPLACE INTO annotation (key, data) VALUES (?, ?)");
    this.selectVerdict = connection.prepareStatement("SELECT language, kept FROM language WHERE key = ?");
    this.insertVerdict = connection.prepareStatement("INSERT OR REPLACE INTO language (key, language, kept) VALUES (?, ?, ?)");
    this.selectScores = connection.prepareStatement("SELECT data FROM score WHERE key = ?");
    this.insertScores = connection.prepareStatement("INSERT OR REPLACE INTO score (key, data) VALUES (?, ?)");
  }

  /**
   * Loads SQLite's driver and its native library on a background thread: about a fifth of a
   * second that a run would otherwise spend, on one core, before it can open its cache. A failure
   * is left to {@link #open}, which reports it.
   */
  public static void preload() {
    Thread t = new Thread(() -> {
      try {
        SQLiteJDBCLoader.initialize();
      } catch (Exception | LinkageError e) {
        // open() meets the same failure and says what it means for the run
      }
    }, "dateline-load-sqlite");
    t.setDaemon(true);
    t.start();
  }

  /** Opens or creates the cache file, and its folder. */
  public static AnnotationCache open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try {
      // The driver itself, not DriverManager, which would first look for drivers in every jar.
      return new AnnotationCache(file, JDBC.createConnection("jdbc:sqlite:" + file.toAbsolutePath(), new Properties()));
    } catch (SQLException e) {
      // The file may be the user's own (--cache names any path), so never suggest deleting it.
      throw new IOException("cannot open the annotation cache " + file + ": " + e.getMessage()
          + " (is it an annotation cache? choose another file with --cache, or run with --no-cache)", e);
    }
  }

  public Path file() {
    return file;
  }

  /**
   * The cached annotations for {@code key}, if any. An entry that cannot be decoded counts as
   * a miss (and in {@link #unreadable()}), so it is annotated again and overwritten.
   *
   * @throws AnnotatorUnavailableException when the file itself cannot be read
   */
  public Optional<Annotations> get(String key) {
    // Only the connection is shared; decoding, the larger part, runs on the caller's thread.
    Optional<byte[]> found = blob(select, key);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    byte[] data = found.get();
    try {
      return Optional.of(AnnotationCodec.decode(data));
    } catch (IOException | RuntimeException e) {
      unreadable.incrementAndGet();
      return Optional.empty();
    }
  }

  /** The language verdict kept under {@code key}, if any. */
  public synchronized Optional<LanguageVerdict> verdict(String key) {
    try {
      selectVerdict.setString(1, key);
      try (ResultSet rs = selectVerdict.executeQuery()) {
        return rs.next() ? Optional.of(new LanguageVerdict(rs.getString(1), rs.getInt(2) != 0)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw broken("read", e);
    }
  }

  public synchronized void putVerdict(String key, LanguageVerdict verdict) {
    try {
      insertVerdict.setString(1, key);
      insertVerdict.setString(2, verdict.language());
      insertVerdict.setInt(3, verdict.kept() ? 1 : 0);
      insertVerdict.executeUpdate();
      stored();
    } catch (SQLException e) {
      throw broken("write", e);
    }
  }

  /**
   * Scores derived from cached annotations ({@link org.dateline.annotate.ScoreMemo}), kept under
   * {@code key} as their scorer encoded them; the scorer decodes and checks them.
   */
  public Optional<byte[]> scores(String key) {
    return blob(selectScores, key);
  }

  public void putScores(String key, byte[] data) {
    store(insertScores, key, data);
  }

  /** Whether the cache holds no entry at all, as a new cache file does: then every text needs annotating. */
  public synchronized boolean isEmpty() {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1 FROM annotation LIMIT 1")) {
      return !rs.next();
    } catch (SQLException e) {
      throw broken("read", e);
    }
  }

  /** Entries found but not decodable since this cache was opened. */
  public long unreadable() {
    return unreadable.get();
  }

  private AnnotatorUnavailableException broken(String verb, SQLException e) {
    return new AnnotatorUnavailableException("cannot " + verb + " the annotation cache " + file + ": " + e.getMessage()
        + " (choose another file with --cache, or run with --no-cache)", e);
  }

  public void put(String key, List<Sentence> sentences, List<EntityMention> mentions) {
    // Encoded on the caller's thread, so that workers do not wait for each other's encoding.
    store(insert, key, AnnotationCodec.encode(sentences, mentions));
  }

  /** The blob the select {@code statement} finds under {@code key}, if any. */
  private synchronized Optional<byte[]> blob(PreparedStatement statement, String key) {
    try {
      statement.setString(1, key);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw broken("read", e);
    }
  }

  private synchronized void store(PreparedStatement statement, String key, byte[] data) {
    try {
      statement.setString(1, key);
      statement.setBytes(2, data);
      statement.executeUpdate();
      stored();
    } catch (SQLException e) {
      throw broken("write", e);
    }
  }

  /** Counts a stored entry and commits the batch when it is full or old. */
  private void stored() throws SQLException {
    pending++;
    if (pending >= BATCH || System.nanoTime() - lastCommit > BATCH_NANOS) {
      commit();
    }
  }

  private void commit() throws SQLException {
    connection.commit();
    pending = 0;
    lastCommit = System.nanoTime();
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      commit();
      select.close();
      insert.close();
      selectVerdict.close();
      insertVerdict.close();
      selectScores.close();
      insertScores.close();
      connection.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the annotation cache " + file + ": " + e.getMessage(), e);
    }
  }
}
