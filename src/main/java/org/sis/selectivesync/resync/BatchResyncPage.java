package org.sis.selectivesync.resync;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.sis.selectivesync.district.DistrictChoice;
import org.sis.selectivesync.host.PageText;
import org.sis.selectivesync.sync.InvalidRequestException;
import org.sis.selectivesync.sync.Outcome;
import org.sis.selectivesync.sync.RequestStatus;
import org.sis.selectivesync.sync.SyncRequest;

/**
 * The Resync State Data (Batch) page: pick a district (fixed for a district user), an object and
 * optionally a school, calendar and school year; Send Resync counts the records, asks for
 * confirmation above the configured size, queues the request and then follows its progress. Rights
 * and district scope are checked by {@link BatchResync}.
 */
@Named
@ViewScoped
public class BatchResyncPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The objects a batch resync sends, in the order the page offers them. */
  public static final List<String> OBJECTS = List.of("Enrollment", "PersonIdentity");

  @Inject private BatchResync resync;

  private List<DistrictChoice> districts;
  private List<ScopeOption> schools = List.of();
  private List<ScopeOption> calendars = List.of();
  private List<ScopeOption> years = List.of();

  private Integer districtId;
  private String object = OBJECTS.get(0);
  private Integer schoolId;
  private Integer calendarId;
  private Integer schoolYear;
  private boolean checkDependencies;
  private Integer maxRecordsPerSecond;

  private Long count;
  private Long requestId;
  private RequestProgress progress;

  @PostConstruct
  void open() {
    districts = resync.districts();
    districtId = districts.isEmpty() ? null : districts.get(0).id();
    maxRecordsPerSecond = resync.defaultMaxRecordsPerSecond();
    loadScopes();
  }

  /** Reloads the schools, calendars and years of the district just picked. */
  public void changeDistrict() {
    schoolId = null;
    calendarId = null;
    schoolYear = null;
    loadScopes();
  }

  /** Narrows the calendars to the school just picked. */
  public void changeSchool() {
    calendarId = null;
    calendars = districtId == null ? List.of() : resync.calendars(districtId, schoolId);
    forgetCount();
  }

  /** Forgets a count once the scope changes. */
  public void forgetCount() {
    count = null;
  }

  /**
   * Send Resync: counts the records; above the confirmation size the page opens the confirmation
   * dialog (callback parameter {@code confirm}), else the resync starts at once.
   */
  public void send() {
    try {
      count = resync.count(scope());
    } catch (InvalidRequestException e) {
      PageText.error(null, e.getMessage());
      return;
    }
    if (count > resync.confirmAbove()) {
      PrimeFaces.current().ajax().addCallbackParam("confirm", true);
    } else {
      start();
    }
  }

  /** Queues the batch resync and starts following it. */
  public void start() {
    try {
      SyncRequest request = resync.start(scope(), checkDependencies, maxRecordsPerSecond);
      requestId = request.getId();
      progress = RequestProgress.of(request, Instant.now());
    } catch (InvalidRequestException e) {
      PageText.error(null, e.getMessage());
    }
  }

  /** Reads the request's progress again (the poll); callback parameter {@code done} at the end. */
  public void refresh() {
    if (requestId != null) {
      resync
          .progress(requestId)
          .ifPresent(request -> progress = RequestProgress.of(request, Instant.now()));
    }
    if (!isRunning()) {
      PrimeFaces.current().ajax().addCallbackParam("done", true);
    }
  }

  /** Whether a request is being followed and has not ended. */
  public boolean isRunning() {
    return progress != null && progress.active();
  }

  /** The count line shown before sending. */
  public String getCountText() {
    return count == null ? "" : PageText.format("resync.counted", count, object);
  }

  /** The question of the confirmation dialog. */
  public String getConfirmText() {
    String district = DistrictChoice.labelOf(districts, districtId);
    return count == null ? "" : PageText.format("resync.confirm.message", count, object, district);
  }

  /** The label of the confirming button. */
  public String getConfirmButton() {
    return PageText.format("resync.confirm.yes", count == null ? 0 : count);
  }

  /** The progress line: queued, sending x of y at a rate, or how it ended with its counts. */
  public String getProgressText() {
    if (progress == null) {
      return "";
    }
    if (progress.queued()) {
      return PageText.format("resync.progress.queued", requestId, progress.total());
    }
    if (progress.active()) {
      return PageText.format(
          "resync.progress.running", progress.processed(), progress.total(), progress.rate());
    }
    Map<Outcome, Integer> counts = progress.counts();
    return PageText.format(
        "resync.progress.done",
        requestId,
        progress.status(),
        progress.processed(),
        progress.total(),
        progress.seconds(),
        progress.rate(),
        counts.get(Outcome.SYNCED),
        counts.get(Outcome.UNCHANGED),
        counts.get(Outcome.NOT_FOUND),
        counts.get(Outcome.SKIPPED),
        counts.get(Outcome.FAILED));
  }

  /** The text of the link to the request in the Sync History. */
  public String getHistoryText() {
    return requestId == null ? "" : PageText.format("resync.history", requestId);
  }

  /** Whether the district is fixed: the caller may use only one. */
  public boolean isDistrictFixed() {
    return districts.size() == 1;
  }

  private void loadScopes() {
    forgetCount();
    if (districtId == null) {
      return;
    }
    schools = resync.schools(districtId);
    calendars = resync.calendars(districtId, null);
    years = resync.schoolYears(districtId);
  }

  private ResyncScope scope() {
    return new ResyncScope(object, districtId, schoolId, calendarId, schoolYear);
  }

  public List<String> getObjects() {
    return OBJECTS;
  }

  public List<DistrictChoice> getDistricts() {
    return districts;
  }

  public List<ScopeOption> getSchools() {
    return schools;
  }

  public List<ScopeOption> getCalendars() {
    return calendars;
  }

  public List<ScopeOption> getYears() {
    return years;
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

  public Integer getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Integer schoolId) {
    this.schoolId = schoolId;
  }

  public Integer getCalendarId() {
    return calendarId;
  }

  public void setCalendarId(Integer calendarId) {
    this.calendarId = calendarId;
  }

  public Integer getSchoolYear() {
    return schoolYear;
  }

  public void setSchoolYear(Integer schoolYear) {
    this.schoolYear = schoolYear;
  }

  public boolean isCheckDependencies() {
    return checkDependencies;
  }

  public void setCheckDependencies(boolean checkDependencies) {
    this.checkDependencies = checkDependencies;
  }

  public Integer getMaxRecordsPerSecond() {
    return maxRecordsPerSecond;
  }

  public void setMaxRecordsPerSecond(Integer maxRecordsPerSecond) {
    this.maxRecordsPerSecond = maxRecordsPerSecond;
  }

  public Long getCount() {
    return count;
  }

  public Long getRequestId() {
    return requestId;
  }

  /** What the page shows of a followed request; serialisable, unlike the entity. */
  record RequestProgress(
      String status,
      boolean queued,
      boolean active,
      int processed,
      int total,
      long rate,
      long seconds,
      Map<Outcome, Integer> counts)
      implements Serializable {

    static RequestProgress of(SyncRequest request, Instant now) {
      Instant end = request.getFinishedAt() == null ? now : request.getFinishedAt();
      long seconds =
          request.getStartedAt() == null
              ? 0
              : Duration.between(request.getStartedAt(), end).toSeconds();
      return new RequestProgress(
          request.getStatus().name(),
          request.getStatus() == RequestStatus.QUEUED,
          request.getStatus().isActive(),
          request.getProcessed(),
          request.getKeyCount(),
          Math.round(request.rate(now).orElse(0)),
          seconds,
          Map.copyOf(request.counts()));
    }
  }
}
