package org.dateline.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.dateline.report.html.CsvTable;

/**
 * One CSV table of a run's reports: its file name, its columns and how its rows are made. A run
 * makes and writes its tables as a set of these, on several threads at once, and the page is
 * built from the cells they kept rather than from the files read back.
 *
 * @param <R> the row type
 * @param <C> the column enum
 */
final class TableFile<R, C extends Enum<C> & ReportColumn<R>> {

  /** A table as written: its path, the time it took, and its cells when they were kept. */
  record Written(Path path, long nanos, CsvTable table) {
    Written {
      Objects.requireNonNull(path, "path");
    }
  }

  private final String file;
  private final Class<C> columns;
  private final Supplier<? extends Iterable<? extends R>> rows;

  TableFile(String file, Class<C> columns, Supplier<? extends Iterable<? extends R>> rows) {
    this.file = Objects.requireNonNull(file, "file");
    this.columns = Objects.requireNonNull(columns, "columns");
    this.rows = Objects.requireNonNull(rows, "rows");
  }

  String file() {
    return file;
  }

  /**
   * Makes the rows and writes {@code dir/file} atomically; with {@code keepCells}, the returned
   * table holds the cells as a reader of the file gets them back.
   */
  Written write(Path dir, boolean keepCells) throws IOException {
    long t0 = System.nanoTime();
    Iterable<? extends R> made = rows.get();
    List<List<String>> cells = keepCells ? new ArrayList<>() : null;
    Path path = AtomicFiles.write(dir.resolve(file), out -> CsvReportWriter.print(columns, made, out,
        cells == null ? null : new CellPool(cells)));
    CsvTable table = null;
    if (keepCells) {
      List<String> header = new ArrayList<>();
      for (C c : columns.getEnumConstants()) {
        header.add(c.header());
      }
      table = new CsvTable(file, header, cells);
    }
    return new Written(path, System.nanoTime() - t0, table);
  }

  /**
   * Keeps rows with one String per repeated value of a column (periods, terms, small counts):
   * a run of years by day has millions of term rows, and their cells would otherwise be most of
   * the heap while the page is made. A column whose values are nearly all distinct stops being
   * pooled once it has {@link #MAX_DISTINCT} of them.
   */
  static final class CellPool implements java.util.function.Consumer<List<String>> {
    static final int MAX_DISTINCT = 1 << 18;

    private final List<List<String>> out;
    private final List<java.util.Map<String, String>> pools = new ArrayList<>();

    CellPool(List<List<String>> out) {
      this.out = out;
    }

    @Override
    public void accept(List<String> row) {
      String[] kept = new String[row.size()];
      for (int i = 0; i < kept.length; i++) {
        while (pools.size() <= i) {
          pools.add(new java.util.HashMap<>());
        }
        String cell = row.get(i);
        java.util.Map<String, String> pool = pools.get(i);
        if (pool == null) {
          kept[i] = cell;
          continue;
        }
        String known = pool.putIfAbsent(cell, cell);
        kept[i] = known == null ? cell : known;
        if (pool.size() > MAX_DISTINCT) {
          pools.set(i, null);
        }
      }
      out.add(List.of(kept));
    }
  }
}
