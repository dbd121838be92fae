package org.sis.selectivesync.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sis.selectivesync.district.District;
import org.sis.selectivesync.history.HistoryRecords;
import org.sis.selectivesync.history.RecordDescriptions;
import org.sis.selectivesync.history.SyncHistory;
import org.sis.selectivesync.rights.Caller;
import org.sis.selectivesync.rights.RequiresRight;
import org.sis.selectivesync.rights.Right;
import org.sis.selectivesync.rights.Tools;
import org.sis.selectivesync.sync.DistrictRecords;
import org.sis.selectivesync.sync.Outcome;
import org.sis.selectivesync.sync.RecordResult;
import org.sis.selectivesync.sync.SyncRequest;

/**
 * The Keys report of a sync request: a header (who, when, object, district, options, status,
 * counts) and one row per key with its description, outcome, reason and parent, failures first and
 * then the other keys in submission order. The same code serves the Sync History dialog and {@code
 * GET /api/sync-requests/{id}/report}.
 *
 * <p>Results are read {@value #PAGE_SIZE} at a time from the tool database (keyset paging) and
 * described page by page from the district database, and every format streams, so a request of
 * 100,000 keys never sits in memory. No transaction spans the report: each page is a short read.
 *
 * <p>Needs R on Selective Sync, and the request's district must be the caller's (or the caller a
 * state user).
 */
@ApplicationScoped
@RequiresRight(tool = Tools.SELECTIVE_SYNC, right = Right.R)
public class KeysReport {

  private static final Logger LOG = Logger.getLogger(KeysReport.class.getName());

  static final int PAGE_SIZE = 1_000;

  private static final Set<Outcome> FAILURES = EnumSet.of(Outcome.FAILED);
  private static final Set<Outcome> OTHERS = EnumSet.complementOf(EnumSet.of(Outcome.FAILED));

  @Inject private SyncHistory history;

  @Inject private HistoryRecords records;

  @Inject private RecordDescriptions descriptions;

  @Inject private DistrictRecords districts;

  @Inject private Caller caller;

  /**
   * The request a report is asked for, once the caller may read it. Call it before a download
   * starts, so that a refusal is an error page or status rather than a broken file.
   *
   * @throws RequestNotFoundException when no request has that ID
   * @throws org.sis.selectivesync.rights.AccessDeniedException without R on Selective Sync or for
   *     another district's request
   */
  public SyncRequest readable(long requestId) {
    return history.request(requestId).orElseThrow(() -> new RequestNotFoundException(requestId));
  }

  /** The file name of a request's report: {@code sync-request-42-keys.csv}. */
  public String fileName(long requestId, ReportFormat format) {
    return "sync-request-" + requestId + "-keys." + format.extension();
  }

  /**
   * Writes the report of a request to a stream, which stays open. Checks the request like {@link
   * #readable(long)} before writing anything.
   *
   * @param locale the locale of words, numbers and times (times in the server's time zone)
   * @throws RequestNotFoundException when no request has that ID
   * @throws IOException when the stream fails, for instance when the client went away
   */
  public void write(long requestId, ReportFormat format, Locale locale, OutputStream out)
      throws IOException {
    SyncRequest request = readable(requestId);
    ReportTexts texts = ReportTexts.of(locale);
    long started = System.nanoTime();

    int rows;
    try (ReportWriter report = format.open(out)) {
      header(report, request, texts);
      report.columns(columns(texts));
      rows = failures(report, request, texts) + others(report, request, texts);
    }

    LOG.log(
        Level.INFO,
        "{0} generated the Keys report of sync request {1,number,#} as {2}: {3} rows in {4} ms",
        new Object[] {
          caller.userName(), requestId, format, rows, (System.nanoTime() - started) / 1_000_000
        });
  }

