package org.dateline.kwic;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the concordance.
 *
 * @param docId the document's id
 * @param date the document's date, null when it has none
 * @param from the 1-based position of the first matched token in the document
 * @param to the 1-based position of the last matched token
 * @param pre up to {@code window} tokens before the match, joined by spaces
 * @param keyword the matched tokens, joined by spaces
 * @param post up to {@code window} tokens after the match
 * @param pattern the pattern that matched, as given
 * @param origin where the document came from ({@link org.dateline.model.Origin#toString()}), as in
 *     {@code documents.csv}: tells apart documents of the same id from different folders
 */
public record KwicRow(String docId, LocalDate date, int from, int to, String pre, String keyword, String post,
    String pattern, String origin) {
  public KwicRow {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(pre, "pre");
    Objects.requireNonNull(keyword, "keyword");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(origin, "origin");
  }
}
