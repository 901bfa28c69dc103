package org.dateline.report;

import java.util.ArrayList;
import java.util.List;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.dictionary.Dictionaries;
import org.dateline.aggregate.dictionary.Dictionary;
import org.dateline.aggregate.dictionary.DictionaryCounts;

/**
 * The dictionary tables of a run ({@code --dictionary}): by date, by document, and, when the
 * entities layer ran, by entity and date. See {@code docs/dictionaries.md}.
 */
public final class DictionaryReportWriter {
  public static final String BY_DATE_FILE = "dictionary_by_date.csv";
  public static final String BY_DOCUMENT_FILE = "dictionary_by_document.csv";
  public static final String BY_ENTITY_FILE = "dictionary_by_entity_date.csv";
  /** Every file this writer may write; a run without dictionaries removes older copies. */
  public static final List<String> FILES = List.of(BY_DATE_FILE, BY_DOCUMENT_FILE, BY_ENTITY_FILE);

  private DictionaryReportWriter() {}

  /** {@code manifest} with the run's dictionaries and their scope; itself when there is none. */
  static Manifest manifest(Manifest manifest, Dictionaries dictionaries) {
    if (dictionaries.isEmpty()) {
      return manifest;
    }
    List<Manifest.DictionaryRecord> records = new ArrayList<>();
    for (Dictionary d : dictionaries.dictionaries()) {
      records.add(new Manifest.DictionaryRecord(d.name(), d.sha256(), d.format().label(), d.categories().size(),
          d.entryCount()));
    }
    return manifest.withDictionaries(records,
        List.of(new Manifest.Setting("dictionary_scope", dictionaries.scope().label())));
  }

  /**
   * The tables to write: none without a dictionary; the entity table only when {@code entities}
   * (the entities layer ran), with rows for entities in at least {@code minSentences} sentences.
   */
  static List<TableFile<?, ?>> tables(CorpusTables tables, boolean entities, long minSentences) {
    DictionaryCounts counts = tables.dictionaries();
    List<TableFile<?, ?>> out = new ArrayList<>();
    if (counts.dictionaries().isEmpty()) {
      return out;
    }
    out.add(new TableFile<>(BY_DATE_FILE, DictionaryDateColumn.class, counts::dateRows));
    out.add(new TableFile<>(BY_DOCUMENT_FILE, DictionaryDocumentColumn.class, counts::documentRows));
    if (entities) {
      out.add(new TableFile<>(BY_ENTITY_FILE, DictionaryEntityColumn.class,
          () -> counts.entityRows(tables.research().entityDocuments(), minSentences)));
    }
    return out;
  }
}
