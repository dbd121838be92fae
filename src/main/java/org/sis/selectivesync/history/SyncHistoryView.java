package org.sis.selectivesync.history;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.sis.selectivesync.host.PageText;
import org.sis.selectivesync.sync.SyncRequest;

/**
 * The Sync History dialog: the caller's requests, newest first, loaded a page at a time and
 * sortable by column; Clear History. Reading needs R on Selective Sync and clearing D, both checked
 * by {@link SyncHistory}.
 */
@Named
@ViewScoped
public class SyncHistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SyncHistory history;

  private final LazyDataModel<SyncRequest> requests = new Requests();

  /** Clear History: deletes the finished requests of the caller's scope. */
  public void clear() {
    int deleted = history.clear(null);
    PageText.info(PageText.format("history.cleared", deleted));
  }

  /** A request time as the viewer's locale writes it. */
  public String when(Instant instant) {
    return PageText.dateTime(instant);
  }

  public LazyDataModel<SyncRequest> getRequests() {
    return requests;
  }

  /** The requests of the caller's scope as the table pages and sorts them. */
  private class Requests extends LazyDataModel<SyncRequest> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(history.count(null));
    }

    @Override
    public List<SyncRequest> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      HistoryOrder order =
          sort == null
              ? HistoryOrder.REQUESTED_AT
              : HistoryOrder.ofField(sort.getField()).orElse(HistoryOrder.REQUESTED_AT);
      boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
      return history.sorted(null, first, pageSize, order, ascending);
    }

    @Override
    public String getRowKey(SyncRequest request) {
      return Long.toString(request.getId());
    }
  }
}
