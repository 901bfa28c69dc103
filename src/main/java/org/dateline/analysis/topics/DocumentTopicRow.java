package org.dateline.analysis.topics;

import java.time.LocalDate;
import java.util.Objects;

/** A document's proportion of one topic (written when at least {@link TopicModel#MIN_DOCUMENT_SHARE}). */
public record DocumentTopicRow(String docId, LocalDate date, int topic, double share) {
  public DocumentTopicRow {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(date, "date");
  }
}
