/**
 * Dictionaries: a researcher's words and phrases per category, read from YAML (as quanteda
 * writes it), LIWC {@code .dic} or a two-column CSV/TSV, compiled once into a word trie whose
 * edges are glob patterns, and counted over the run's words by date, by document and in the
 * sentences that mention each entity. {@link org.dateline.aggregate.dictionary.DictionaryCounts}
 * is a mergeable accumulator like the other tables of {@link org.dateline.aggregate}; the rules
 * are in {@code docs/dictionaries.md}.
 */
package org.dateline.aggregate.dictionary;