  private void header(ReportWriter report, SyncRequest request, ReportTexts texts)
      throws IOException {
    report.title(texts.text("report.keys.title"));
    report.header(texts.text("report.keys.request"), Long.toString(request.getId()));
    report.header(texts.text("report.keys.initiatedBy"), request.getInitiatedBy());
    report.header(texts.text("report.keys.requestedAt"), time(request.getRequestedAt(), texts));
    report.header(texts.text("report.keys.finishedAt"), time(request.getFinishedAt(), texts));
    report.header(texts.text("report.keys.object"), request.getObject().displayName());
    report.header(texts.text("report.keys.district"), district(request.getDistrictId(), texts));
    report.header(
        texts.text("report.keys.checkDependencies"),
        texts.text(request.isCheckDependencies() ? "report.keys.yes" : "report.keys.no"));
    report.header(texts.text("report.keys.status"), texts.text("status." + request.getStatus()));
    report.header(
        texts.text("report.keys.keyCount"), texts.text("report.keys.count", request.getKeyCount()));
    for (Map.Entry<Outcome, Integer> count : request.counts().entrySet()) {
      report.header(
          outcome(count.getKey(), texts), texts.text("report.keys.count", count.getValue()));
    }
  }

  private static List<ReportColumn> columns(ReportTexts texts) {
    return List.of(
        new ReportColumn(texts.text("report.keys.column.key"), 22),
        new ReportColumn(texts.text("report.keys.column.description"), 45),
        new ReportColumn(texts.text("report.keys.column.outcome"), 12),
        new ReportColumn(texts.text("report.keys.column.reason"), 55),
        new ReportColumn(texts.text("report.keys.column.parentObject"), 14),
        new ReportColumn(texts.text("report.keys.column.parentKey"), 22));
  }

  /** Every FAILED result in submission order, one keyset page at a time. */
  private int failures(ReportWriter report, SyncRequest request, ReportTexts texts)
      throws IOException {
    int written = 0;
    int after = -1;
    List<RecordResult> page;
    do {
      page = records.resultsAfter(request.getId(), FAILURES, after, PAGE_SIZE);
      written += rows(report, request, page, texts);
      after = page.isEmpty() ? after : page.get(page.size() - 1).getPosition();
    } while (page.size() == PAGE_SIZE);
    return written;
  }

  /** Every other result in submission order, one window of positions at a time. */
  private int others(ReportWriter report, SyncRequest request, ReportTexts texts)
      throws IOException {
    int written = 0;
    for (int from = 0; from < request.getKeyCount(); from += PAGE_SIZE) {
      List<RecordResult> page =
          records.resultsBetween(request.getId(), OTHERS, from, from + PAGE_SIZE);
      written += rows(report, request, page, texts);
    }
    return written;
  }

  private int rows(
      ReportWriter report, SyncRequest request, List<RecordResult> page, ReportTexts texts)
      throws IOException {
    if (page.isEmpty()) {
      return 0;
    }
    List<Long> keys = page.stream().map(RecordResult::getKey).toList();
    Map<Long, String> described =
        descriptions.describe(request.getObject(), request.getDistrictId(), keys, texts.locale());
    for (RecordResult result : page) {
      report.row(row(result, described.get(result.getKey()), texts));
    }
    return page.size();
  }

  private static List<String> row(RecordResult result, String description, ReportTexts texts) {
    List<String> cells = new ArrayList<>(6);
    cells.add(Long.toString(result.getKey()));
    cells.add(description);
    cells.add(outcome(result.getOutcome(), texts));
    cells.add(result.getReason());
    cells.add(result.getParentObject());
    cells.add(result.getParentKey() == null ? null : Long.toString(result.getParentKey()));
    return cells;
  }

  private static String outcome(Outcome outcome, ReportTexts texts) {
    return texts.text("outcome." + outcome.name());
  }

  private String district(int districtId, ReportTexts texts) {
    String name = districts.district(districtId).map(District::getName).orElse("");
    return texts.text("report.keys.districtValue", name, districtId);
  }

  private static String time(Instant instant, ReportTexts texts) {
    if (instant == null) {
      return texts.text("report.keys.notFinished");
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG)
        .withLocale(texts.locale())
        .withZone(ZoneId.systemDefault())
        .format(instant);
  }
}
