package org.dateline.corpus;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dateline.model.Article;
import org.dateline.model.Problem;

/** Passes on what one loader read and counts it, for the input's {@link InputFile}. Not thread-safe. */
final class CountingSink implements RecordSink, RecordMapper.DateWatcher, FileDateOrder.Holder {
  /** Enough keys to name a file's fields; a cap against files whose records all differ. */
  private static final int MAX_UNDATED_KEYS = 1000;

  private final RecordSink delegate;
  private final Set<String> paths = new LinkedHashSet<>();
  private final Set<String> undatedKeys = new TreeSet<>();
  private int records;
  private int problems;
  private int undated;
  private String dateFieldDetected;
  private FileDateOrder dateOrder;
  private Map<String, Long> archiveTypes;
  private final Map<String, Long> passedOver = new TreeMap<>();
  private Instant firstCrawl;
  private Instant lastCrawl;

  CountingSink(RecordSink delegate) {
    this.delegate = delegate;
  }

  @Override
  public void accept(Article article) {
    records++;
    delegate.accept(article);
  }

  @Override
  public void problem(Problem problem) {
    problems++;
    delegate.problem(problem);
  }

  @Override
  public void recordPath(String path) {
    paths.add(path);
    delegate.recordPath(path);
  }

  @Override
  public void notice(String message) {
    delegate.notice(message);
  }

  @Override
  public void archiveRecord(String warcType, String payload, Instant date) {
    if (archiveTypes == null) {
      archiveTypes = new TreeMap<>();
    }
    archiveTypes.merge(warcType == null ? "unknown" : warcType, 1L, Long::sum);
    if (payload != null && !payload.equals("html")) {
      passedOver.merge(payload, 1L, Long::sum);
    }
    if (date != null) {
      firstCrawl = firstCrawl == null || date.isBefore(firstCrawl) ? date : firstCrawl;
      lastCrawl = lastCrawl == null || date.isAfter(lastCrawl) ? date : lastCrawl;
    }
    delegate.archiveRecord(warcType, payload, date);
  }

  @Override
  public void mapped(FieldValues record, boolean dateGiven, boolean dated) {
    if (!dateGiven && !dated) {
      undated++;
      for (String key : record.keyNames()) {
        if (undatedKeys.size() < MAX_UNDATED_KEYS) {
          undatedKeys.add(key);
        }
      }
    }
  }

  /** Records accepted with no date field (or only blank ones) and no other date. */
  int undated() {
    return undated;
  }

  /** The keys of those records, sorted. */
  Set<String> undatedKeys() {
    return undatedKeys;
  }

  @Override
  public FileDateOrder fileDateOrder() {
    return dateOrder;
  }

  /** How the file's numeric dates that read two ways are read. */
  void fileDateOrder(FileDateOrder order) {
    this.dateOrder = order;
  }

  /** Notes the date field found by its values, for the manifest. */
  void dateFieldDetected(String field) {
    this.dateFieldDetected = field;
  }

  /** The input as the manifest lists it. */
  InputFile inputFile(String displayName, long bytes, String sha256, String format) {
    InputFile.Archive archive = archiveTypes == null ? null
        : new InputFile.Archive(archiveTypes, passedOver, firstCrawl, lastCrawl);
    return new InputFile(displayName, bytes, sha256, format, records, problems, List.copyOf(paths), dateFieldDetected,
        archive);
  }
}
