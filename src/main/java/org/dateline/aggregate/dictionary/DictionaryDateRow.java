package org.dateline.aggregate.dictionary;

import java.time.LocalDate;
import org.dateline.aggregate.Ratio;

/**
 * One row of {@code dictionary_by_date.csv}.
 *
 * @param period the period's first day
 * @param dictionary the dictionary's name
 * @param category the category
 * @param count matches in the period
 * @param documents documents of the period with at least one match
 * @param tokens the period's words (see {@code docs/dictionaries.md})
 * @param per10k matches per 10,000 words, exact; null when the period has no word
 */
public record DictionaryDateRow(LocalDate period, String dictionary, String category, long count, long documents,
    long tokens, Ratio per10k) {}
