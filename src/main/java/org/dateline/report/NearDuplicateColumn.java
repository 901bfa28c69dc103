package org.dateline.report;

import org.dateline.clean.near.NearDuplicateFinder;

/**
 * Columns of {@code near_duplicates.csv}: one row per record in a cluster of two or more
 * near-duplicates, by cluster, then in input order. {@code cluster} numbers the clusters in the
 * input order of their kept records; {@code kept} is 1 for the record kept (the earliest dated,
 * then the first read) and 0 for the others; {@code similarity_to_kept} is the estimated Jaccard
 * similarity of the record's word shingles to the kept record's.
 */
public enum NearDuplicateColumn implements ReportColumn<NearDuplicateFinder.Member> {
  CLUSTER(Cell.number(NearDuplicateFinder.Member::cluster)),
  DOC_ID(Cell.text(NearDuplicateFinder.Member::docId)),
  DATE(Cell.date(NearDuplicateFinder.Member::date)),
  KEPT(Cell.number(m -> m.kept() ? 1 : 0)),
  SIMILARITY_TO_KEPT(Cell.number(m -> ReportNumbers.fixed(m.similarityToKept()))),
  WORDS(Cell.number(NearDuplicateFinder.Member::words));

  private final Cell<NearDuplicateFinder.Member> cell;

  NearDuplicateColumn(Cell<NearDuplicateFinder.Member> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<NearDuplicateFinder.Member> cell() {
    return cell;
  }
}
