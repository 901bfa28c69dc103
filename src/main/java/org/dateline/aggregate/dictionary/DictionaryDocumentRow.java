package org.dateline.aggregate.dictionary;

import java.time.LocalDate;

/**
 * One row of {@code dictionary_by_document.csv}: a category with at least one match in a document.
 *
 * @param docId the document's id
 * @param date its date
 * @param dictionary the dictionary's name
 * @param category the category
 * @param count matches in the document
 * @param tokens the document's words
 */
public record DictionaryDocumentRow(String docId, LocalDate date, String dictionary, String category, long count,
    long tokens) {}
