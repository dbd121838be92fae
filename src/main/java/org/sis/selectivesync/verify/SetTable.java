package org.sis.selectivesync.verify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * One set of the shown run as a lazily loaded, paged table: each page of keys comes from the tool
 * database with its descriptions (and differing fields) only when shown. Holds the rows the user
 * ticked.
 */
public class SetTable extends LazyDataModel<KeyLine> {

  private static final long serialVersionUID = 1L;

  /** Loads one page of a set. */
  @FunctionalInterface
  interface PageSource extends Serializable {
    List<KeyLine> load(long runId, VerificationSet set, int page, int size, Locale locale);
  }

  private final VerificationSet set;
  private final long runId;
  private final long size;
  private final PageSource source;
  private final Locale locale;
  private List<KeyLine> page = List.of();
  private List<KeyLine> selection = new ArrayList<>();

  SetTable(VerificationSet set, long runId, long size, PageSource source, Locale locale) {
    this.set = set;
    this.runId = runId;
    this.size = size;
    this.source = source;
    this.locale = locale;
  }

  /** An empty table, before any run completed. */
  static SetTable empty(VerificationSet set) {
    return new SetTable(set, 0, 0, (run, s, p, n, l) -> List.of(), Locale.ENGLISH);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, size);
  }

  @Override
  public List<KeyLine> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    setRowCount(count(filterBy));
    if (runId == 0 || pageSize <= 0) {
      page = List.of();
      return page;
    }
    page = source.load(runId, set, first / pageSize, pageSize, locale);
    return page;
  }

  @Override
  public String getRowKey(KeyLine line) {
    return Long.toString(line.key());
  }

  @Override
  public KeyLine getRowData(String rowKey) {
    return page.stream()
        .filter(line -> Long.toString(line.key()).equals(rowKey))
        .findFirst()
        .orElseGet(() -> new KeyLine(Long.parseLong(rowKey), null, List.of()));
  }

  public VerificationSet getSet() {
    return set;
  }

  /** How many keys the set holds. */
  public long getSize() {
    return size;
  }

  public List<KeyLine> getSelection() {
    return selection;
  }

  public void setSelection(List<KeyLine> selection) {
    this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
  }

  /** The keys of the ticked rows. */
  List<Long> selectedKeys() {
    return selection.stream().map(KeyLine::key).toList();
  }
}
