package org.sis.selectivesync.verify;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.sis.selectivesync.district.DistrictChoice;
import org.sis.selectivesync.host.PageText;
import org.sis.selectivesync.report.ReportFormat;
import org.sis.selectivesync.report.ReportTexts;
import org.sis.selectivesync.rights.Caller;
import org.sis.selectivesync.sync.InvalidRequestException;
import org.sis.selectivesync.sync.SyncObject;
import org.sis.selectivesync.sync.SyncRequest;

/**
 * The Verification Summary page: pick a district (state users) and an object, see the newest
 * complete run with its counts and sets, re-verify and follow the new run's progress, send records
 * to Selective Sync, export the report. Every action goes through {@link VerificationService},
 * which checks the rights.
 */
@Named
@ViewScoped
public class VerificationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneId.of("UTC"));

  @Inject private VerificationService verification;

  @Inject private Caller caller;

  private List<DistrictChoice> districts;
  private Integer districtId;
  private String object = SyncObject.PERSON_IDENTITY.displayName();
  private VerificationSummary summary;
  private SetTable missing;
  private SetTable onlyAtState;
  private SetTable different;
  private boolean checkDependencies;
  private String format = ReportFormat.CSV.extension();
  private Long sentRequest;

  @PostConstruct
  void open() {
    districts = verification.districts();
    districtId = caller.districtId().isPresent() ? caller.districtId().getAsInt() : firstDistrict();
    load();
  }

  /** Shows the district and object just picked. */
  public void load() {
    summary =
        districtId == null
            ? new VerificationSummary(Optional.empty(), Optional.empty(), Optional.empty())
            : verification.summary(districtId, object);
    Optional<VerificationRun> shown = summary.shown();
    missing = table(VerificationSet.MISSING_AT_STATE, shown);
    onlyAtState = table(VerificationSet.ONLY_AT_STATE, shown);
    different = table(VerificationSet.DIFFERENT, shown);
  }

  /** Re-verify: starts a run; the page then polls its progress. */
  public void reverify() {
    VerificationRun run = verification.start(object, districtId);
    sentRequest = null;
    PageText.info(PageText.format("verify.started", run.id()));
    load();
  }

  /** The poll: reloads the summary; when the pending run has completed, its results show. */
  public void refresh() {
    long shownBefore = summary.shown().map(VerificationRun::id).orElse(0L);
    VerificationSummary now = verification.summary(districtId, object);
    if (now.shown().map(VerificationRun::id).orElse(0L) != shownBefore) {
      load();
    } else {
      summary = now;
    }
  }

  /** Sends the ticked keys of a set to Selective Sync. */
  public void sendSelected(SetTable table) {
    List<Long> keys = table.selectedKeys();
    if (keys.isEmpty()) {
      PageText.error(null, PageText.format("verify.noSelection"));
      return;
    }
    send(table, keys);
  }

  /** Sends every key of a set to Selective Sync. */
  public void sendAll(SetTable table) {
    send(table, List.of());
  }

  private void send(SetTable table, List<Long> keys) {
    long runId = summary.shown().orElseThrow().id();
    try {
      SyncRequest request =
          verification.send(runId, table.getSet().name(), keys, checkDependencies);
      sentRequest = request.getId();
      table.setSelection(List.of());
      PageText.info(PageText.format("verify.sent", request.getId(), request.getKeyCount()));
    } catch (InvalidVerificationException | InvalidRequestException e) {
      PageText.error(null, e.getMessage());
    }
  }

  /** The report of the shown run in the chosen format, for download. */
  public StreamedContent getReport() {
    VerificationExport export =
        verification.export(summary.shown().orElseThrow().id(), format, PageText.locale());
    return DefaultStreamedContent.builder()
        .name(export.fileName())
        .contentType(export.contentType())
        .writer(
            out -> {
              try {
                export.writeTo(out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  /** A differing field as one line: {@code Last name: Lee → Le}. */
  public String difference(FieldDifference difference) {
    ReportTexts texts = ReportTexts.of(PageText.locale());
    return texts.text(
        "verify.difference",
        FieldLabels.label(difference, texts),
        valueText(difference.districtValue(), texts),
        valueText(difference.stateValue(), texts));
  }

  /** The line saying which run the shown results come from. */
  public String getShownText() {
    return summary
        .shown()
        .map(
            run ->
                PageText.format(
                    "verify.shown", run.id(), when(run.finishedAt()), run.initiatedBy()))
        .orElseGet(() -> PageText.format("verify.noRun"));
  }

  /** The line about a newer run still pending, or null. */
  public String getPendingText() {
    return summary
        .pending()
        .map(
            run -> {
              String progress =
                  PageText.format(
                      "verify.progress",
                      run.id(),
                      PageText.format("verify.status." + run.status().name()),
                      run.compared());
              return summary.shown().isEmpty()
                  ? progress
                  : PageText.format("verify.pending", run.id()) + " " + progress;
            })
        .orElse(null);
  }

  /** The line about a newer run that failed or was stopped, or null. */
  public String getEndedText() {
    return summary
        .latestEnded()
        .map(
            run ->
                PageText.format(
                    "verify.ended",
                    run.id(),
                    PageText.format("verify.status." + run.status().name()),
                    String.valueOf(run.failure())))
        .orElse(null);
  }

  /** Whether a newer run is queued or running (the page polls while it is). */
  public boolean isPending() {
    return summary.pending().isPresent();
  }

  /** Why the object's records cannot be sent directly. */
  public String getNotSendableText() {
    return PageText.format("verify.notSendable", object);
  }

  /** Whether the object's records can be sent to Selective Sync. */
  public boolean isSendable() {
    return SyncObject.ofDisplayName(object).isRequestable();
  }

  public ComparisonCounts getCounts() {
    return summary
        .shown()
        .map(VerificationRun::counts)
        .orElse(new ComparisonCounts(0, 0, 0, 0, 0, 0));
  }

  public boolean isHasResults() {
    return summary.shown().isPresent();
  }

  public String getDistrictName() {
    return DistrictChoice.labelOf(districts, districtId);
  }

  public List<String> getObjects() {
    return VerificationService.OBJECTS.stream().map(SyncObject::displayName).toList();
  }

  public List<ReportFormat> getFormats() {
    return List.of(ReportFormat.values());
  }

  /** The label of a report format, e.g. Excel. */
  public String formatLabel(ReportFormat reportFormat) {
    return PageText.format("report.format." + reportFormat.name());
  }

  private SetTable table(VerificationSet set, Optional<VerificationRun> shown) {
    return shown
        .map(
            run ->
                new SetTable(
                    set,
                    run.id(),
                    run.counts().of(set),
                    (runId, s, page, size, locale) ->
                        verification.keys(runId, s.name(), page, size, locale),
                    PageText.locale()))
        .orElseGet(() -> SetTable.empty(set));
  }

  private Integer firstDistrict() {
    return districts.isEmpty() ? null : districts.get(0).id();
  }

  private static String valueText(String value, ReportTexts texts) {
    return value == null ? texts.text("verify.empty") : value;
  }

  private static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public List<DistrictChoice> getDistricts() {
    return districts;
  }

  public Integer getDistrictId() {
    return districtId;
  }

  public void setDistrictId(Integer districtId) {
    this.districtId = districtId;
  }

  public String getObject() {
    return object;
  }

  public void setObject(String object) {
    this.object = object;
  }

  public SetTable getMissing() {
    return missing;
  }

  public SetTable getOnlyAtState() {
    return onlyAtState;
  }

  public SetTable getDifferent() {
    return different;
  }

  public boolean isCheckDependencies() {
    return checkDependencies;
  }

  public void setCheckDependencies(boolean checkDependencies) {
    this.checkDependencies = checkDependencies;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public Long getSentRequest() {
    return sentRequest;
  }
}
