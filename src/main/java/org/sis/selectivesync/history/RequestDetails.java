package org.sis.selectivesync.history;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sis.selectivesync.host.PageText;
import org.sis.selectivesync.sync.Outcome;
import org.sis.selectivesync.sync.RecordResult;
import org.sis.selectivesync.sync.SyncMessages;
import org.sis.selectivesync.sync.SyncRequest;

/**
 * The details of one sync request, opened from its status in the Sync History or from the progress
 * message: options, timing, counts per outcome and the per-record results, filterable by outcome
 * and loaded a page at a time. Needs R on Selective Sync and the request's district.
 */
@Named
@ViewScoped
public class RequestDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SyncHistory history;

  @Inject private RecordDescriptions descriptions;

  private Long requestId;
  private Long linked;
  private transient SyncRequest shown;
  private Outcome outcome;
  private final LazyDataModel<ResultRow> results = new Results();

  /** Shows a request; the dialog opens on the client. */
  public void open(long id) {
    requestId = id;
    outcome = null;
    shown = null;
  }

  /**
   * Opens the details of the request a link named ({@code sync.xhtml?request=ID}) when the page
   * loads; an unknown request, or one of another district, gets a message instead.
   */
  public void openLinked() {
    if (linked == null) {
      return;
    }
    if (history.request(linked).isEmpty()) {
      PageText.error(null, SyncMessages.format("request.notFound", linked));
      return;
    }
    open(linked);
  }

  /** The request shown, as read when the dialog opened. */
  public Optional<SyncRequest> getRequest() {
    if (shown == null && requestId != null) {
      shown = history.request(requestId).orElse(null);
    }
    return Optional.ofNullable(shown);
  }

  /** How long the request ran, as {@code 1 min 5 s}; empty while it has not finished. */
  public String getDuration() {
    return getRequest()
        .filter(r -> r.getStartedAt() != null && r.getFinishedAt() != null)
        .map(r -> Duration.between(r.getStartedAt(), r.getFinishedAt()))
        .map(d -> PageText.format("details.duration", d.toMinutes(), d.toSecondsPart()))
        .orElse("");
  }

  /** The outcomes in the order the details list them. */
  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  /** A time as the viewer's locale writes it. */
  public String when(Instant instant) {
    return PageText.dateTime(instant);
  }

  public Long getRequestId() {
    return requestId;
  }

  public Long getLinked() {
    return linked;
  }

  /** The page's {@code ?request=} parameter: the request whose details open with the page. */
  public void setLinked(Long linked) {
    this.linked = linked;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public LazyDataModel<ResultRow> getResults() {
    return results;
  }

  /** The results of the shown request, of the chosen outcome, in submission order. */
  private class Results extends LazyDataModel<ResultRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return getRequest().map(RequestDetails.this::resultCount).orElse(0);
    }

    @Override
    public List<ResultRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (requestId == null) {
        return List.of();
      }
      List<RecordResult> page = history.resultsFrom(requestId, outcome, first, pageSize);
      SyncRequest request = getRequest().orElseThrow();
      Map<Long, String> described =
          descriptions.describe(
              request.getObject(),
              request.getDistrictId(),
              page.stream().map(RecordResult::getKey).toList(),
              PageText.locale());
      return page.stream()
          .map(result -> ResultRow.of(result, described.getOrDefault(result.getKey(), "")))
          .toList();
    }

    @Override
    public String getRowKey(ResultRow row) {
      return Long.toString(row.key());
    }
  }

  private int resultCount(SyncRequest request) {
    return outcome == null ? request.getProcessed() : request.counts().get(outcome);
  }
}
