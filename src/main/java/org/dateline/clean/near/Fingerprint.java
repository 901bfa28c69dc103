package org.dateline.clean.near;

import java.time.LocalDate;
import java.util.Objects;
import org.dateline.model.Article;

/**
 * What near-duplicate detection needs of one record, a few hundred bytes whatever its length:
 * made where the text is, clustered on one machine.
 *
 * @param docId the record's id
 * @param date its date, or null
 * @param signature the signature of its text, or null when the text has no words
 */
public record Fingerprint(String docId, LocalDate date, Signature signature) implements java.io.Serializable {

  public Fingerprint {
    Objects.requireNonNull(docId, "docId");
  }

  /** The fingerprint of a record as it was cleaned. */
  public static Fingerprint of(Article article, Shingler shingler) {
    return new Fingerprint(article.id(), article.date(), shingler.signature(article.text()));
  }
}
